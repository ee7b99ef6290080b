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

/** A cheap, well-mixed 32-bit hash of `value` under seed `seed` (a murmur3 finalizer). */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_LENGTH }, (_, i) => mix(i + 1, 0x9e3779b9));

/** Fingerprint of a message's words, leaving out `exclude` (the recipient's name and company). */
export function fingerprintWords(words: readonly string[], exclude: ReadonlySet<string>): MessageFingerprint {
  const kept = words.filter((word) => !exclude.has(word));
  const hashes = new Set<number>();
  if (kept.length >= 3) {
    for (let i = 0; i + 2 < kept.length; i++) hashes.add(fnv1a(`${kept[i]} ${kept[i + 1]} ${kept[i + 2]}`));
  } else if (kept.length > 0) {
    hashes.add(fnv1a(kept.join(' ')));
  }
  const shingles = Uint32Array.from(hashes).sort();
  const signature = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const shingle of shingles) {
    for (let k = 0; k < SIGNATURE_LENGTH; k++) {
      const h = mix(shingle, SEEDS[k] as number);
      if (h < (signature[k] as number)) signature[k] = h;
    }
  }
  return { signature, shingles, wordCount: kept.length };
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
    for (const message of messages) {
      const { fingerprint } = message;
      if (fingerprint.wordCount < MIN_WORDS) continue;
      let best: { other: FileRuleMessage; similarity: number } | undefined;
      const keys: string[] = [];
      for (let band = 0; band < BANDS; band++) {
        const offset = band * ROWS;
        const key = `${band}:${fingerprint.signature[offset]}:${fingerprint.signature[offset + 1]}`;
        keys.push(key);
        const bucket = buckets.get(key);
        if (!bucket) continue;
        for (const other of bucket) {
          if (best && other.index >= best.other.index) continue;
          const shared = similarity(fingerprint.shingles, other.fingerprint.shingles);
          if (shared >= SIMILARITY_THRESHOLD && (!best || other.index < best.other.index)) best = { other, similarity: shared };
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
