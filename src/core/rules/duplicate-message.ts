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
/** Per bucket, how many earlier messages to compare exactly. Identical blasts share buckets; the first few suffice. */
const CANDIDATES_PER_BUCKET = 4;

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
  return { signature, shingles, wordCount: wordHashes.length };
}

/**
 * Two messages that reach the threshold share at least 0.6 of the larger one's trigrams, so their Jaccard
 * similarity is at least 0.6 / 1.4 ≈ 0.43; the signatures estimate it, and candidates far below are skipped
 * before the exact comparison. The margin allows for the estimate's error with 48 hashes.
 */
const MIN_ESTIMATED_JACCARD = 0.2;

function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let k = 0; k < SIGNATURE_LENGTH; k++) if (a[k] === b[k]) equal++;
  return equal / SIGNATURE_LENGTH;
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

function describe(message: FileRuleMessage): string {
  return message.title ? `"${message.title}"` : `the message on line ${message.line}`;
}

export const duplicateMessage = defineFileRule(
  {
    id: 'duplicate-message',
    description: 'Near-identical to another message in the same file: a mass blast, not a personal note.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    messages: { duplicate: '{percent}% the same wording as {other} (line {line}): a mass blast, not a personal note.' },
  },
  (messages, _config, report) => {
    const buckets = new Map<string, FileRuleMessage[]>();
    const checked = new Set<number>();
    for (const message of messages) {
      const { fingerprint } = message;
      if (fingerprint.wordCount < MIN_WORDS) continue;
      let best: { other: FileRuleMessage; similarity: number } | undefined;
      const keys: string[] = [];
      checked.clear();
      for (let band = 0; band < BANDS; band++) {
        const offset = band * ROWS;
        const key = `${band}:${fingerprint.signature[offset]}:${fingerprint.signature[offset + 1]}`;
        keys.push(key);
        const bucket = buckets.get(key);
        if (!bucket) continue;
        for (const other of bucket) {
          // The earliest similar message is the one to name; each candidate is compared once.
          if ((best && other.index >= best.other.index) || checked.has(other.index)) continue;
          checked.add(other.index);
          if (estimatedJaccard(fingerprint.signature, other.fingerprint.signature) < MIN_ESTIMATED_JACCARD) continue;
          const shared = similarity(fingerprint.shingles, other.fingerprint.shingles);
          if (shared >= SIMILARITY_THRESHOLD) best = { other, similarity: shared };
        }
      }
      for (const key of keys) {
        const bucket = buckets.get(key);
        if (!bucket) buckets.set(key, [message]);
        else if (bucket.length < CANDIDATES_PER_BUCKET) bucket.push(message);
      }
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
