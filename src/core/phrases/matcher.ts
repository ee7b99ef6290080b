import type { PhraseCategory, PhraseEntry } from './types.js';
import type { Tokens } from './tokenize.js';
import { tokenize } from './tokenize.js';

/**
 * The whole phrase list compiled once into a word trie. Matching walks the message's words once, so the
 * cost does not grow with the number of phrases, and user phrases stay literal words: nothing a user
 * types is ever turned into a regular expression.
 */

export interface CompiledPhrase extends PhraseEntry {
  /** Normalized words joined by spaces. */
  key: string;
  /** True for phrases that came from settings or the config file. */
  fromUser: boolean;
}

export interface PhraseMatch {
  phrase: CompiledPhrase;
  /** Plain-text span of the matched words. */
  start: number;
  end: number;
  /** Token span, inclusive start and exclusive end. */
  firstToken: number;
  endToken: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The phrase ending here, in the phrase trie. */
  phrase?: CompiledPhrase;
  /** An allowed phrase ends here, in the allowed trie. */
  allowed?: boolean;
}

export interface PhraseMatcher {
  readonly phrases: readonly CompiledPhrase[];
  /** Longest match wins at each position; matches never overlap and never cross a sentence end. */
  match(tokens: Tokens): PhraseMatch[];
}

function insert(root: TrieNode, words: readonly string[]): TrieNode {
  let node = root;
  for (const word of words) {
    let child = node.next.get(word);
    if (!child) {
      child = { next: new Map() };
      node.next.set(word, child);
    }
    node = child;
  }
  return node;
}

/** The longest phrase of the trie starting at word `i`, as the exclusive end index of its words. */
function longestAt(root: TrieNode, tokens: Tokens, i: number, accept: (node: TrieNode) => boolean): { end: number; node: TrieNode } | undefined {
  const { words, breakBefore } = tokens;
  let node: TrieNode | undefined = root;
  let best: { end: number; node: TrieNode } | undefined;
  for (let j = i; j < words.length; j++) {
    if (j > i && breakBefore[j]) break;
    node = node.next.get(words[j] as string);
    if (!node) break;
    if (accept(node)) best = { end: j + 1, node };
  }
  return best;
}

export function compilePhrases(entries: readonly PhraseEntry[], userEntries: readonly PhraseEntry[] = [], allowed: readonly string[] = []): PhraseMatcher {
  const root: TrieNode = { next: new Map() };
  const phrases: CompiledPhrase[] = [];
  const add = (entry: PhraseEntry, fromUser: boolean) => {
    const words = tokenize(entry.phrase).words;
    if (words.length === 0) return;
    const node = insert(root, words);
    if (node.phrase) return; // the first spelling of a phrase wins; built-ins come first
    const compiled: CompiledPhrase = { ...entry, key: words.join(' '), fromUser };
    node.phrase = compiled;
    phrases.push(compiled);
  };
  for (const entry of entries) add(entry, false);
  for (const entry of userEntries) add(entry, true);

  // Allowed phrases are a second trie: where one occurs, nothing inside it is reported, so allowing
  // "I hope you're well" also silences the shorter listed phrase "hope you're well" within it.
  const allowedRoot: TrieNode = { next: new Map() };
  let hasAllowed = false;
  for (const phrase of allowed) {
    const words = tokenize(phrase).words;
    if (words.length === 0) continue;
    insert(allowedRoot, words).allowed = true;
    hasAllowed = true;
  }

  return {
    phrases,
    match(tokens: Tokens): PhraseMatch[] {
      const { starts, ends } = tokens;
      const count = tokens.words.length;
      // allowedUntil[i]: the end of an allowed occurrence covering word i, or 0.
      let allowedUntil: Int32Array | undefined;
      if (hasAllowed) {
        for (let i = 0; i < count; i++) {
          const found = longestAt(allowedRoot, tokens, i, (node) => node.allowed === true);
          if (!found) continue;
          allowedUntil ??= new Int32Array(count);
          for (let k = i; k < found.end; k++) allowedUntil[k] = Math.max(allowedUntil[k] as number, found.end);
        }
      }
      const matches: PhraseMatch[] = [];
      let i = 0;
      while (i < count) {
        // A contraction's second half ("would" of "I'd") shares its span with the first; never start there.
        const found = i > 0 && starts[i] === starts[i - 1] ? undefined : longestAt(root, tokens, i, (node) => node.phrase !== undefined);
        if (found && found.node.phrase) {
          const inAllowed = allowedUntil !== undefined && (allowedUntil[i] as number) >= found.end;
          if (!inAllowed) matches.push({ phrase: found.node.phrase, start: starts[i] as number, end: ends[found.end - 1] as number, firstToken: i, endToken: found.end });
          i = found.end;
        } else {
          i++;
        }
      }
      return matches;
    },
  };
}

/** Categories each phrase rule reports. */
export const CATEGORIES_BY_RULE: Record<string, readonly PhraseCategory[]> = {
  'default-invitation': ['default-invitation', 'bare-connect'],
  'stock-phrase': ['opener', 'closer', 'follow-up', 'buzzword'],
  'vague-ask': ['vague-ask'],
  'generic-greeting': ['generic-greeting'],
  filler: ['filler'],
};
