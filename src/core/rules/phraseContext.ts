import type { PhraseCategory } from '../phrases/types.js';
import type { PhraseMatch } from '../phrases/matcher.js';
import type { MessageContext } from './rule.js';

/**
 * Stock wording read in its context. A phrase list cannot see that "I saw your profile in the PyCon
 * speaker list" goes on to name the list, or that a note about someone's thesis may still end with "Hope
 * you're well". So the phrase rules ask here first. In a note that names a personal detail (see
 * src/core/personal/evidence.ts):
 * - a stock opener, praise, pitch line, follow-up or ask directly followed, in the same sentence, by
 *   something specific (a name, a number, specific words) is not reported: the detail answers it;
 * - pleasantries (well-wishing, sign-offs, follow-up lines, networking lines) do not make the note generic:
 *   one is manners and is not reported; two or more are reported by `filler` as information, since together
 *   they spend characters the specific part could use;
 * - an ask ("would you be open to a quick call?", "pick your brain") has its topic: the detail;
 * - "I'd love to connect" is fine: the reason is there.
 * In a note that names nothing personal, every stock phrase is reported, and a connection request that is
 * not the whole note ("…and would love to connect") is reported by `stock-phrase` as a stock request.
 * Default invitations, generic greetings and buzzwords are judged by the phrase alone.
 */

/**
 * Words that do not make a note personal on their own: greetings, sign-offs and thanks. A note made of
 * these plus "I'd like to connect" is LinkedIn's default in other words.
 */
const CONTENTLESS = new Set(
  (
    'hi hello hey dear greetings thanks thank you so much very many in advance best regards kind warm warmest ' +
    'cheers sincerely all the a an and with to please yours cordially respectfully take care have great nice good day ' +
    'week morning afternoon evening again would like love want i am on linkedin here is it be there'
  ).split(' '),
);

/** At most this many words of substance besides the bare ask, and the note is still nothing but the ask. */
const MAX_SUBSTANCE_WORDS = 3;

function nameWords(context: MessageContext): Set<string> {
  const names = new Set<string>();
  for (const person of [context.recipient, context.sender]) {
    for (const value of [person?.name, person?.fields.firstname, person?.fields.lastname]) {
      for (const word of (value ?? '').toLowerCase().split(/[^\p{L}\p{N}']+/u)) if (word) names.add(word);
    }
  }
  return names;
}

/** Per note: how many phrase matches cover each word (so "another match covers it" is a lookup). */
const coverage = new WeakMap<MessageContext, Uint16Array>();

function matchCoverage(context: MessageContext): Uint16Array {
  let covered = coverage.get(context);
  if (!covered) {
    covered = new Uint16Array(context.tokens.words.length);
    for (const match of context.matches) for (let i = match.firstToken; i < match.endToken; i++) covered[i] = Math.min(65535, (covered[i] as number) + 1);
    coverage.set(context, covered);
  }
  return covered;
}

/** True when the message says nothing besides the bare ask, greetings, names and sign-offs. */
export function isBareAsk(context: MessageContext, match: PhraseMatch): boolean {
  // One note, one "it says nothing but…": a second request in it is a stock request, not a second verdict.
  if (context.matches.some((other) => other.phrase.category === 'bare-connect' && other.start < match.start)) return false;
  const names = nameWords(context);
  const covered = matchCoverage(context);
  let substance = 0;
  const { words } = context.tokens;
  for (let i = 0; i < words.length; i++) {
    if (i >= match.firstToken && i < match.endToken) continue;
    const word = words[i] as string;
    if (CONTENTLESS.has(word) || names.has(word)) continue;
    // Another phrase-list match is no substance either ("Hope you're well. I'd like to connect.").
    if ((covered[i] as number) > 0) continue;
    substance++;
    if (substance > MAX_SUBSTANCE_WORDS) return false;
  }
  return true;
}

export type PhraseVerdict = 'report' | 'pleasantry' | 'skip';

/** Categories whose match is left alone when a detail follows it directly. */
const ANSWERED_BY_DETAIL: ReadonlySet<PhraseCategory> = new Set<PhraseCategory>([
  'opener',
  'praise',
  'networking',
  'recruiter',
  'sales-pitch',
  'follow-up',
]);

/** Categories that are pleasantries in a note that is otherwise personal. */
const PLEASANTRIES: ReadonlySet<PhraseCategory> = new Set<PhraseCategory>(['well-wishing', 'closer', 'follow-up', 'networking']);

/** How many words after a phrase its detail may start and still "directly follow" it. */
const DIRECTLY_AFTER = 6;

/** Asks: in a note with a personal detail, the detail is what the call or chat would be about. */
const ASKS: ReadonlySet<PhraseCategory> = new Set<PhraseCategory>(['vague-ask', 'job-request']);

/** Each note's verdicts, worked out once for all its matches (the phrase rules each ask for theirs). */
const verdicts = new WeakMap<MessageContext, Map<PhraseMatch, PhraseVerdict>>();

export function phraseVerdict(context: MessageContext, match: PhraseMatch): PhraseVerdict {
  let judged = verdicts.get(context);
  if (!judged) {
    judged = judgeAll(context);
    verdicts.set(context, judged);
  }
  return judged.get(match) ?? 'report';
}

/** The verdict for every match of a note; matches not in the map are reported. */
function judgeAll(context: MessageContext): Map<PhraseMatch, PhraseVerdict> {
  const judged = new Map<PhraseMatch, PhraseVerdict>();
  if (context.personal.details.length === 0) return judged;
  const near = detailNearness(context);
  const answered = (match: PhraseMatch) => ANSWERED_BY_DETAIL.has(match.phrase.category) && (near(match) || context.personal.specificAfter(match.endToken, DIRECTLY_AFTER));
  const pleasantries: PhraseMatch[] = [];
  for (const match of context.matches) {
    if (match.phrase.fromUser) continue;
    const category = match.phrase.category;
    if (ASKS.has(category) || answered(match)) judged.set(match, 'skip');
    else if (PLEASANTRIES.has(category)) pleasantries.push(match);
  }
  // One pleasantry in a specific note is just manners; several add up to padding the reader wades through.
  for (const match of pleasantries) judged.set(match, pleasantries.length > 1 ? 'pleasantry' : 'skip');
  return judged;
}

/**
 * Whether a personal detail overlaps a phrase or starts within a few words after it, in its sentence; or,
 * when the phrase is a sentence of its own ("Thanks for connecting, Valentina!"), in the next sentence.
 * Sentence bounds are found once per note, so judging every match stays linear.
 */
function detailNearness(context: MessageContext): (match: PhraseMatch) => boolean {
  const { starts, breakBefore } = context.tokens;
  const count = starts.length;
  const sentenceStart = new Int32Array(count);
  const sentenceEnd = new Int32Array(count);
  for (let i = 0; i < count; i++) sentenceStart[i] = i === 0 || breakBefore[i] ? i : (sentenceStart[i - 1] as number);
  for (let i = count - 1; i >= 0; i--) sentenceEnd[i] = i === count - 1 || breakBefore[i + 1] ? i + 1 : (sentenceEnd[i + 1] as number);
  const details = context.personal.details;
  return (match) => {
    const last = match.endToken - 1;
    const end = sentenceEnd[last] as number;
    let limit = Math.min(end, match.endToken + DIRECTLY_AFTER);
    const ownSentence = match.firstToken - (sentenceStart[match.firstToken] as number) + (end - match.endToken) <= 2;
    if (ownSentence && limit === end && end < count) limit = sentenceEnd[end] as number;
    const until = limit < count ? (starts[limit] as number) : Number.MAX_SAFE_INTEGER;
    return details.some((detail) => detail.end > match.start && detail.start < until);
  };
}

/**
 * A connection request inside a longer note with nothing personal in it ("I came across your profile and
 * would love to connect"): `stock-phrase` reports it. A note that is only the request is
 * `default-invitation`'s; a note with a personal detail has its reason.
 */
export function isStockRequest(context: MessageContext, match: PhraseMatch): boolean {
  return match.phrase.category === 'bare-connect' && context.personal.details.length === 0 && !isBareAsk(context, match);
}

/** The categories `filler` reports as pleasantries. */
export const PLEASANTRY_CATEGORIES: readonly PhraseCategory[] = [...PLEASANTRIES];
