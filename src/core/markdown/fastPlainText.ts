import { CharKind, PlainTextBuilder, collectComments, hasBlankLine, isComment, type PlainText } from './plainTextBuilder.js';

/**
 * toPlainText without the markdown parser, for the markdown most messages use: paragraphs, simple
 * lists, fenced code blocks, HTML comments (settings and directives), one-line HTML tags, emphasis, code spans,
 * single-paragraph block quotes, inline links, autolinks,
 * literal `[Name]` and `{{company}}` placeholders. Returns undefined for any source that holds
 * something else, or anything this scan is not sure to read the way remark-parse (micromark) does; the
 * caller then parses it.
 *
 * When it returns a result, that result equals the parser path's to the last source offset, including
 * that path's quirks (an inline comment's range counts the comment as the parser gives it, with up to
 * three indenting spaces of each continuation line left out). test/unit/fastPlainText.test.ts holds the
 * two paths against each other on generated text, the CommonMark examples and the corpus.
 */
export function fastPlainText(source: string): PlainText | undefined {
  if (!admissible(source)) return undefined;
  const builder = new PlainTextBuilder(source);
  const n = source.length;
  // End of the last block that showed text: where the separator before the next one sits.
  let lastEnd: number | undefined;
  // The open paragraph at the top level, first character to the end of its last line.
  let paraStart = -1;
  let paraEnd = -1;
  let list: OpenList | undefined;

  const block = (start: number, end: number, emit: () => boolean): boolean => {
    const before = builder.length;
    if (lastEnd !== undefined && before > 0) {
      builder.generated(hasBlankLine(source, lastEnd, start) ? '\n\n' : '\n', CharKind.Break, lastEnd);
    }
    const shown = builder.length;
    if (!emit()) return false;
    if (builder.length > shown) lastEnd = end;
    else builder.truncate(before);
    return true;
  };
  const closeParagraph = (): boolean => {
    if (paraStart < 0) return true;
    const start = paraStart;
    const end = paraEnd;
    paraStart = -1;
    return block(start, end, () => paragraph(source, builder, start, end, false));
  };
  const closeList = (): boolean => {
    if (!list) return true;
    const { items, ordered } = list;
    let number = list.number;
    list = undefined;
    const first = items[0] as ListItem;
    const last = items[items.length - 1] as ListItem;
    return block(first.start, last.end, () => {
      let previous: number | undefined;
      for (const item of items) {
        if (previous !== undefined && builder.length > 0) {
          builder.generated(hasBlankLine(source, previous, item.start) ? '\n\n' : '\n', CharKind.Break, previous);
        }
        builder.generated(ordered ? `${number}. ` : '- ', CharKind.Marker, item.start);
        number++;
        if (!paragraph(source, builder, item.contentStart, item.end, true)) return false;
        previous = item.end;
      }
      return true;
    });
  };

  let lineStart = 0;
  while (lineStart < n) {
    let at = lineStart;
    while (at < n && source.charCodeAt(at) === 32) at++;
    const lineEnd = lineEndFrom(source, at);
    const next = lineEnd + lineEndingWidth(source, lineEnd);
    const indent = at - lineStart;
    if (at === lineEnd) {
      if (list) list.blank = true;
      else if (!closeParagraph()) return undefined;
      lineStart = next;
      continue;
    }
    if (list) {
      const item = list.items[list.items.length - 1] as ListItem;
      if (indent >= item.size) {
        // Inside the item: after a blank line, a second block of it (not read here); else more of
        // its paragraph, unless the line opens a block there.
        if (list.blank || startsBlock(source, at, lineEnd, true)) return undefined;
        item.end = lineEnd;
        lineStart = next;
        continue;
      }
      const marker = listMarker(source, lineStart, at, lineEnd);
      const sameList = marker !== undefined && marker !== DECLINE && marker.ordered === list.ordered && marker.marker === list.marker;
      if (marker !== undefined && indent <= 3 && (sameList || !list.blank)) {
        // The next item of the same list. Another marker right after an item is left to the parser;
        // after a blank line it starts another list, below.
        if (!sameList) return undefined;
        list.items.push(marker as ListItem);
        list.blank = false;
        lineStart = next;
        continue;
      }
      // A fence or a quote marker not indented into the item interrupts its paragraph: the list ends.
      const interrupts = indent <= 3 && (source.startsWith('<!--', at) || source.charCodeAt(at) === 62 || fenceOpening(source, at, lineEnd) > 0);
      if (!list.blank && !interrupts) {
        // A lazy continuation line of the item's paragraph. (On a lazy line a lone HTML tag may open an
        // HTML block even after a paragraph: read as a new block's line, which declines it.)
        if (startsBlock(source, at, lineEnd, false)) return undefined;
        item.end = lineEnd;
        lineStart = next;
        continue;
      }
      // A blank line and then something not in the item, or a comment, fence or quote: the list ends.
      if (!closeList()) return undefined;
    }
    if (indent <= 3 && source.startsWith('<!--', at)) {
      // An HTML block of comments: it runs to the end of the line that closes the comment (CommonMark
      // type 2), blank lines and all, and may interrupt a paragraph.
      if (!closeParagraph()) return undefined;
      const close = source.indexOf('-->', at + 2);
      if (close === -1) return undefined;
      let end = close + 3;
      while (end < n && !isLineEnding(source.charCodeAt(end))) end++;
      const value = source.slice(lineStart, end);
      // Text after the comment on its closing line would make the block visible HTML.
      if (!isComment(value)) return undefined;
      const start = lineStart;
      block(start, end, () => {
        collectComments(builder, value, start);
        return true;
      });
      lineStart = end + lineEndingWidth(source, end);
      continue;
    }
    const fence = indent <= 3 ? fenceOpening(source, at, lineEnd) : 0;
    if (fence > 0) {
      // A fenced code block: may interrupt a paragraph, runs to a closing fence or the end of the message.
      if (!closeParagraph()) return undefined;
      const code = fencedCode(source, lineStart, at, next, fence);
      block(at, code.end, () => {
        builder.aligned(code.value, CharKind.Code, next, code.end);
        return true;
      });
      lineStart = code.next;
      continue;
    }
    if (indent <= 3 && source.charCodeAt(at) === 62) {
      // A block quote holding one paragraph: may interrupt a paragraph, ends at a blank line.
      if (!closeParagraph()) return undefined;
      const quote = blockQuote(source, at, lineEnd);
      if (!quote) return undefined;
      if (!block(at, quote.end, () => paragraph(source, builder, quote.contentStart, quote.end, false, true))) return undefined;
      lineStart = quote.next;
      continue;
    }
    // Indented code: left to the parser.
    if (paraStart < 0 && indent >= 4) return undefined;
    const marker = indent <= 3 ? listMarker(source, lineStart, at, lineEnd) : undefined;
    if (marker !== undefined) {
      if (marker === DECLINE) return undefined;
      // Only a list that starts at 1 (or a bullet list) may interrupt a paragraph; "2." there is text,
      // not read here.
      if (paraStart >= 0 && marker.ordered && marker.number !== '1') return undefined;
      if (!closeParagraph()) return undefined;
      list = { ordered: marker.ordered, marker: marker.marker, number: Number.parseInt(marker.number, 10), items: [marker], blank: false };
      lineStart = next;
      continue;
    }
    // Any other block construct is left to the parser. On a continuation line a construct may be mere
    // text (deeply indented, or one that cannot interrupt a paragraph), but declining is always safe.
    if (startsBlock(source, at, lineEnd, paraStart >= 0)) return undefined;
    if (paraStart < 0) paraStart = at;
    paraEnd = lineEnd;
    lineStart = next;
  }
  if (!closeParagraph() || !closeList()) return undefined;
  return builder.build();
}

/**
 * The length of the opening code fence at `at` (three or more backticks or tildes; a backtick fence's info
 * string holds no backtick), or 0.
 */
function fenceOpening(source: string, at: number, lineEnd: number): number {
  const marker = source.charCodeAt(at);
  if (marker !== 96 && marker !== 126) return 0;
  let end = at;
  while (end < lineEnd && source.charCodeAt(end) === marker) end++;
  if (end - at < 3) return 0;
  if (marker === 96) {
    for (let i = end; i < lineEnd; i++) if (source.charCodeAt(i) === 96) return 0;
  }
  return end - at;
}

/**
 * The fenced code block whose opening fence is on the line at `lineStart` (fence at `at`, next line at
 * `contentStart`, fence `length` long): its value as the parser gives it (content lines with up to the
 * fence's indentation removed, joined by their own line endings), its end (end of the closing fence's line,
 * or of the message) and where the next line starts.
 */
function fencedCode(source: string, lineStart: number, at: number, contentStart: number, length: number): { value: string; end: number; next: number } {
  const n = source.length;
  const marker = source.charCodeAt(at);
  const indent = at - lineStart;
  let value = '';
  let lineBreak = '';
  let line = contentStart;
  while (line < n) {
    let first = line;
    while (first < n && source.charCodeAt(first) === 32) first++;
    const lineEnd = lineEndFrom(source, first);
    const next = lineEnd + lineEndingWidth(source, lineEnd);
    if (first - line <= 3 && isClosingFence(source, first, lineEnd, marker, length)) return { value, end: lineEnd, next };
    value += lineBreak + source.slice(line + Math.min(first - line, indent), lineEnd);
    lineBreak = source.slice(lineEnd, next);
    line = next;
  }
  return { value, end: n, next: n };
}

/** Whether `source[at, lineEnd)` closes a fence of `length` `marker`s: as many or more, then only spaces. */
function isClosingFence(source: string, at: number, lineEnd: number, marker: number, length: number): boolean {
  let end = at;
  while (end < lineEnd && source.charCodeAt(end) === marker) end++;
  if (end - at < length) return false;
  while (end < lineEnd && source.charCodeAt(end) === 32) end++;
  return end === lineEnd;
}

/**
 * The block quote whose first `>` is at `at`, when it holds one paragraph this path reads: its lines are
 * `>` lines or lazy continuation lines up to a blank line or the end, none of them opening another block
 * (a nested quote, a list, a second paragraph after an empty `>` line...). Undefined to decline.
 */
function blockQuote(source: string, at: number, lineEnd: number): { contentStart: number; end: number; next: number } | undefined {
  const n = source.length;
  // The marker takes one space after it; four more would make indented code.
  const markerEnd = source.charCodeAt(at + 1) === 32 ? at + 2 : at + 1;
  let contentStart = markerEnd;
  while (contentStart < lineEnd && source.charCodeAt(contentStart) === 32) contentStart++;
  if (contentStart === lineEnd || contentStart - markerEnd >= 4 || startsBlock(source, contentStart, lineEnd, false)) return undefined;
  let end = lineEnd;
  let line = lineEnd + lineEndingWidth(source, lineEnd);
  while (line < n) {
    let first = line;
    while (first < n && source.charCodeAt(first) === 32) first++;
    let next = first;
    while (next < n && !isLineEnding(source.charCodeAt(next))) next++;
    if (first === next) break;
    let content = first;
    if (first - line <= 3 && source.charCodeAt(first) === 62) {
      content++;
      while (content < next && source.charCodeAt(content) === 32) content++;
      if (content === next || startsBlock(source, content, next, true)) return undefined;
    } else if (startsBlock(source, first, next, false)) {
      // A lazy line: read as a new block's line, as list items' lazy lines are.
      return undefined;
    }
    end = next;
    line = next + lineEndingWidth(source, next);
  }
  return { contentStart, end, next: line };
}

interface ListItem {
  ordered: boolean;
  /** The bullet, or the delimiter after an ordered item's number: a different one starts another list. */
  marker: number;
  number: string;
  /** The marker's offset, where the parser starts the item. */
  start: number;
  /** First character of the item's paragraph. */
  contentStart: number;
  /** End of the last line of the item's paragraph. */
  end: number;
  /** Columns a line must be indented by to belong to the item. */
  size: number;
}

interface OpenList {
  ordered: boolean;
  marker: number;
  number: number;
  items: ListItem[];
  /** A blank line since the last item line: only a next item keeps the list open. */
  blank: boolean;
}

const DECLINE = 0;

/**
 * The list item a line starts (marker at `at`, after `at - lineStart` spaces), undefined when it
 * starts none, or DECLINE when it starts one this path does not read: empty, thematic break, content
 * that is indented code or opens another block (a nested list, a quote...).
 */
function listMarker(source: string, lineStart: number, at: number, lineEnd: number): ListItem | typeof DECLINE | undefined {
  const code = source.charCodeAt(at);
  let markerEnd = at + 1;
  let ordered = false;
  if (code === 45 || code === 42 || code === 43) {
    // - * +
    if (code !== 43 && onlyMarkers(source, at, lineEnd, code)) return DECLINE;
  } else if (code >= 48 && code <= 57) {
    const delimiter = orderedDelimiter(source, at, lineEnd);
    if (delimiter < 0) return undefined;
    markerEnd = delimiter + 1;
    ordered = true;
  } else {
    return undefined;
  }
  if (markerEnd < lineEnd && source.charCodeAt(markerEnd) !== 32) return undefined;
  let contentStart = markerEnd;
  while (contentStart < lineEnd && source.charCodeAt(contentStart) === 32) contentStart++;
  const spaces = contentStart - markerEnd;
  if (contentStart === lineEnd || spaces > 4 || startsBlock(source, contentStart, lineEnd, false)) return DECLINE;
  return {
    ordered,
    marker: source.charCodeAt(markerEnd - 1),
    number: ordered ? source.slice(at, markerEnd - 1) : '',
    start: at,
    contentStart,
    end: lineEnd,
    size: contentStart - lineStart,
  };
}

/** Where the `.` or `)` of an ordered list marker (1 to 9 digits at `at`) stands on the line, or -1. */
function orderedDelimiter(source: string, at: number, lineEnd: number): number {
  let end = at;
  while (end < lineEnd && end - at < 10 && source.charCodeAt(end) >= 48 && source.charCodeAt(end) <= 57) end++;
  const mark = source.charCodeAt(end);
  return end - at <= 9 && end < lineEnd && (mark === 46 || mark === 41) ? end : -1;
}

function isLineEnding(code: number): boolean {
  return code === 10 || code === 13;
}

/** Where the line holding `from` ends: its line ending, or the end of the source. */
function lineEndFrom(source: string, from: number): number {
  let end = from;
  while (end < source.length && !isLineEnding(source.charCodeAt(end))) end++;
  return end;
}

function lineEndingWidth(source: string, at: number): number {
  const code = source.charCodeAt(at);
  if (code === 13) return source.charCodeAt(at + 1) === 10 ? 2 : 1;
  return code === 10 ? 1 : 0;
}

/**
 * One scan for what no message this path reads contains: tabs and other control characters (tabs
 * expand by column), escapes, character references, images, link reference definitions, and a
 * byte-order mark (the parser drops it from its offsets).
 */
function admissible(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 32) {
      if (code !== 10 && code !== 13) return false;
    } else if (code === 92 /* \ */ || code === 127 || code === 0xfeff) {
      return false;
    } else if (code === 38 /* & */) {
      // "&" is text unless a name or number and ";" follow ("Q&A" is text, "&amp;" a reference).
      REFERENCE.lastIndex = i;
      if (REFERENCE.test(source)) return false;
    } else if (code === 93 /* ] */) {
      if (source.charCodeAt(i + 1) === 58 /* : */) return false;
    } else if (code === 33 /* ! */) {
      if (source.charCodeAt(i + 1) === 91 /* [ */) return false;
    }
  }
  return true;
}

/** Anything shaped like a character reference, known or not (declining a few literal ones costs nothing). */
const REFERENCE = /&[#A-Za-z0-9]+;/y;

/**
 * Whether a line whose first non-blank character is at `at` may open a block other than a paragraph
 * (heading, quote, list item, thematic break, setext underline, fence, HTML): such lines are declined.
 * `interrupting`: the line would otherwise continue a paragraph, which a lone HTML tag does not interrupt.
 */
function startsBlock(source: string, at: number, lineEnd: number, interrupting: boolean): boolean {
  const code = source.charCodeAt(at);
  const next = at + 1 < lineEnd ? source.charCodeAt(at + 1) : 32;
  switch (code) {
    case 62: // >
      return true;
    case 35: {
      // #
      let end = at;
      while (end < lineEnd && source.charCodeAt(end) === 35) end++;
      return end - at <= 6 && (end === lineEnd || source.charCodeAt(end) === 32);
    }
    case 43: // +
      return next === 32;
    case 45: // -
    case 42: // *
      return next === 32 || onlyMarkers(source, at, lineEnd, code);
    case 95: // _
    case 61: // =
      return onlyMarkers(source, at, lineEnd, code);
    case 126: // ~
      return source.startsWith('~~~', at);
    case 96: // `
      return source.startsWith('```', at);
    case 60: // <
      return next !== 32 && autolinkEnd(source, at, lineEnd) < 0 && startsHtmlBlock(source, at, lineEnd, interrupting);
    default:
      if (code >= 48 && code <= 57) {
        const delimiter = orderedDelimiter(source, at, lineEnd);
        return delimiter >= 0 && (delimiter + 1 === lineEnd || source.charCodeAt(delimiter + 1) === 32);
      }
      return false;
  }
}

/**
 * Whether a line starting with `<` (no autolink) may open an HTML block, as far as this path can tell
 * (true when unsure). A tag named like a block element (`<div>`, `</p>`) or raw text (`<pre>`), or `<!`,
 * `<?`, may open one anywhere; any other tag only on a new block's line where it is complete and
 * alone (CommonMark type 7), so a line ending in `>` there is declined. `<Company> at Acme` is a paragraph.
 */
function startsHtmlBlock(source: string, at: number, lineEnd: number, interrupting: boolean): boolean {
  let nameAt = at + 1;
  const next = source.charCodeAt(nameAt);
  if (next === 33 || next === 63) return true; // <! <?
  if (next === 47) nameAt++; // </
  if (!isAsciiAlpha(source.charCodeAt(nameAt))) return false;
  let nameEnd = nameAt + 1;
  while (nameEnd < lineEnd && isTagNameChar(source.charCodeAt(nameEnd))) nameEnd++;
  if (HTML_BLOCK_NAMES.has(source.slice(nameAt, nameEnd).toLowerCase())) return true;
  if (interrupting) return false;
  let last = lineEnd;
  while (last > at && source.charCodeAt(last - 1) === 32) last--;
  return source.charCodeAt(last - 1) === 62;
}

/** Tag names that open an HTML block wherever they start a line: raw text (type 1) and block elements (type 6). */
const HTML_BLOCK_NAMES = new Set(
  (
    'pre script style textarea address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav ' +
    'noframes ol optgroup option p param search section source summary table tbody td tfoot th thead title tr track ul'
  ).split(' '),
);

function isAsciiAlpha(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isTagNameChar(code: number): boolean {
  return code === 45 || isAsciiAlpha(code) || (code >= 48 && code <= 57);
}

/** A raw HTML tag this path does not read (spread over lines, or `<!...>`, `<?...?>`). */
const TAG_DECLINE = -2;

/**
 * End of the inline HTML tag (open `<name attr=value ...>` or closing `</name>`) starting with the `<` at
 * `at`, following micromark's states; -1 when the `<` starts no tag (it is then text), TAG_DECLINE when
 * unsure. `end` is the paragraph's end, where a tag without its `>` is none.
 */
function inlineTagEnd(source: string, at: number, end: number): number {
  const peek = (k: number) => (k < end ? source.charCodeAt(k) : -1);
  const isEol = (code: number) => code === 10 || code === 13;
  let i = at + 1;
  let code = peek(i);
  if (code === 33 || code === 63) return TAG_DECLINE;
  if (code === 47) {
    i++;
    if (!isAsciiAlpha(peek(i))) return -1;
    while (isTagNameChar(peek(i))) i++;
    while (peek(i) === 32) i++;
    if (isEol(peek(i))) return TAG_DECLINE;
    return peek(i) === 62 ? i + 1 : -1;
  }
  if (!isAsciiAlpha(code)) return -1;
  while (isTagNameChar(peek(i))) i++;
  code = peek(i);
  if (code !== 47 && code !== 62 && code !== 32 && !isEol(code)) return -1;
  for (;;) {
    code = peek(i);
    if (isEol(code)) return TAG_DECLINE;
    if (code === 32) {
      i++;
      continue;
    }
    if (code === 58 || code === 95 || isAsciiAlpha(code)) {
      // An attribute: name, then maybe "=" and a value.
      i++;
      while (isTagNameChar(peek(i)) || peek(i) === 46 || peek(i) === 58 || peek(i) === 95) i++;
      while (peek(i) === 32) i++;
      if (isEol(peek(i))) return TAG_DECLINE;
      if (peek(i) !== 61) continue;
      i++;
      while (peek(i) === 32) i++;
      code = peek(i);
      if (isEol(code)) return TAG_DECLINE;
      if (code === -1 || code === 60 || code === 61 || code === 62 || code === 96) return -1;
      if (code === 34 || code === 39) {
        i++;
        while (i < end && peek(i) !== code && !isEol(peek(i))) i++;
        if (i >= end) return -1;
        if (isEol(peek(i))) return TAG_DECLINE;
        i++;
        const after = peek(i);
        if (after !== 47 && after !== 62 && after !== 32 && !isEol(after)) return -1;
        continue;
      }
      for (;;) {
        code = peek(i);
        if (code === -1 || code === 34 || code === 39 || code === 60 || code === 61 || code === 96) return -1;
        if (code === 47 || code === 62 || code === 32 || isEol(code)) break;
        i++;
      }
      continue;
    }
    if (code === 47) return peek(i + 1) === 62 ? i + 2 : -1;
    return code === 62 ? i + 1 : -1;
  }
}

/** Whether the line holds nothing but `marker` characters and spaces: a thematic break or setext underline. */
function onlyMarkers(source: string, at: number, lineEnd: number, marker: number): boolean {
  for (let i = at; i < lineEnd; i++) {
    const code = source.charCodeAt(i);
    if (code !== marker && code !== 32) return false;
  }
  return true;
}

const AUTOLINK_URL = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\x00-\x20<>\x7f]*>/y;
// micromark's "atext" for the user part: no "!" (unlike HTML's e-mail syntax).
const AUTOLINK_EMAIL = /<[A-Za-z0-9#$%&'*+\-./=?^_`{|}~]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;

/** End of the autolink (`<scheme:...>` or `<user@host>`) starting at `at`, or -1. */
function autolinkEnd(source: string, at: number, limit: number): number {
  for (const pattern of [AUTOLINK_URL, AUTOLINK_EMAIL]) {
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (match && pattern.lastIndex <= limit) return pattern.lastIndex;
  }
  return -1;
}

const enum Item {
  Text,
  LineEnd,
  Break,
  Run,
  Comment,
  Autolink,
  Html,
  Code,
  Bracket,
  LinkEnd,
}

type Token =
  | { t: Item.Text; from: number; to: number }
  | { t: Item.LineEnd; at: number; width: number }
  | { t: Item.Break; at: number }
  | Run
  | { t: Item.Comment; from: number; value: string }
  | { t: Item.Autolink; from: number; to: number }
  | { t: Item.Html; from: number; to: number }
  | { t: Item.Code; from: number; to: number; value: string }
  | { t: Item.Bracket; at: number; opensLink: boolean }
  | { t: Item.LinkEnd; destinationFrom: number; destinationTo: number; end: number };

/** A run of `*` or `_`; `start`/`end` shrink as emphasis takes its marks (the opener's from the inside). */
interface Run {
  t: Item.Run;
  marker: number;
  open: boolean;
  close: boolean;
  start: number;
  end: number;
  /** Index of the link whose text holds the run, or -1: emphasis does not cross a link's edge. */
  scope: number;
  dead: boolean;
}

interface LabelStart {
  token: { t: Item.Bracket; at: number; opensLink: boolean };
  index: number;
  inactive: boolean;
  balanced: boolean;
}

/**
 * Reads the paragraph `source[start, end)` (first character to the end of its last line) and emits its
 * text; false to decline. `inItem`: the paragraph is a list item's, whose indentation the item takes
 * before the paragraph sees its lines. `quoted`: it is a block quote's, whose lines may start with `>`.
 */
function paragraph(source: string, builder: PlainTextBuilder, start: number, end: number, inItem: boolean, quoted = false): boolean {
  const tokens: Token[] = [];
  const labels: LabelStart[] = [];
  let links = 0;
  let dataFrom = start;
  // Where the current line's text starts: the parser sees a line ending before it, not the `>` of a quote.
  let lineFrom = start;
  let i = start;
  const flush = (to: number) => {
    if (to > dataFrom) tokens.push({ t: Item.Text, from: dataFrom, to });
  };
  // Spaces ending a line of text are not part of it; two or more before a line ending make a hard break.
  const trailingSpaces = (to: number): number => {
    let from = to;
    while (from > dataFrom && source.charCodeAt(from - 1) === 32) from--;
    return to - from;
  };
  while (i < end) {
    const code = source.charCodeAt(i);
    if (code === 10 || code === 13) {
      const spaces = trailingSpaces(i);
      flush(i - spaces);
      const width = lineEndingWidth(source, i);
      if (spaces >= 2) tokens.push({ t: Item.Break, at: i - spaces });
      else tokens.push({ t: Item.LineEnd, at: i, width });
      i += width;
      while (source.charCodeAt(i) === 32) i++;
      if (quoted && source.charCodeAt(i) === 62) {
        i++;
        while (source.charCodeAt(i) === 32) i++;
      }
      dataFrom = i;
      lineFrom = i;
    } else if (code === 42 || code === 95) {
      flush(i);
      let to = i + 1;
      while (to < end && source.charCodeAt(to) === code) to++;
      tokens.push(delimiterRun(source, code, i, to, lineFrom, end));
      i = to;
      dataFrom = i;
    } else if (code === 96) {
      // `: a code span runs to the next run of as many backticks; without one the run is text.
      let to = i + 1;
      while (to < end && source.charCodeAt(to) === 96) to++;
      const length = to - i;
      let close = to;
      for (;;) {
        close = source.indexOf('`', close);
        if (close === -1 || close >= end) break;
        let closeEnd = close + 1;
        while (closeEnd < end && source.charCodeAt(closeEnd) === 96) closeEnd++;
        if (closeEnd - close === length) break;
        close = closeEnd;
      }
      if (close === -1 || close >= end) {
        i = to;
        continue;
      }
      const content = source.slice(to, close);
      // Line endings in code become spaces, and its indentation goes: not followed here.
      if (content.includes('\n') || content.includes('\r')) return false;
      // One space of padding on each side goes when both are there and the code is not all spaces.
      const padded = content.length > 2 && content.charCodeAt(0) === 32 && content.charCodeAt(content.length - 1) === 32 && /[^ ]/.test(content);
      flush(i);
      tokens.push({ t: Item.Code, from: i, to: close + length, value: padded ? content.slice(1, -1) : content });
      i = close + length;
      dataFrom = i;
    } else if (code === 60) {
      // <
      if (source.startsWith('<!--', i)) {
        const close = source.indexOf('-->', i + 2);
        if (close === -1 || close + 3 > end) return false;
        const value = inlineHtmlValue(source, i, close + 3);
        // In a list item the comment's value loses the item's indentation too, in a quote its `>`: not
        // followed here.
        if (inItem && value.length !== close + 3 - i) return false;
        if (quoted && /[\r\n]/.test(value)) return false;
        flush(i);
        tokens.push({ t: Item.Comment, from: i, value });
        i = close + 3;
        dataFrom = i;
        continue;
      }
      const autolink = autolinkEnd(source, i, end);
      if (autolink > 0) {
        flush(i);
        tokens.push({ t: Item.Autolink, from: i, to: autolink });
        i = autolink;
        dataFrom = i;
        continue;
      }
      const tag = inlineTagEnd(source, i, end);
      if (tag === TAG_DECLINE) return false;
      if (tag > 0) {
        flush(i);
        tokens.push({ t: Item.Html, from: i, to: tag });
        i = tag;
        dataFrom = i;
        continue;
      }
      // Neither autolink nor tag: the "<" is text.
      i++;
    } else if (code === 91) {
      // [
      flush(i);
      const token = { t: Item.Bracket as const, at: i, opensLink: false };
      labels.push({ token, index: tokens.length, inactive: false, balanced: false });
      tokens.push(token);
      i++;
      dataFrom = i;
    } else if (code === 93) {
      // ]: closes the nearest open "[" into a link when a resource follows; otherwise it is text.
      while (labels.length > 0 && (labels[labels.length - 1] as LabelStart).balanced) labels.pop();
      const label = labels[labels.length - 1];
      if (!label) {
        i++;
        continue;
      }
      if (label.inactive || source.charCodeAt(i + 1) !== 40 /* ( */) {
        label.balanced = true;
        i++;
        continue;
      }
      const destinationFrom = i + 2;
      let destinationTo = destinationFrom;
      while (destinationTo < end && isPlainDestinationChar(source.charCodeAt(destinationTo))) destinationTo++;
      if (source.charCodeAt(destinationTo) !== 41 /* ) */ || destinationTo >= end) return false;
      flush(i);
      // The link's text: kept simple (one line, no HTML or autolinks inside).
      for (let k = label.index + 1; k < tokens.length; k++) {
        const inner = tokens[k] as Token;
        if (inner.t === Item.LineEnd || inner.t === Item.Break || inner.t === Item.Comment || inner.t === Item.Autolink || inner.t === Item.Html) return false;
        if (inner.t === Item.Run) inner.scope = links;
      }
      links++;
      label.token.opensLink = true;
      labels.pop();
      // No links in links: every "[" before this one can no longer open one.
      for (const earlier of labels) earlier.inactive = true;
      tokens.push({ t: Item.LinkEnd, destinationFrom, destinationTo, end: destinationTo + 1 });
      i = destinationTo + 1;
      dataFrom = i;
    } else {
      i++;
    }
  }
  flush(end - trailingSpaces(end));

  resolveEmphasis(tokens, links);
  emitTokens(source, builder, tokens);
  return true;
}

/** A destination character this path reads as written: no spaces, controls, parentheses, `<`, `>`, escapes or references. */
function isPlainDestinationChar(code: number): boolean {
  return code > 32 && code !== 127 && code !== 40 && code !== 41 && code !== 60 && code !== 62 && code !== 92 && code !== 38;
}

/**
 * The value the parser gives an inline comment: its source, except that after each line ending up to
 * three spaces of indentation are dropped. collectComments counts offsets in that value.
 */
function inlineHtmlValue(source: string, from: number, to: number): string {
  let value = '';
  let at = from;
  for (let i = from; i < to; i++) {
    const code = source.charCodeAt(i);
    if (code !== 10 && code !== 13) continue;
    const width = lineEndingWidth(source, i);
    value += source.slice(at, i + width);
    i += width;
    let skip = 0;
    while (skip < 3 && source.charCodeAt(i + skip) === 32) skip++;
    at = i + skip;
    i = at - 1;
  }
  return value + source.slice(at, to);
}

const enum Group {
  Other = 0,
  Whitespace = 1,
  Punctuation = 2,
}

const UNICODE_WHITESPACE = /\s/;
const UNICODE_PUNCTUATION = /\p{P}|\p{S}/u;

/** micromark's character groups for emphasis flanking; it looks at one UTF-16 code unit. */
function group(code: number): Group {
  if (code === 32 || code === 10 || code === 13) return Group.Whitespace;
  if (code < 128) {
    if ((code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126)) return Group.Punctuation;
    return code === 9 || code === 11 || code === 12 ? Group.Whitespace : Group.Other;
  }
  const char = String.fromCharCode(code);
  if (UNICODE_WHITESPACE.test(char)) return Group.Whitespace;
  return UNICODE_PUNCTUATION.test(char) ? Group.Punctuation : Group.Other;
}

/**
 * Whether a run can open or close emphasis, the way micromark's attention construct decides it; `lineFrom`
 * is where the run's line starts (after a line ending, to the parser).
 */
function delimiterRun(source: string, marker: number, from: number, to: number, lineFrom: number, end: number): Run {
  const before = from === lineFrom ? Group.Whitespace : group(source.charCodeAt(from - 1));
  const after = to >= end ? Group.Whitespace : group(source.charCodeAt(to));
  const open = after === Group.Other || (after === Group.Punctuation && before !== Group.Other);
  const close = before === Group.Other || (before === Group.Punctuation && after !== Group.Other);
  return {
    t: Item.Run,
    marker,
    open: marker === 42 ? open : open && (before !== Group.Other || !close),
    close: marker === 42 ? close : close && (after !== Group.Other || !open),
    start: from,
    end: to,
    scope: -1,
    dead: false,
  };
}

/**
 * Matches runs into emphasis as micromark's resolver does: each closer, left to right, takes the nearest
 * usable opener before it (rule of three included), two marks when both sides have two, and the runs
 * between them turn to text. The marks taken leave the runs; what remains is text.
 */
function resolveEmphasis(tokens: Token[], links: number): void {
  for (let scope = -1; scope < links; scope++) {
    const runs = tokens.filter((token): token is Run => token.t === Item.Run && token.scope === scope);
    for (let c = 0; c < runs.length; c++) {
      const closer = runs[c] as Run;
      if (!closer.close) continue;
      let o = c - 1;
      while (o >= 0 && closer.end > closer.start) {
        const opener = runs[o] as Run;
        if (!opener.dead && opener.open && opener.marker === closer.marker && opener.end > opener.start) {
          const openLength = opener.end - opener.start;
          const closeLength = closer.end - closer.start;
          if ((opener.close || closer.open) && closeLength % 3 !== 0 && (openLength + closeLength) % 3 === 0) {
            o--;
            continue;
          }
          const use = openLength > 1 && closeLength > 1 ? 2 : 1;
          opener.end -= use;
          closer.start += use;
          for (let k = o + 1; k < c; k++) (runs[k] as Run).dead = true;
          o = c - 1;
          continue;
        }
        o--;
      }
    }
  }
}

function emitTokens(source: string, builder: PlainTextBuilder, tokens: readonly Token[]): void {
  // The text of the link being emitted, to compare with its URL as the parser path does.
  let label: string | undefined;
  for (const token of tokens) {
    switch (token.t) {
      case Item.Text:
        builder.verbatim(token.from, token.to, CharKind.Prose);
        if (label !== undefined) label += source.slice(token.from, token.to);
        break;
      case Item.Run:
        builder.verbatim(token.start, token.end, CharKind.Prose);
        if (label !== undefined) label += source.slice(token.start, token.end);
        break;
      case Item.LineEnd:
        builder.char(10, CharKind.Prose, token.at, token.width);
        break;
      case Item.Break:
        builder.generated('\n', CharKind.Prose, token.at);
        break;
      case Item.Comment:
        collectComments(builder, token.value, token.from);
        break;
      case Item.Autolink:
        builder.verbatim(token.from + 1, token.to - 1, CharKind.Url);
        break;
      case Item.Html:
        // A tag on one line: the parser's value is its source.
        builder.verbatim(token.from, token.to, CharKind.Html);
        break;
      case Item.Code:
        // The parser path's alignment, quirks and all: a backtick in the code may map onto the fence.
        builder.aligned(token.value, CharKind.Code, token.from, token.to);
        if (label !== undefined) label += token.value;
        break;
      case Item.Bracket:
        if (token.opensLink) {
          label = '';
        } else {
          builder.char(source.charCodeAt(token.at), CharKind.Prose, token.at, 1);
          if (label !== undefined) label += source[token.at];
        }
        break;
      case Item.LinkEnd: {
        const url = source.slice(token.destinationFrom, token.destinationTo);
        if (url && url !== label && !url.startsWith('#')) {
          builder.generated(' (', CharKind.Marker, token.end);
          builder.verbatim(token.destinationFrom, token.destinationTo, CharKind.Url);
          builder.generated(')', CharKind.Marker, token.end);
        }
        label = undefined;
        break;
      }
    }
  }
}
