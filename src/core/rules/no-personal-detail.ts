import { defineMessageRule, type MessageContext } from './rule.js';
import { CharKind } from '../markdown/plainText.js';
import type { Range } from '../types.js';

/**
 * A note that names nothing only its recipient would recognise could go to anyone, whatever its wording:
 * the reason the seed article's accepted request worked was who the sender was and why this person. The
 * evidence comes from src/core/personal/evidence.ts (no phrase list), so this also catches generic notes
 * with no stock phrase at all.
 */

/** A greeting that opens the first line ("Hi Dana,", "Hello,"): the suggested line goes after it. */
const OPENING_GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}[,!:]?\s*/iu;

/** The first line of prose in the plain text: where the rule reports. */
function firstProseLine(context: MessageContext): { start: number; end: number } | undefined {
  const { tokens, plain } = context;
  if (tokens.words.length === 0) return undefined;
  const start = tokens.starts[0] as number;
  let end = start;
  while (end < plain.text.length && plain.text[end] !== '\n') end++;
  while (end > start && /\s/.test(plain.text[end - 1] as string)) end--;
  return { start, end };
}

export const noPersonalDetail = defineMessageRule(
  {
    id: 'no-personal-detail',
    description: 'The message names nothing only this recipient would recognise: it could go to anyone.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: true,
    messages: {
      none: 'Nothing in this note is about {who} alone: it could go to anyone.',
    },
  },
  (context, report) => {
    if (context.personal.details.length > 0) return;
    const line = firstProseLine(context);
    if (!line) return;
    const { text, kinds } = context.plain;
    const greeting = OPENING_GREETING.exec(text.slice(line.start, line.end));
    let insertAt = line.start + (greeting ? greeting[0].length : 0);
    if (kinds[insertAt] !== CharKind.Prose) insertAt = line.start;
    const at: Range = context.sourceRange(insertAt, insertAt);
    const body = 'Your ${1:post, talk or project} on ${2:topic} ${3:what stayed with you}. ';
    report({
      messageId: 'none',
      data: { who: context.firstName ?? 'this recipient' },
      range: context.sourceRange(line.start, line.end),
      why: 'A recipient decides in seconds; a note that could be pasted to anyone reads as a mass request, however polite.',
      instead:
        'Name one thing only they would recognise: their post or talk and what it said, where you met, who suggested you write, or something they built or did.',
      suggestions: [
        {
          title: 'Add a line about something of theirs',
          edits: [{ range: at, text: 'Your [post, talk or project] on [topic] [what stayed with you]. ' }],
          snippet: { range: at, body },
        },
      ],
    });
  },
);
