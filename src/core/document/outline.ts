import type { Range } from '../types.js';
import { computeLineStarts } from '../text/lines.js';

/**
 * The cheap first pass over a document: one scan of its lines finds the front matter and the message
 * boundaries without parsing markdown. Each message is then parsed on its own, which keeps a keystroke's
 * cost proportional to one message and avoids the markdown parser's worse-than-linear cost on big files.
 *
 * Boundaries follow CommonMark where it matters for `##` lines: a `##` line inside a fenced code block,
 * an HTML block, or the front matter is not a heading, and an indented (4+ spaces) one is code.
 */

export interface MessageSlice {
  /** Offset where the message starts: its heading line, or its first body line when it has no heading. */
  start: number;
  /** Offset where the next message or non-message region starts (or the document ends). */
  end: number;
  /** Offset of the first body line: after the heading line and its line break. */
  bodyStart: number;
  /** The heading line without its line break; absent for a file-wide message with no title. */
  headingRange?: Range;
  /** The heading's text with `#` marks removed and trimmed; absent when there is no heading. */
  title?: string;
  /** Heading level: 2 for `##` messages, 1 for the `#` title of a file without `##` headings. */
  headingLevel?: 1 | 2;
  /** Zero-based line of `start`. */
  startLine: number;
}

export interface FrontMatterSlice {
  /** From the opening `---` to the end of the closing line (including its line break). */
  range: Range;
  /** The YAML between the fences. */
  contentRange: Range;
  /** False when the closing fence is missing: the whole file would be front matter, so none is taken. */
  closed: boolean;
}

export interface DocumentOutline {
  lineStarts: number[];
  frontMatter?: FrontMatterSlice;
  /** Regions that belong to no message: the preamble before the first `##`, and text after a `#` heading. */
  nonMessageRanges: Range[];
  messages: MessageSlice[];
  /** True when the file has `##` headings (one message per section); false for a single-message file. */
  sectioned: boolean;
}

type BlockState =
  | { kind: 'none' }
  | { kind: 'fence'; char: number; length: number }
  | { kind: 'html-until'; terminator: string }
  | { kind: 'html-until-blank' };

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_BLOCK_RAW = /^ {0,3}<(script|pre|style|textarea)(?:\s|>|$)/i;
const HTML_BLOCK_TAG = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s|\/?>|$)/;
const HTML_BLOCK_ANY_TAG = /^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;

/** CommonMark's block-level tag names (HTML block type 6): such a tag starts a block that a blank line ends. */
const BLOCK_TAG_NAMES = new Set(
  (
    'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link ' +
    'main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead ' +
    'title tr track ul'
  ).split(' '),
);

function lineText(text: string, lineStarts: readonly number[], line: number): string {
  const start = lineStarts[line] as number;
  let end = line + 1 < lineStarts.length ? (lineStarts[line + 1] as number) : text.length;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return text.slice(start, end);
}

const BLANK_LINE = -1;
const INDENTED = -2;

/**
 * The first character after at most three spaces of indentation, BLANK_LINE for an empty or
 * whitespace-only line, or INDENTED when four spaces or a tab come first (indented code or continuation).
 */
function firstSignificant(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
  if (i >= end) return BLANK_LINE;
  const code = text.charCodeAt(i);
  if (code === 10 || code === 13) return BLANK_LINE;
  if (code === 32 || code === 9) {
    // Four or more spaces, or a tab: no marker can start here, but the line may still be blank.
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
    const next = i < end ? text.charCodeAt(i) : 10;
    return next === 10 || next === 13 ? BLANK_LINE : INDENTED;
  }
  return code;
}

function isBlank(line: string): boolean {
  return /^[ \t]*$/.test(line);
}

/** Finds the front matter: `---` on the first line, closed by a `---` or `...` line. */
function scanFrontMatter(text: string, lineStarts: readonly number[]): FrontMatterSlice | undefined {
  if (lineStarts.length < 2) return undefined;
  const first = lineText(text, lineStarts, 0);
  if (!/^---[ \t]*$/.test(first)) return undefined;
  for (let line = 1; line < lineStarts.length; line++) {
    const content = lineText(text, lineStarts, line);
    if (/^(?:---|\.\.\.)[ \t]*$/.test(content)) {
      const end = line + 1 < lineStarts.length ? (lineStarts[line + 1] as number) : text.length;
      return {
        range: { start: 0, end },
        contentRange: { start: lineStarts[1] as number, end: lineStarts[line] as number },
        closed: true,
      };
    }
  }
  return undefined;
}

/** Strips the ATX heading marks: `## Jane Doe ##` gives `Jane Doe`. */
function headingTitle(line: string, level: number): string {
  let rest = line.replace(/^ {0,3}#+/, '');
  rest = rest.replace(/[ \t]+#+[ \t]*$/, '');
  if (/^#+[ \t]*$/.test(rest.trim()) && level > 0) rest = '';
  return rest.trim();
}

export function outlineDocument(text: string): DocumentOutline {
  const lineStarts = computeLineStarts(text);
  const frontMatter = scanFrontMatter(text, lineStarts);
  const firstContentLine = frontMatter ? lineIndexAt(lineStarts, frontMatter.range.end, text.length) : 0;

  // Headings found outside code, HTML blocks and front matter.
  const headings: { line: number; level: number; title: string }[] = [];
  let state: BlockState = { kind: 'none' };
  let previousBlank = true;
  for (let line = firstContentLine; line < lineStarts.length; line++) {
    // Most lines are prose: decide from their first non-space character without copying the line.
    if (state.kind === 'none') {
      const first = firstSignificant(text, lineStarts[line] as number, line + 1 < lineStarts.length ? (lineStarts[line + 1] as number) : text.length);
      if (first === BLANK_LINE) {
        previousBlank = true;
        continue;
      }
      if (first !== 35 /* # */ && first !== 96 /* ` */ && first !== 126 /* ~ */ && first !== 60 /* < */) {
        previousBlank = false;
        continue;
      }
    }
    const content = lineText(text, lineStarts, line);
    if (state.kind === 'fence') {
      const close = FENCE_OPEN.exec(content);
      if (
        close &&
        (close[1] as string).charCodeAt(0) === state.char &&
        (close[1] as string).length >= state.length &&
        isBlank(close[2] as string)
      ) {
        state = { kind: 'none' };
      }
      previousBlank = false;
      continue;
    }
    if (state.kind === 'html-until') {
      if (content.toLowerCase().includes(state.terminator)) state = { kind: 'none' };
      previousBlank = false;
      continue;
    }
    if (state.kind === 'html-until-blank') {
      if (isBlank(content)) {
        state = { kind: 'none' };
        previousBlank = true;
      }
      continue;
    }
    if (isBlank(content)) {
      previousBlank = true;
      continue;
    }
    const fence = FENCE_OPEN.exec(content);
    if (fence) {
      const marker = fence[1] as string;
      // A backtick fence's info string may not contain backticks; such a line is inline code, not a fence.
      if (!(marker.charCodeAt(0) === 96 && (fence[2] as string).includes('`'))) {
        state = { kind: 'fence', char: marker.charCodeAt(0), length: marker.length };
        previousBlank = false;
        continue;
      }
    }
    const heading = ATX_HEADING.exec(content);
    if (heading) {
      const level = (heading[1] as string).length;
      if (level <= 2) headings.push({ line, level, title: headingTitle(content, level) });
      previousBlank = false;
      continue;
    }
    const htmlEnd = htmlBlockTerminator(content, previousBlank);
    if (htmlEnd !== undefined) {
      if (htmlEnd === '') state = { kind: 'html-until-blank' };
      else if (!content.toLowerCase().includes(htmlEnd, content.indexOf('<') + 2)) state = { kind: 'html-until', terminator: htmlEnd };
    }
    previousBlank = false;
  }

  const sectioned = headings.some((h) => h.level === 2);
  const bodyStart = frontMatter ? frontMatter.range.end : 0;
  const messages: MessageSlice[] = [];
  const nonMessageRanges: Range[] = [];

  if (!sectioned) {
    // One message: the whole body; a leading `#` title is its heading and stays out of its text.
    let start = bodyStart;
    let startLine = firstContentLine;
    while (startLine < lineStarts.length && isBlank(lineText(text, lineStarts, startLine)) && startLine + 1 < lineStarts.length) {
      startLine++;
    }
    const firstHeading = headings[0];
    if (firstHeading && firstHeading.level === 1 && firstHeading.line === startLine) {
      start = lineStarts[startLine] as number;
      const headingEnd = start + lineText(text, lineStarts, startLine).length;
      const bodyAt = startLine + 1 < lineStarts.length ? (lineStarts[startLine + 1] as number) : text.length;
      if (bodyStart < start) nonMessageRanges.push({ start: bodyStart, end: start });
      messages.push({
        start,
        end: text.length,
        bodyStart: bodyAt,
        headingRange: { start, end: headingEnd },
        title: firstHeading.title,
        headingLevel: 1,
        startLine,
      });
    } else {
      messages.push({ start, end: text.length, bodyStart: start, startLine: firstContentLine });
    }
    return { lineStarts, ...(frontMatter ? { frontMatter } : {}), nonMessageRanges, messages, sectioned };
  }

  // One message per `##` section; a `#` heading ends the section before it and opens a non-message region.
  let regionStart = bodyStart;
  let open: MessageSlice | undefined;
  for (const heading of headings) {
    const lineStart = lineStarts[heading.line] as number;
    if (open) {
      open.end = lineStart;
      messages.push(open);
      open = undefined;
    } else if (regionStart < lineStart) {
      nonMessageRanges.push({ start: regionStart, end: lineStart });
    }
    if (heading.level === 2) {
      const headingEnd = lineStart + lineText(text, lineStarts, heading.line).length;
      const bodyAt = heading.line + 1 < lineStarts.length ? (lineStarts[heading.line + 1] as number) : text.length;
      open = {
        start: lineStart,
        end: text.length,
        bodyStart: bodyAt,
        headingRange: { start: lineStart, end: headingEnd },
        title: heading.title,
        headingLevel: 2,
        startLine: heading.line,
      };
    } else {
      regionStart = lineStart;
    }
  }
  if (open) messages.push(open);
  else if (regionStart < text.length) nonMessageRanges.push({ start: regionStart, end: text.length });
  return { lineStarts, ...(frontMatter ? { frontMatter } : {}), nonMessageRanges, messages, sectioned };
}

/**
 * When a line starts an HTML block, returns what ends it: a lower-case terminator string to find on a
 * later line, or '' for "a blank line". Returns undefined when the line starts no HTML block.
 */
function htmlBlockTerminator(line: string, afterBlank: boolean): string | undefined {
  const trimmed = line.replace(/^ {0,3}/, '');
  if (!trimmed.startsWith('<')) return undefined;
  const raw = HTML_BLOCK_RAW.exec(line);
  if (raw) return `</${(raw[1] as string).toLowerCase()}>`;
  if (trimmed.startsWith('<!--')) return '-->';
  if (trimmed.startsWith('<?')) return '?>';
  if (trimmed.startsWith('<![CDATA[')) return ']]>';
  if (/^<![A-Za-z]/.test(trimmed)) return '>';
  const tag = HTML_BLOCK_TAG.exec(line);
  if (tag && BLOCK_TAG_NAMES.has((tag[1] as string).toLowerCase())) return '';
  // Any other complete tag alone on its line starts a block, unless it would interrupt a paragraph.
  if (afterBlank && HTML_BLOCK_ANY_TAG.test(line)) return '';
  return undefined;
}

function lineIndexAt(lineStarts: readonly number[], offset: number, textLength: number): number {
  if (offset >= textLength) return lineStarts.length - 1 + (offset > (lineStarts[lineStarts.length - 1] as number) ? 1 : 0);
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
