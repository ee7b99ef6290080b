import { csvParseRows } from 'd3-dsv';
import { normalizeFieldName } from '../document/settings.js';

/**
 * The recipients of a campaign template, read from CSV (`data: prospects.csv`). d3-dsv splits the text
 * (RFC 4180 quoting, CRLF, LF or lone CR); this module adds what a linter needs on top: line numbers,
 * a fixed row width, and problems in words instead of silent guesses.
 */

/** A recipients table read from CSV: header row = field names. */
export interface RecipientTable {
  /** Where it came from, as the user named it (front matter `data:` or CLI --data), for messages. */
  source: string;
  /** Header cells, trimmed, in file order. */
  columns: string[];
  /** One array per data row, one cell per column (a missing cell is ''; extra cells are dropped and reported). Cells keep their inner whitespace but are trimmed at both ends. */
  rows: string[][];
  /** 1-based line of the CSV file where each row starts (a quoted cell with line breaks makes rows span lines). */
  rowLines: number[];
  /**
   * Problems found reading it: each names the line (and row), e.g. 'line 7 (row 6) has 5 cells, the header has 4: the extra cells are ignored'. Never throws for bad content.
   * Each reads on from the file's name: `${source} ${problem}`.
   */
  problems: string[];
}

export interface RecipientLimits {
  /** Longest text read, in characters (UTF-16 code units). */
  maxBytes?: number;
  /** Most data rows kept; later ones are dropped and counted. */
  maxRows?: number;
}

/** 20 MB: larger input is refused. Measured in characters, which for ASCII CSV is its size in bytes. */
export const MAX_RECIPIENT_BYTES = 20 * 1024 * 1024;
export const MAX_RECIPIENT_ROWS = 100_000;
/** Rows with the wrong number of cells listed one by one, per kind; the rest are counted. */
const LISTED_ROWS = 5;

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function readRecipientTable(text: string, source: string, limits: RecipientLimits = {}): RecipientTable {
  const maxBytes = limits.maxBytes ?? MAX_RECIPIENT_BYTES;
  const maxRows = limits.maxRows ?? MAX_RECIPIENT_ROWS;
  const table: RecipientTable = { source, columns: [], rows: [], rowLines: [], problems: [] };
  const problems = table.problems;
  // Checked before parsing, so a huge file costs nothing but this comparison.
  if (text.length > maxBytes) {
    problems.push(`is ${size(text.length)}; the limit is ${size(maxBytes)}. Split the file or pass fewer rows`);
    return table;
  }
  // Spreadsheet exports often start with a BOM; d3-dsv would keep it in the first column's name.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let header: string[] | undefined;
  let headerLine = 0;
  let width = 0;
  let nextLine = 1;
  let dataRows = 0;
  // The last row d3-dsv produced: an unclosed quote can only be there, as it swallows the rest of the file.
  let lastLine = 1;
  let lastRole = '';
  const short = { listed: 0, more: 0 };
  const long = { listed: 0, more: 0 };

  csvParseRows(text, (cells) => {
    const line = nextLine;
    let breaks = 0;
    let blank = true;
    for (let i = 0; i < cells.length; i++) {
      const raw = cells[i] as string;
      if (raw === '') continue;
      // Only a quoted cell can hold a line break, and d3-dsv leaves it as written, so counting them here gives lines.
      if (raw.indexOf('\n') !== -1 || raw.indexOf('\r') !== -1) breaks += countLineBreaks(raw, 0, raw.length);
      const cell = raw.trim();
      cells[i] = cell;
      if (cell !== '') blank = false;
    }
    nextLine = line + 1 + breaks;
    lastLine = line;
    // Blank lines, and rows of only commas as spreadsheets export them, carry no recipient.
    if (blank) {
      lastRole = '';
      return null;
    }
    if (header === undefined) {
      header = cells;
      headerLine = line;
      width = cells.length;
      lastRole = 'the header';
      return null;
    }
    dataRows++;
    lastRole = `row ${dataRows}`;
    if (dataRows > maxRows) return null;
    const count = cells.length;
    if (count < width) {
      for (let i = count; i < width; i++) cells.push('');
      note(short, `line ${line} (row ${dataRows}) has ${cellCount(count)}, the header has ${width}: missing cells count as empty`);
    } else if (count > width) {
      // Trailing empty cells (a comma too many) lose nothing, so only cells with content are worth a problem.
      let extraContent = false;
      for (let i = width; i < count; i++) if (cells[i] !== '') extraContent = true;
      cells.length = width;
      if (extraContent) note(long, `line ${line} (row ${dataRows}) has ${cellCount(count)}, the header has ${width}: the extra cells are ignored`);
    }
    table.rows.push(cells);
    table.rowLines.push(line);
    return null;
  });

  function note(kind: { listed: number; more: number }, problem: string): void {
    if (kind.listed < LISTED_ROWS) {
      kind.listed++;
      problems.push(problem);
    } else kind.more++;
  }

  if (header === undefined) {
    problems.push('is empty: expected a header row of field names');
  } else {
    table.columns = header;
    problems.unshift(...headerProblems(header, headerLine));
    if (short.more > 0) problems.push(`and ${moreRows(short.more)} with fewer cells than the header: missing cells count as empty`);
    if (long.more > 0) problems.push(`and ${moreRows(long.more)} with more cells than the header: the extra cells are ignored`);
    if (dataRows === 0) problems.push(`has a header row (line ${headerLine}) but no rows of recipients under it`);
    if (dataRows > maxRows) {
      problems.push(`has ${dataRows.toLocaleString('en-US')} rows; only the first ${maxRows.toLocaleString('en-US')} are read, ${(dataRows - maxRows).toLocaleString('en-US')} dropped. Split the file to use them all`);
    }
  }

  const rowStart = lineOffset(text, lastLine);
  const quote = unclosedQuote(text, rowStart);
  if (quote !== undefined) {
    const line = lastLine + countLineBreaks(text, rowStart, quote);
    const where = lastRole ? ` (${lastRole})` : '';
    problems.push(`line ${line}${where}: a quote opens here and never closes, so everything after it is read as one cell`);
  }
  return table;
}

/** Empty, repeated and look-alike column names: each makes some field resolve differently than the user may expect. */
function headerProblems(columns: readonly string[], line: number): string[] {
  const problems: string[] = [];
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  columns.forEach((name, i) => {
    const at = `column ${i + 1} of the header (line ${line})`;
    if (name === '') {
      problems.push(`${at} is empty: give it a name, or no field can use its cells`);
      return;
    }
    const first = exact.get(name);
    if (first !== undefined) {
      problems.push(`${at}, "${name}", repeats column ${first + 1}: fields named so use column ${first + 1}`);
      return;
    }
    exact.set(name, i);
    const key = normalizeFieldName(name);
    const alike = loose.get(key);
    if (key !== '' && alike !== undefined) {
      problems.push(`${at}, "${name}", differs from column ${alike + 1}, "${columns[alike]}", only in case or punctuation: a field uses the column it names exactly, so check which one the template means`);
    } else if (key !== '') loose.set(key, i);
  });
  return problems;
}

/**
 * The offset of a quote that opens a cell in the row starting at `rowStart` and never closes, found by
 * following that row as d3-dsv does; d3-dsv itself reads such a quote silently to the end of the text.
 */
function unclosedQuote(text: string, rowStart: number): number | undefined {
  // d3-dsv ignores one final line break; so does this.
  let end = text.length;
  if (text.charCodeAt(end - 1) === LF) end--;
  if (text.charCodeAt(end - 1) === CR) end--;
  let i = rowStart;
  while (i < end) {
    if (text.charCodeAt(i) === QUOTE) {
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close === -1 || close >= end) return i;
        if (text.charCodeAt(close + 1) === QUOTE) {
          from = close + 2;
          continue;
        }
        // d3-dsv takes the one character after a closing quote as the separator, whatever it is.
        const after = text.charCodeAt(close + 1);
        if (after === LF || after === CR) return undefined;
        i = close + 2;
        break;
      }
    } else {
      const comma = text.indexOf(',', i);
      if (comma === -1 || comma >= end) return undefined;
      i = comma + 1;
    }
  }
  return undefined;
}

/**
 * Where a 1-based line starts. indexOf does the scanning, and each kind of break is searched for again only
 * once passed, so a file without CRs is not searched to its end for one on every line.
 */
function lineOffset(text: string, line: number): number {
  let offset = 0;
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  for (let at = 1; at < line; at++) {
    if (lf !== -1 && lf < offset) lf = text.indexOf('\n', offset);
    if (cr !== -1 && cr < offset) cr = text.indexOf('\r', offset);
    const next = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (next === -1) return text.length;
    offset = next + (text.charCodeAt(next) === CR && text.charCodeAt(next + 1) === LF ? 2 : 1);
  }
  return offset;
}

/** Line breaks in text[from, to): CRLF, LF and lone CR each count once, as editors count them. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) count++;
    else if (c === CR) {
      count++;
      if (text.charCodeAt(i + 1) === LF && i + 1 < to) i++;
    }
  }
  return count;
}

/** MB for people, with the exact count, since a file just over the limit rounds to the limit. */
function size(characters: number): string {
  const mb = characters / (1024 * 1024);
  const kb = characters / 1024;
  if (mb >= 0.1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB (${characters.toLocaleString('en-US')} characters)`;
  if (kb >= 1) return `${Number.isInteger(kb) ? kb : kb.toFixed(1)} KB (${characters.toLocaleString('en-US')} characters)`;
  return `${characters.toLocaleString('en-US')} characters`;
}


function cellCount(n: number): string {
  return n === 1 ? '1 cell' : `${n} cells`;
}

function moreRows(n: number): string {
  return n === 1 ? '1 more row' : `${n.toLocaleString('en-US')} more rows`;
}
