import { defineMessageRule, type MessageContext } from './rule.js';
import { CharKind } from '../markdown/plainText.js';
import type { Fix, Suggestion, TextEdit } from '../types.js';

/**
 * The message's pasted text is longer than its channel takes. LinkedIn cuts a connection note off or
 * refuses it, so the end of the note (often the ask) is lost. Length is what a browser's maxlength
 * counts: UTF-16 code units, a line break as one.
 */

/** Runs of spaces inside prose: collapsing them changes nothing a reader sees. */
function collapseSpaceEdits(context: MessageContext): { edits: TextEdit[]; saved: number } {
  const { text, kinds } = context.plain;
  const edits: TextEdit[] = [];
  let saved = 0;
  for (let i = 0; i < text.length; i++) {
    if ((text[i] !== ' ' && text[i] !== '\t') || kinds[i] !== CharKind.Prose) continue;
    let j = i + 1;
    while (j < text.length && (text[j] === ' ' || text[j] === '\t') && kinds[j] === CharKind.Prose) j++;
    if (j - i > 1 || text[i] === '\t') {
      const range = context.sourceRange(i, j);
      const sourceText = context.source.slice(range.start, range.end);
      // Only where the source holds exactly these blanks, so the edit cannot touch markup.
      if (/^[ \t]+$/.test(sourceText)) {
        edits.push({ range, text: ' ' });
        saved += j - i - 1;
      }
    }
    i = j - 1;
  }
  return { edits, saved };
}

/** Where to cut so the text fits: the last word boundary at or before the limit. */
function cutPoint(text: string, limit: number): number {
  let cut = limit;
  while (cut > 0 && !/\s/.test(text[cut] ?? ' ')) cut--;
  while (cut > 0 && /[\s,;:–—-]/.test(text[cut - 1] as string)) cut--;
  return outsidePair(text, cut > limit * 0.6 ? cut : limit);
}

/** Moves an offset that falls inside a surrogate pair (an emoji) to the pair's start, so a cut never splits it. */
function outsidePair(text: string, offset: number): number {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff ? offset - 1 : offset;
}

export const overLimit = defineMessageRule(
  {
    id: 'over-limit',
    description: "The message's plain text is longer than its channel allows.",
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: true,
    readsOnlyLength: true,
    messages: {
      over: '{used}/{limit} characters: {over} over the {channel} limit.',
    },
  },
  (context, report) => {
    const limit = context.limit;
    const text = context.plain.text;
    if (limit === null || text.length <= limit) return;
    const over = text.length - limit;
    let range = context.sourceRange(outsidePair(text, limit), text.length);
    // The part over the limit may be generated text only (the " (url)" after a link's words, list
    // markers), which has no source of its own: mark the whole body then.
    if (range.start === range.end) range = { start: context.bodyOffset, end: context.source.length };
    let fix: Fix | undefined;
    const suggestions: Suggestion[] = [];
    const collapse = collapseSpaceEdits(context);
    if (collapse.edits.length > 0 && collapse.saved >= over) {
      fix = { title: `Collapse repeated spaces (saves ${collapse.saved})`, edits: collapse.edits };
    }
    const cut = cutPoint(text, limit);
    const kept = text.slice(Math.max(0, cut - 24), cut).replace(/\s+/g, ' ').trim();
    const cutRange = context.sourceRange(cut, text.length);
    suggestions.push({
      title: `Cut the message after "…${kept}" (drops ${text.length - cut} characters)`,
      edits: [{ range: cutRange, text: '' }],
    });
    report({
      messageId: 'over',
      data: { used: text.length, limit, over, channel: context.channel.label },
      range,
      why: `${context.channel.label}s are cut off or refused past ${limit} characters, and the part that goes is usually the ask.`,
      instead: `Cut ${over} character${over === 1 ? '' : 's'}: keep who you are, the one specific reason, and the ask; drop pleasantries.`,
      ...(fix ? { fix } : {}),
      suggestions,
    });
  },
);
