import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Range } from '../types.js';
import { fastPlainText } from './fastPlainText.js';
import { CharKind, PlainTextBuilder, collectComments, hasBlankLine, isComment, type PlainText } from './plainTextBuilder.js';

export { CharKind, type HtmlComment, type PlainText } from './plainTextBuilder.js';

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

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  ordered?: boolean | null;
  start?: number | null;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/** Made on first use: a process whose messages all take the fast path never sets up the parser. */
let processor: ReturnType<typeof makeProcessor> | undefined;
function makeProcessor() {
  return unified().use(remarkParse);
}

export function parseMarkdown(source: string): MdNode {
  processor ??= makeProcessor();
  return processor.parse(source) as unknown as MdNode;
}

function startOf(node: MdNode): number {
  return node.position?.start.offset ?? 0;
}
function endOf(node: MdNode): number {
  return node.position?.end.offset ?? 0;
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
