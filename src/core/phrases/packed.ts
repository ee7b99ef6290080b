import type { PhraseCategory, PhraseEntry, PhraseRemoval } from './types.js';

/**
 * The built-in phrase list as the extension ships it (`dist/phrases.json`): the same entries stored by
 * field, with the word groups that recur across patterns written once. The .vsix is a zip, and zip's
 * deflate only finds repeats within 32 KB; laid out this way the list compresses about a tenth smaller,
 * which is what keeps the .vsix under its size budget. The CLI and the tests use the entries directly.
 */
export interface PackedPhraseList {
  format: typeof PACKED_FORMAT;
  /** Parenthesised groups that occur more than once; a phrase refers to group n as `{n}`. */
  groups: string[];
  phrase: string[];
  category: PhraseCategory[];
  why: string[];
  instead: string[];
  structure: (string | null)[];
  removal: (PhraseRemoval | null)[];
}

export const PACKED_FORMAT = 'outreach-lint-phrases/1';

/** Groups shorter than this cost more as a reference than they save. */
const MIN_GROUP_LENGTH = 24;

/** Every balanced `( … )` in a pattern, outermost and inner ones alike. */
function groupsOf(pattern: string): string[] {
  const groups: string[] = [];
  const open: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '(') open.push(i);
    else if (pattern[i] === ')') {
      const start = open.pop();
      if (start !== undefined) groups.push(pattern.slice(start, i + 1));
    }
  }
  return groups;
}

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

export function packPhraseList(entries: readonly PhraseEntry[]): PackedPhraseList {
  for (const entry of entries) {
    if (/[{}]/.test(entry.phrase)) throw new Error(`phrase ${JSON.stringify(entry.phrase)} holds a brace, which the packed form uses for group references`);
  }
  const counts = new Map<string, number>();
  for (const entry of entries) {
    for (const group of groupsOf(entry.phrase)) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  // Longest first: a long group that recurs takes its inner groups with it.
  const candidates = [...counts]
    .filter(([group, count]) => count > 1 && group.length >= MIN_GROUP_LENGTH)
    .map(([group]) => group)
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  let phrases = entries.map((entry) => entry.phrase);
  const groups: string[] = [];
  for (const group of candidates) {
    if (phrases.reduce((sum, phrase) => sum + occurrences(phrase, group), 0) < 2) continue;
    const reference = `{${groups.length}}`;
    groups.push(group);
    phrases = phrases.map((phrase) => (phrase.includes(group) ? phrase.split(group).join(reference) : phrase));
  }
  return {
    format: PACKED_FORMAT,
    groups,
    phrase: phrases,
    category: entries.map((entry) => entry.category),
    why: entries.map((entry) => entry.why),
    instead: entries.map((entry) => entry.instead),
    structure: entries.map((entry) => entry.structure ?? null),
    removal: entries.map((entry) => entry.removal ?? null),
  };
}

const COLUMNS = ['phrase', 'category', 'why', 'instead', 'structure', 'removal'] as const;

/** The entries back from their packed form; throws with what is wrong when the data is not a packed list. */
export function unpackPhraseList(data: unknown): PhraseEntry[] {
  if (typeof data !== 'object' || data === null) throw new Error('not a packed phrase list: expected an object');
  const packed = data as Partial<Record<keyof PackedPhraseList, unknown>>;
  if (packed.format !== PACKED_FORMAT) throw new Error(`not a packed phrase list: format ${JSON.stringify(packed.format)}, expected ${JSON.stringify(PACKED_FORMAT)}`);
  const groups = packed.groups;
  if (!Array.isArray(groups) || !groups.every((group) => typeof group === 'string')) throw new Error('packed phrase list: "groups" is not a list of strings');
  const length = Array.isArray(packed.phrase) ? packed.phrase.length : -1;
  for (const column of COLUMNS) {
    const values = packed[column];
    const optional = column === 'structure' || column === 'removal';
    if (!Array.isArray(values) || values.length !== length) throw new Error(`packed phrase list: "${column}" is not a list of ${Math.max(length, 0)} values`);
    if (!values.every((value) => typeof value === 'string' || (optional && value === null))) throw new Error(`packed phrase list: "${column}" holds a value that is not text`);
  }
  const columns = packed as PackedPhraseList;
  const expand = (phrase: string) =>
    phrase.replace(/\{(\d+)\}/g, (reference, index: string) => {
      const group = groups[Number(index)];
      if (group === undefined) throw new Error(`packed phrase list: ${JSON.stringify(phrase)} refers to group ${reference}, which does not exist`);
      return group;
    });
  return columns.phrase.map((phrase, i) => {
    const entry: PhraseEntry = { phrase: expand(phrase), category: columns.category[i]!, why: columns.why[i]!, instead: columns.instead[i]! };
    const structure = columns.structure[i];
    const removal = columns.removal[i];
    if (structure !== null && structure !== undefined) entry.structure = structure;
    if (removal !== null && removal !== undefined) entry.removal = removal;
    return entry;
  });
}
