import { defineFileRule, type FileRuleMessage, type MessageFingerprint } from './rule.js';

/**
 * Near-identical messages in one file: the same note sent to many people with the name swapped is a
 * mass blast, and recipients can tell. Messages are compared by their word trigrams with names removed.
 *
 * Comparing every pair would be quadratic in a campaign file of thousands of messages, so each message
 * carries a MinHash signature (computed once and cached with the message); messages that agree on any
 * band of the signature become candidates, and only candidates are compared exactly.
 */

/**
 * Share of the longer message's word trigrams that the other message has too, at or above which two
 * messages count as near-identical. Measured against the longer one (not Jaccard) so that a blast with
 * a personalised first line still counts: 25 shared trigrams of 33 is 0.76.
 */
export const SIMILARITY_THRESHOLD = 0.6;
/** Messages shorter than this many words are too short to call duplicates ("Thanks, Jane!"). */
export const MIN_WORDS = 8;
const BANDS = 24;
const ROWS = 2;
const SIGNATURE_LENGTH = BANDS * ROWS;
/** Per bucket, how many earlier messages to compare exactly. Identical blasts share every bucket and the earliest is always kept, so a few suffice. */
const CANDIDATES_PER_BUCKET = 3;

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Order matters: "a b c" and "b a c" hash differently. */
function combine(hash: number, word: number): number {
  return mix(Math.imul(hash, 0x01000193) ^ word, 0x85ebca6b);
}

/** A cheap, well-mixed 32-bit hash of `value` under seed `seed` (a murmur3 finalizer). */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Fingerprint of a message's words, leaving out `exclude` (the recipient's name and company). */
export function fingerprintWords(words: readonly string[], exclude: ReadonlySet<string>): MessageFingerprint {
  // Hash each word once; a trigram's hash combines its three word hashes.
  const wordHashes: number[] = [];
  for (const word of words) if (!exclude.has(word)) wordHashes.push(fnv1a(word));
  const hashes = new Set<number>();
  if (wordHashes.length >= 3) {
    for (let i = 0; i + 2 < wordHashes.length; i++) {
      hashes.add(combine(combine(combine(0x811c9dc5, wordHashes[i] as number), wordHashes[i + 1] as number), wordHashes[i + 2] as number));
    }
  } else if (wordHashes.length > 0) {
    hashes.add(wordHashes.reduce(combine, 0x9e3779b9));
  }
  const shingles = Uint32Array.from(hashes).sort();
  // MinHash with k hash functions derived from two (h1 + k*h2): one pass over the shingles.
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    const h1 = mix(shingle, 0x2545f491);
    const h2 = mix(shingle, 0x68e31da4) | 1;
    for (let k = 0; k < SIGNATURE_LENGTH; k++) {
      const h = (h1 + Math.imul(k, h2)) >>> 0;
      if (h < (signature[k] as number)) signature[k] = h;
    }
  }
  const bands = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    // 30 bits: small integers are map keys V8 stores without boxing.
    bands[band] = combine(combine(band + 1, signature[band * ROWS] as number), signature[band * ROWS + 1] as number) & 0x3fffffff;
  }
  return { signature, bands, shingles, wordCount: wordHashes.length };
}

/**
 * Two messages that reach the threshold share at least 0.6 of the larger one's trigrams, so their Jaccard
 * similarity is at least 0.6 / 1.4 ≈ 0.43; the signatures estimate it, and candidates far below are skipped
 * before the exact comparison. With 48 hashes the estimate's standard deviation at 0.43 is about 0.07, so
 * 0.28 sits two deviations below: a pair at the threshold is skipped by mistake about 2% of the time.
 */
const MIN_ESTIMATED_JACCARD = 0.28;

function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < SIGNATURE_LENGTH; k++) if (a[k] === b[k]) equal++;
  return equal / SIGNATURE_LENGTH;
}

/**
 * Pair results survive between lints: fingerprints are cached with their messages, so after an edit only
 * pairs with the edited message are compared again. The memo is bounded; it starts over when full.
 */
let pairMemo = new WeakMap<MessageFingerprint, Map<MessageFingerprint, number>>();
let memoEntries = 0;
const MAX_MEMO_ENTRIES = 200_000;

function pairSimilarity(a: MessageFingerprint, b: MessageFingerprint): number {
  let row = pairMemo.get(a);
  const known = row?.get(b);
  if (known !== undefined) return known;
  const value = estimatedJaccard(a.signature, b.signature) < MIN_ESTIMATED_JACCARD ? 0 : similarity(a.shingles, b.shingles);
  if (memoEntries >= MAX_MEMO_ENTRIES) {
    pairMemo = new WeakMap();
    memoEntries = 0;
    row = undefined;
  }
  if (!row) {
    row = new Map();
    pairMemo.set(a, row);
  }
  row.set(b, value);
  memoEntries++;
  return value;
}

/** Shared elements of two sorted, distinct hash arrays over the size of the larger one. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 || b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / Math.max(a.length, b.length);
}

function describe(message: FileRuleMessage<MessageFingerprint>): string {
  return message.title ? `"${message.title}"` : `the message on line ${message.line}`;
}

/**
 * What the rule keeps between lints of one linter. Which earlier messages a message is compared with
 * depends only on the messages before it that share a band with it, so after an edit that leaves the
 * number of messages alone only the edited messages, and the messages sharing a bucket with their old or
 * new fingerprint, are looked at again.
 */
export interface DuplicateMemory {
  /** The fingerprints of the last check, by position. */
  fingerprints: MessageFingerprint[];
  /** Per band: band hash → positions of the messages (of MIN_WORDS or more) with it, ascending. */
  buckets: Map<number, number[]>[];
  /** Per position: the earliest similar earlier message, or -1; and the similarity to it. */
  best: Int32Array;
  similarity: Float64Array;
}

/** Beyond this many changed messages a check starts over: an edit changes one, a pasted block a few. */
const MAX_INCREMENTAL_CHANGES = 16;

function emptyMemory(): DuplicateMemory {
  return { fingerprints: [], buckets: [], best: new Int32Array(0), similarity: new Float64Array(0) };
}

function counts(fingerprint: MessageFingerprint): boolean {
  return fingerprint.wordCount >= MIN_WORDS;
}

/**
 * The earliest message before `position` that is near-identical to it, among the candidates the buckets
 * give: in each band, the first CANDIDATES_PER_BUCKET earlier messages with the same band hash (identical
 * blasts share every bucket and the earliest is always among them, so a few suffice).
 */
function findBest(memory: DuplicateMemory, position: number): void {
  const fingerprint = memory.fingerprints[position] as MessageFingerprint;
  let best = -1;
  let bestSimilarity = 0;
  if (counts(fingerprint)) {
    for (let band = 0; band < BANDS; band++) {
      const bucket = (memory.buckets[band] as Map<number, number[]>).get(fingerprint.bands[band] as number);
      if (!bucket) continue;
      for (let k = 0; k < bucket.length && k < CANDIDATES_PER_BUCKET; k++) {
        const other = bucket[k] as number;
        if (other >= position || (best !== -1 && other >= best)) break;
        const shared = pairSimilarity(fingerprint, memory.fingerprints[other] as MessageFingerprint);
        if (shared >= SIMILARITY_THRESHOLD) {
          best = other;
          bestSimilarity = shared;
        }
      }
    }
  }
  memory.best[position] = best;
  memory.similarity[position] = bestSimilarity;
}

function addToBuckets(memory: DuplicateMemory, position: number): void {
  const fingerprint = memory.fingerprints[position] as MessageFingerprint;
  if (!counts(fingerprint)) return;
  for (let band = 0; band < BANDS; band++) {
    const buckets = memory.buckets[band] as Map<number, number[]>;
    const key = fingerprint.bands[band] as number;
    const bucket = buckets.get(key);
    if (!bucket) buckets.set(key, [position]);
    else {
      let at = bucket.length;
      while (at > 0 && (bucket[at - 1] as number) > position) at--;
      bucket.splice(at, 0, position);
    }
  }
}

/** Takes `position` out of its buckets; returns every other position that shared one with it. */
function removeFromBuckets(memory: DuplicateMemory, position: number, fingerprint: MessageFingerprint, neighbours: Set<number>): void {
  if (!counts(fingerprint)) return;
  for (let band = 0; band < BANDS; band++) {
    const buckets = memory.buckets[band] as Map<number, number[]>;
    const key = fingerprint.bands[band] as number;
    const bucket = buckets.get(key);
    if (!bucket) continue;
    const at = bucket.indexOf(position);
    if (at !== -1) bucket.splice(at, 1);
    for (const other of bucket) neighbours.add(other);
    if (bucket.length === 0) buckets.delete(key);
  }
}

function bucketNeighbours(memory: DuplicateMemory, position: number, neighbours: Set<number>): void {
  const fingerprint = memory.fingerprints[position] as MessageFingerprint;
  if (!counts(fingerprint)) return;
  for (let band = 0; band < BANDS; band++) {
    for (const other of (memory.buckets[band] as Map<number, number[]>).get(fingerprint.bands[band] as number) ?? []) neighbours.add(other);
  }
}

/** Brings `memory` up to date with `fingerprints`: incrementally when few messages changed, else from scratch. */
export function updateDuplicates(memory: DuplicateMemory, fingerprints: readonly MessageFingerprint[]): void {
  try {
    updateMemory(memory, fingerprints);
  } catch (error) {
    // Half an update must not carry into the next check: that one starts over.
    memory.fingerprints = [];
    memory.buckets = [];
    throw error;
  }
}

function updateMemory(memory: DuplicateMemory, fingerprints: readonly MessageFingerprint[]): void {
  const changed: number[] = [];
  if (fingerprints.length === memory.fingerprints.length && memory.buckets.length === BANDS) {
    for (let position = 0; position < fingerprints.length && changed.length <= MAX_INCREMENTAL_CHANGES; position++) {
      if (fingerprints[position] !== memory.fingerprints[position]) changed.push(position);
    }
  }
  if (changed.length > MAX_INCREMENTAL_CHANGES || fingerprints.length !== memory.fingerprints.length || memory.buckets.length !== BANDS) {
    memory.fingerprints = [...fingerprints];
    memory.buckets = Array.from({ length: BANDS }, () => new Map<number, number[]>());
    memory.best = new Int32Array(fingerprints.length);
    memory.similarity = new Float64Array(fingerprints.length);
    for (let position = 0; position < fingerprints.length; position++) {
      findBest(memory, position);
      addToBuckets(memory, position);
    }
    return;
  }
  if (changed.length === 0) return;
  // Messages that shared a bucket with a changed message's old or new fingerprint may now have other candidates.
  const recheck = new Set<number>(changed);
  for (const position of changed) removeFromBuckets(memory, position, memory.fingerprints[position] as MessageFingerprint, recheck);
  for (const position of changed) {
    memory.fingerprints[position] = fingerprints[position] as MessageFingerprint;
    addToBuckets(memory, position);
  }
  for (const position of changed) bucketNeighbours(memory, position, recheck);
  for (const position of recheck) findBest(memory, position);
}

export const duplicateMessage = defineFileRule<MessageFingerprint, DuplicateMemory>(
  {
    id: 'duplicate-message',
    description: 'Near-identical to another message in the same file: a mass blast, not a personal note.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: {
      duplicate: '{percent}% the same wording as {other} (line {line}): a mass blast, not a personal note.',
      'spin-variants': 'The {count} spin renderings of this template are {percent}% the same wording: to a mail filter they are one bulk message.',
    },
  },
  ({ words, nameWords }) => fingerprintWords(words, nameWords),
  (messages, _config, report, memory = emptyMemory()) => {
    updateDuplicates(memory, messages.map((message) => message.fingerprint));
    for (let position = 0; position < messages.length; position++) {
      const bestPosition = memory.best[position] as number;
      if (bestPosition === -1) continue;
      const message = messages[position] as FileRuleMessage<MessageFingerprint>;
      const other = messages[bestPosition] as FileRuleMessage<MessageFingerprint>;
      const percent = Math.round((memory.similarity[position] as number) * 100);
      report({
        messageIndex: message.index,
        messageId: 'duplicate',
        data: { percent, other: describe(other), line: other.line },
        range: message.anchor,
        why: 'Recipients compare notes and recognise a template; a blast with the name swapped earns the same ignore as the default text.',
        instead: `Rewrite this one around something specific to its recipient: their work, a shared context, why them and not the next name on the list.`,
        related: [{ range: other.anchor, message: `Near-identical message (${percent}% the same wording)` }],
      });
    }
  },
  emptyMemory,
);
