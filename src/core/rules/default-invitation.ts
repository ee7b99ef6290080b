import { defineMessageRule } from './rule.js';
import { reportPhraseMatches } from './phraseReports.js';
import { isBareAsk } from './phraseContext.js';

/** LinkedIn's default invitation text, in any of its versions, or a note that is only "I'd like to connect". */
export const defaultInvitation = defineMessageRule(
  {
    id: 'default-invitation',
    description: "LinkedIn's default invitation text, or a note that says nothing but \"I'd like to connect\".",
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    messages: {
      default: '"{phrase}" is LinkedIn\'s default invitation text.',
      bare: 'The note says nothing but "{phrase}".',
    },
    phrases: { categories: ['default-invitation', 'bare-connect'], userCategory: 'default-invitation' },
  },
  (context, report) => {
    reportPhraseMatches(context, report, {
      categories: defaultInvitation.meta.phrases?.categories ?? [],
      messageId: (match) => (match.phrase.category === 'default-invitation' ? 'default' : 'bare'),
      filter: (match) => match.phrase.category === 'default-invitation' || isBareAsk(context, match),
    });
  },
);
