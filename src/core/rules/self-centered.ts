import { defineMessageRule } from './rule.js';
import { tokenize } from '../phrases/tokenize.js';

/**
 * A note mostly about the sender. Counting pronouns is crude but honest: a recipient skims for "you",
 * and a note with far more I/me/my than you/your reads as a pitch. Thresholds were tuned on the personal
 * corpus in test/fixtures so that notes that lead with the recipient stay quiet.
 */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves']);
/** Fewer first-person words than this never fires: short notes need an "I'm" to say who is writing. */
export const MIN_FIRST_PERSON = 5;
/** Fires when first-person words outnumber second-person ones (and name mentions) by more than this. */
export const MAX_RATIO = 2.5;

export const selfCentered = defineMessageRule(
  {
    id: 'self-centered',
    description: 'Far more I/me/my than you/your: the note is about the sender, not the recipient.',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: false,
    messages: { self: '{first} I/me/my to {second} you/your: the note is about you, not them.' },
  },
  (context, report) => {
    // The recipient's first name counts as "you"; compared as words, so "Ji-woo" counts once.
    const name = context.firstName ? tokenize(context.firstName).words : [];
    let first = 0;
    let second = 0;
    let firstIndex = -1;
    const { words, starts } = context.tokens;
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (FIRST_PERSON.has(word)) {
        first++;
        if (firstIndex === -1) firstIndex = i;
      } else if (SECOND_PERSON.has(word)) {
        second++;
      } else if (name.length > 0 && word === name[0] && name.every((part, k) => words[i + k] === part)) {
        second++;
        i += name.length - 1;
      }
    }
    if (first < MIN_FIRST_PERSON || first <= MAX_RATIO * Math.max(second, 1)) return;
    // Report on the first sentence that starts with the sender: that is where to turn the note around.
    const text = context.plain.text;
    const at = starts[firstIndex] as number;
    let sentenceStart = at;
    while (sentenceStart > 0 && !/[.!?\n]/.test(text[sentenceStart - 1] as string)) sentenceStart--;
    while (sentenceStart < at && /\s/.test(text[sentenceStart] as string)) sentenceStart++;
    const sentenceEndMatch = /[.!?\n]/.exec(text.slice(at));
    const sentenceEnd = sentenceEndMatch ? at + sentenceEndMatch.index + 1 : text.length;
    report({
      messageId: 'self',
      data: { first, second },
      range: context.sourceRange(sentenceStart, Math.min(sentenceEnd, text.length)),
      why: 'The recipient skims for what is in it for them; a note that is mostly "I" reads as a pitch.',
      instead: 'Lead with them: what of theirs you read, used or admire, then one line on who you are.',
    });
  },
);
