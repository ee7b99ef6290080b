import type { Tokens } from '../phrases/tokenize.js';
import { tokenize } from '../phrases/tokenize.js';
import {
  ASK_UNITS,
  COMMON_WORDS,
  EMPTY_VERBS,
  EVERYDAY_WORDS,
  GENERIC_CAPITALS,
  GENERIC_THINGS,
  HEDGE_WORDS,
  IRREGULAR_PAST,
  PROFILE_NOUNS,
  PROFILE_VERBS,
  REFERRAL_VERBS,
  SHARED_NOUNS,
  THANKS_OPENERS,
  VAGUE_WORDS,
  WORK_NOUNS,
} from './vocabulary.js';

/**
 * Finds what makes a note personal: something only this recipient would recognise. A note passes the
 * `no-personal-detail` rule when it names at least one such thing; the phrase rules also read it to judge a
 * pleasantry or an ask inside a specific note leniently. Everything here is a reading of the note's own
 * words, with no phrase list: it has to recognise details nobody wrote down in advance.
 *
 * What counts (each with enough content, so "your recent post" or "we met" alone does not):
 * - their work: "your talk on retrofitting accessibility", "your ACM Queue article", "the panel you're
 *   on", "your Passau warehouse", "your status page lists three incidents", "PR #512", "0.14.2";
 * - a meeting or shared history: "we met at the Harbor Health booth", "same 7am spin class", "I was the
 *   intern on the Ikeja audit", "fellow Bocconi alum", "remember the night we rebuilt…";
 * - a person who sent you: "Priscilla Adjei said you…", "my colleague Jun Park";
 * - something they did: "you demoed the triage chatbot", "you're organising the Python Brasil sprint",
 *   "thanks for pointing me at the Ktor cancellation bug";
 * - a quoted title of theirs: "your 'SBAR in 90 seconds' drill";
 * - a hook from the front matter (`recipient: { hooks: [...] }`) that the note uses.
 * What does not: their name, company, title, industry or city; praise; facts about the sender; the
 * sender's own messages ("you missed my email").
 *
 * "Content" means a name (a capitalised word that is not a title, day, platform or greeting), a number
 * that is not a claim or a duration ("by 30%", "15 minutes"), a hyphenated term, or two words beyond the
 * everyday vocabulary of business prose (vocabulary.ts).
 */

export type DetailKind = 'work' | 'meeting' | 'referral' | 'action' | 'quote' | 'hook';

export interface PersonalDetail {
  kind: DetailKind;
  /** Plain-text range of the evidence. */
  start: number;
  end: number;
}

export interface DetailOptions {
  /** Names that are no detail: the recipient's and the sender's names and companies. */
  names?: readonly (string | undefined)[];
  /** Specific things the front matter says the sender means to mention. */
  hooks?: readonly string[];
}

/** What a note says about its recipient, and a way to ask whether a given spot is followed by specifics. */
export interface PersonalReading {
  details: PersonalDetail[];
  /**
   * True when the words right after token `end` (exclusive), in the same sentence and within `window`
   * words, name something specific. The phrase rules use it to leave an opener alone when its detail follows.
   */
  specificAfter(end: number, window?: number): boolean;
}

export function findPersonalDetails(text: string, tokens: Tokens, options: DetailOptions = {}): PersonalDetail[] {
  return readPersonal(text, tokens, options).details;
}

/** How far after a frame its content may stand, in words. */
const CONTENT_WINDOW = 10;

const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us', 'mine', 'ours']);
/** Owners other than the recipient: "their page", "our tool". */
const OTHER_OWNERS = new Set(['their', 'our', 'my', 'his', 'her', 'its']);
/** Where the sender's own clause begins. */
const FIRST_PERSON_SUBJECTS = new Set(['i', 'we', 'our']);
/** What the sender sent: "you missed my email" is no deed of theirs. */
const OWN_MESSAGES = new Set(['email', 'emails', 'message', 'messages', 'note', 'notes', 'request', 'inmail', 'invitation', 'invite', 'profile', 'previous', 'last', 'earlier', 'connection', 'dm', 'letter', 'proposal', 'offer']);
/** Verbs that report what a page of theirs says: "your status page lists three incidents". */
const REPORTING_VERBS = new Set(['says', 'said', 'lists', 'listed', 'shows', 'showed', 'mentions', 'mentioned', 'notes', 'states', 'describes', 'described', 'reads', 'explains', 'explained', 'argues', 'argued']);
/** What their team or company did, which research finds: "your team posted three fraud-analyst roles". */
const TEAM_DEEDS = new Set(['led', 'invested', 'backed', 'funded', 'posted', 'published', 'announced', 'launched', 'shipped', 'released', 'opened', 'raised', 'won', 'hit', 'reached', 'grew', 'cut', 'migrated', 'switched', 'adopted', 'built', 'wrote', 'rewrote', 'open-sourced', 'sponsored', 'hosted', 'acquired', 'filed', 'deprecated', 'dropped']);
/** What the sender sent earlier: "my March note", "our call". */
const CORRESPONDENCE = new Set(['note', 'email', 'message', 'call', 'chat', 'conversation', 'meeting', 'intro', 'introduction', 'inmail', 'letter', 'proposal', 'demo']);
/** Members of a school or group: "fellow Bocconi alum", "also a Warwick grad". */
const SHARED_MEMBERS = new Set(['alum', 'alumna', 'alumnus', 'alumni', 'grad', 'graduate', 'student', 'classmate', 'member', 'speaker', 'volunteer', 'mentor', 'fellow', 'intern', 'resident', 'founder', 'maintainer', 'contributor']);
/** Roles in "I was the intern on the Ikeja audit", "I'm the one who emailed about…". */
const SHARED_ROLES = new Set(['intern', 'student', 'ta', 'colleague', 'classmate', 'teammate', 'mentee', 'contractor', 'reviewer', 'co', 'one', 'person', 'engineer', 'designer', 'volunteer', 'moderator', 'host', 'trainee', 'apprentice', 'analyst', 'phd']);
/** Words between "you" and a deed of theirs: "you recently shipped". */
const ADVERBS = new Set(['recently', 'just', 'also', 'once', 'actually', 'previously', 'already', 'both', 'kindly', 'personally', 'generously']);
/** Words before "you" that make it a question or an object, not the doer of something: "would you", "thank you". */
const NOT_A_DOER = new Set(['would', 'could', 'can', 'will', 'do', 'did', 'are', 'were', 'have', 'thank', 'see', 'meet', 'help', 'let', 'if', 'whether', 'wish', 'with', 'to']);
/** Verbs of a shared past: "we worked together on…". */
const SHARED_VERBS = new Set(['worked', 'studied', 'interned', 'served', 'volunteered', 'spoke', 'presented', 'shared', 'sat', 'overlapped', 'collaborated', 'co', 'trained', 'played', 'ran', 'taught', 'at', 'in', 'on']);
const GREETINGS = new Set(['hi', 'hello', 'hey', 'dear', 'thanks']);
const CLAIM_WORDS = new Set(['by', 'to', 'than', 'over', 'save', 'cut']);
const ROLE_LINKS = new Set(['who', 'that', 'on', 'in', 'for', 'at']);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
/** A claim's unit right after a number: "30%", "200+", "3x". */
const CLAIM_UNIT = /^\s*(?:%|\+|x\b)/;
/** A version at a token's start ("0.14.2", "v2.3.1"), and a pull request's number after its word ("PR #512"). */
const VERSION = /v?\d+\.\d+\.\d+(?![\w.])/y;
const ISSUE_NUMBER = /\s*#\d+/y;
/** Two words or more between quotes. */
const QUOTED = /["“‘'«]([^"“”‘’'«»\n]{3,120})["”’'»]/gu;

function isUpper(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : UPPER.test(c);
}
function isLower(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : LOWER.test(c);
}
function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}
function isLetter(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : LETTER.test(c);
}

/** A plural or past form's stem, for looking a word up in the everyday list ("ideas" → "idea", "helped" → "help"). */
function baseForm(word: string): string {
  if (EVERYDAY_WORDS.has(word)) return word;
  for (const [suffix, replacement] of [['ies', 'y'], ['es', ''], ['s', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', '']] as const) {
    if (word.endsWith(suffix) && word.length > suffix.length + 2) {
      const stem = word.slice(0, -suffix.length) + replacement;
      if (EVERYDAY_WORDS.has(stem)) return stem;
    }
  }
  return word;
}

/** A word that says something specific by itself: beyond function words, compliments and everyday business prose. */
function isSpecificWord(word: string): boolean {
  return word.length >= 3 && !VAGUE_WORDS.has(word) && !COMMON_WORDS.has(word) && !EVERYDAY_WORDS.has(baseForm(word));
}

/** A verb "you …" did: a past form that is not a profile fact ("you joined", "you worked at"). */
function isDoneVerb(verb: string): boolean {
  if (EMPTY_VERBS.has(verb)) return false;
  return IRREGULAR_PAST.has(verb) || (verb.length > 4 && verb.endsWith('ed'));
}

// Flags of a word.
const CAPITAL = 1;
const NUMBER = 2;
const FIRST = 4;
/** isNamed was worked out for the word; NAMED holds the answer. */
const NAMED_KNOWN = 8;
const NAMED = 16;

/**
 * The note's words with what the finder asks of them, kept in flat arrays (one entry per token, a
 * contraction's halves included) because the finder runs on every message at every keystroke.
 */
class Reader {
  readonly count: number;
  readonly lower: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly flags: Uint8Array;
  readonly sentence: Int32Array;
  readonly details: PersonalDetail[] = [];

  constructor(
    readonly text: string,
    tokens: Tokens,
    private readonly excluded: ReadonlySet<string>,
  ) {
    this.count = tokens.words.length;
    this.lower = tokens.words;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.flags = new Uint8Array(this.count);
    this.sentence = new Int32Array(this.count);
    this.readShapes(tokens);
  }

  /**
   * Capitals, numbers and sentence starts; capitals do not count in a sentence (or a line of one) written in
   * capitals or Title Case.
   */
  private readShapes(tokens: Tokens): void {
    const { text, count, flags, sentence } = this;
    let current = -1;
    let sentenceStart = 0;
    let upper = 0;
    let long = 0;
    let longCapital = 0;
    const closeSentence = (end: number) => {
      if (upper >= 3 || (long >= 4 && longCapital / long >= 0.9)) for (let k = sentenceStart; k < end; k++) flags[k] = (flags[k] as number) & ~CAPITAL;
    };
    for (let i = 0; i < count; i++) {
      const start = this.starts[i] as number;
      const end = this.ends[i] as number;
      // The second half of a contraction shares its span: it reads as a word of its own but has no shape.
      const contracted = i > 0 && this.starts[i - 1] === start;
      if (!contracted && (tokens.breakBefore[i] || current === -1)) {
        closeSentence(i);
        current++;
        sentenceStart = i;
        upper = 0;
        long = 0;
        longCapital = 0;
        flags[i] = FIRST;
      } else if (!contracted && lineBreakBetween(text, this.ends[i - 1] as number, start)) {
        // A line written in capitals shouts on its own: the line before it keeps its names.
        closeSentence(i);
        sentenceStart = i;
        upper = 0;
        long = 0;
        longCapital = 0;
      }
      sentence[i] = current;
      if (contracted) continue;
      let innerCapital = false;
      let digit = false;
      let letter = false;
      let lowerSeen = false;
      let previousLower = false;
      for (let k = start; k < end; k++) {
        const code = text.charCodeAt(k);
        if (isDigitCode(code)) digit = true;
        else if (code < 128) {
          const up = code >= 65 && code <= 90;
          const low = code >= 97 && code <= 122;
          if (!up && !low) continue;
          letter = true;
          if (up && previousLower) innerCapital = true;
          previousLower = low;
          if (low) lowerSeen = true;
        } else {
          const c = text[k] as string;
          if (!isLetter(c)) continue;
          letter = true;
          const up = isUpper(c);
          if (up && previousLower) innerCapital = true;
          previousLower = !up && isLower(c);
          if (previousLower) lowerSeen = true;
        }
      }
      const first = text.charCodeAt(start);
      const capital = first < 128 ? first >= 65 && first <= 90 : isUpper(text[start] as string);
      if (end - start >= 2 && letter && !lowerSeen) upper++;
      if (end - start >= 4) {
        long++;
        if (capital) longCapital++;
      }
      if (capital || innerCapital || (digit && letter)) flags[i] = (flags[i] as number) | CAPITAL;
      if (isDigitCode(text.charCodeAt(start))) flags[i] = (flags[i] as number) | NUMBER;
      // A clause after a colon, semicolon, line break or spaced dash starts like a sentence ("Quick one: Priscilla said…").
      if (i > 0 && !((flags[i] as number) & FIRST)) {
        for (let k = this.ends[i - 1] as number; k < start; k++) {
          const c = text[k];
          if (c === ':' || c === ';' || c === '\n' || ((c === '—' || c === '–' || c === '-') && text[k - 1] === ' ' && text[k + 1] === ' ')) {
            flags[i] = (flags[i] as number) | FIRST;
            break;
          }
        }
      }
    }
    closeSentence(count);
  }

  at(i: number): string {
    return i >= 0 && i < this.count ? (this.lower[i] as string) : '';
  }

  first(i: number): boolean {
    return i >= 0 && i < this.count && ((this.flags[i] as number) & FIRST) !== 0;
  }

  number(i: number): boolean {
    return i >= 0 && i < this.count && ((this.flags[i] as number) & NUMBER) !== 0;
  }

  sameSentence(i: number, j: number): boolean {
    return i >= 0 && j >= 0 && i < this.count && j < this.count && this.sentence[i] === this.sentence[j];
  }

  /** A word that names something: capitalised mid-sentence (or an unusual first word), not a name we ignore. */
  isNamed(i: number): boolean {
    if (i < 0 || i >= this.count) return false;
    const flags = this.flags[i] as number;
    if (!(flags & CAPITAL)) return false;
    if (flags & NAMED_KNOWN) return (flags & NAMED) !== 0;
    const named = this.decideNamed(i);
    this.flags[i] = flags | NAMED_KNOWN | (named ? NAMED : 0);
    return named;
  }

  private decideNamed(i: number): boolean {
    const word = this.lower[i] as string;
    if (this.excluded.has(word) || GENERIC_CAPITALS.has(word)) return false;
    if (this.first(i) && COMMON_WORDS.has(word)) return false;
    // A capitalised word right after a greeting is the recipient's name ("Hi Wen,").
    if (GREETINGS.has(this.at(i - 1)) && this.first(i - 1)) return false;
    // So is one set off by a comma at the end of a sentence ("Thanks for connecting, Keanu!").
    if (i > 0 && this.commaBefore(i) && (i + 1 >= this.count || !this.sameSentence(i, i + 1) || this.punctuationAfter(i))) return false;
    return true;
  }

  private commaBefore(i: number): boolean {
    for (let k = (this.starts[i] as number) - 1; k >= (this.ends[i - 1] as number); k--) {
      const c = this.text[k];
      if (c === ',') return true;
      if (c !== ' ' && c !== '\t') return false;
    }
    return false;
  }

  private punctuationAfter(i: number): boolean {
    for (let k = this.ends[i] as number; k < (this.starts[i + 1] as number); k++) {
      const c = this.text[k];
      if (c === ',' || c === '!' || c === '?' || c === '.') return true;
      if (c !== ' ' && c !== '\t') return false;
    }
    return false;
  }

  /** Content in words [from, to): a name, a number or a hyphenated term counts 2, a specific word 1. */
  contentOf(from: number, to: number): number {
    let score = 0;
    for (let i = Math.max(0, from); i < to && i < this.count; i++) {
      if (this.isNamed(i)) score += 2;
      else if (this.number(i) && !ASK_UNITS.has(this.at(i + 1))) score += 2;
      else if (this.compoundSpecific(i)) score += 2;
      else if (isSpecificWord(this.lower[i] as string)) score += 1;
      if (score >= 2) return score;
    }
    return score;
  }

  /** The end (exclusive) of the words from `from` on that stay in `anchor`'s sentence, at most `window` of them. */
  windowEnd(from: number, anchor: number, window = CONTENT_WINDOW): number {
    let end = Math.max(0, from);
    // The sender's own clause after a comma ("you're settling in, we help new sales leaders ramp") is not
    // what the frame is about; "you asked whether our warehouse switched to FEFO" still is.
    while (end < this.count && end < from + window && this.sameSentence(anchor, end) && !(end > from && FIRST_PERSON_SUBJECTS.has(this.at(end)) && this.clauseBreakBefore(end))) end++;
    return end;
  }

  /** A comma, semicolon or dash between word `i` and the one before it. */
  clauseBreakBefore(i: number): boolean {
    if (i <= 0) return false;
    for (let k = this.ends[i - 1] as number; k < (this.starts[i] as number); k++) {
      const c = this.text[k];
      if (c === ',' || c === ';' || c === '—' || c === '–') return true;
    }
    return false;
  }

  /** The end of the content after word `from` (in `anchor`'s sentence), or -1 when there is too little. */
  contentAfter(from: number, anchor: number, window = CONTENT_WINDOW): number {
    const end = this.windowEnd(from, anchor, window);
    return end > from && this.contentOf(from, end) >= 2 ? end : -1;
  }

  hasNamed(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.isNamed(i)) return true;
    return false;
  }

  hasNamedOrNumber(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.isNamed(i) || this.number(i)) return true;
    return this.contentOf(from, to) >= 2 && to - from >= 4;
  }

  /** "at Stripe" after a profile word is an employer, not a detail. */
  profileFrame(i: number): boolean {
    const previous = this.at(i - 1);
    const before = this.at(i - 2);
    return (previous === 'at' || previous === 'for' || previous === 'in' || previous === 'with' || previous === 'as') && (PROFILE_NOUNS.has(before) || PROFILE_VERBS.has(before));
  }

  /** "you work at Acme", "you joined Lumen": the verb introduces an employer. */
  profileVerbAt(verb: number): boolean {
    return PROFILE_VERBS.has(this.at(verb)) && (this.at(verb + 1) === 'at' || this.at(verb + 1) === 'for');
  }

  /** A number in a claim ("by 30%", "up to 3x", "200+ companies"): the sender's pitch, not a fact about them. */
  claimNumber(k: number): boolean {
    if (CLAIM_WORDS.has(this.at(k - 1))) return true;
    const after = k + 1 < this.count ? this.text.slice(this.ends[k] as number, this.starts[k + 1] as number) : '';
    return CLAIM_UNIT.test(after) || /^\d+x$/.test(this.at(k));
  }

  /** A hyphenated term with a word beyond the everyday ("vested-benefits", "tab-ledger"); not "well-written". */
  compoundSpecific(i: number): boolean {
    if (i + 1 >= this.count || this.text.slice(this.ends[i] as number, this.starts[i + 1] as number) !== '-') return false;
    return isSpecificWord(this.lower[i] as string) || isSpecificWord(this.lower[i + 1] as string);
  }

  /** No I, we, my or our earlier in the word's sentence: what follows is not the sender's own. */
  noSenderBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && this.sameSentence(k, i); k--) if (FIRST_PERSON.has(this.at(k))) return false;
    return true;
  }

  noSenderInSentence(i: number): boolean {
    let k = i;
    while (k > 0 && this.sameSentence(k - 1, i)) k--;
    for (; k < this.count && this.sameSentence(k, i); k++) if (FIRST_PERSON.has(this.at(k))) return false;
    return true;
  }

  add(kind: DetailKind, from: number, to: number): void {
    const first = Math.max(0, from);
    const last = Math.max(first, to - 1);
    if (last < this.count) this.details.push({ kind, start: this.starts[first] as number, end: this.ends[last] as number });
  }
}

/**
 * A frame found at word `i`: it adds its detail and returns the word to go on from (past the detail), or
 * returns -1 when the words there are not that frame.
 */
type Frame = (reader: Reader, i: number) => number;

/** Their work, anchored on "your": "your <up to four words> talk/post/paper …", what their page says, or a thing of theirs with a name or number close by. */
const yourWork: Frame = (r, i) => {
  for (let k = i + 1; k <= i + 8 && r.sameSentence(i, k); k++) {
    const word = r.at(k);
    // "your website from their resources page": past another owner, what follows is not theirs; a second
    // "your" starts a frame of its own ("pick your brain about your migration").
    if (k > i + 1 && (OTHER_OWNERS.has(word) || word === 'your')) break;
    if ((REPORTING_VERBS.has(word) || TEAM_DEEDS.has(word)) && k > i + 1) {
      // "your status page lists three incidents in May", "your team posted three fraud-analyst roles this month"
      const end = r.contentAfter(k + 1, i);
      if (end === -1) break;
      r.add('work', i, end);
      return end;
    }
    if (!WORK_NOUNS.has(word) || k > i + 5) continue;
    // "your post" and "your recent post" name nothing; "your Rails World talk", "your post on X" and
    // "Bykea's cash-on-delivery numbers in your post" do.
    const inside = r.contentOf(i + 1, k);
    let end = inside >= 2 ? k + 1 : r.contentAfter(k + 1, i);
    let from = i;
    // "the rollback step in your migration guide": the words before "in your" say which part of it.
    if (end === -1 && ['in', 'from', 'on', 'at', 'during', 'via'].includes(r.at(i - 1)) && r.sameSentence(i - 5, i) && r.contentOf(i - 5, i - 1) + inside >= 2) {
      end = k + 1;
      from = i - 5;
    }
    if (end === -1) break;
    r.add('work', from, end);
    return end;
  }
  // "your work on retrieval-augmented code review": their work, with what it is about.
  if ((r.at(i + 1) === 'work' || r.at(i + 1) === 'research') && ['on', 'about', 'in', 'with', 'around'].includes(r.at(i + 2))) {
    const end = r.contentAfter(i + 3, i);
    if (end !== -1) {
      r.add('work', i, end);
      return end;
    }
  }
  // "your Passau warehouse", "your 3 a.m. spreadsheet", "your offer at $412k"; not "your experience at Stripe".
  const next = r.at(i + 1);
  if (PROFILE_NOUNS.has(next) || GENERIC_THINGS.has(next)) return -1;
  const end = r.windowEnd(i + 1, i, 8);
  for (let k = i + 1; k < end; k++) {
    if (FIRST_PERSON.has(r.at(k)) || (k > i + 1 && r.first(k))) break;
    if ((r.isNamed(k) && !r.profileFrame(k)) || (r.number(k) && !ASK_UNITS.has(r.at(k + 1)) && !r.claimNumber(k))) {
      r.add('work', i, k + 1);
      return k + 1;
    }
  }
  return -1;
};

/** Their work named before "you": "the Data Summit panel you're on", "the talk you gave", "the post you wrote about X". */
const workYouDid: Frame = (r, i) => {
  if (r.at(i + 1) !== 'you') return -1;
  const after = r.at(i + 2);
  if ((after === 'are' || after === 'were') && ['on', 'in', 'running', 'hosting', 'leading', 'chairing', 'moderating', 'speaking', 'giving', 'organising', 'organizing'].includes(r.at(i + 3))) {
    if (r.contentOf(i - 4, i) < 2) return -1;
    r.add('work', i - 4, i + 4);
    return i + 4;
  }
  if (!r.sameSentence(i, i + 2) || !isDoneVerb(after)) return -1;
  const end = r.contentAfter(i + 3, i);
  if (end === -1 && r.contentOf(i - 3, i) < 2) return -1;
  r.add('work', i - 1, end !== -1 ? end : i + 3);
  return end !== -1 ? end : i + 3;
};

/** Praise of a named piece of work, with no sender's own work in sight: "impressive work on the Doha Metro signs". */
const namedWork: Frame = (r, i) => {
  if ((r.at(i + 1) !== 'on' && r.at(i + 1) !== 'for') || !r.noSenderBefore(i)) return -1;
  const end = r.contentAfter(i + 2, i, 8);
  if (end === -1 || !r.hasNamed(i + 2, end)) return -1;
  r.add('work', i, end);
  return end;
};

/** Something they did: "you demoed the chatbot", "you're organising the sprint", "you were right about X". */
const youDid: Frame = (r, i) => {
  if (NOT_A_DOER.has(r.at(i - 1))) return -1;
  let k = i + 1;
  if (ADVERBS.has(r.at(k))) k++;
  const a = r.at(k);
  const b = r.at(k + 1);
  let verb = -1;
  if ((a === 'are' || a === 'were') && b.endsWith('ing') && !PROFILE_VERBS.has(b) && !EMPTY_VERBS.has(b)) verb = k + 1;
  else if (a === 'have' && b === 'been' && r.at(k + 2).endsWith('ing') && !PROFILE_VERBS.has(r.at(k + 2)) && !EMPTY_VERBS.has(r.at(k + 2))) verb = k + 2;
  else if ((a === 'were' || a === 'are') && b === 'the' && (r.at(k + 2) === 'one' || r.at(k + 2) === 'person') && (r.at(k + 3) === 'who' || r.at(k + 3) === 'that')) verb = k + 3;
  else if ((a === 'were' || a === 'are') && b === 'right' && (r.at(k + 2) === 'about' || r.at(k + 2) === 'that')) verb = k + 2;
  else if (a === 'have' && isDoneVerb(b)) verb = k + 1;
  else if (isDoneVerb(a)) verb = k;
  if (verb === -1 || !r.sameSentence(i, verb)) return -1;
  // "you missed my email", "you saw my note": the sender's own message is no deed of theirs.
  const object = r.at(verb + 1) === 'the' ? verb + 2 : verb + 1;
  if ((['my', 'our'].includes(r.at(object)) && OWN_MESSAGES.has(r.at(object + 1))) || (r.at(object) === 'this' && !r.sameSentence(verb, object + 1))) return -1;
  if (r.profileVerbAt(verb) && r.isNamed(verb + 2)) return -1;
  const end = r.contentAfter(verb + 1, i);
  if (end === -1) return -1;
  r.add('action', i, end);
  return end;
};

/** A meeting: "we met at …", "great meeting you at …". */
const met: Frame = (r, i) => {
  if (!['we', 'i', 'you', 'great', 'nice', 'good', 'lovely', 'to', 'finally', 'since'].includes(r.at(i - 1))) return -1;
  let k = i + 1;
  if (r.at(k) === 'you' || r.at(k) === 'with') k++;
  if (r.at(k) === 'you') k++;
  if (!['at', 'in', 'during', 'last', 'on', 'after', 'through', 'yesterday', 'briefly', 'this'].includes(r.at(k))) return -1;
  const end = r.contentAfter(k, i, 8);
  if (end === -1) return -1;
  r.add('meeting', i - 1, end);
  return end;
};

/** "saw you speak at …", "heard you on the Tractor Talk podcast". */
const sawYou: Frame = (r, i) => {
  if (r.at(i + 1) !== 'you' || !['speak', 'speaking', 'present', 'presenting', 'talk', 'talking', 'on', 'at', 'demo', 'demoing', 'host', 'hosting', 'moderate', 'moderating', 'perform', 'interviewed', 'in'].includes(r.at(i + 2))) return -1;
  const end = r.contentAfter(i + 3, i, 8);
  if (end === -1) return -1;
  r.add('meeting', i, end);
  return end;
};

/** A shared school or group, named: "Fellow Bocconi alum here", "also a Warwick grad"; "same 7am spin class at …". */
const sharedGroup: Frame = (r, i) => {
  if (r.isNamed(i + 1) && !r.profileFrame(i + 1)) {
    let k = i + 1;
    while (r.isNamed(k + 1) && k < i + 4) k++;
    if (SHARED_MEMBERS.has(r.at(k + 1)) || SHARED_NOUNS.has(r.at(k + 1))) {
      r.add('meeting', i, k + 2);
      return k + 2;
    }
  }
  if (r.at(i) !== 'same' || !r.sameSentence(i, i + 1)) return -1;
  let k = i + 1;
  while (k < i + 4 && !SHARED_NOUNS.has(r.at(k)) && r.sameSentence(i, k)) k++;
  if (!SHARED_NOUNS.has(r.at(k))) return -1;
  const end = r.contentAfter(i + 1, i, 8);
  if (end === -1) return -1;
  r.add('meeting', i, end);
  return end;
};

/** A shared past: "we worked together on …", "we were both at …". */
const weShared: Frame = (r, i) => {
  if (!r.sameSentence(i, i + 2)) return -1;
  let k = i + 1;
  if (r.at(i) === 'i' || r.at(i) === 'you') {
    // "I and you", "you and I"
    if (r.at(i + 1) !== 'and' || (r.at(i + 2) !== (r.at(i) === 'i' ? 'you' : 'i') && r.at(i + 2) !== 'me')) return -1;
    k += 2;
    if (isDoneVerb(r.at(k))) {
      const end = r.contentAfter(k + 1, i, 8);
      if (end === -1) return -1;
      r.add('meeting', i, end);
      return end;
    }
  }
  // "… the launch we pulled off together", "we worked side by side"
  if (r.at(i) === 'we' && isDoneVerb(r.at(k)) && (r.at(k + 2) === 'together' || r.at(k + 1) === 'together' || r.at(k + 3) === 'together') && r.contentOf(i - 6, i) >= 2) {
    r.add('meeting', i - 6, k + 3);
    return k + 3;
  }
  if (r.at(k) === 'both' || r.at(k) === 'were' || r.at(k) === 'all') k++;
  if (r.at(k) === 'both') k++;
  if (!SHARED_VERBS.has(r.at(k)) && !(r.at(k - 1) === 'were' && r.at(k) === 'together')) return -1;
  const end = r.contentAfter(k + 1, i, 8);
  if (end === -1) return -1;
  r.add('meeting', i, end);
  return end;
};

/** "I was the intern on the Ikeja substation audit", "I'm the one who emailed about your dataset". */
const iWasThe: Frame = (r, i) => {
  if ((r.at(i + 1) !== 'was' && r.at(i + 1) !== 'am') || !['the', 'your'].includes(r.at(i + 2))) return -1;
  if (!SHARED_ROLES.has(r.at(i + 3)) && !SHARED_ROLES.has(r.at(i + 4))) return -1;
  const end = r.contentAfter(i + 4, i, 10);
  if (end === -1) return -1;
  let linked = r.at(i + 2) === 'your';
  for (let k = i + 3; k < end && !linked; k++) linked = ROLE_LINKS.has(r.at(k));
  if (!linked) return -1;
  r.add('meeting', i, end);
  return end;
};

/** Shared memories: "Remember the night we rebuilt the depot's SCADA screens…". */
const remember: Frame = (r, i) => {
  if (!['the', 'when', 'how', 'that', 'our', 'those'].includes(r.at(i + 1))) return -1;
  const end = r.contentAfter(i + 2, i, 10);
  if (end === -1 || !r.hasNamedOrNumber(i + 2, end)) return -1;
  r.add('meeting', i, end);
  return end;
};

/** "as promised at the Monterrey bakery expo", "as discussed on Tuesday's call with Dev". */
const asPromised: Frame = (r, i) => {
  if (!['promised', 'discussed', 'agreed', 'requested', 'mentioned'].includes(r.at(i + 1)) || !['at', 'on', 'in', 'during', 'yesterday', 'last', 'earlier', 'over'].includes(r.at(i + 2))) return -1;
  const end = r.contentAfter(i + 2, i, 8);
  if (end === -1 || !r.hasNamed(i + 2, end)) return -1;
  r.add('meeting', i, end);
  return end;
};

/**
 * A follow-up that brings news on an earlier exchange: "one addition to my March note on phosphate demand:
 * our model now beats the baseline on 2023 data", "since my note in February, 12,000 tickets moved in 9
 * minutes". A bump that only points back ("following up on my note from last week") has no such number.
 */
const earlierNote: Frame = (r, i) => {
  let k = i + 1;
  while (k <= i + 2 && !CORRESPONDENCE.has(r.at(k))) k++;
  if (!CORRESPONDENCE.has(r.at(k))) return -1;
  let sentenceEnd = k;
  while (sentenceEnd + 1 < r.count && r.sameSentence(k, sentenceEnd + 1)) sentenceEnd++;
  for (let n = k + 1; n <= sentenceEnd; n++) {
    if (r.number(n) && !ASK_UNITS.has(r.at(n + 1)) && !r.claimNumber(n) && !['last', 'few', 'couple'].includes(r.at(n - 1))) {
      r.add('meeting', i, n + 1);
      return n + 1;
    }
  }
  return -1;
};

/** "my colleague Ana Ruiz", "a friend, Jun Park". */
const namedContact: Frame = (r, i) => {
  if (!r.isNamed(i + 1)) return -1;
  r.add('referral', i - 1, i + 2);
  return i + 2;
};

/** Thanks or congratulations for something specific: "thanks for pointing me at the Ktor cancellation bug". */
const thanksFor: Frame = (r, i) => {
  const next = r.at(i + 1);
  if (next !== 'for' && next !== 'on' && !(next === 'you' && r.at(i + 2) === 'for')) return -1;
  const k = next === 'you' ? i + 3 : i + 2;
  const end = r.contentAfter(k, i, 10);
  if (end === -1 || r.contentOf(k, end) < 2 || !r.hasNamedOrNumber(k, end)) return -1;
  r.add('action', i, end);
  return end;
};

/** Someone who sent you, by name: "Priscilla Adjei said you…", "Jun Park from the meetup mentioned…". */
const referral: Frame = (r, i) => {
  if (!r.isNamed(i) || r.isNamed(i - 1) || r.profileFrame(i)) return -1;
  let k = i;
  while (r.isNamed(k + 1) && r.sameSentence(i, k + 1)) k++;
  for (let v = k + 1; v <= k + 7 && r.sameSentence(i, v); v++) {
    if (REFERRAL_VERBS.has(r.at(v)) && r.at(v - 1) !== 'you' && r.at(v - 1) !== 'i') {
      r.add('referral', i, v + 1);
      return -1; // the words after the name may hold another detail ("…said you rebuilt the returns flow")
    }
    if (r.at(v) === 'and' && r.at(v + 1) === 'i' && isDoneVerb(r.at(v + 2))) {
      const end = r.contentAfter(v + 3, i, 8);
      if (end !== -1) r.add('referral', i, end);
      return -1;
    }
  }
  return -1;
};

/** The frames, by the word they start at. */
const FRAMES = new Map<string, Frame[]>();
const at = (words: string, ...frames: Frame[]) => {
  for (const word of words.split(' ')) FRAMES.set(word, [...(FRAMES.get(word) ?? []), ...frames]);
};
at('your', yourWork);
at('you', youDid);
at('met meeting meet', met);
at('saw heard watched caught', sawYou);
at('fellow also same', sharedGroup);
at('we i you', weShared);
at('i', iWasThe);
at('remember recall', remember);
at('as', asPromised);
at('work job', namedWork);
at('colleague friend mentor manager classmate teammate', namedContact);
at('my our', earlierNote);
at([...THANKS_OPENERS].join(' '), thanksFor);
at([...WORK_NOUNS].join(' '), workYouDid);

/**
 * The words of the names a detail cannot be. Not cached: nearly every message names another recipient,
 * so a cache keyed by the names missed and cost more than the few short names it saved tokenizing.
 */
function excludedWords(names: readonly (string | undefined)[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const name of names) if (name) for (const word of tokenize(name).words) set.add(word);
  return set;
}

export function readPersonal(text: string, tokens: Tokens, options: DetailOptions = {}): PersonalReading {
  const r = new Reader(text, tokens, excludedWords(options.names ?? []));

  for (let i = 0; i < r.count; i++) {
    if (((r.flags[i] as number) & CAPITAL) !== 0) referral(r, i);
    const frames = FRAMES.get(r.lower[i] as string);
    if (!frames) continue;
    for (const frame of frames) {
      const next = frame(r, i);
      if (next !== -1) {
        i = next - 1;
        break;
      }
    }
  }

  // A version or a pull request of their project, in a sentence that is not about the sender's own:
  // "PR #512 moves the cleanup", "With 0.14.2, running tapir plan…".
  for (let i = 0; i < r.count; i++) {
    const start = r.starts[i] as number;
    let match: RegExpExecArray | null = null;
    const word = r.lower[i] as string;
    if (r.number(i) || (word.startsWith('v') && isDigitCode(word.charCodeAt(1)))) {
      VERSION.lastIndex = start;
      match = VERSION.exec(text);
    } else if (word === 'pr' || word === 'issue' || word === 'ticket' || word === 'mr' || (word === 'request' && r.at(i - 1) === 'pull')) {
      ISSUE_NUMBER.lastIndex = r.ends[i] as number;
      const number = ISSUE_NUMBER.exec(text);
      if (number) match = Object.assign([text.slice(start, number.index + number[0].length)], { index: start, input: text }) as RegExpExecArray;
    }
    if (match && r.noSenderInSentence(i)) r.details.push({ kind: 'work', start, end: start + match[0].length });
  }

  // A quoted title of theirs (two words or more): "your 'Why we left Kubernetes' piece", not the sender's client's book.
  if (text.includes('"') || text.includes('“') || text.includes("'") || text.includes('‘') || text.includes('«')) {
    for (const match of text.matchAll(QUOTED)) {
      const count = tokenize(match[1] as string).words.length;
      if (count < 2 || count > 16 || match.index === undefined) continue;
      // An apostrophe inside a word ("Kofi's", "don't") is no quote mark.
      const before = text[match.index - 1];
      if (before !== undefined && (isLetter(before) || isDigitCode(before.charCodeAt(0)))) continue;
      let next = 0;
      while (next < r.count && (r.starts[next] as number) < match.index) next++;
      let theirs = false;
      // Their word stands within four words before the quote, in its own sentence ("I hope you are well. “…”"
      // quotes nothing of theirs); hedge words do not count towards the four.
      for (let k = next - 1, seen = 0; k >= 0 && seen < 4 && r.sameSentence(k, next); k--) {
        if (HEDGE_WORDS.has(r.at(k))) continue;
        seen++;
        if (r.at(k) === 'your' || r.at(k) === 'you') theirs = true;
      }
      if (theirs) r.details.push({ kind: 'quote', start: match.index, end: match.index + match[0].length });
    }
  }

  // Hooks the front matter lists, when the note uses them.
  for (const hook of options.hooks ?? []) {
    const hookWords = tokenize(hook).words;
    if (hookWords.length === 0) continue;
    for (let i = 0; i + hookWords.length <= r.count; i++) {
      if (hookWords.every((w, k) => r.at(i + k) === w)) {
        r.add('hook', i, i + hookWords.length);
        break;
      }
    }
  }

  return {
    details: mergeDetails(r.details),
    specificAfter: (end, window = CONTENT_WINDOW) => end > 0 && end < r.count && r.sameSentence(end - 1, end) && r.contentAfter(end, end - 1, window) !== -1,
  };
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Overlapping evidence merged, in text order. */
function mergeDetails(details: PersonalDetail[]): PersonalDetail[] {
  const sorted = [...details].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PersonalDetail[] = [];
  for (const detail of sorted) {
    const last = merged[merged.length - 1];
    if (last && detail.start < last.end) {
      last.end = Math.max(last.end, detail.end);
      continue;
    }
    merged.push({ ...detail });
  }
  return merged;
}
