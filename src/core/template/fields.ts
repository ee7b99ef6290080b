import type { FieldDeclaration } from '../document/settings.js';
import { normalizeFieldName } from '../document/settings.js';
import { fieldText, type FieldNode, type TemplateSyntax } from './syntax.js';

/**
 * What the file knows about each merge field: declared sample values, the recipients CSV's column, whether
 * it can be empty, its longest value. Built once per front matter and data, read by the template rules and
 * the renderer.
 */

/** The recipients table as the engine reads it (see recipients.ts for the reader). */
export interface TemplateData {
  source: string;
  columns: string[];
  rows: string[][];
  rowLines: number[];
  problems: string[];
}

/** The data a lint is given: a table, or why it could not be read. */
export type DataInput = TemplateData | { source: string; error: string };

export interface FieldFacts {
  name: string;
  /** Declared in the front matter or a column of the data. */
  known: boolean;
  declaration?: FieldDeclaration;
  /** Column of the data, or -1. */
  column: number;
  /** Non-empty values to render variants with: declared samples first, then the data's first distinct values. */
  samples: string[];
  canBeEmpty: boolean;
  /** Rows (0-based) whose value is empty. */
  emptyRows: number[];
  longest?: { value: string; row?: number };
  shortest?: { value: string; row?: number };
  personal: boolean;
  /** Filled for every recipient: declared personal, never empty, with values. */
  alwaysFilled: boolean;
}

export interface TemplateFileContext {
  syntax?: TemplateSyntax;
  data?: TemplateData;
  /** Why the data named in the front matter (or given) could not be read. */
  dataError?: string;
  /** The front matter declares fields or the file has data: a field outside both is unknown. */
  checksNames: boolean;
  facts(name: string): FieldFacts;
  /** Every name a field may use: declared fields, then columns. */
  knownNames: readonly string[];
}

const SAMPLE_COUNT = 8;

export function createTemplateContext(
  syntax: TemplateSyntax | undefined,
  declared: Record<string, FieldDeclaration> | undefined,
  personal: readonly string[] | undefined,
  input: DataInput | undefined,
): TemplateFileContext {
  const data = input && !('error' in input) ? input : undefined;
  const dataError = input && 'error' in input ? input.error : undefined;
  const personalNames = new Set((personal ?? []).map(normalizeFieldName));
  const knownNames = [...Object.keys(declared ?? {}), ...(data?.columns ?? []).filter((column) => column && !(declared && column in declared))];
  const memo = new Map<string, FieldFacts>();

  function facts(name: string): FieldFacts {
    const cached = memo.get(name);
    if (cached) return cached;
    const declaration = declared && Object.prototype.hasOwnProperty.call(declared, name) ? declared[name] : undefined;
    const column = data ? data.columns.indexOf(name) : -1;
    const samples = [...(declaration?.samples ?? [])];
    const emptyRows: number[] = [];
    let longest: FieldFacts['longest'];
    let shortest: FieldFacts['shortest'];
    for (const sample of samples) {
      if (!longest || sample.length > longest.value.length) longest = { value: sample };
      if (!shortest || sample.length < shortest.value.length) shortest = { value: sample };
    }
    if (column !== -1 && data) {
      const seen = new Set(samples);
      data.rows.forEach((row, index) => {
        const value = row[column] ?? '';
        if (value === '') {
          emptyRows.push(index);
          return;
        }
        if (samples.length < SAMPLE_COUNT && !seen.has(value)) {
          seen.add(value);
          samples.push(value);
        }
        if (!longest || value.length > longest.value.length) longest = { value, row: index };
        if (!shortest || value.length < shortest.value.length) shortest = { value, row: index };
      });
    }
    const canBeEmpty = (declaration?.canBeEmpty ?? false) || emptyRows.length > 0;
    const isPersonal = personalNames.has(normalizeFieldName(name));
    const result: FieldFacts = {
      name,
      known: declaration !== undefined || column !== -1,
      ...(declaration ? { declaration } : {}),
      column,
      samples,
      canBeEmpty,
      emptyRows,
      ...(longest ? { longest } : {}),
      ...(shortest ? { shortest } : {}),
      personal: isPersonal,
      alwaysFilled: isPersonal && !canBeEmpty && samples.length > 0,
    };
    memo.set(name, result);
    return result;
  }

  return {
    ...(syntax ? { syntax } : {}),
    ...(data ? { data } : {}),
    ...(dataError ? { dataError } : {}),
    checksNames: declared !== undefined || data !== undefined,
    facts,
    knownNames,
  };
}

/** The shortest and longest text a field renders as; `known` is false when nothing tells its length. */
export function fieldLengths(field: FieldNode, facts: FieldFacts): { min: number; max: number; known: boolean } {
  const fallbackLength = field.fallback !== undefined ? fieldText(field, '').length : 0;
  const declaredMax = facts.declaration?.maxLength;
  if (!facts.longest && declaredMax === undefined) {
    // No value known: counted as the field as written, which is what a reader would see pasted.
    const written = field.end - field.start;
    return { min: facts.canBeEmpty ? fallbackLength : written, max: Math.max(written, fallbackLength), known: false };
  }
  // Filters can change a value's length ("ß" upcased is "SS"), so the candidates are measured filtered.
  const candidates = [...facts.samples, ...(facts.longest ? [facts.longest.value] : []), ...(facts.shortest ? [facts.shortest.value] : [])];
  const filtered = candidates.map((value) => fieldText(field, value).length);
  const longest = filtered.length > 0 ? Math.max(...filtered) : 0;
  const shortest = filtered.length > 0 ? Math.min(...filtered) : (declaredMax ?? 0);
  let max = Math.max(longest, declaredMax ?? 0);
  let min = shortest;
  if (facts.canBeEmpty) {
    max = Math.max(max, fallbackLength);
    min = Math.min(min, fallbackLength);
  }
  return { min, max, known: true };
}

/** The closest known name to a misspelt one (edit distance within a third of its length), for "did you mean". */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const normalized = normalizeFieldName(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = normalizeFieldName(candidate) === normalized ? 0 : editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(name.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 8) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
