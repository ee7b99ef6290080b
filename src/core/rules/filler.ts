import { defineMessageRule } from './rule.js';
import { reportPhraseMatches } from './phraseReports.js';
import { phraseVerdict, PLEASANTRY_CATEGORIES } from './phraseContext.js';

const PLEASANTRY_REASON = {
  why: 'The note already names something specific, so this line does not make it generic; it only spends characters the specific part could use.',
  instead: 'Keep it if the note has room; otherwise cut it first.',
};

/** Hedges and apologies that spend the reader's few seconds and make the sender sound unsure. */
export const filler = defineMessageRule(
  {
    id: 'filler',
    description: 'Hedges and apologies such as "just", "sorry to bother you" and "I know you\'re busy".',
    defaultSeverity: 'info',
    fixable: true,
    hasSuggestions: true,
    messages: {
      filler: '"{phrase}" is filler.',
      pleasantry: '"{phrase}" is a pleasantry; the rest of the note is specific.',
    },
    phrases: { categories: ['filler'], userCategory: 'filler' },
  },
  (context, report) => {
    reportPhraseMatches(context, report, { categories: filler.meta.phrases?.categories ?? [], messageId: () => 'filler' });
    // In a note with a personal detail, stock-phrase leaves its pleasantries to this rule (see phraseContext.ts).
    reportPhraseMatches(context, report, {
      categories: PLEASANTRY_CATEGORIES,
      messageId: () => 'pleasantry',
      filter: (match) => phraseVerdict(context, match) === 'pleasantry',
      explain: () => PLEASANTRY_REASON,
    });
  },
);
