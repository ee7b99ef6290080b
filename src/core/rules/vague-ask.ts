import { defineMessageRule } from './rule.js';
import { reportPhraseMatches } from './phraseReports.js';

/** Asks with no concrete next step: the recipient cannot say yes to them without doing the work. */
export const vagueAsk = defineMessageRule(
  {
    id: 'vague-ask',
    description: 'Asks with no concrete next step, such as "pick your brain" or "hop on a quick call".',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    messages: { vague: '"{phrase}" is a vague ask.' },
  },
  (context, report) => {
    reportPhraseMatches(context, report, { categories: ['vague-ask'], messageId: () => 'vague' });
  },
);
