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
  phrase?: CompiledPhrase;
}

export interface PhraseMatcher {
  readonly phrases: readonly CompiledPhrase[];
  /** Longest match wins at each position; matches never overlap and never cross a sentence end. */
  match(tokens: Tokens): PhraseMatch[];
}

export function compilePhrases(entries: readonly PhraseEntry[], userEntries: readonly PhraseEntry[] = [], allowed: readonly string[] = []): PhraseMatcher {
  const root: TrieNode = { next: new Map() };
  const phrases: CompiledPhrase[] = [];
  const add = (entry: PhraseEntry, fromUser: boolean) => {
    const words = tokenize(entry.phrase).words;
    if (words.length === 0) return;
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.phrase) return; // the first spelling of a phrase wins; built-ins come first
    const compiled: CompiledPhrase = { ...entry, key: words.join(' '), fromUser };
    node.phrase = compiled;
    phrases.push(compiled);
  };
  for (const entry of entries) add(entry, false);
  for (const entry of userEntries) add(entry, true);
  const allowedKeys = new Set(allowed.map((phrase) => tokenize(phrase).words.join(' ')).filter(Boolean));

  return {
    phrases,
    match(tokens: Tokens): PhraseMatch[] {
      const matches: PhraseMatch[] = [];
      const { words, starts, ends, breakBefore } = tokens;
      let i = 0;
      while (i < words.length) {
        let node: TrieNode | undefined = root;
        let best: CompiledPhrase | undefined;
        let bestEnd = i;
        for (let j = i; j < words.length; j++) {
          if (j > i && breakBefore[j]) break;
          node = node.next.get(words[j] as string);
          if (!node) break;
          if (node.phrase && !allowedKeys.has(node.phrase.key)) {
            best = node.phrase;
            bestEnd = j + 1;
          }
        }
        // A contraction's second half ("would" of "I'd") shares its span with the first; never start there.
        if (best && !(i > 0 && starts[i] === starts[i - 1])) {
          matches.push({ phrase: best, start: starts[i] as number, end: ends[bestEnd - 1] as number, firstToken: i, endToken: bestEnd });
          i = bestEnd;
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
