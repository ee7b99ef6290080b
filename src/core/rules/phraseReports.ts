import type { Fix, Range, Suggestion, TextEdit } from '../types.js';
import type { PhraseCategory } from '../phrases/types.js';
import type { PhraseMatch } from '../phrases/matcher.js';
import { CharKind } from '../markdown/plainText.js';
import type { MessageContext, Report } from './rule.js';

/**
 * What the phrase rules share: turning a phrase-list match into a finding with the entry's why and
 * instead, a safe removal fix where the list marks the phrase removable, and the entry's replacement
 * structure as a snippet suggestion.
 */

/** Renders snippet syntax as plain text for clients without snippets: `${1:event}` becomes `[event]`. */
export function snippetToPlain(snippet: string): string {
  let result = '';
  for (let i = 0; i < snippet.length; i++) {
    const c = snippet[i] as string;
    if (c === '\\' && i + 1 < snippet.length) {
      result += snippet[i + 1];
      i++;
    } else if (c === '$' && snippet[i + 1] === '{') {
      const close = findClosingBrace(snippet, i + 2);
      const inner = snippet.slice(i + 2, close);
      const colon = inner.indexOf(':');
      result += colon === -1 ? '' : `[${snippetToPlain(inner.slice(colon + 1))}]`;
      i = close;
    } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
      while (/\d/.test(snippet[i + 1] ?? '')) i++;
    } else {
      result += c;
    }
  }
  return result;
}

function findClosingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
      continue;
    }
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return text.length;
}

/**
 * True when plain-text offset `index` starts a sentence: the text's start, after a sentence end or non-prose,
 * or at the start of a line whose previous line ends a sentence, a greeting ("Hi Jane,") or a paragraph. A
 * line that ends in a word ("I wanted to" / "follow up on…") is a hard-wrapped sentence going on.
 */
export function startsSentence(context: MessageContext, index: number): boolean {
  const { text, kinds } = context.plain;
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“' || text[i] === '(')) i--;
  if (i < 0) return true;
  if (kinds[i] !== CharKind.Prose) return true;
  if (text[i] !== '\n') return /[.!?…]/.test(text[i] as string);
  let j = i - 1;
  while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
  if (j < 0 || text[j] === '\n' || kinds[j] !== CharKind.Prose) return true;
  return /[.!?…,;:"”’)\]]/.test(text[j] as string);
}

/** A snippet's opening greeting: "Hi ${1:first name}, ". */
const LEADING_GREETING = /^(?:Hi|Hello|Dear) \$\{\d+:first name\}, /;

/** Numbers a snippet's tab stops 1, 2, … in order of appearance, so the first one left is where Tab starts. */
function renumberTabStops(body: string): string {
  const numbers = new Map<string, number>();
  return body.replace(/\$\{(\d+)(?=[:}])|\$(\d+)/g, (whole, braced: string | undefined, bare: string | undefined) => {
    const old = (braced ?? bare) as string;
    if (old === '0') return whole;
    let renumbered = numbers.get(old);
    if (renumbered === undefined) {
      renumbered = numbers.size + 1;
      numbers.set(old, renumbered);
    }
    return braced !== undefined ? `\${${renumbered}` : `$${renumbered}`;
  });
}

function upperFirst(text: string): string {
  return text.length > 0 ? (text[0] as string).toUpperCase() + text.slice(1) : text;
}

/** Emphasis, strike-through and code marks: a deletion must take them in pairs or leave them alone. */
const PAIRED_MARKS = ['*', '_', '~', '`'];

function marksBalanced(slice: string): boolean {
  for (const mark of PAIRED_MARKS) {
    let count = 0;
    for (let i = 0; i < slice.length; i++) if (slice[i] === mark) count++;
    if (count % 2 !== 0) return false;
  }
  return true;
}

/**
 * The source range of deleting plain text [plainStart, plainEnd), widened over the markup right before or
 * after it so that emphasis goes whole ("*actually*", not "*actually" leaving a stray "*"); undefined when
 * no widening leaves the marks balanced, so no fix is offered rather than one that breaks the markdown.
 */
function deletionRange(context: MessageContext, plainStart: number, plainEnd: number): Range | undefined {
  const range = context.sourceRange(plainStart, plainEnd);
  const { source } = context;
  if (marksBalanced(source.slice(range.start, range.end))) return range;
  const onlyMarks = (from: number, to: number) => /^[*_~`]*$/.test(source.slice(from, to));
  const before = plainStart > 0 ? context.sourceRange(plainStart - 1, plainStart).end : range.start;
  const after = plainEnd < context.plain.text.length ? context.sourceRange(plainEnd, plainEnd + 1).start : range.end;
  const start = before < range.start && onlyMarks(before, range.start) ? before : range.start;
  const end = after > range.end && onlyMarks(range.end, after) ? after : range.end;
  for (const candidate of [{ start: range.start, end }, { start, end: range.end }, { start, end }]) {
    if (marksBalanced(source.slice(candidate.start, candidate.end))) return candidate;
  }
  return undefined;
}

/**
 * Deleting a phrase from its sentence: the phrase and one space next to it. When it opens the sentence,
 * a comma or colon right after it goes too and the next word is capitalised ("Just wanted to say"
 * becomes "Wanted to say"; "Hi there, your post" becomes "Your post").
 */
function deletionEdits(context: MessageContext, match: PhraseMatch): TextEdit[] | undefined {
  const { text, kinds } = context.plain;
  const opensSentence = startsSentence(context, match.start);
  let start = match.start;
  let end = match.end;
  if (opensSentence && /[,;:]/.test(text[end] ?? '') && kinds[end] === CharKind.Prose) end++;
  if (text[end] === ' ' && kinds[end] === CharKind.Prose) end++;
  else if (start > 0 && text[start - 1] === ' ' && kinds[start - 1] === CharKind.Prose) start--;
  else if (!(end >= text.length || text[end] === '\n' || /[.!?…]/.test(text[end] ?? ''))) return undefined; // would glue two words together
  const range = deletionRange(context, start, end);
  if (!range) return undefined;
  const nextChar = text[end];
  const capitalize = opensSentence && start === match.start && nextChar !== undefined && /\p{Ll}/u.test(nextChar) && kinds[end] === CharKind.Prose;
  if (capitalize) {
    const next = context.sourceRange(end, end + 1);
    if (context.source.slice(next.start, next.end) === nextChar && next.start === range.end) {
      return [{ range: { start: range.start, end: next.end }, text: nextChar.toUpperCase() }];
    }
  }
  return [{ range, text: '' }];
}

/** True when the phrase opens a sentence and a colon follows it, as in "Quick question: is the repo public?". */
function labelsSentence(context: MessageContext, match: PhraseMatch): boolean {
  const { text, kinds } = context.plain;
  return text[match.end] === ':' && kinds[match.end] === CharKind.Prose && startsSentence(context, match.start);
}

/**
 * Deleting a throwaway sentence ("Hope you are well."), only when the phrase is the whole sentence:
 * nothing but the phrase, closing punctuation and spaces. The line goes too when nothing else is on it.
 */
function sentenceRemovalEdits(context: MessageContext, match: PhraseMatch): TextEdit[] | undefined {
  const { text, kinds } = context.plain;
  if (!startsSentence(context, match.start)) return undefined;
  let end = match.end;
  // Only a sentence end closes it: after a comma, colon or semicolon the sentence goes on.
  while (end < text.length && /[.!?…)"”’]/.test(text[end] as string) && kinds[end] === CharKind.Prose) end++;
  if (end < text.length && !/\s/.test(text[end] as string) && kinds[end] === CharKind.Prose) return undefined;
  // The sentence must have ended: punctuation, a line break, or the end of the text.
  const closed = end > match.end || end >= text.length || text[end] === '\n' || kinds[end] !== CharKind.Prose;
  if (!closed) return undefined;
  let deleteEnd = end;
  while (deleteEnd < text.length && (text[deleteEnd] === ' ' || text[deleteEnd] === '\t') && kinds[deleteEnd] === CharKind.Prose) deleteEnd++;
  let start = match.start;
  const lineStartsHere = start === 0 || text[start - 1] === '\n';
  if (lineStartsHere && text[deleteEnd] === '\n' && kinds[deleteEnd] === CharKind.Prose) deleteEnd++;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t') && deleteEnd >= text.length) start--;
  const range = deletionRange(context, start, deleteEnd);
  return range ? [{ range, text: '' }] : undefined;
}

export interface PhraseReportOptions {
  categories: readonly PhraseCategory[];
  /** Which matches to read (default: the exact ones). */
  matches?: readonly PhraseMatch[];
  messageId: (match: PhraseMatch) => string;
  /** Decides, per match, whether to report it (default: always). */
  filter?: (match: PhraseMatch) => boolean;
  /** The why and instead to show, when not the phrase entry's own. */
  explain?: (match: PhraseMatch) => { why: string; instead: string };
  /** Extra suggestions or a better fix for a match, such as filling in the recipient's name. */
  extra?: (match: PhraseMatch, range: Range) => { fix?: Fix; suggestions?: Suggestion[] } | undefined;
}

export function reportPhraseMatches(context: MessageContext, report: Report, options: PhraseReportOptions): void {
  for (const match of options.matches ?? context.matches) {
    if (!options.categories.includes(match.phrase.category)) continue;
    if (options.filter && !options.filter(match)) continue;
    const range = context.sourceRange(match.start, match.end);
    const written = context.plain.text.slice(match.start, match.end);
    const suggestions: Suggestion[] = [];
    let fix: Fix | undefined;
    // A loose match is part of a phrase, so deleting it could break the sentence: never a safe fix.
    const removal = match.loose ? 'none' : (match.phrase.removal ?? 'none');
    if (removal !== 'none') {
      let edits = removal === 'word' ? deletionEdits(context, match) : sentenceRemovalEdits(context, match);
      // A throwaway phrase used as a label ("Quick question: is…") goes with its colon; the question stays.
      if (!edits && removal === 'sentence' && labelsSentence(context, match)) edits = deletionEdits(context, match);
      if (edits) fix = { title: removal === 'word' ? `Remove "${written}"` : `Remove the sentence "${written}"`, edits };
    }
    const extra = options.extra?.(match, range);
    if (extra?.fix) fix = extra.fix;
    if (extra?.suggestions) suggestions.push(...extra.suggestions);
    if (match.phrase.structure) {
      // A note that already says something before the phrase ("Hi Dana, I'd like to…") has its greeting:
      // the structure's own "Hi [first name]," would greet twice.
      const greeted = /\S/.test(context.plain.text.slice(0, match.start));
      const structure = greeted ? renumberTabStops(match.phrase.structure.replace(LEADING_GREETING, '')) : match.phrase.structure;
      const body = startsSentence(context, match.start) ? upperFirst(structure) : structure;
      // A structure that ends in punctuation replaces the punctuation after the phrase too ("Dear Sir," → "Hi [name],").
      const { text, kinds } = context.plain;
      const takesPunctuation = /[,;:.!?]$/.test(snippetToPlain(body)) && /[,;:.!?]/.test(text[match.end] ?? '') && kinds[match.end] === CharKind.Prose;
      const replaced = takesPunctuation ? context.sourceRange(match.start, match.end + 1) : range;
      suggestions.push({
        title: `Replace "${written}" with a personal structure`,
        edits: [{ range: replaced, text: snippetToPlain(body) }],
        snippet: { range: replaced, body },
      });
    }
    if (!fix && match.phrase.category !== 'default-invitation' && match.phrase.category !== 'bare-connect') {
      // Stock wording can always go; the user decides, so this is a suggestion and not a fix.
      const edits = deletionEdits(context, match);
      if (edits) suggestions.push({ title: `Delete "${written}"`, edits });
    }
    const { why, instead } = options.explain?.(match) ?? match.phrase;
    report({
      messageId: options.messageId(match),
      data: { phrase: written },
      range,
      why,
      instead,
      phrase: written,
      ...(fix ? { fix } : {}),
      ...(suggestions.length > 0 ? { suggestions } : {}),
    });
  }
}
