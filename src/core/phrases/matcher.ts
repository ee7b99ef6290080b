import type { PhraseCategory, PhraseEntry } from './types.js';
import type { Tokens } from './tokenize.js';
import { tokenize } from './tokenize.js';
import { hasPatternSyntax, maxLength, parsePattern, PatternError, type PatternNode } from './pattern.js';

/**
 * The whole phrase list compiled once into one automaton over words. Built-in entries may be patterns
 * (see pattern.ts); they become a nondeterministic automaton without cycles, which the matcher turns
 * into a deterministic one lazily, one state per set of pattern positions it actually meets, so each word
 * of a message costs one map lookup however many patterns there are. Matching tries each word as a start
 * and walks at most as far as the longest pattern, so the work is linear in the text. Phrases from user
 * settings stay literal words: nothing a user types is ever parsed as a pattern or a regular expression.
 */

export interface CompiledPhrase extends PhraseEntry {
  /** The entry's words (or pattern) normalized: lower case, single spaces. */
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
  /** A loose match: a run of the entry's words, not the whole of it (see `matchLoose`). */
  loose?: boolean;
}

export interface PhraseMatcher {
  readonly phrases: readonly CompiledPhrase[];
  /** Built-in entries whose pattern did not parse; they are left out (the data's tests keep this empty). */
  readonly errors: readonly PatternError[];
  /** Longest match wins at each position (the earlier entry on a tie); matches never overlap and never cross a sentence end. */
  match(tokens: Tokens): PhraseMatch[];
  /**
   * Loose matches: four words or more in a row from one listed pattern, starting anywhere in it, where no
   * exact match (`exact`) or allowed phrase stands. Stock wording varies beyond any list; a long run of a
   * listed phrase's words is the same stock wording in other clothes ("a quick yes or no is fine" shares
   * "yes or no is fine" with a listed closer). Only built-in stock families, never user phrases; runs of
   * function words alone, and runs shared by more than three entries ("I would love to"), do not count.
   */
  matchLoose(tokens: Tokens, exact: readonly PhraseMatch[]): PhraseMatch[];
}

/** One state of the nondeterministic automaton. */
interface NfaState {
  /**
   * Transitions on words. Most states read one word only, so the first word's transitions are kept in two
   * fields and a Map exists only for the states that read several (a Map per state was most of the heap).
   */
  word?: string;
  wordTo?: number[];
  words?: Map<string, number[]>;
  /** Transitions on any word (a gap). */
  any?: number[];
  /** Transitions that read nothing. */
  empty?: number[];
  /** Index into `phrases` of the entry that matches on reaching this state. */
  accept?: number;
  /** The entry whose pattern this state is part of (-1 for the shared start). */
  owner: number;
}

/** A set of NFA states, reached after some words; its transitions are filled in as words arrive. */
interface DfaState {
  readonly states: Int32Array;
  /** The entry matched here, or -1. */
  readonly accept: number;
  readonly next: Map<string, DfaState | null>;
  /** Where a word that no pattern names leads (only gaps read it); undefined until first needed. */
  other: DfaState | null | undefined;
  /** How many entries the states belong to (counted up to LOOSE_MAX_ENTRIES + 1), and the first of them; found on first use. */
  owners: { count: number; first: number } | undefined;
}

/** Beyond this many deterministic states the cache starts over; matching stays correct, only slower. */
const MAX_DFA_STATES = 50_000;

/** A loose match reads at least this many words of one pattern in a row. */
const LOOSE_MIN_WORDS = 4;
/** …of which at least this many are not function words ('could I ask you' is everyday language). */
const LOOSE_MIN_CONTENT = 2;
/** Words shared by more entries than this are the glue of many patterns ("I would love to"), not one phrase. */
const LOOSE_MAX_ENTRIES = 3;
/**
 * Families matched exactly only: a hedge word, a greeting or a connection request is short and common, so a
 * few of its words in a row say nothing; LinkedIn's default texts are exact by nature.
 */
const EXACT_ONLY: ReadonlySet<PhraseCategory> = new Set<PhraseCategory>(['filler', 'generic-greeting', 'default-invitation', 'bare-connect']);
/** Words that cannot make a loose match on their own: a run of them says nothing stock. */
const GLUE_WORDS = new Set(
  'a an the this that these those it its i me my we our us you your yours he she they them their to of in on at for with from by about as and or but so if is are was were be been am have has had do does did will would could should can may might must not no just very really also too some any all each every more most much many let get got there here what when where how who which than then into out up over only even still'.split(' '),
);

/** The nondeterministic automaton of a phrase list: every pattern hangs off state 0. */
class Nfa {
  readonly states: NfaState[] = [{ owner: -1 }];
  /** Every word some transition names; other words can only be read by gaps. */
  readonly alphabet = new Set<string>();
  /** Every state a word leads to, from anywhere: where a loose match reading that word can stand. */
  readonly wordTargets = new Map<string, number[]>();
  /** The entry whose states `build` is adding. */
  private owner = -1;
  /** Per entry: whether loose matches may come from it. */
  readonly loose: boolean[] = [];

  newState(): number {
    this.states.push({ owner: this.owner });
    return this.states.length - 1;
  }

  addWord(from: number, word: string, to: number): void {
    const state = this.states[from] as NfaState;
    if (state.word === undefined) {
      state.word = word;
      state.wordTo = [to];
    } else if (state.word === word) {
      (state.wordTo as number[]).push(to);
    } else {
      state.words ??= new Map();
      const targets = state.words.get(word);
      if (targets) targets.push(to);
      else state.words.set(word, [to]);
    }
    this.alphabet.add(word);
    const anywhere = this.wordTargets.get(word);
    if (anywhere) anywhere.push(to);
    else this.wordTargets.set(word, [to]);
  }

  addAny(from: number, to: number): void {
    const state = this.states[from] as NfaState;
    (state.any ??= []).push(to);
  }

  addEmpty(from: number, to: number): void {
    const state = this.states[from] as NfaState;
    (state.empty ??= []).push(to);
  }

  /** Adds entry `phrase`'s pattern from the start state, accepting where it ends. */
  add(node: PatternNode, phrase: number, loose: boolean): void {
    this.owner = phrase;
    this.loose[phrase] = loose;
    const end = this.build(node, 0);
    const target = this.states[end] as NfaState;
    // The earlier entry keeps a state both would accept in.
    if (target.accept === undefined || phrase < target.accept) target.accept = phrase;
  }

  /** Adds `node` starting at state `from`; returns the state where it ends. */
  private build(node: PatternNode, from: number): number {
    switch (node.kind) {
      case 'word': {
        const to = this.newState();
        this.addWord(from, node.word, to);
        return to;
      }
      case 'words': {
        const to = this.newState();
        for (const word of new Set(node.words)) this.addWord(from, word, to);
        return to;
      }
      case 'seq': {
        let at = from;
        for (const item of node.items) at = this.build(item, at);
        return at;
      }
      case 'choice': {
        const end = this.newState();
        for (const option of node.options) this.addEmpty(this.build(option, from), end);
        return end;
      }
      case 'optional': {
        const end = this.newState();
        this.addEmpty(from, end);
        this.addEmpty(this.build(node.item, from), end);
        return end;
      }
      case 'gap': {
        const end = this.newState();
        this.addEmpty(from, end);
        let at = from;
        for (let k = 0; k < node.max; k++) {
          const next = this.newState();
          this.addAny(at, next);
          this.addEmpty(next, end);
          at = next;
        }
        return end;
      }
    }
  }
}

/**
 * The deterministic automaton of an Nfa, built lazily: one state per set of NFA states met so far. Each
 * matcher (exact, loose) keeps its own cache over the shared Nfa.
 */
class DfaCache {
  private dfa = new Map<string, DfaState>();
  private rootState: DfaState | undefined;
  private readonly starts = new Map<string, DfaState | null>();

  /** `followGaps`: whether a pattern's gap reads any word (exact matching) or stops the walk (loose matching, where only listed words count). */
  constructor(
    private readonly nfa: Nfa,
    private readonly followGaps: boolean,
  ) {}

  /** Where every pattern starts. */
  get root(): DfaState {
    this.rootState ??= this.dfaState([0]);
    return this.rootState as DfaState;
  }

  /** Every place in any pattern that reading `word` can reach: the start of a loose match. */
  startAnywhere(word: string): DfaState | null {
    let start = this.starts.get(word);
    if (start === undefined) {
      const targets = this.nfa.wordTargets.get(word);
      start = targets ? this.dfaState(targets) : null;
      this.starts.set(word, start);
    }
    return start;
  }

  /** The deterministic state for a set of NFA states, with everything reachable without reading a word. */
  private dfaState(seeds: readonly number[]): DfaState {
    const seen = new Set<number>();
    const stack = [...seeds];
    while (stack.length > 0) {
      const id = stack.pop() as number;
      if (seen.has(id)) continue;
      seen.add(id);
      for (const next of this.nfa.states[id]?.empty ?? []) if (!seen.has(next)) stack.push(next);
    }
    const states = Int32Array.from(seen).sort();
    const key = states.join(',');
    const existing = this.dfa.get(key);
    if (existing) return existing;
    if (this.dfa.size >= MAX_DFA_STATES) {
      this.dfa = new Map();
      this.rootState = undefined;
      this.starts.clear();
    }
    let accept = -1;
    for (const id of states) {
      const phrase = (this.nfa.states[id] as NfaState).accept;
      if (phrase !== undefined && (accept === -1 || phrase < accept)) accept = phrase;
    }
    // Every field set here, owners too, so all states share one shape and `step` stays monomorphic.
    const state: DfaState = { states, accept, next: new Map(), other: undefined, owners: undefined };
    this.dfa.set(key, state);
    return state;
  }

  /** The state after reading `word` in `state`, or null when no pattern can go on. */
  step(state: DfaState, word: string): DfaState | null {
    const known = state.next.get(word);
    if (known !== undefined) return known;
    if (!this.nfa.alphabet.has(word)) {
      if (state.other === undefined) state.other = this.successor(state, undefined);
      return state.other;
    }
    const next = this.successor(state, word);
    state.next.set(word, next);
    return next;
  }

  private successor(state: DfaState, word: string | undefined): DfaState | null {
    const targets: number[] = [];
    for (const id of state.states) {
      const nfa = this.nfa.states[id] as NfaState;
      if (word !== undefined) {
        const onWord = nfa.word === word ? nfa.wordTo : nfa.words?.get(word);
        if (onWord) targets.push(...onWord);
      }
      if (nfa.any && this.followGaps) targets.push(...nfa.any);
    }
    return targets.length === 0 ? null : this.dfaState(targets);
  }

  /** The entries a state's NFA states belong to: how many (up to a bound) and the first. */
  owners(state: DfaState): { count: number; first: number } {
    if (state.owners) return state.owners;
    const seen = new Set<number>();
    let first = -1;
    for (const id of state.states) {
      const owner = (this.nfa.states[id] as NfaState).owner;
      if (owner < 0 || !this.nfa.loose[owner] || seen.has(owner)) continue;
      seen.add(owner);
      if (first === -1 || owner < first) first = owner;
      if (seen.size > LOOSE_MAX_ENTRIES) break;
    }
    state.owners = { count: seen.size, first };
    return state.owners;
  }
}

/** A trie of literal word sequences: the allowed phrases. */
interface TrieNode {
  next: Map<string, TrieNode>;
  allowed?: boolean;
}

/** The exclusive end of the longest allowed phrase starting at word `i`, or -1. */
function longestAllowedAt(root: TrieNode, tokens: Tokens, i: number): number {
  const { words, breakBefore } = tokens;
  let node: TrieNode | undefined = root;
  let best = -1;
  for (let j = i; j < words.length; j++) {
    if (j > i && breakBefore[j]) break;
    node = node.next.get(words[j] as string);
    if (!node) break;
    if (node.allowed) best = j + 1;
  }
  return best;
}

function literalNode(words: readonly string[]): PatternNode {
  return { kind: 'seq', items: words.map((word) => ({ kind: 'word', word })) };
}

/** A phrase list compiled into one automaton: its entries, the longest pattern, and the parse errors. */
interface CompiledList {
  nfa: Nfa;
  /** The deterministic automaton for matches that start at a pattern's start. */
  exact: DfaCache;
  /** The deterministic automaton for loose matches, which may start anywhere in a pattern. */
  loose: DfaCache;
  phrases: CompiledPhrase[];
  errors: PatternError[];
  /** The most words any entry can match. */
  longest: number;
}

function compileList(entries: readonly PhraseEntry[], fromUser: boolean, taken: Set<string>): CompiledList {
  const nfa = new Nfa();
  const list: CompiledList = { nfa, exact: new DfaCache(nfa, true), loose: new DfaCache(nfa, false), phrases: [], errors: [], longest: 0 };
  for (const entry of entries) {
    let tree: PatternNode;
    let key: string;
    if (!fromUser && hasPatternSyntax(entry.phrase)) {
      try {
        tree = parsePattern(entry.phrase);
      } catch (error) {
        if (error instanceof PatternError) {
          list.errors.push(error);
          continue;
        }
        throw error;
      }
      key = entry.phrase.trim().toLowerCase().replace(/\s+/g, ' ');
    } else {
      const words = tokenize(entry.phrase).words;
      if (words.length === 0) continue;
      tree = literalNode(words);
      key = words.join(' ');
    }
    if (taken.has(key)) continue; // the first spelling of a phrase wins; built-ins come first
    taken.add(key);
    list.phrases.push({ ...entry, key, fromUser });
    list.nfa.add(tree, list.phrases.length - 1, !fromUser && !EXACT_ONLY.has(entry.category));
    list.longest = Math.max(list.longest, maxLength(tree));
  }
  return list;
}

/**
 * The built-in list compiled once per list and kept: every linter (one per configuration, a new one when
 * a setting changes) shares its automaton, and with it the deterministic states already built.
 */
const compiledBuiltIns = new WeakMap<readonly PhraseEntry[], CompiledList>();

/** The longest match of `list` starting at word `i`: its exclusive end and entry index, or undefined. */
function longestAt(list: CompiledList, tokens: Tokens, i: number): { end: number; phrase: number } | undefined {
  const { words, breakBefore } = tokens;
  let state: DfaState | null = list.exact.root;
  let best: { end: number; phrase: number } | undefined;
  const stop = Math.min(words.length, i + list.longest);
  for (let j = i; j < stop; j++) {
    if (j > i && breakBefore[j]) break;
    state = list.exact.step(state, words[j] as string);
    if (state === null) break;
    if (state.accept !== -1) best = { end: j + 1, phrase: state.accept };
  }
  return best;
}

export function compilePhrases(entries: readonly PhraseEntry[], userEntries: readonly PhraseEntry[] = [], allowed: readonly string[] = []): PhraseMatcher {
  let builtIn = compiledBuiltIns.get(entries);
  if (!builtIn) {
    builtIn = compileList(entries, false, new Set());
    compiledBuiltIns.set(entries, builtIn);
  }
  // User phrases that repeat a built-in literal phrase add nothing: the built-in one reports those words.
  const user = compileList(userEntries, true, new Set(builtIn.phrases.map((phrase) => phrase.key)));
  const phrases = [...builtIn.phrases, ...user.phrases];
  const errors = builtIn.errors;
  const builtInCount = builtIn.phrases.length;

  // Allowed phrases are a trie of their own: where one occurs, nothing inside it is reported, so allowing
  // "I hope you're well" also silences the shorter listed phrase "hope you're well" within it.
  const allowedRoot: TrieNode = { next: new Map() };
  let hasAllowed = false;
  for (const phrase of allowed) {
    const words = tokenize(phrase).words;
    if (words.length === 0) continue;
    let node = allowedRoot;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.allowed = true;
    hasAllowed = true;
  }

  /** The longest match at word `i` over both lists; on a tie, the built-in entry. */
  function longestOverall(tokens: Tokens, i: number): { end: number; phrase: number } | undefined {
    const fromBuiltIn = longestAt(builtIn as CompiledList, tokens, i);
    if (user.phrases.length === 0) return fromBuiltIn;
    const fromUser = longestAt(user, tokens, i);
    if (!fromUser || (fromBuiltIn && fromBuiltIn.end >= fromUser.end)) return fromBuiltIn;
    return { end: fromUser.end, phrase: builtInCount + fromUser.phrase };
  }

  /** allowedUntil[i]: the end of an allowed occurrence covering word i, or 0; undefined when none occurs. */
  function allowedCoverage(tokens: Tokens): Int32Array | undefined {
    if (!hasAllowed) return undefined;
    const count = tokens.words.length;
    let allowedUntil: Int32Array | undefined;
    for (let i = 0; i < count; i++) {
      const end = longestAllowedAt(allowedRoot, tokens, i);
      if (end === -1) continue;
      allowedUntil ??= new Int32Array(count);
      for (let k = i; k < end; k++) allowedUntil[k] = Math.max(allowedUntil[k] as number, end);
    }
    return allowedUntil;
  }

  return {
    phrases,
    errors,
    matchLoose(tokens: Tokens, exact: readonly PhraseMatch[]): PhraseMatch[] {
      const list = builtIn as CompiledList;
      const { words, starts, ends, breakBefore } = tokens;
      const count = words.length;
      const taken = new Uint8Array(count);
      for (const match of exact) taken.fill(1, match.firstToken, match.endToken);
      const allowedUntil = allowedCoverage(tokens);
      if (allowedUntil) for (let k = 0; k < count; k++) if ((allowedUntil[k] as number) > 0) taken[k] = 1;
      const matches: PhraseMatch[] = [];
      for (let i = 0; i < count; i++) {
        if (taken[i] || (i > 0 && starts[i] === starts[i - 1])) continue;
        let state = list.loose.startAnywhere(words[i] as string);
        if (!state) continue;
        let content = GLUE_WORDS.has(words[i] as string) ? 0 : 1;
        let best = -1;
        let entry = -1;
        for (let j = i + 1; j < count && j < i + list.longest; j++) {
          if (breakBefore[j] || taken[j]) break;
          state = list.loose.step(state, words[j] as string);
          if (!state) break;
          if (!GLUE_WORDS.has(words[j] as string)) content++;
          if (j + 1 - i < LOOSE_MIN_WORDS || content < LOOSE_MIN_CONTENT) continue;
          const owners = list.loose.owners(state);
          if (owners.count > 0 && owners.count <= LOOSE_MAX_ENTRIES) {
            best = j + 1;
            entry = owners.first;
          }
        }
        if (best === -1) continue;
        matches.push({ phrase: phrases[entry] as CompiledPhrase, start: starts[i] as number, end: ends[best - 1] as number, firstToken: i, endToken: best, loose: true });
        i = best - 1;
      }
      return matches;
    },
    match(tokens: Tokens): PhraseMatch[] {
      const { starts, ends } = tokens;
      const count = tokens.words.length;
      const allowedUntil = allowedCoverage(tokens);
      const matches: PhraseMatch[] = [];
      let i = 0;
      while (i < count) {
        // A contraction's second half ("would" of "I'd") shares its span with the first; never start there.
        const found = i > 0 && starts[i] === starts[i - 1] ? undefined : longestOverall(tokens, i);
        if (found) {
          const inAllowed = allowedUntil !== undefined && (allowedUntil[i] as number) >= found.end;
          if (!inAllowed) {
            matches.push({ phrase: phrases[found.phrase] as CompiledPhrase, start: starts[i] as number, end: ends[found.end - 1] as number, firstToken: i, endToken: found.end });
          }
          i = found.end;
        } else {
          i++;
        }
      }
      return matches;
    },
  };
}
