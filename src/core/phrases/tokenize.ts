/**
 * Words as the phrase matcher sees them. The same function turns list phrases and message text into
 * tokens, so every normalization applies to both sides alike: lower case, curly apostrophes made straight,
 * hyphens as spaces, punctuation ignored, and contractions expanded ("I'd" becomes "i would").
 */

export interface Tokens {
  /** Normalized words. A contraction yields two entries that share one source span. */
  words: string[];
  starts: number[];
  ends: number[];
  /** True where a sentence end, a paragraph break or non-prose text separates a word from the one before. */
  breakBefore: boolean[];
}

const APOSTROPHES = new Set([39 /* ' */, 0x2019 /* ’ */, 0x02bc /* ʼ */, 0x2018 /* ‘ */]);
const SENTENCE_END = new Set([46 /* . */, 33 /* ! */, 63 /* ? */, 0x2026 /* … */]);
const CLOSERS = new Set([34, 39, 41, 93, 0x201d, 0x2019, 0x00bb]);
const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdbff) return NON_ASCII_WORD.test(text.slice(index, index + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return NON_ASCII_WORD.test(text.slice(index - 1, index + 1));
  return NON_ASCII_WORD.test(text[index] as string);
}

/** `'s` after these words is "is", not a possessive. */
const IS_CONTRACTIONS = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'everyone', 'everybody', 'nobody', 'this']);
const SPECIAL = new Map<string, string[]>([
  ["can't", ['can', 'not']],
  ['cannot', ['can', 'not']],
  ["won't", ['will', 'not']],
  ["shan't", ['shall', 'not']],
  ["let's", ['let', 'us']],
  ["y'all", ['you', 'all']],
]);

/** Splits one normalized word into the words it stands for. */
export function expandContraction(word: string): string[] {
  const special = SPECIAL.get(word);
  if (special) return special;
  const apostrophe = word.indexOf("'");
  if (apostrophe <= 0) return [word];
  if (word.endsWith("n't") && word.length > 3) return [word.slice(0, -3), 'not'];
  const stem = word.slice(0, apostrophe);
  switch (word.slice(apostrophe)) {
    case "'re":
      return [stem, 'are'];
    case "'ve":
      return [stem, 'have'];
    case "'ll":
      return [stem, 'will'];
    case "'m":
      return [stem, 'am'];
    case "'d":
      return [stem, 'would'];
    case "'s":
      return IS_CONTRACTIONS.has(stem) ? [stem, 'is'] : [word];
    default:
      return [word];
  }
}

/**
 * Tokenizes `text`. `kinds` marks each character's kind (0 is prose, see CharKind); anything else (code,
 * URLs, separators) breaks phrases and yields no words. Without it, all of `text` is prose.
 */
export function tokenize(text: string, kinds?: Uint8Array): Tokens {
  const tokens: Tokens = { words: [], starts: [], ends: [], breakBefore: [] };
  let pendingBreak = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (kinds !== undefined && kinds[i] !== 0) {
      pendingBreak = true;
      i++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (!isWordCode(code, text, i)) {
      if (SENTENCE_END.has(code) && endsSentence(text, i, kinds)) pendingBreak = true;
      i++;
      continue;
    }
    // A word: letters and digits, with apostrophes inside it ("I’d", "O'Brien").
    const start = i;
    let curly = false;
    let apostrophe = false;
    while (i < n) {
      if (kinds !== undefined && kinds[i] !== 0) break;
      const c = text.charCodeAt(i);
      if (isWordCode(c, text, i)) {
        i++;
        continue;
      }
      if (APOSTROPHES.has(c) && i + 1 < n && isWordCode(text.charCodeAt(i + 1), text, i + 1) && (kinds === undefined || kinds[i + 1] === 0)) {
        apostrophe = true;
        if (c !== 39) curly = true;
        i++;
        continue;
      }
      break;
    }
    let word = text.slice(start, i).toLowerCase();
    if (curly) word = word.replace(/[’ʼ‘]/g, "'");
    const parts = apostrophe || SPECIAL.has(word) ? expandContraction(word) : undefined;
    if (parts === undefined) {
      tokens.words.push(word);
      tokens.starts.push(start);
      tokens.ends.push(i);
      tokens.breakBefore.push(pendingBreak);
      pendingBreak = false;
      continue;
    }
    for (const part of parts) {
      tokens.words.push(part);
      tokens.starts.push(start);
      tokens.ends.push(i);
      tokens.breakBefore.push(pendingBreak);
      pendingBreak = false;
    }
  }
  return tokens;
}

/** Titles written with a dot before a name: "Dr. Rao" is one sentence. */
const TITLE_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'st', 'jr', 'sr', 'vs', 'no', 'ft', 'mt', 'gen', 'capt', 'rev', 'hon']);

/** True when the word ending right before `index` is a title abbreviation ("Dr" of "Dr."). */
function afterTitle(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start <= 4 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === index || index - start > 4) return false;
  if (start > 0 && (text[start - 1] === '.' || isWordCode(text.charCodeAt(start - 1), text, start - 1))) return false;
  return TITLE_ABBREVIATIONS.has(text.slice(start, index).toLowerCase());
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** A `.`, `!`, `?` or `…` ends a sentence when whitespace, the end, or non-prose follows (after any closing quotes). */
function endsSentence(text: string, index: number, kinds?: Uint8Array): boolean {
  // "Dr. Rao" goes on; "the talk by Dr." at the end of a line still ends there.
  if (text.charCodeAt(index) === 46 && text.charCodeAt(index + 1) === 32) {
    const next = text.charCodeAt(index + 2);
    if (next >= 65 && next <= 90 && afterTitle(text, index)) return false;
  }
  let j = index + 1;
  while (j < text.length && (SENTENCE_END.has(text.charCodeAt(j)) || CLOSERS.has(text.charCodeAt(j)))) j++;
  if (j >= text.length) return true;
  if (kinds !== undefined && kinds[j] !== 0) return true;
  const next = text.charCodeAt(j);
  return next === 32 || next === 9 || next === 10 || next === 13 || next === 0xa0;
}

/** The normalized key of a phrase: its words joined by single spaces. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase).words.join(' ');
}
