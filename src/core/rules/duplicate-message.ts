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
function fingerprintWords(words: readonly string[], exclude: ReadonlySet<string>): MessageFingerprint {
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

export const duplicateMessage = defineFileRule<MessageFingerprint>(
  {
    id: 'duplicate-message',
    description: 'Near-identical to another message in the same file: a mass blast, not a personal note.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: { duplicate: '{percent}% the same wording as {other} (line {line}): a mass blast, not a personal note.' },
  },
  ({ words, nameWords }) => fingerprintWords(words, nameWords),
  (messages, _config, report) => {
    // Buckets per band and band hash. Most hold one message, so a bucket is a message position, and only
    // a second member moves it to a list (encoded as -1 - list number): no array for every message.
    const buckets = Array.from({ length: BANDS }, () => new Map<number, number>());
    const lists: number[][] = [];
    // checkedBy[i] === n + 1 when messages[i] was already compared with messages[n]: each pair once.
    const checkedBy = new Int32Array(messages.length);
    for (let position = 0; position < messages.length; position++) {
      const message = messages[position] as FileRuleMessage<MessageFingerprint>;
      const { fingerprint } = message;
      if (fingerprint.wordCount < MIN_WORDS) continue;
      // Position and similarity of the earliest similar message found so far.
      let bestPosition = -1;
      let bestSimilarity = 0;
      for (let band = 0; band < BANDS; band++) {
        const bandBuckets = buckets[band] as Map<number, number>;
        const key = fingerprint.bands[band] as number;
        const bucket = bandBuckets.get(key);
        if (bucket === undefined) {
          bandBuckets.set(key, position);
          continue;
        }
        const list = bucket >= 0 ? undefined : (lists[-bucket - 1] as number[]);
        const count = list ? list.length : 1;
        for (let k = 0; k < count; k++) {
          const otherPosition = list ? (list[k] as number) : bucket;
          // The earliest similar message is the one to name; each candidate is compared once.
          if ((bestPosition !== -1 && otherPosition >= bestPosition) || checkedBy[otherPosition] === position + 1) continue;
          checkedBy[otherPosition] = position + 1;
          const shared = pairSimilarity(fingerprint, (messages[otherPosition] as FileRuleMessage<MessageFingerprint>).fingerprint);
          if (shared >= SIMILARITY_THRESHOLD) {
            bestPosition = otherPosition;
            bestSimilarity = shared;
          }
        }
        if (!list) {
          lists.push([bucket, position]);
          bandBuckets.set(key, -lists.length);
        } else if (list.length < CANDIDATES_PER_BUCKET) {
          list.push(position);
        }
      }
      const best = bestPosition === -1 ? undefined : { other: messages[bestPosition] as FileRuleMessage<MessageFingerprint>, similarity: bestSimilarity };
      if (!best) continue;
      const percent = Math.round(best.similarity * 100);
      report({
        messageIndex: message.index,
        messageId: 'duplicate',
        data: { percent, other: describe(best.other), line: best.other.line },
        range: message.anchor,
        why: 'Recipients compare notes and recognise a template; a blast with the name swapped earns the same ignore as the default text.',
        instead: `Rewrite this one around something specific to its recipient: their work, a shared context, why them and not the next name on the list.`,
        related: [{ range: best.other.anchor, message: `Near-identical message (${percent}% the same wording)` }],
      });
    }
  },
);
