import type { Range } from '../types.js';

/**
 * The plain text of a message and how it is built: both ways of reading a message (the fast line scan in
 * fastPlainText.ts and the markdown parser's tree in plainText.ts) fill the same builder, so they agree on
 * separators, trimming and URLs by construction.
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

