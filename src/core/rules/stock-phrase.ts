import { defineMessageRule } from './rule.js';
import { reportPhraseMatches } from './phraseReports.js';
import { isStockRequest, phraseVerdict } from './phraseContext.js';

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
      'well-wishing': '"{phrase}" is a stock pleasantry.',
      praise: '"{phrase}" is praise that names nothing.',
      networking: '"{phrase}" is networking for its own sake.',
      recruiter: '"{phrase}" is recruiter boilerplate.',
      'sales-pitch': '"{phrase}" is a stock sales line.',
      request: '"{phrase}" asks to connect without a reason that is about them.',
    },
    phrases: {
      categories: ['opener', 'closer', 'follow-up', 'buzzword', 'well-wishing', 'praise', 'networking', 'recruiter', 'sales-pitch'],
      userCategory: 'buzzword',
    },
  },
  (context, report) => {
    reportPhraseMatches(context, report, {
      categories: stockPhrase.meta.phrases?.categories ?? [],
      messageId: (match) => match.phrase.category,
      filter: (match) => phraseVerdict(context, match) === 'report',
    });
    reportPhraseMatches(context, report, {
      categories: ['bare-connect'],
      messageId: () => 'request',
      filter: (match) => isStockRequest(context, match),
    });
    reportPhraseMatches(context, report, {
      categories: stockPhrase.meta.phrases?.categories ?? [],
      messageId: (match) => match.phrase.category,
      matches: context.looseMatches,
    });
  },
);
