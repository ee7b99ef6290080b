import { parseDocument } from 'yaml';
import type { ConfigProblem, Range } from '../types.js';
import { checkLimit } from '../config/config.js';
import type { LinkedInPlan } from '../config/channels.js';
import { TEMPLATE_SYNTAXES, type TemplateSyntax } from '../template/syntax.js';

/**
 * Settings that travel with the document: the YAML front matter (file-wide) and a message's own
 * `<!-- outreach channel: email; recipient: Jane Doe -->` comment. Other front matter keys are the user's
 * own notes (tags, status, dates) and are left alone.
 */

/** A person as the placeholder filler and the name rule see them: field name to value. */
export interface Person {
  name?: string;
  company?: string;
  role?: string;
  /** Every other string field, keyed by its normalized name (letters and digits, lower case). */
  fields: Record<string, string>;
  /** Specific things about the recipient the sender means to mention. */
  hooks: string[];
}

export interface DocumentSettings {
  channel?: string;
  limit?: number | null;
  plan?: LinkedInPlan;
  sender?: Person;
  recipient?: Person;
  /** Template mode: merge fields and spintax are read as template syntax (docs/templates.md). */
  template?: TemplateSyntax;
  /** Fields the template may use, with sample values (front matter only). */
  fields?: Record<string, FieldDeclaration>;
  /** Fields that hold a per-recipient personal line (front matter only). */
  personalFields?: string[];
  /** The recipients CSV, relative to the file (front matter only). */
  data?: string;
}

/** A merge field as the front matter declares it. */
export interface FieldDeclaration {
  /** Non-empty sample values, in the order written. */
  samples: string[];
  /** An empty sample ("") was declared: the field can be empty. */
  canBeEmpty: boolean;
  /** The longest value the field takes, when declared (`max: 40`). */
  maxLength?: number;
}

/** Letters and digits only, lower case: `First Name`, `first_name` and `firstName` are one key. */
export function normalizeFieldName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function toPerson(value: unknown, key: string, problem: (key: string, message: string) => void): Person | undefined {
  if (typeof value === 'string') {
    const name = value.trim();
    return name ? { name, fields: { name }, hooks: [] } : undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problem(key, 'expected a name or a mapping such as { name: Jane Doe, company: Acme }');
    return undefined;
  }
  const person: Person = { fields: {}, hooks: [] };
  for (const [field, raw] of Object.entries(value as Record<string, unknown>)) {
    const normalized = normalizeFieldName(field);
    if (normalized === 'hooks' || normalized === 'hook') {
      const items = Array.isArray(raw) ? raw : [raw];
      for (const item of items) {
        if (typeof item === 'string' && item.trim()) person.hooks.push(item.trim());
        else if (typeof item === 'number') person.hooks.push(String(item));
      }
      continue;
    }
    if (typeof raw === 'number') {
      person.fields[normalized] = String(raw);
      continue;
    }
    if (typeof raw !== 'string') continue; // nested notes of the user's own
    const text = raw.trim();
    if (!text) continue;
    person.fields[normalized] = text;
    if (normalized === 'name' || normalized === 'fullname') person.name = text;
    else if (normalized === 'company' || normalized === 'organization' || normalized === 'org') person.company = text;
    else if (normalized === 'role' || normalized === 'title' || normalized === 'position') person.role = text;
  }
  if (!person.name && (person.fields.firstname || person.fields.lastname)) {
    person.name = [person.fields.firstname, person.fields.lastname].filter(Boolean).join(' ');
  }
  return person;
}

function applySettingsField(
  settings: DocumentSettings,
  field: string,
  value: unknown,
  key: string,
  problem: (key: string, message: string) => void,
  frontMatter = false,
): boolean {
  switch (normalizeFieldName(field)) {
    case 'channel':
      if (typeof value === 'string' && /^[a-z0-9][a-z0-9-]*$/.test(value.trim())) settings.channel = value.trim();
      else problem(key, 'expected a channel id such as linkedin-connect, linkedin-inmail, linkedin-message, email or x-dm');
      return true;
    case 'limit': {
      const parsed = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
      const limit = checkLimit(parsed, key, problem);
      if (limit !== undefined) settings.limit = limit;
      return true;
    }
    case 'plan': {
      const plan = typeof value === 'string' ? value.trim().toLowerCase() : value;
      if (plan === 'free' || plan === 'premium') settings.plan = plan;
      else problem(key, 'expected free (200-character notes) or premium (300)');
      return true;
    }
    case 'recipient':
    case 'to': {
      const person = toPerson(value, key, problem);
      if (person) settings.recipient = person;
      return true;
    }
    case 'sender':
    case 'from': {
      const person = toPerson(value, key, problem);
      if (person) settings.sender = person;
      return true;
    }
    case 'template': {
      const syntax = typeof value === 'string' ? value.trim().toLowerCase() : value;
      if ((TEMPLATE_SYNTAXES as readonly unknown[]).includes(syntax)) settings.template = syntax as TemplateSyntax;
      else problem(key, `expected a template syntax: ${TEMPLATE_SYNTAXES.join(' or ')}`);
      return true;
    }
    case 'fields':
    case 'personal':
    case 'data':
      if (!frontMatter) {
        problem(key, `"${field}" is read from the front matter only: it names the file's recipients, not one message's`);
        return true;
      }
      return applyTemplateField(settings, normalizeFieldName(field), value, key, problem);
    default:
      return false;
  }
}

/** The front matter's `fields`, `personal` and `data`. */
function applyTemplateField(settings: DocumentSettings, field: string, value: unknown, key: string, problem: (key: string, message: string) => void): boolean {
  if (field === 'data') {
    if (typeof value === 'string' && value.trim()) settings.data = value.trim();
    else problem(key, 'expected the path of a CSV file, relative to this file, such as prospects.csv');
    return true;
  }
  if (field === 'personal') {
    const names = typeof value === 'string' ? [value] : Array.isArray(value) ? value : undefined;
    if (!names || !names.every((name) => typeof name === 'string' && name.trim())) {
      problem(key, 'expected a field name or a list of field names, such as [icebreaker]');
      return true;
    }
    settings.personalFields = (names as string[]).map((name) => name.trim());
    return true;
  }
  const fields: Record<string, FieldDeclaration> = {};
  if (Array.isArray(value)) {
    for (const name of value) {
      if (typeof name === 'string' && name.trim()) fields[name.trim()] = { samples: [], canBeEmpty: false };
      else problem(key, 'expected field names, or a mapping of field names to sample values');
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
      const declaration = toFieldDeclaration(raw);
      if (declaration) fields[name] = declaration;
      else problem(key, `field "${name}": expected sample values such as [Ana, Bartholomew], or { samples: [...], max: 40 }`);
    }
  } else {
    problem(key, 'expected a mapping of field names to sample values, such as { first_name: [Ana, Bartholomew] }');
    return true;
  }
  settings.fields = fields;
  return true;
}

function toFieldDeclaration(raw: unknown): FieldDeclaration | undefined {
  const declaration: FieldDeclaration = { samples: [], canBeEmpty: false };
  const addSamples = (values: unknown): boolean => {
    for (const sample of Array.isArray(values) ? values : [values]) {
      if (sample === null || sample === undefined || sample === '') declaration.canBeEmpty = true;
      else if (typeof sample === 'string' || typeof sample === 'number') {
        const text = String(sample).trim();
        if (text) declaration.samples.push(text);
        else declaration.canBeEmpty = true;
      } else return false;
    }
    return true;
  };
  if (raw === null || raw === undefined) return declaration;
  if (typeof raw === 'object' && !Array.isArray(raw)) {
    const { samples, values, max, empty } = raw as Record<string, unknown>;
    if (samples !== undefined && !addSamples(samples)) return undefined;
    if (values !== undefined && !addSamples(values)) return undefined;
    if (max !== undefined) {
      if (typeof max !== 'number' || !Number.isInteger(max) || max < 0) return undefined;
      declaration.maxLength = max;
    }
    if (empty === true) declaration.canBeEmpty = true;
    return declaration;
  }
  return addSamples(raw) ? declaration : undefined;
}

/**
 * Parses the front matter's YAML. Invalid YAML yields a problem with its line and the defaults; a wrong
 * value yields a problem naming the key, and the other keys still apply.
 */
export function parseFrontMatter(yamlText: string, contentStart: number): { settings: DocumentSettings; problems: ConfigProblem[] } {
  const settings: DocumentSettings = {};
  const problems: ConfigProblem[] = [];
  // The YAML parser reads one text the same whatever its line ends: it knows no lone CR (the outline and
  // VS Code do), and it reports different errors for CRLF than for LF. It parses the text with LF only;
  // its offsets map back to the source, where each CRLF is one character longer.
  const source = yamlText;
  const collapsed: number[] = []; // offsets in the LF text where a CRLF was
  yamlText = yamlText.replace(/\r\n?/g, (lineEnd, offset: number) => {
    if (lineEnd.length === 2) collapsed.push(offset - collapsed.length);
    return '\n';
  });
  const toSource = (offset: number): number => {
    let shift = 0;
    while (shift < collapsed.length && (collapsed[shift] as number) < offset) shift++;
    return offset + shift;
  };
  let document;
  try {
    document = parseDocument(yamlText, { uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    problems.push({ key: 'front matter', message: `could not read the YAML: ${(error as Error).message}`, range: { start: contentStart, end: contentStart + source.length } });
    return { settings, problems };
  }
  if (document.errors.length > 0) {
    for (const error of document.errors.slice(0, 3)) {
      const [from, to] = error.pos;
      // The front matter opens on the file's first line, so its YAML starts on line 2.
      // An error at the very end (an unclosed bracket) belongs to the last line with content.
      const at = Math.min(from, yamlText.trimEnd().length);
      const fileLine = 2 + (yamlText.slice(0, at).match(/\n/g)?.length ?? 0);
      let firstLine = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
      // The parser quotes the offending text, escaped: the same whatever the line ends, and not all of it.
      firstLine = firstLine.replace(/\\r\\n|\\r/g, '\\n');
      if (firstLine.length > 160) firstLine = `${firstLine.slice(0, 159)}…`;
      problems.push({
        key: 'front matter',
        message: `invalid YAML on line ${fileLine}: ${firstLine}. Front matter settings are ignored until it is fixed.`,
        range: { start: contentStart + toSource(at), end: contentStart + toSource(Math.max(Math.min(to, yamlText.length), at + 1)) },
      });
    }
    return { settings, problems };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    problems.push({ key: 'front matter', message: `could not read the YAML: ${(error as Error).message}`, range: { start: contentStart, end: contentStart + source.length } });
    return { settings, problems };
  }
  if (data === null || data === undefined) return { settings, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ key: 'front matter', message: 'expected key: value pairs such as "channel: linkedin-connect"', range: { start: contentStart, end: contentStart + source.length } });
    return { settings, problems };
  }
  for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
    applySettingsField(settings, field, value, `front matter: ${field}`, (key, message) => {
      problems.push({ key, message, range: keyRange(source, field, contentStart) });
    }, true);
  }
  return { settings, problems };
}

/** The range of `field:` in the front matter's YAML, or of the whole YAML when the key is not found. */
export function keyRange(yamlText: string, field: string, contentStart: number): Range {
  // A plain search, not a RegExp: the key is the user's text. A lone CR ends a line too (same length).
  yamlText = yamlText.replace(/\r(?!\n)/g, '\n');
  let lineStart = 0;
  while (lineStart <= yamlText.length) {
    const lineEnd = yamlText.indexOf('\n', lineStart);
    const line = yamlText.slice(lineStart, lineEnd === -1 ? yamlText.length : lineEnd);
    if (line.startsWith(field) && line.slice(field.length).trimStart().startsWith(':')) {
      return { start: contentStart + lineStart, end: contentStart + lineStart + field.length };
    }
    if (lineEnd === -1) break;
    lineStart = lineEnd + 1;
  }
  return { start: contentStart, end: contentStart + yamlText.length };
}

/** A message's own settings comment: `outreach channel: email; limit: 500; recipient: Jane Doe`. */
export const MESSAGE_SETTINGS_PATTERN = /^\s*outreach(?::|\s)\s*([\s\S]*?)\s*$/;

/** Parses the body of a message settings comment (the text after `outreach`). */
export function parseMessageSettings(body: string, range: Range): { settings: DocumentSettings; problems: ConfigProblem[] } {
  const settings: DocumentSettings = {};
  const problems: ConfigProblem[] = [];
  const recipient: Record<string, string> = {};
  for (const part of body.split(/[;\r\n]/)) { // a line break of any kind, like ";", ends a pair
    if (!part.trim()) continue;
    const match = /^\s*([A-Za-z][\w -]*?)\s*[:=]\s*(.*?)\s*$/.exec(part);
    if (!match) {
      problems.push({ key: 'outreach comment', message: `expected "key: value" pairs separated by ";", got "${part.trim()}"`, range });
      continue;
    }
    const field = match[1] as string;
    const value = (match[2] as string).replace(/^(["'])(.*)\1$/, '$2');
    const normalized = normalizeFieldName(field);
    if (['name', 'company', 'role', 'title', 'firstname', 'lastname'].includes(normalized)) {
      recipient[normalized] = value;
      continue;
    }
    const known = applySettingsField(settings, field, value, `outreach comment: ${field}`, (key, message) => problems.push({ key, message, range }));
    if (!known) {
      problems.push({
        key: `outreach comment: ${field}`,
        message: 'unknown key; known keys are channel, limit, plan, template, recipient, sender, name, company, role',
        range,
      });
    }
  }
  if (Object.keys(recipient).length > 0) {
    const merged = { ...(settings.recipient?.fields ?? {}), ...recipient };
    const person = toPerson(merged, 'outreach comment: recipient', () => undefined);
    if (person) settings.recipient = person;
  }
  return { settings, problems };
}
