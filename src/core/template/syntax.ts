/**
 * The template syntax of sending tools, read from a message's plain text: merge fields and spintax. Only the
 * documented subset (docs/templates.md) is read, by a small tokenizer of our own: a Liquid library would be
 * bigger than the whole extension budget, and the subset is what sending tools accept.
 *
 * - `liquid`: `{{ field }}`, `{{ field | default: "x" }}`, filters `capitalize`, `downcase`, `upcase`.
 * - `braces`: `{{field}}` and `{{field|fallback}}`.
 * - spintax, with either: `{a|b|c}`, options may nest spins and hold fields.
 *
 * Offsets are into the plain text the parser was given.
 */

export type TemplateSyntax = 'liquid' | 'braces';
export const TEMPLATE_SYNTAXES: readonly TemplateSyntax[] = ['liquid', 'braces'];

export type TemplateFilter = 'capitalize' | 'downcase' | 'upcase';
export const TEMPLATE_FILTERS: readonly TemplateFilter[] = ['capitalize', 'downcase', 'upcase'];

export interface TextNode {
  type: 'text';
  start: number;
  end: number;
}

export interface FieldNode {
  type: 'field';
  start: number;
  end: number;
  name: string;
  nameStart: number;
  nameEnd: number;
  /** The value used when the field is empty, as the template gives it (quotes removed). */
  fallback?: string;
  /** Where a fallback would be added or stands: right after the name (and its filters), before `}}`. */
  fallbackAt: number;
  /** Filters in the order they apply; `default` is the fallback, not listed here. */
  filters: TemplateFilter[];
  /** Filters before `default` apply to the value only, as Liquid applies them in order. */
  filtersBeforeFallback: number;
}

export interface SpinOption {
  start: number;
  end: number;
  nodes: TemplateNode[];
}

export interface SpinNode {
  type: 'spin';
  start: number;
  end: number;
  options: SpinOption[];
  /** Offsets of the `|` between options, for highlighting. */
  separators: number[];
}

export type TemplateNode = TextNode | FieldNode | SpinNode;

export interface TemplateSyntaxError {
  start: number;
  end: number;
  messageId: 'unclosed-field' | 'bad-field' | 'unknown-filter' | 'unclosed-spin' | 'stray-close' | 'empty-option' | 'tag';
  data: Record<string, string>;
}

export interface ParsedTemplate {
  syntax: TemplateSyntax;
  nodes: TemplateNode[];
  errors: TemplateSyntaxError[];
  /** Every field, in text order (also those inside spins). */
  fields: FieldNode[];
  spins: SpinNode[];
}

const FIELD_NAME = /[\p{L}_][\p{L}\p{N}_.-]*/uy;
const SPACES = /[ \t]*/y;

/**
 * Reads `text` as a template. Never throws: what it cannot read is literal text plus an error. Characters
 * for which `literal` is true (code, URLs) hold no template syntax.
 */
export function parseTemplate(text: string, syntax: TemplateSyntax, literal?: (offset: number) => boolean): ParsedTemplate {
  const errors: TemplateSyntaxError[] = [];
  const fields: FieldNode[] = [];
  const spins: SpinNode[] = [];
  let pos = 0;
  /** The `}` of literal `{…}` groups: not stray. */
  const literalCloses = new Set<number>();

  function skipSpaces(at: number): number {
    SPACES.lastIndex = at;
    SPACES.exec(text);
    return SPACES.lastIndex;
  }

  /** A field at `start` (which holds `{{`), or undefined when what follows is no field (a nested spin, say). */
  function readField(start: number): FieldNode | 'error' | undefined {
    const close = text.indexOf('}}', start + 2);
    const lineEnd = text.indexOf('\n', start);
    const end = close === -1 || (lineEnd !== -1 && lineEnd < close) ? -1 : close + 2;
    let at = skipSpaces(start + 2);
    FIELD_NAME.lastIndex = at;
    const nameMatch = FIELD_NAME.exec(text);
    if (!nameMatch) {
      // `{{a|b}|c}` is a spin whose first option is a spin, not a field.
      if (end === -1 || text[start + 2] === '{' || hasSpinBar(text.slice(start + 2, close))) return undefined;
      errors.push({ start, end, messageId: 'bad-field', data: { text: text.slice(start, end) } });
      return 'error';
    }
    if (end === -1) {
      if (isSpinAhead(start + 1)) return undefined;
      // Ends at the name, where the "Close the field" suggestion puts the `}}` (spaces after `{{` included).
      errors.push({ start, end: at + nameMatch[0].length, messageId: 'unclosed-field', data: { name: nameMatch[0] } });
      return 'error';
    }
    const name = nameMatch[0];
    const nameStart = at;
    const nameEnd = at + name.length;
    at = skipSpaces(nameEnd);
    const field: FieldNode = { type: 'field', start, end, name, nameStart, nameEnd, fallbackAt: nameEnd, filters: [], filtersBeforeFallback: 0 };
    const inner = text.slice(at, close);
    if (inner.trim() === '') {
      field.fallbackAt = nameEnd;
      return field;
    }
    if (inner[0] !== '|') {
      if (isSpinAhead(start + 1)) return undefined;
      errors.push({ start, end, messageId: 'bad-field', data: { text: text.slice(start, end) } });
      return 'error';
    }
    if (syntax === 'braces') {
      // Everything after the bar is the fallback, as the sending tools read it.
      const fallback = inner.slice(1).trim();
      if (fallback.includes('|') || fallback.includes('{')) {
        if (isSpinAhead(start + 1)) return undefined;
        errors.push({ start, end, messageId: 'bad-field', data: { text: text.slice(start, end) } });
        return 'error';
      }
      field.fallback = fallback.replace(/^(["'])(.*)\1$/s, '$2');
      field.fallbackAt = nameEnd;
      return field;
    }
    // Liquid: | filter | default: "x" | filter ...
    let filterPos = at;
    let lastEnd = nameEnd;
    while (filterPos < close) {
      if (text[filterPos] !== '|') break;
      const filterStart = skipSpaces(filterPos + 1);
      FIELD_NAME.lastIndex = filterStart;
      const filterMatch = FIELD_NAME.exec(text);
      const filterName = filterMatch?.[0] ?? '';
      let next = filterStart + filterName.length;
      if (filterName === 'default') {
        next = skipSpaces(next);
        if (text[next] !== ':') {
          errors.push({ start: filterStart, end: next, messageId: 'bad-field', data: { text: text.slice(start, end) } });
          return 'error';
        }
        next = skipSpaces(next + 1);
        const quote = text[next];
        let value: string;
        if (quote === '"' || quote === "'") {
          const closeQuote = text.indexOf(quote, next + 1);
          if (closeQuote === -1 || closeQuote > close) {
            errors.push({ start, end, messageId: 'bad-field', data: { text: text.slice(start, end) } });
            return 'error';
          }
          value = text.slice(next + 1, closeQuote);
          next = closeQuote + 1;
        } else {
          const bare = /[^\s|}]*/y;
          bare.lastIndex = next;
          value = bare.exec(text)?.[0] ?? '';
          next += value.length;
        }
        field.fallback = value;
        field.filtersBeforeFallback = field.filters.length;
      } else if ((TEMPLATE_FILTERS as readonly string[]).includes(filterName)) {
        field.filters.push(filterName as TemplateFilter);
      } else {
        const shown = filterName || text.slice(filterStart, close).trim();
        errors.push({ start: filterStart, end: filterStart + Math.max(1, filterName.length), messageId: 'unknown-filter', data: { filter: shown, name } });
        return 'error';
      }
      lastEnd = next;
      filterPos = skipSpaces(next);
    }
    if (filterPos < close) {
      errors.push({ start, end, messageId: 'bad-field', data: { text: text.slice(start, end) } });
      return 'error';
    }
    if (field.fallback === undefined) field.filtersBeforeFallback = field.filters.length;
    field.fallbackAt = field.fallback === undefined ? lastEnd : nameEnd;
    return field;
  }

  /** True when `{` at `open` starts a group with a top-level `|`: a spin. */
  function isSpinAhead(open: number): boolean {
    let depth = 0;
    const limit = Math.min(text.length, open + MAX_SPIN_LENGTH);
    for (let i = open; i < limit; i++) {
      const char = text[i];
      if (char === '{') depth++;
      else if (char === '}') {
        depth--;
        if (depth === 0) return false;
      } else if (char === '|' && depth === 1) return true;
    }
    return false;
  }

  /** Reads nodes until `}` or `|` at this depth (inside a spin) or the end. */
  function readNodes(inSpin: boolean): TemplateNode[] {
    const nodes: TemplateNode[] = [];
    let textStart = pos;
    const flushText = (end: number) => {
      if (end > textStart) nodes.push({ type: 'text', start: textStart, end });
    };
    while (pos < text.length) {
      const char = text[pos];
      if (literal?.(pos)) {
        pos++;
        continue;
      }
      if (inSpin && (char === '|' || char === '}')) break;
      if (char === '{' && text[pos + 1] === '%' && syntax === 'liquid') {
        const close = text.indexOf('%}', pos + 2);
        const end = close === -1 ? Math.min(text.length, pos + 2) : close + 2;
        errors.push({ start: pos, end, messageId: 'tag', data: { text: text.slice(pos, end) } });
        flushText(pos);
        nodes.push({ type: 'text', start: pos, end });
        pos = end;
        textStart = pos;
        continue;
      }
      if (char === '{' && text[pos + 1] === '{') {
        const field = readField(pos);
        if (field === 'error') {
          // Unreadable field: kept as text so the rest of the message is still read.
          const close = text.indexOf('}}', pos + 2);
          const lineEnd = text.indexOf('\n', pos);
          pos = close !== -1 && (lineEnd === -1 || close < lineEnd) ? close + 2 : pos + 2;
          continue;
        }
        if (field) {
          flushText(pos);
          nodes.push(field);
          fields.push(field);
          pos = field.end;
          textStart = pos;
          continue;
        }
      }
      if (char === '{') {
        const spin = readSpin();
        if (spin) {
          flushText(spin.start);
          nodes.push(spin);
          textStart = pos;
        }
        continue;
      }
      if (char === '}' && !literalCloses.has(pos)) {
        errors.push({ start: pos, end: pos + 1, messageId: 'stray-close', data: {} });
      }
      pos++;
    }
    flushText(pos);
    return nodes;
  }

  /**
   * A spin at `pos` (which holds `{`). A group with no `|` is literal text (unfilled-placeholder reports
   * `{first name}`), though fields inside it are still read.
   */
  function readSpin(): SpinNode | undefined {
    const start = pos;
    if (!isSpinAhead(start)) {
      const close = matchingClose(start);
      if (close !== -1) literalCloses.add(close);
      pos = start + 1;
      return undefined;
    }
    pos = start + 1;
    const options: SpinOption[] = [];
    const separators: number[] = [];
    for (;;) {
      const optionStart = pos;
      const nodes = readNodes(true);
      options.push({ start: optionStart, end: pos, nodes });
      if (optionStart === pos) errors.push({ start: Math.max(start, optionStart - 1), end: Math.min(text.length, pos + 1), messageId: 'empty-option', data: {} });
      if (pos >= text.length) {
        errors.push({ start, end: start + 1, messageId: 'unclosed-spin', data: {} });
        break;
      }
      if (text[pos] === '}') {
        pos++;
        break;
      }
      separators.push(pos);
      pos++; // the bar
    }
    const spin: SpinNode = { type: 'spin', start, end: pos, options, separators };
    spins.push(spin);
    return spin;
  }

  function matchingClose(open: number): number {
    let depth = 0;
    const limit = Math.min(text.length, open + MAX_SPIN_LENGTH);
    for (let i = open; i < limit; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) return i;
    }
    return -1;
  }

  const nodes = readNodes(false);
  spins.sort((a, b) => a.start - b.start);
  return { syntax, nodes, errors, fields, spins };
}

function hasSpinBar(text: string): boolean {
  return text.includes('|');
}

/** How far a spin's closing brace is looked for: bounds the work on text full of braces. */
const MAX_SPIN_LENGTH = 4000;

/** Applies a field's filters to a value, as Liquid does. */
export function applyFilters(value: string, filters: readonly TemplateFilter[]): string {
  let result = value;
  for (const filter of filters) {
    if (filter === 'upcase') result = result.toUpperCase();
    else if (filter === 'downcase') result = result.toLowerCase();
    else result = result.charAt(0).toUpperCase() + result.slice(1).toLowerCase();
  }
  return result;
}

/** What a field renders as for a value ('' when the recipient has none). */
export function fieldText(field: FieldNode, value: string): string {
  const before = field.filters.slice(0, field.filtersBeforeFallback);
  const after = field.filters.slice(field.filtersBeforeFallback);
  let result = applyFilters(value, before);
  if (result === '' && field.fallback !== undefined) result = field.fallback;
  return applyFilters(result, after);
}

/** The text a fallback is added as, in the template's syntax. */
export function fallbackSyntax(syntax: TemplateSyntax, fallback: string): string {
  return syntax === 'liquid' ? ` | default: "${fallback.replace(/"/g, "'")}"` : `|${fallback}`;
}
