import { defineMessageRule, type MessageContext } from './rule.js';
import { CharKind } from '../markdown/plainText.js';
import { normalizeFieldName, type Person } from '../document/settings.js';
import type { Fix, Suggestion } from '../types.js';

/**
 * Template slots left in a message: `[Name]`, `{{first_name}}`, `{first name}`, `<Company>`, `NAME` or
 * `COMPANY` in capitals, a `____` blank, `TODO`, `XXX`, `INSERT ... HERE`. Sending one tells the recipient they got a mail merge. Markdown links never reach
 * this rule (the plain text holds a link's words, not its brackets), and autolinks are URLs, not prose.
 */

/** Real HTML element names: `<br>` or `<b>` in a note is markup, `<Company>` is a slot. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption cite code col ' +
    'colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure footer form h1 h2 ' +
    'h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark menu meta ' +
    'meter nav noscript object ol optgroup option output p param picture pre progress q rp rt ruby s samp script ' +
    'search section select slot small source span strong style sub summary sup table tbody td template textarea ' +
    'tfoot th thead time title tr track u ul var video wbr center font big strike tt'
  ).split(' '),
);

interface Slot {
  start: number;
  end: number;
  /** The slot's label, such as "first name", or undefined for markers like TODO. */
  label?: string;
  blank?: boolean;
}

/** True when a word in capitals stands among other words in capitals: shouting, or an acronym run, not a field name. */
function shouting(text: string, start: number, end: number): boolean {
  const before = /([\p{L}]{2,})[^\p{L}\n]*$/u.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = /^[^\p{L}\n]*([\p{L}]{2,})/u.exec(text.slice(end, end + 40))?.[1];
  const upper = (word: string | undefined) => word !== undefined && word === word.toUpperCase() && word !== word.toLowerCase();
  return upper(before) || upper(after);
}

const PATTERNS: {
  pattern: RegExp;
  kinds: readonly CharKind[];
  label: (match: RegExpExecArray) => string | undefined;
  accept?: (match: RegExpExecArray) => boolean;
  /** A blank line to write on ("____"): reported as a blank, not a note to self. */
  blank?: boolean;
}[] = [
  { pattern: /\{\{\s*([^{}\n]{1,60}?)\s*\}\}/g, kinds: [CharKind.Prose], label: (m) => m[1] },
  { pattern: /(?<!\{)\{([\p{L}][\p{L}\p{N} _.-]{0,40})\}(?!\})/gu, kinds: [CharKind.Prose], label: (m) => m[1] },
  {
    pattern: /\[([^[\]\n]{1,60})\]/g,
    kinds: [CharKind.Prose],
    label: (m) => m[1],
    // Not a checkbox, a footnote number or an empty pair.
    accept: (m) => /\p{L}/u.test(m[1] as string) && !/^\s*[xX]\s*$/.test(m[1] as string) && !(m[1] as string).startsWith('^'),
  },
  // `<first_name>` or `<Company's name>` are no HTML tags, so markdown leaves them in the text.
  { pattern: /<([\p{L}][\p{L}\p{N} _'’.-]{0,40})>/gu, kinds: [CharKind.Prose], label: (m) => m[1] },
  {
    pattern: /<\/?([\p{L}][^<>\n]{0,60})>/gu,
    kinds: [CharKind.Html],
    label: (m) => m[1],
    accept: (m) => {
      const name = (/^[\p{L}][\p{L}\p{N}-]*/u.exec(m[1] as string) ?? [''])[0];
      // Lower-case real elements are markup; a capital or a word that is no element marks a slot.
      return !HTML_ELEMENTS.has(name) || name !== name.toLowerCase();
    },
  },
  { pattern: /\b(?:TODO|TBD|FIXME|XXX+|xxx+)\b/g, kinds: [CharKind.Prose, CharKind.Html], label: () => undefined },
  // A blank to write in: "Hi ____," (three underscores or more).
  { pattern: /_{3,}/g, kinds: [CharKind.Prose], label: () => undefined, blank: true },
  // A field name in capitals ("Hi NAME, I loved COMPANY's launch"), but not in a sentence written in capitals.
  {
    pattern: /\b(?:(?:FIRST|LAST|FULL|CONTACT|RECIPIENT|COMPANY|JOB)[ _]?(?:NAME|TITLE)|NAME|FIRSTNAME|LASTNAME|COMPANY|ORGANI[SZ]ATION|ROLE|TITLE|POSITION|DATE|CITY|INDUSTRY|SCHOOL|EVENT|TOPIC|LINK|URL|PRODUCT)\b/g,
    kinds: [CharKind.Prose],
    label: (m) => m[0].toLowerCase().replace(/_/g, ' '),
    accept: (m) => !shouting(m.input, m.index, m.index + m[0].length),
  },
  { pattern: /\binsert\b[^.!?\n]{0,60}?\bhere\b/gi, kinds: [CharKind.Prose], label: () => undefined },
];

function findSlots(context: MessageContext): Slot[] {
  return slotsIn(context.plain.text, context.plain.kinds);
}

function slotsIn(text: string, kinds: Uint8Array): Slot[] {
  const slots: Slot[] = [];
  for (const { pattern, kinds: allowed, label, accept, blank } of PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      let inside = true;
      for (let i = start; i < end; i++) {
        if (!allowed.includes(kinds[i] as CharKind)) {
          inside = false;
          break;
        }
      }
      if (!inside || (accept && !accept(match))) continue;
      if (slots.some((slot) => start < slot.end && end > slot.start)) continue;
      const slotLabel = label(match)?.trim();
      slots.push({ start, end, ...(slotLabel ? { label: slotLabel } : {}), ...(blank ? { blank } : {}) });
    }
  }
  return slots.sort((a, b) => a.start - b.start);
}

const RECIPIENT_KEYS: Record<string, (person: Person, firstName: string | undefined) => string | undefined> = {
  name: (p) => p.name,
  fullname: (p) => p.name,
  recipient: (p) => p.name,
  recipientname: (p) => p.name,
  contactname: (p) => p.name,
  prospectname: (p) => p.name,
  theirname: (p) => p.name,
  firstname: (p, first) => p.fields.firstname ?? first,
  first: (p, first) => p.fields.firstname ?? first,
  fname: (p, first) => p.fields.firstname ?? first,
  recipientfirstname: (p, first) => p.fields.firstname ?? first,
  lastname: (p) => p.fields.lastname ?? lastWord(p.name),
  surname: (p) => p.fields.lastname ?? lastWord(p.name),
  company: (p) => p.company,
  companyname: (p) => p.company,
  theircompany: (p) => p.company,
  organization: (p) => p.company,
  organisation: (p) => p.company,
  org: (p) => p.company,
  role: (p) => p.role,
  title: (p) => p.role,
  jobtitle: (p) => p.role,
  position: (p) => p.role,
};

function lastWord(name: string | undefined): string | undefined {
  const words = name?.trim().split(/\s+/);
  return words && words.length > 1 ? words[words.length - 1] : undefined;
}

/** The value a slot stands for, from the recipient or the sender ("[Your Name]"), when the document knows it. */
export function slotValue(label: string, context: MessageContext): { value: string; from: string } | undefined {
  const key = normalizeFieldName(label);
  for (const prefix of ['your', 'my', 'sender']) {
    if (key.startsWith(prefix) && key.length > prefix.length && context.sender) {
      const rest = key.slice(prefix.length);
      const sender = context.sender;
      const value = rest === 'name' || rest === 'fullname' ? sender.name : rest === 'company' ? sender.company : rest === 'role' || rest === 'title' ? sender.role : sender.fields[rest];
      return value ? { value, from: 'sender' } : undefined;
    }
  }
  const recipient = context.recipient;
  if (!recipient) return undefined;
  const known = RECIPIENT_KEYS[key];
  const value = known ? known(recipient, context.firstName) : recipient.fields[key];
  return value ? { value, from: 'recipient' } : undefined;
}

export const unfilledPlaceholder = defineMessageRule(
  {
    id: 'unfilled-placeholder',
    description: 'Template slots left in a message: [Name], {{first_name}}, {first name}, <Company>, NAME, ____, TODO, XXX, INSERT ... HERE.',
    defaultSeverity: 'error',
    fixable: true,
    hasSuggestions: true,
    messages: {
      slot: '"{slot}" is an unfilled placeholder.',
      marker: '"{slot}" is a note to self left in the message.',
      blank: '"{slot}" is a blank left to fill in.',
    },
  },
  (context, report) => {
    for (const slot of findSlots(context)) {
      const written = context.plain.text.slice(slot.start, slot.end);
      const range = context.sourceRange(slot.start, slot.end);
      const found = slot.label ? slotValue(slot.label, context) : undefined;
      // A value that is itself a slot ("recipient: [Name]") would fill one placeholder with another.
      const known = found && slotsIn(found.value, new Uint8Array(found.value.length)).length === 0 ? found : undefined;
      let fix: Fix | undefined;
      const suggestions: Suggestion[] = [];
      if (known) {
        fix = { title: `Fill ${written} with "${known.value}" (the ${known.from} in this file)`, edits: [{ range, text: known.value }] };
      } else {
        const hint = (slot.label ?? 'the missing part').replace(/[$}\\]/g, '');
        suggestions.push({ title: slot.label ? `Type the ${hint}` : 'Write the missing part', edits: [{ range, text: '' }], snippet: { range, body: `\${1:${hint}}` } });
      }
      report({
        messageId: slot.label ? 'slot' : slot.blank ? 'blank' : 'marker',
        data: { slot: written },
        range,
        why: 'A template slot left in the text tells the recipient the note went to a list, not to them.',
        instead: known
          ? `Fill it in: the ${known.from} is known from this file ("${known.value}").`
          : slot.label
            ? `Replace it with the real ${slot.label}, or set it in the front matter (recipient: { ${normalizeFieldName(slot.label) || 'name'}: ... }) and use the quick fix.`
            : 'Write the missing part or delete the marker before sending.',
        ...(fix ? { fix } : {}),
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
);
