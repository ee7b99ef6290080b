import type { Person } from './document/settings.js';

/**
 * Reading the recipient from a message heading such as `## Jane Doe — Acme`, `## Priya Raman | Stripe`,
 * `## Dr. Amara Okafor (Lagos)` or `## Tomás @ Shopify`. The part before the separator is the name when it
 * looks like one (one to four capitalised words); the part after it is the company. Headings that name
 * a purpose instead ("## Follow-up after no reply", "## Template A") give no recipient.
 */

const SEPARATOR = /\s*[—–|·•@(:,]\s*|\s+-\s+/u;
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame', 'rev']);
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'binti', 'al', 'el', 'ter', 'y', 'dos', 'das']);
/** First words that make a heading a label rather than a name. */
const NOT_NAMES = new Set(
  (
    'follow followup template message note draft intro introduction email mail connect connection reply thanks thank re ' +
    'fw fwd hiring referral untitled version option variant cold warm inmail linkedin day week step sequence touch ' +
    'generic personal example sample test subject first second third final new old bump nudge reminder invite invitation ' +
    'request job role application pitch recruiter candidate investor customer prospect partner team hello hi dear ' +
    'to for a an the my our your their open outreach campaign batch list ' +
    // Whom a generic greeting addresses ("Hi founders"): a heading that starts so names an audience.
    'founder founders cofounder ceo owner owners webmaster entrepreneur entrepreneurs executive executives leader ' +
    'leaders professionals people folks everyone all friend friends madam manager managers'
  ).split(' '),
);

function looksLikeName(words: readonly string[]): boolean {
  if (words.length === 0 || words.length > 4) return false;
  const first = (words[0] as string).toLowerCase();
  if (NOT_NAMES.has(first)) return false;
  // A single letter ("## B", "## A/B test") is a label, not a first name.
  if (first.replace(/[.'’-]/g, '').length < 2) return false;
  let capitalised = 0;
  for (const word of words) {
    if (PARTICLES.has(word.toLowerCase())) continue;
    if (!/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word)) return false;
    capitalised++;
  }
  return capitalised > 0;
}

export function recipientFromHeading(title: string): Person | undefined {
  const parts = title.split(SEPARATOR);
  const namePart = (parts[0] ?? '').trim();
  let words = namePart.split(/\s+/).filter(Boolean);
  while (words.length > 0 && HONORIFICS.has((words[0] as string).toLowerCase().replace(/\.$/, ''))) words = words.slice(1);
  if (!looksLikeName(words)) return undefined;
  const name = words.join(' ');
  const company = parts
    .slice(1)
    .map((part) => part.replace(/[)]\s*$/, '').trim())
    .find((part) => part.length > 0);
  const person: Person = { name, fields: { name }, hooks: [] };
  if (company) {
    person.company = company;
    person.fields.company = company;
  }
  return person;
}

/**
 * The word sequences that count as addressing the person: the first name, a nickname, the full name,
 * and the surname ("Dr. Okafor"). Particles ("van", "de") and initials alone never count.
 */
export function nameSequences(person: Person, firstName: string | undefined, tokenizeWords: (text: string) => string[]): string[][] {
  const candidates = [firstName, person.fields.nickname, person.fields.preferredname, person.name];
  const words = (person.name ?? '').split(/\s+/).filter(Boolean);
  const surname = [...words].reverse().find((word) => !PARTICLES.has(word.toLowerCase()) && word.replace(/[.'’-]/g, '').length > 1);
  if (surname && words.length > 1) candidates.push(surname);
  const sequences: string[][] = [];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const sequence = tokenizeWords(candidate).filter((word) => !PARTICLES.has(word) && !HONORIFICS.has(word));
    if (sequence.length > 0 && sequence.join('').length > 1) sequences.push(sequence);
  }
  return sequences;
}

/** The name to greet someone by: an explicit first name, else the first word of the full name. */
export function firstNameOf(person: Person): string | undefined {
  if (person.fields.firstname) return person.fields.firstname;
  if (person.fields.nickname) return person.fields.nickname;
  const words = person.name?.trim().split(/\s+/) ?? [];
  while (words.length > 1 && HONORIFICS.has((words[0] as string).toLowerCase().replace(/\.$/, ''))) words.shift();
  return words[0];
}
