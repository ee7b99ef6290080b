import { defineMessageRule } from './rule.js';
import { reportPhraseMatches } from './phraseReports.js';

/** Hedges and apologies that spend the reader's few seconds and make the sender sound unsure. */
export const filler = defineMessageRule(
  {
    id: 'filler',
    description: 'Hedges and apologies such as "just", "sorry to bother you" and "I know you\'re busy".',
    defaultSeverity: 'info',
    fixable: true,
    hasSuggestions: true,
    messages: { filler: '"{phrase}" is filler.' },
  },
  (context, report) => {
    reportPhraseMatches(context, report, { categories: ['filler'], messageId: () => 'filler' });
  },
);
