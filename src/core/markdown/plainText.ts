import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Range } from '../types.js';
import { fastPlainText } from './fastPlainText.js';

/**
 * A message as it will be pasted into LinkedIn or an email: plain text with the markdown markup removed,
 * plus a map from every character back to the source, so findings and fixes land on exact source ranges.
 *
 * What the text holds: paragraphs separated by a blank line (or by one line break where the source had no
 * blank line between them), soft line breaks kept as written, list items as "- item" or "1. item",
 * emphasis and headings as their words, inline and block code as their content, a link as its text plus
 * " (url)" when the URL differs from the text, autolinks as the URL. Images, HTML comments, link
 * definitions and thematic breaks are dropped. Line endings become "\n".
 */

/** What a character of the plain text is; rules about wording look at prose only. */
export const enum CharKind {
  Prose = 0,
  Code = 1,
  Url = 2,
  Html = 3,
  /** A separator the builder put between blocks: no phrase matches across it. */
  Break = 4,
  /** Generated punctuation such as list markers and the parentheses around a link's URL. */
  Marker = 5,
}

export interface HtmlComment {
  /** Source range of the whole `<!-- ... -->`. */
  range: Range;
  /** The text between `<!--` and `-->`. */
  body: string;
}

export interface PlainText {
  text: string;
  kinds: Uint8Array;
  /** Source offset of each character; one extra entry holds the end of the last character's source. */
  sourceOffsets: Int32Array;
  /** Characters whose source is wider than one code unit (an escape like `\*` or an entity like `&amp;`). */
  sourceWidths: Map<number, number>;
  /** HTML comments of the message, in source order: inline directives and settings live in them. */
  comments: HtmlComment[];
}

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  ordered?: boolean | null;
  start?: number | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const processor = unified().use(remarkParse);

export function parseMarkdown(source: string): MdNode {
  return processor.parse(source) as unknown as MdNode;
}

function startOf(node: MdNode): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: MdNode): number {
  return node.position?.end.offset ?? 0;
}

function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/**
 * Accumulates the plain text in typed buffers: one UTF-16 code, one kind and one source offset per
 * character. Parsing a large file builds millions of characters, so no per-character objects.
 */
export class PlainTextBuilder {
  private codes: Uint16Array;
  private kinds: Uint8Array;
  private offsets: Int32Array;
  private size = 0;
  readonly widths = new Map<number, number>();
  readonly comments: HtmlComment[] = [];

  constructor(private readonly source: string) {
    // The text is about as long as its source (markup out, list markers and link URLs in): one
    // allocation of each buffer for most messages instead of a few doublings.
    const capacity = source.length + 64;
    this.codes = new Uint16Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.offsets = new Int32Array(capacity);
  }

  get length(): number {
    return this.size;
  }

  private reserve(extra: number): void {
    const needed = this.size + extra;
    if (needed <= this.codes.length) return;
    const capacity = Math.max(needed, this.codes.length * 2);
    const codes = new Uint16Array(capacity);
    codes.set(this.codes.subarray(0, this.size));
    const kinds = new Uint8Array(capacity);
    kinds.set(this.kinds.subarray(0, this.size));
    const offsets = new Int32Array(capacity);
    offsets.set(this.offsets.subarray(0, this.size));
    this.codes = codes;
    this.kinds = kinds;
    this.offsets = offsets;
  }

  /** Appends one code unit; `width` is how many source code units it stands for (0 for generated text). */
  private put(code: number, kind: CharKind, offset: number, width: number): void {
    if (width !== 1) this.widths.set(this.size, width);
    this.codes[this.size] = code;
    this.kinds[this.size] = kind;
    this.offsets[this.size] = offset;
    this.size++;
  }

  /** Appends `source[from, to)` as it stands: one character per code unit, each one unit wide. */
  verbatim(from: number, to: number, kind: CharKind): void {
    const source = this.source;
    this.reserve(to - from);
    for (let i = from; i < to; i++) {
      this.codes[this.size] = source.charCodeAt(i);
      this.kinds[this.size] = kind;
      this.offsets[this.size] = i;
      this.size++;
    }
  }

  /** Appends one character standing for `width` source code units at `offset`. */
  char(code: number, kind: CharKind, offset: number, width: number): void {
    this.reserve(1);
    this.put(code, kind, offset, width);
  }

  /** Generated text (separators, markers) that has no source of its own. */
  generated(text: string, kind: CharKind, offset: number): void {
    this.reserve(text.length);
    for (let i = 0; i < text.length; i++) this.put(text.charCodeAt(i), kind, offset, 0);
  }

  /**
   * Appends a value the parser derived from `source[from, to)`, aligning each character with its source:
   * the value is the source minus markup (line prefixes, escapes' backslashes, entities decoded), so a
   * forward scan finds every character in order.
   */
  aligned(rawValue: string, kind: CharKind, from: number, to: number): void {
    const source = this.source;
    this.reserve(rawValue.length);
    // Most text nodes are their source verbatim: copy them without aligning.
    if (rawValue.indexOf('\r') === -1 && to - from === rawValue.length && source.startsWith(rawValue, from)) {
      for (let i = 0; i < rawValue.length; i++) {
        this.codes[this.size] = rawValue.charCodeAt(i);
        this.kinds[this.size] = kind;
        this.offsets[this.size] = from + i;
        this.size++;
      }
      return;
    }
    const value = rawValue.indexOf('\r') === -1 ? rawValue : rawValue.replace(/\r\n?/g, '\n');
    let si = from;
    let vi = 0;
    // A tab partly taken by a container marker (">\t<b>") leaves spaces at the start of the value that the
    // node's position, which starts after the tab, does not cover: they map onto the start, with no width.
    const startBlank = source.charCodeAt(from);
    if (from > 0 && source.charCodeAt(from - 1) === 9 && startBlank !== 32 && startBlank !== 9) {
      for (; vi < value.length && value.charCodeAt(vi) === 32; vi++) this.put(32, kind, from, 0);
    }
    while (vi < value.length) {
      const c = value.charCodeAt(vi);
      if (si >= to) {
        this.put(c, kind, to, 0);
        vi++;
        continue;
      }
      const s = source.charCodeAt(si);
      if (c === 10 && s === 13) {
        // A CRLF or lone CR line break is one "\n" of the text, spanning its whole source.
        const width = source.charCodeAt(si + 1) === 10 && si + 1 < to ? 2 : 1;
        this.put(10, kind, si, width);
        si += width;
        vi++;
        continue;
      }
      // The parser replaces NUL with U+FFFD (CommonMark 2.3): the same character, not markup to skip.
      if (s === c || (s === 0 && c === 0xfffd)) {
        this.put(c, kind, si, 1);
        si++;
        vi++;
        continue;
      }
      if (c === 32 && s === 9) {
        // A tab the parser expanded into spaces (inside a container or an indented code block): its spaces
        // map onto the tab; when another blank follows in the source, that one takes the next space.
        this.put(c, kind, si, 1);
        vi++;
        const followedByBlank = si + 1 < to && (source.charCodeAt(si + 1) === 9 || source.charCodeAt(si + 1) === 32);
        for (let extra = 1; extra < 4 && !followedByBlank && value.charCodeAt(vi) === 32; extra++, vi++) this.put(32, kind, si, 0);
        si++;
        continue;
      }
      if (s === 92 /* \ */ && si + 1 < to && source.charCodeAt(si + 1) === c && isAsciiPunctuation(c)) {
        this.put(c, kind, si, 2);
        si += 2;
        vi++;
        continue;
      }
      if (s === 38 /* & */) {
        ENTITY.lastIndex = si;
        const entity = ENTITY.exec(source);
        if (entity && si + entity[0].length <= to) {
          const width = entity[0].length;
          const next = si + width < to ? source.charCodeAt(si + width) : -1;
          // An entity decodes to one or two code units; take them all onto the entity's span.
          this.put(c, kind, si, width);
          vi++;
          if (vi < value.length && value.charCodeAt(vi) !== next && !(value.charCodeAt(vi) === 10 && next === 13)) {
            this.put(value.charCodeAt(vi), kind, si, width);
            vi++;
          }
          si += width;
          continue;
        }
      }
      si++; // markup the value does not contain
    }
  }

  /** Drops everything from `length` on: used to take back a separator when the next block shows nothing. */
  truncate(length: number): void {
    this.size = Math.min(this.size, length);
    for (const index of [...this.widths.keys()]) if (index >= length) this.widths.delete(index);
  }

  build(): PlainText {
    // Trim surrounding whitespace: a message's pasted text starts at its first visible character.
    let first = 0;
    let last = this.size;
    while (first < last && isWhitespace(this.codes[first] as number)) first++;
    while (last > first && isWhitespace(this.codes[last - 1] as number)) last--;
    let text = '';
    for (let at = first; at < last; at += 8192) {
      // apply takes the typed array as it is; spreading it into arguments first is several times slower.
      text += String.fromCharCode.apply(null, this.codes.subarray(at, Math.min(last, at + 8192)) as unknown as number[]);
    }
    const kinds = this.kinds.slice(first, last);
    const offsets = new Int32Array(text.length + 1);
    offsets.set(this.offsets.subarray(first, last));
    const widths = new Map<number, number>();
    for (const [index, width] of this.widths) if (index >= first && index < last) widths.set(index - first, width);
    if (text.length > 0) {
      const lastIndex = text.length - 1;
      offsets[text.length] = (offsets[lastIndex] as number) + (widths.get(lastIndex) ?? 1);
    } else {
      offsets[0] = 0;
    }
    markBareUrls(text, kinds);
    return { text, kinds, sourceOffsets: offsets, sourceWidths: widths, comments: this.comments };
  }
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0x1680 || code === 0x202f || code === 0x205f;
}

/** Bare URLs and e-mail addresses are not prose: no wording rule may fire inside them. */
function markBareUrls(text: string, kinds: Uint8Array): void {
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return;
  BARE_URL.lastIndex = 0;
  for (let match = BARE_URL.exec(text); match; match = BARE_URL.exec(text)) {
    for (let i = match.index; i < match.index + match[0].length; i++) {
      if (kinds[i] === CharKind.Prose) kinds[i] = CharKind.Url;
    }
  }
}

export function hasBlankLine(source: string, from: number, to: number): boolean {
  if (to <= from) return false;
  return /\n[ \t>]*\r?\n/.test(source.slice(from, to).replace(/\r(?!\n)/g, '\n'));
}

export function collectComments(builder: PlainTextBuilder, value: string, offset: number): void {
  let index = value.indexOf('<!--');
  while (index !== -1) {
    const close = value.indexOf('-->', index + 4);
    const end = close === -1 ? value.length : close + 3;
    builder.comments.push({ range: { start: offset + index, end: offset + end }, body: value.slice(index + 4, close === -1 ? value.length : close) });
    index = value.indexOf('<!--', end);
  }
}

export function isComment(value: string): boolean {
  return /^\s*<!--/.test(value) && value.trimEnd().endsWith('-->');
}

function emitInline(builder: PlainTextBuilder, source: string, nodes: readonly MdNode[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        builder.aligned(node.value ?? '', CharKind.Prose, startOf(node), endOf(node));
        break;
      case 'inlineCode':
        builder.aligned(node.value ?? '', CharKind.Code, startOf(node), endOf(node));
        break;
      case 'break':
        builder.generated('\n', CharKind.Prose, startOf(node));
        break;
      case 'html': {
        const value = node.value ?? '';
        if (isComment(value)) collectComments(builder, value, startOf(node));
        else builder.aligned(value, CharKind.Html, startOf(node), endOf(node));
        break;
      }
      case 'link':
        emitLink(builder, source, node);
        break;
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        break;
      default:
        if (node.children) emitInline(builder, source, node.children);
        else if (typeof node.value === 'string') builder.aligned(node.value, CharKind.Prose, startOf(node), endOf(node));
    }
  }
}

function plainOfChildren(nodes: readonly MdNode[] | undefined): string {
  if (!nodes) return '';
  return nodes.map((node) => (typeof node.value === 'string' ? node.value : plainOfChildren(node.children))).join('');
}

function emitLink(builder: PlainTextBuilder, source: string, node: MdNode): void {
  const url = node.url ?? '';
  const label = plainOfChildren(node.children);
  const isAutolink = source.charCodeAt(startOf(node)) === 60 /* < */ && (label === url || `mailto:${label}` === url);
  if (isAutolink) {
    const child = node.children?.[0];
    if (child) builder.aligned(label, CharKind.Url, startOf(child), endOf(child));
    return;
  }
  emitInline(builder, source, node.children ?? []);
  if (!url || url === label || url.startsWith('#')) return;
  const linkSource = source.slice(startOf(node), endOf(node));
  const destinationAt = linkSource.lastIndexOf(url);
  const markerAt = endOf(node);
  builder.generated(' (', CharKind.Marker, markerAt);
  if (destinationAt >= 0) {
    const from = startOf(node) + destinationAt;
    builder.aligned(url, CharKind.Url, from, from + url.length);
  } else {
    builder.generated(url, CharKind.Url, markerAt);
  }
  builder.generated(')', CharKind.Marker, markerAt);
}

/** Emits blocks, separated the way the source separates them. */
function emitBlocks(builder: PlainTextBuilder, source: string, nodes: readonly MdNode[], indent: string): void {
  let lastEnd: number | undefined;
  for (const node of nodes) {
    const before = builder.length;
    if (lastEnd !== undefined && before > 0) {
      builder.generated(hasBlankLine(source, lastEnd, startOf(node)) ? '\n\n' : '\n', CharKind.Break, lastEnd);
    }
    if (!emitBlock(builder, source, node, indent)) {
      // Nothing visible (a comment, a definition): take the separator back.
      builder.truncate(before);
      continue;
    }
    lastEnd = endOf(node);
  }
}

/** Emits one block; returns false when it produced no text. */
function emitBlock(builder: PlainTextBuilder, source: string, node: MdNode, indent: string): boolean {
  const before = builder.length;
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'tableCell':
      emitInline(builder, source, node.children ?? []);
      break;
    case 'blockquote':
      emitBlocks(builder, source, node.children ?? [], indent);
      break;
    case 'list': {
      let number = typeof node.start === 'number' ? node.start : 1;
      let previous: number | undefined;
      for (const item of node.children ?? []) {
        const itemStart = builder.length;
        if (previous !== undefined && itemStart > 0) {
          builder.generated(hasBlankLine(source, previous, startOf(item)) ? '\n\n' : '\n', CharKind.Break, previous);
        }
        builder.generated(`${indent}${node.ordered ? `${number}.` : '-'} `, CharKind.Marker, startOf(item));
        number++;
        emitBlocks(builder, source, item.children ?? [], `${indent}  `);
        previous = endOf(item);
      }
      break;
    }
    case 'code': {
      let from = startOf(node);
      const raw = source.slice(from, endOf(node));
      if (/^ {0,3}(?:```|~~~)/.test(raw)) {
        // The content starts after the opening fence's line break, which may be "\n", "\r\n" or a lone "\r".
        const lineBreak = raw.search(/\r\n?|\n/);
        from = lineBreak === -1 ? endOf(node) : from + lineBreak + (raw.startsWith('\r\n', lineBreak) ? 2 : 1);
      }
      builder.aligned(node.value ?? '', CharKind.Code, from, endOf(node));
      break;
    }
    case 'html': {
      const value = node.value ?? '';
      if (isComment(value)) collectComments(builder, value, startOf(node));
      else builder.aligned(value, CharKind.Html, startOf(node), endOf(node));
      break;
    }
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      break;
    default:
      if (node.children) emitBlocks(builder, source, node.children, indent);
      else if (typeof node.value === 'string') builder.aligned(node.value, CharKind.Prose, startOf(node), endOf(node));
  }
  return builder.length > before;
}

/** Container nesting (block quotes and list items) deeper than this is not parsed. */
export const MAX_NESTING = 100;
/** Emphasis delimiters (`*`, `_`) in one paragraph beyond which the parser's cost grows quadratically. */
export const MAX_PARAGRAPH_DELIMITERS = 1000;
/** Image openers (`![`) in one paragraph beyond which the parser's cost grows quadratically. */
export const MAX_PARAGRAPH_IMAGES = 200;

/**
 * Why a message should not be parsed, or undefined. The markdown parser takes time quadratic in the
 * number of unmatched emphasis delimiters or image openers of a paragraph, and recursion as deep as
 * the container nesting: a few kilobytes of `*a **a ` or `> > > ` would block the editor for seconds or
 * overflow the stack. One linear scan finds such text; the caller then treats the message as too big
 * to parse (counted, not checked for wording). The bounds are far beyond any real note.
 */
export function parseHazard(source: string): string | undefined {
  let delimiters = 0;
  let images = 0;
  const stack: number[] = []; // content columns of the open containers, as far as a line scan can tell
  let lineStart = 0;
  const n = source.length;
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n && source.charCodeAt(lineEnd) !== 10 && source.charCodeAt(lineEnd) !== 13) lineEnd++;
    // Leading indentation and container markers.
    let i = lineStart;
    let column = 0;
    const skipBlanks = () => {
      while (i < lineEnd) {
        const c = source.charCodeAt(i);
        if (c === 32) column++;
        else if (c === 9) column += 4 - (column % 4);
        else break;
        i++;
      }
    };
    skipBlanks();
    let blank = true;
    for (let k = i; k < lineEnd; k++) {
      const c = source.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 62 /* > */) {
        blank = false;
        break;
      }
    }
    if (blank) {
      delimiters = 0;
      images = 0;
    } else {
      while (stack.length > 0 && (stack[stack.length - 1] as number) > column) stack.pop();
      for (;;) {
        const c = source.charCodeAt(i);
        let width = 0;
        if (c === 62 /* > */) width = 1;
        else if ((c === 45 || c === 43 || c === 42) /* - + * */) width = 1;
        else if (c >= 48 && c <= 57) {
          let d = i;
          while (d < lineEnd && d - i < 9 && source.charCodeAt(d) >= 48 && source.charCodeAt(d) <= 57) d++;
          const after = source.charCodeAt(d);
          if (after === 46 || after === 41) width = d - i + 1;
        }
        if (width === 0) break;
        const next = i + width < lineEnd ? source.charCodeAt(i + width) : 32;
        if (c !== 62 && next !== 32 && next !== 9) break; // a list marker needs a space after it
        i += width;
        column += width;
        stack.push(column + 1);
        if (stack.length > MAX_NESTING) return `is nested more than ${MAX_NESTING} levels deep`;
        skipBlanks();
      }
      for (let k = i; k < lineEnd; k++) {
        const c = source.charCodeAt(k);
        if (c === 42 || c === 95) delimiters++;
        else if (c === 33 && source.charCodeAt(k + 1) === 91) images++;
      }
      if (delimiters > MAX_PARAGRAPH_DELIMITERS) return `has a paragraph with more than ${MAX_PARAGRAPH_DELIMITERS.toLocaleString('en-US')} * or _ marks`;
      if (images > MAX_PARAGRAPH_IMAGES) return `has a paragraph with more than ${MAX_PARAGRAPH_IMAGES} image openers (![)`;
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  return undefined;
}

/** Parses a message body and returns its plain text with the source map. */
export function toPlainText(source: string): PlainText {
  // Most messages are plain paragraphs, which a line scan turns into the same result far faster.
  return fastPlainText(source) ?? remarkPlainText(source);
}

/** toPlainText through the markdown parser, for any message: the reference the fast path must equal. */
export function remarkPlainText(source: string): PlainText {
  const builder = new PlainTextBuilder(source);
  const root = parseMarkdown(source);
  // The parser drops a leading byte-order mark without counting it in its offsets: count it back in.
  if (source.charCodeAt(0) === 0xfeff) shiftOffsets(root, 1);
  emitBlocks(builder, source, root.children ?? [], '');
  return builder.build();
}

function shiftOffsets(node: MdNode, by: number): void {
  const position = node.position;
  if (position) {
    node.position = {
      start: { ...position.start, offset: (position.start.offset ?? 0) + by },
      end: { ...position.end, offset: (position.end.offset ?? 0) + by },
    };
  }
  for (const child of node.children ?? []) shiftOffsets(child, by);
}

/** Maps a plain-text range to the source range it came from (relative to the parsed source). */
export function plainRangeToSource(plain: PlainText, start: number, end: number): Range {
  const clampedStart = Math.max(0, Math.min(start, plain.text.length));
  const clampedEnd = Math.max(clampedStart, Math.min(end, plain.text.length));
  const sourceStart = plain.sourceOffsets[clampedStart] as number;
  if (clampedEnd === clampedStart) return { start: sourceStart, end: sourceStart };
  const lastIndex = clampedEnd - 1;
  const sourceEnd = (plain.sourceOffsets[lastIndex] as number) + (plain.sourceWidths.get(lastIndex) ?? 1);
  return { start: sourceStart, end: Math.max(sourceStart, sourceEnd) };
}
