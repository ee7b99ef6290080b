import { defineMessageRule } from './rule.js';
import { reportPhraseMatches } from './phraseReports.js';
import { phraseVerdict } from './phraseContext.js';

/** Asks with no concrete next step: the recipient cannot say yes to them without doing the work. */
export const vagueAsk = defineMessageRule(
  {
    id: 'vague-ask',
    description: 'Asks with no concrete next step, such as "pick your brain" or "hop on a quick call".',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    messages: {
      vague: '"{phrase}" is a vague ask.',
      'job-request': '"{phrase}" is a job request any applicant could send anyone.',
    },
    phrases: { categories: ['vague-ask', 'job-request'], userCategory: 'vague-ask' },
  },
  (context, report) => {
    reportPhraseMatches(context, report, {
      categories: vagueAsk.meta.phrases?.categories ?? [],
      messageId: (match) => (match.phrase.category === 'job-request' ? 'job-request' : 'vague'),
      filter: (match) => phraseVerdict(context, match) === 'report',
    });
    reportPhraseMatches(context, report, {
      categories: vagueAsk.meta.phrases?.categories ?? [],
      messageId: (match) => (match.phrase.category === 'job-request' ? 'job-request' : 'vague'),
      matches: context.looseMatches,
    });
  },
);
