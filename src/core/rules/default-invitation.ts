import { defineMessageRule, type MessageContext } from './rule.js';
import { reportPhraseMatches } from './phraseReports.js';
import type { PhraseMatch } from '../phrases/matcher.js';

/**
 * Words that do not make a note personal on their own: greetings, sign-offs and thanks. A note made of
 * these plus "I'd like to connect" is LinkedIn's default in other words.
 */
const CONTENTLESS = new Set(
  (
    'hi hello hey dear greetings thanks thank you so much very many in advance best regards kind warm warmest ' +
    'cheers sincerely all the a an and with to please yours cordially respectfully take care have great nice good day ' +
    'week morning afternoon evening again would like love want i am on linkedin here is it be there'
  ).split(' '),
);

/** At most this many words of substance besides the bare ask, and the note is still nothing but the ask. */
const MAX_SUBSTANCE_WORDS = 3;

function nameWords(context: MessageContext): Set<string> {
  const names = new Set<string>();
  for (const person of [context.recipient, context.sender]) {
    for (const value of [person?.name, person?.fields.firstname, person?.fields.lastname]) {
      for (const word of (value ?? '').toLowerCase().split(/[^\p{L}\p{N}']+/u)) if (word) names.add(word);
    }
  }
  return names;
}

/** True when the message says nothing besides the bare ask, greetings, names and sign-offs. */
function isBareAsk(context: MessageContext, match: PhraseMatch): boolean {
  const names = nameWords(context);
  let substance = 0;
  const { words } = context.tokens;
  for (let i = 0; i < words.length; i++) {
    if (i >= match.firstToken && i < match.endToken) continue;
    const word = words[i] as string;
    if (CONTENTLESS.has(word) || names.has(word)) continue;
    // Another phrase-list match is no substance either ("Hope you're well. I'd like to connect.").
    if (context.matches.some((other) => other !== match && i >= other.firstToken && i < other.endToken)) continue;
    substance++;
    if (substance > MAX_SUBSTANCE_WORDS) return false;
  }
  return true;
}

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
  },
  (context, report) => {
    reportPhraseMatches(context, report, {
      categories: ['default-invitation', 'bare-connect'],
      messageId: (match) => (match.phrase.category === 'default-invitation' ? 'default' : 'bare'),
      filter: (match) => match.phrase.category === 'default-invitation' || isBareAsk(context, match),
    });
  },
);
