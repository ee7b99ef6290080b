import { tokenize } from './tokenize.js';

/**
 * The phrase-pattern language: what a built-in phrase entry may say beyond literal words, so one entry
 * covers the ways people vary a stock phrase ("came across your LinkedIn profile", "Came across your
 * page", "stumbled upon your profile"). A pattern is parsed once into a small syntax tree of words; the
 * matcher compiles every tree into one automaton over words. Nothing here is a regular expression.
 *
 * | syntax          | means                                                                    |
 * |-----------------|--------------------------------------------------------------------------|
 * | `came across`   | these words in this order (normalized as text is: case, apostrophes,     |
 * |                 | contractions, hyphens: `I'd` is `i would`, `follow-up` is `follow up`)   |
 * | `(came\|ran)`   | one of the alternatives; each alternative is itself a pattern            |
 * | `(linkedin )?`  | the group is optional                                                    |
 * | `connect~`      | the word and its regular inflections: connects, connected, connecting    |
 * | `*2`            | a gap of zero to two words of any kind (at most 4), never the first or   |
 * |                 | last element, never across a sentence end                                |
 *
 * Example: `(i )?(came|stumbled|ran) (across|upon) your (linkedin )?profile`.
 * User phrases from settings never go through this parser: they stay literal words.
 */

export type PatternNode =
  | { kind: 'word'; word: string }
  /** One of several words (an inflection group), kept apart from `choice` because it is one token wide. */
  | { kind: 'words'; words: readonly string[] }
  | { kind: 'seq'; items: readonly PatternNode[] }
  | { kind: 'choice'; options: readonly PatternNode[] }
  | { kind: 'optional'; item: PatternNode }
  | { kind: 'gap'; max: number };

export const MAX_GAP = 4;

export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly at: number,
    reason: string,
  ) {
    super(`pattern "${pattern}", at character ${at + 1}: ${reason}`);
    this.name = 'PatternError';
  }
}

/** The syntax characters ( ) | ? ~ *, by code: the built-in list is parsed at every startup. */
function isSyntaxCode(code: number): boolean {
  return code === 40 || code === 41 || code === 124 || code === 63 || code === 126 || code === 42;
}
/** The digits of a gap's size, read in place. */
const GAP_DIGITS = /\d+/y;
/** Lower-case ASCII words and single spaces: what the tokenizer would return as they stand. */
const PLAIN_WORDS = /^[a-z0-9 ]*$/;

/** Characters that continue a word: gluing a group to one ("connect(ed|ing)") would silently mean two words. */
function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39;
  return /[\p{L}\p{N}’]/u.test(c);
}

/** True when `phrase` uses any pattern syntax; a phrase without it is a literal list of words. */
export function hasPatternSyntax(phrase: string): boolean {
  for (let i = 0; i < phrase.length; i++) if (isSyntaxCode(phrase.charCodeAt(i))) return true;
  return false;
}

/**
 * Regular inflections of an English word: a superset (a form nobody writes, such as "visitted", costs a
 * map entry and can never match real text), so the data never needs a list of irregular spellings for
 * regular verbs and nouns. Irregular forms are written as alternatives: `(come|came|coming)`.
 */
export function inflections(word: string): string[] {
  const forms = new Set<string>([word]);
  const last = word[word.length - 1] ?? '';
  const beforeLast = word[word.length - 2] ?? '';
  const vowel = (c: string) => 'aeiou'.includes(c);
  // -s
  if (/(s|x|z|ch|sh|o)$/.test(word)) forms.add(`${word}es`);
  if (last === 'y' && !vowel(beforeLast)) forms.add(`${word.slice(0, -1)}ies`);
  else forms.add(`${word}s`);
  // -ed
  if (last === 'e') forms.add(`${word}d`);
  else if (last === 'y' && !vowel(beforeLast)) forms.add(`${word.slice(0, -1)}ied`);
  else forms.add(`${word}ed`);
  // -ing
  if (word.endsWith('ie')) forms.add(`${word.slice(0, -2)}ying`);
  else if (last === 'e' && !/(ee|ye|oe)$/.test(word)) forms.add(`${word.slice(0, -1)}ing`);
  else forms.add(`${word}ing`);
  // A doubled final consonant after one vowel ("stop": stopped, stopping; "chat": chatted).
  if (/[^aeiou][aeiou][bdgklmnprtz]$/.test(word)) {
    forms.add(`${word}${last}ed`);
    forms.add(`${word}${last}ing`);
  }
  return [...forms];
}

/** Parses one pattern; throws a PatternError naming the place of the first mistake. */
export function parsePattern(pattern: string): PatternNode {
  let pos = 0;

  function fail(reason: string, at = pos): never {
    throw new PatternError(pattern, at, reason);
  }

  /** A run of literal text up to the next syntax character, as normalized words. */
  function literal(): PatternNode[] {
    const start = pos;
    while (pos < pattern.length && !isSyntaxCode(pattern.charCodeAt(pos))) pos++;
    const chunk = pattern.slice(start, pos);
    // Most chunks are plain lower-case words; only apostrophes, hyphens, capitals or other characters need the tokenizer.
    const words = PLAIN_WORDS.test(chunk) ? chunk.split(' ').filter((word) => word !== '') : tokenize(chunk).words;
    const nodes: PatternNode[] = words.map((word) => ({ kind: 'word', word }));
    if (pattern[pos] === '~') {
      // Only the word written right before the `~` is inflected: "reach out~" inflects "out", "reach~ out" "reach".
      if (pos === start || !isWordChar(pattern[pos - 1] as string) || nodes.length === 0) fail('"~" must follow a word directly');
      nodes[nodes.length - 1] = { kind: 'words', words: inflections(words[words.length - 1] as string) };
      pos++;
    }
    return nodes;
  }

  function sequence(depth: number): PatternNode {
    const items: PatternNode[] = [];
    while (pos < pattern.length) {
      const c = pattern[pos] as string;
      if (c === ')' || c === '|') break;
      if (c === '(') {
        const open = pos;
        pos++;
        if (depth >= 8) fail('groups are nested more than 8 deep', open);
        // Each alternative's raw text, to see whether a space separates it from a word glued to the group.
        const raw: [number, number][] = [];
        let optionStart = pos;
        const options: PatternNode[] = [sequence(depth + 1)];
        raw.push([optionStart, pos]);
        while (pattern[pos] === '|') {
          pos++;
          optionStart = pos;
          options.push(sequence(depth + 1));
          raw.push([optionStart, pos]);
        }
        if (pattern[pos] !== ')') fail('a group is not closed with ")"', open);
        pos++;
        for (const option of options) if (isEmpty(option)) fail('a group has an empty alternative', open);
        // "(i )?came" and "your (linkedin )?profile" keep the space inside the group; "connect(ed|ing)" has none.
        if (open > 0 && isWordChar(pattern[open - 1] as string) && raw.some(([start]) => !/\s/.test(pattern[start] ?? ''))) {
          fail('put a space between a word and the group after it', open);
        }
        const after = pattern[pos] === '?' ? pos + 1 : pos;
        if (isWordChar(pattern[after] ?? ' ') && raw.some(([, end]) => !/\s/.test(pattern[end - 1] ?? ''))) {
          fail('put a space between a group and the word after it', after);
        }
        let group: PatternNode = options.length === 1 ? (options[0] as PatternNode) : singleWords(options) ?? { kind: 'choice', options };
        if (pattern[pos] === '?') {
          pos++;
          group = { kind: 'optional', item: group };
        }
        if (pattern[pos] === '~') fail('"~" inflects one word; write the forms as alternatives instead');
        items.push(group);
        continue;
      }
      if (c === '*') {
        const at = pos;
        pos++;
        GAP_DIGITS.lastIndex = pos;
        const digits = GAP_DIGITS.exec(pattern);
        if (!digits) fail('"*" needs the largest gap in words, as in "*2"', at);
        pos += digits[0].length;
        const max = Number(digits[0]);
        if (max < 1 || max > MAX_GAP) fail(`a gap is 1 to ${MAX_GAP} words`, at);
        items.push({ kind: 'gap', max });
        continue;
      }
      if (c === '?') fail('"?" must follow a group: "(word )?"');
      if (c === '~') fail('"~" must follow a word directly');
      items.push(...literal());
    }
    return items.length === 1 ? (items[0] as PatternNode) : { kind: 'seq', items };
  }

  const tree = sequence(0);
  if (pos < pattern.length) fail(pattern[pos] === ')' ? 'a ")" has no "(" to close' : `unexpected "${pattern[pos]}"`);
  if (isEmpty(tree)) fail('the pattern has no words', 0);
  if (canBeEmpty(tree)) fail('the pattern can match nothing at all: every part is optional', 0);
  checkGaps(tree, pattern);
  return tree;
}

/** Alternatives that are one word each ("(great|good|amazing)") as one word set: fewer automaton states to build and walk. */
function singleWords(options: readonly PatternNode[]): PatternNode | undefined {
  const words = new Set<string>();
  for (const option of options) {
    if (option.kind === 'word') words.add(option.word);
    else if (option.kind === 'words') for (const word of option.words) words.add(word);
    else return undefined;
  }
  return { kind: 'words', words: [...words] };
}

function isEmpty(node: PatternNode): boolean {
  return node.kind === 'seq' && node.items.length === 0;
}

/** True when the pattern could match zero words. */
function canBeEmpty(node: PatternNode): boolean {
  switch (node.kind) {
    case 'word':
    case 'words':
      return false;
    case 'gap':
    case 'optional':
      return true;
    case 'seq':
      return node.items.every(canBeEmpty);
    case 'choice':
      return node.options.some(canBeEmpty);
  }
}

/** True when a gap can be the first (or last) thing the pattern reads: it would only widen the range it reports. */
function gapAtEdge(node: PatternNode, side: 'first' | 'last'): boolean {
  switch (node.kind) {
    case 'gap':
      return true;
    case 'word':
    case 'words':
      return false;
    case 'optional':
      return gapAtEdge(node.item, side);
    case 'choice':
      return node.options.some((option) => gapAtEdge(option, side));
    case 'seq': {
      const { items } = node;
      for (let k = 0; k < items.length; k++) {
        const item = items[side === 'first' ? k : items.length - 1 - k] as PatternNode;
        if (gapAtEdge(item, side)) return true;
        if (!canBeEmpty(item)) return false;
      }
      return false;
    }
  }
}

function checkGaps(tree: PatternNode, pattern: string): void {
  if (gapAtEdge(tree, 'first')) throw new PatternError(pattern, 0, 'a pattern cannot start with a gap');
  if (gapAtEdge(tree, 'last')) throw new PatternError(pattern, pattern.length - 1, 'a pattern cannot end with a gap');
}

/** The longest run of words the pattern can match: bounds the matcher's work at each position. */
export function maxLength(node: PatternNode): number {
  switch (node.kind) {
    case 'word':
    case 'words':
      return 1;
    case 'gap':
      return node.max;
    case 'seq':
      return node.items.reduce((sum, item) => sum + maxLength(item), 0);
    case 'choice':
      return Math.max(...node.options.map(maxLength));
    case 'optional':
      return maxLength(node.item);
  }
}

/** Every word sequence the pattern matches, gaps written as `*`; for tests and docs, capped at `limit`. */
export function expandPattern(node: PatternNode, limit = 10_000): string[][] {
  const expand = (n: PatternNode): string[][] => {
    switch (n.kind) {
      case 'word':
        return [[n.word]];
      case 'words':
        return n.words.map((w) => [w]);
      case 'gap':
        return Array.from({ length: n.max + 1 }, (_, k) => Array.from({ length: k }, () => '*'));
      case 'optional':
        return [[], ...expand(n.item)];
      case 'choice':
        return n.options.flatMap(expand).slice(0, limit);
      case 'seq': {
        let acc: string[][] = [[]];
        for (const item of n.items) {
          const next: string[][] = [];
          for (const head of acc) for (const tail of expand(item)) if (next.length < limit) next.push([...head, ...tail]);
          acc = next;
        }
        return acc;
      }
    }
  };
  return expand(node);
}
