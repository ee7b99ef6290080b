import { defineMessageRule } from './rule.js';
import { CharKind } from '../markdown/plainText.js';
import { tokenize } from '../phrases/tokenize.js';
import { nameSequences } from '../recipient.js';

/** True when `sequence` occurs in `words` as consecutive words; a possessive ("Jane's") counts as the name. */
function containsWords(words: readonly string[], sequence: readonly string[]): boolean {
  if (sequence.length === 0) return false;
  for (let i = 0; i + sequence.length <= words.length; i++) {
    let matched = true;
    for (let j = 0; j < sequence.length; j++) {
      const word = words[i + j] as string;
      const expected = sequence[j] as string;
      if (word !== expected && !(j === sequence.length - 1 && word === `${expected}'s`)) {
        matched = false;
        break;
      }
    }
    if (matched) return true;
  }
  return false;
}

export const missingRecipientName = defineMessageRule(
  {
    id: 'missing-recipient-name',
    description: 'The message never addresses the recipient by name (the name comes from the heading or front matter).',
    defaultSeverity: 'info',
    fixable: false,
    hasSuggestions: true,
    messages: { missing: 'The note never uses {name}\'s name.' },
  },
  (context, report) => {
    const fullName = context.recipient?.name;
    const firstName = context.firstName;
    if (!fullName || !firstName || context.plain.text.length === 0) return;
    // Any part of the name counts ("Dr. Okafor" uses the surname); parts are compared as the tokenizer
    // sees them, so "Ji-woo" and "O'Brien" match however the message writes them.
    const parts = context.recipient ? nameSequences(context.recipient, firstName, (text) => tokenize(text).words) : [];
    if (parts.some((sequence) => containsWords(context.tokens.words, sequence))) return;
    // Report on the first line of the note, where a greeting would go.
    const text = context.plain.text;
    let lineEnd = text.indexOf('\n');
    if (lineEnd === -1) lineEnd = text.length;
    let range = context.sourceRange(0, lineEnd);
    // A first line of generated text only (a bare list marker) has no source of its own: widen the range.
    if (range.start === range.end) range = context.sourceRange(0, text.length);
    if (range.start === range.end && context.headingRange) range = context.headingRange;
    if (range.start === range.end) return;
    const insertAt = context.sourceRange(0, 0);
    const startsWithProse = context.plain.kinds[0] === CharKind.Prose;
    report({
      messageId: 'missing',
      data: { name: firstName },
      range,
      why: 'A note that never says the recipient\'s name reads like it went to a list.',
      instead: `Address ${firstName} by name, usually in the first line.`,
      ...(startsWithProse
        ? {
            suggestions: [
              {
                title: `Start with "Hi ${firstName},"`,
                edits: [{ range: { start: insertAt.start, end: insertAt.start }, text: `Hi ${firstName},\n` }],
              },
            ],
          }
        : {}),
    });
  },
);
