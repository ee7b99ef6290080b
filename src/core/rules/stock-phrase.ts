import { defineMessageRule } from './rule.js';
import { reportPhraseMatches } from './phraseReports.js';

/** Cliché openers, closers, empty follow-ups and buzzwords from the phrase list. */
export const stockPhrase = defineMessageRule(
  {
    id: 'stock-phrase',
    description: 'Cliché openers, closers, follow-ups and buzzwords that could be sent to anyone.',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    messages: {
      opener: '"{phrase}" is a stock opener.',
      closer: '"{phrase}" is a stock closer.',
      'follow-up': '"{phrase}" is an empty follow-up.',
      buzzword: '"{phrase}" is a buzzword.',
    },
  },
  (context, report) => {
    reportPhraseMatches(context, report, {
      categories: ['opener', 'closer', 'follow-up', 'buzzword'],
      messageId: (match) => match.phrase.category,
    });
  },
);
