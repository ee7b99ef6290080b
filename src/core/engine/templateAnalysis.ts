import type { Finding, Fix, Range, RuleId, Suggestion } from '../types.js';
import type { PlainText } from '../markdown/plainText.js';
import type { Person } from '../document/settings.js';
import { normalizeFieldName } from '../document/settings.js';
import type { MessageContext, MessageRule, RuleReport } from '../rules/rule.js';
import type { FileContext } from './messageSettings.js';
import type { FieldNode, ParsedTemplate, SpinNode, TemplateSyntax } from '../template/syntax.js';
import { fieldText } from '../template/syntax.js';
import { countCombinations, measureTemplate, renderTemplate, rotatedChoice, spinCombinations, type FieldLengths, type SpinChoice } from '../template/render.js';
import { fieldLengths, type FieldFacts } from '../template/fields.js';
import { fingerprintWords, similarity } from '../rules/duplicate-message.js';

/**
 * A template message is checked by what its recipients receive. The template rules read the template
 * itself; every other rule runs on renderings of it, and its findings are mapped back to the spin option or
 * field responsible:
 * - a few spin combinations: all of them; more: enough renderings that every option appears in one (the
 *   number of combinations grows exponentially, so they are never listed);
 * - fields take their sample values (declared, or the recipients data's), a different one per rendering;
 * - `over-limit` reads the longest case: each spin's longest option, each field's longest value;
 * - with the data checked per recipient (CLI --data), each row once more, with its own values.
 */

/** Up to this many combinations, every one is checked. */
export const MAX_EXHAUSTIVE_COMBINATIONS = 32;
/** Renderings for a template with more combinations: at least one per option of its widest spin, at most this. */
export const MAX_COVERING_RENDERINGS = 24;
/** Spin renderings at least this alike read as one message to a bulk-mail filter. */
const NEAR_IDENTICAL_SPINS = 0.8;
const MIN_SPIN_COMPARE_WORDS = 8;

export interface TemplateFieldInfo {
  name: string;
  /** Relative to the message until the linter shifts it into the document. */
  range: Range;
  known: boolean;
  fallback?: string;
  personal: boolean;
  canBeEmpty: boolean;
  /** False when nothing gives its length (no sample, data or declared max): it is counted as written. */
  lengthKnown: boolean;
  samples: string[];
  emptyRows: number;
}

/** What the editor and CLI show of a template message. */
export interface MessageTemplateInfo {
  syntax: TemplateSyntax;
  /** The template read from the message's plain text (`MessageInfo.text`): offsets are into that text. */
  parsed: ParsedTemplate;
  minLength: number;
  maxLength: number;
  /** False when a field has no sample, data or declared maximum: it is counted as written. */
  lengthKnown: boolean;
  /** Spin combinations, up to `combinationsCap`. */
  combinations: number;
  combinationsCapped: boolean;
  /** Renderings the rules read. */
  checked: number;
  /** Every combination was checked. */
  exhaustive: boolean;
  fields: TemplateFieldInfo[];
  spins: { range: Range; separators: Range[] }[];
  /** Recipient rows checked (per-row mode), else 0. */
  rowsChecked: number;
}

const COMBINATIONS_CAP = 1_000_000;
/** Rules about the note as a whole: one finding per message whatever the rendering. */
const WHOLE_MESSAGE_RULES = new Set<RuleId>(['no-personal-detail', 'missing-recipient-name', 'self-centered', 'over-limit']);
/** Rules whose finding for one recipient is news even when the template has one: that recipient's length and gaps. */
const PER_ROW_RULES = new Set<RuleId>(['over-limit', 'empty-merge-value']);

export interface TemplateChecker {
  /** A rule context for a rendering, its recipient and any details the template guarantees. */
  contextFor(plain: PlainText, recipient: Person | undefined, extraDetails: { start: number; end: number }[], row?: number): MessageContext;
  /** Runs rules on a context; `adjust` may rewrite or drop a report. Findings are relative to the message. */
  run(rules: readonly MessageRule[], context: MessageContext, adjust?: (report: RuleReport, rule: MessageRule) => RuleReport | undefined): Finding[];
  severityOf(rule: RuleId): Finding['severity'] | 'off';
  /** The template rules on the template itself, for every recipient or for one row. */
  runTemplateRules(row?: number): Finding[];
  toFinding(rule: RuleId, report: RuleReport): Finding;
}

export interface TemplateOutcome {
  findings: Finding[];
  info: MessageTemplateInfo;
  /** The first rendering's words, for the file rules' fingerprints. */
  words: readonly string[];
  details: { range: Range; text: string }[];
}

export function checkTemplateRenderings(
  parsed: ParsedTemplate,
  plain: PlainText,
  file: FileContext,
  rules: readonly MessageRule[],
  checker: TemplateChecker,
  sourceRange: (start: number, end: number) => Range,
): TemplateOutcome {
  const facts = file.template.facts;
  const factsOf = (field: FieldNode): FieldFacts => facts(field.name);
  const lengthRules = rules.filter((rule) => rule.meta.readsOnlyLength);
  const textRules = rules.filter((rule) => !rule.meta.readsOnlyLength);
  const syntaxRanges = templateSyntaxRanges(parsed, sourceRange);

  // Findings of several renderings, once each: the same rule at the same place is one finding, and a rule
  // about the whole note reports once. A row adds only what the template's own findings do not already say,
  // except its length and its empty values, which are that recipient's own.
  const byKey = new Map<string, Finding>();
  const add = (findings: readonly Finding[], row?: Finding['row'], editsSyntax = false): void => {
    for (const finding of findings) {
      let key = WHOLE_MESSAGE_RULES.has(finding.ruleId) ? `${finding.ruleId}\u0000${finding.messageId}` : `${finding.ruleId}\u0000${finding.messageId}\u0000${finding.range.start}\u0000${finding.range.end}`;
      if (row && PER_ROW_RULES.has(finding.ruleId)) key += `\u0000${row.number}`;
      if (byKey.has(key)) continue;
      const placed = row ? { ...finding, row } : finding;
      byKey.set(key, editsSyntax ? placed : withoutSyntaxEdits(placed, syntaxRanges));
    }
  };
  add(checker.runTemplateRules(), undefined, true);

  const alwaysFilled = parsed.fields.filter((field) => factsOf(field).alwaysFilled);
  const render = (choose: SpinChoice, valueByName: (name: string) => string | undefined): { plain: PlainText; personal: { start: number; end: number }[] } => {
    const personal: { start: number; end: number }[] = [];
    const rendered = renderTemplate(parsed, plain, choose, (field) => valueByName(field.name), (field, start, end) => {
      if (alwaysFilled.includes(field) && end > start) personal.push({ start, end });
    });
    return { plain: rendered, personal };
  };

  // The renderings every rule reads.
  const combinations = countCombinations(parsed, COMBINATIONS_CAP);
  const choices: SpinChoice[] = [];
  if (combinations <= MAX_EXHAUSTIVE_COMBINATIONS) {
    for (const choice of spinCombinations(parsed)) choices.push((spin) => choice.get(spin) ?? 0);
  } else {
    const widest = Math.max(...parsed.spins.map((spin) => spin.options.length));
    const count = Math.min(MAX_COVERING_RENDERINGS, widest);
    for (let k = 0; k < count; k++) choices.push(rotatedChoice(parsed, k));
  }
  if (choices.length === 0) choices.push(() => 0);

  let firstWords: readonly string[] = [];
  const renderedWords: string[][] = [];
  choices.forEach((choose, k) => {
    const values = sampleValues(file, k);
    const { plain: rendered, personal } = render(choose, values);
    const context = checker.contextFor(rendered, recipientFrom(file, values), personal);
    if (k === 0) firstWords = context.tokens.words;
    renderedWords.push([...context.tokens.words]);
    add(checker.run(textRules, context));
  });

  // The longest case, for the length rules. When the data holds every field, the longest case is a real
  // recipient: each row is measured (no rendering; lengths add up) and the longest row is rendered.
  const data = file.template.data;
  const rowValue = (row: readonly string[]) => (name: string): string | undefined => {
    const column = facts(name).column;
    return column === -1 ? undefined : (row[column] ?? '');
  };
  /** A field's length for one recipient: exactly its rendered value. */
  const exactLengths = (values: (name: string) => string | undefined) => (field: FieldNode): FieldLengths => {
    const length = fieldText(field, values(field.name) ?? '').length;
    return { min: length, max: length };
  };
  // Outside spins a field adds its length whatever the options, so which option is longest does not
  // depend on the recipient.
  const fieldsInSpins = parsed.fields.some((field) => parsed.spins.some((spin) => spin.start < field.start && field.end <= spin.end));
  const rowsHoldEveryField = data !== undefined && data.rows.length > 0 && parsed.fields.length > 0 && parsed.fields.every((field) => factsOf(field).column !== -1 && factsOf(field).declaration?.maxLength === undefined);
  const lengths = (field: FieldNode) => fieldLengths(field, factsOf(field));
  let measured = measureTemplate(parsed, lengths);
  let longestRow: number | undefined;
  if (rowsHoldEveryField && data) {
    let min = Infinity;
    let max = -1;
    const base = fieldsInSpins ? undefined : measureTemplate(parsed, () => ({ min: 0, max: 0 }));
    for (let index = 0; index < data.rows.length; index++) {
      const exact = exactLengths(rowValue(data.rows[index] as string[]));
      let rowMin: number;
      let rowMax: number;
      if (base) {
        let fields = 0;
        for (const field of parsed.fields) fields += exact(field).max;
        rowMin = base.min + fields;
        rowMax = base.max + fields;
      } else {
        const row = measureTemplate(parsed, exact);
        rowMin = row.min;
        rowMax = row.max;
        if (rowMax > max) measured = row;
      }
      min = Math.min(min, rowMin);
      if (rowMax > max) {
        max = rowMax;
        longestRow = index;
      }
    }
    measured = { ...(base ?? measured), min, max };
  }
  const lengthKnown = rowsHoldEveryField || parsed.fields.every((field) => lengths(field).known);
  const longestValue = longestRow !== undefined && data
    ? rowValue(data.rows[longestRow] as string[])
    : (name: string): string | undefined => {
      const fieldFacts = facts(name);
      const max = fieldFacts.declaration?.maxLength;
      const value = fieldFacts.longest?.value;
      if (max !== undefined && (value === undefined || value.length < max)) return (value ?? '').padEnd(max, 'x');
      return value;
    };
  const longestChoice = measured.longestChoice;
  const longestChoose: SpinChoice = (spin) => longestChoice.get(spin) ?? 0;
  // Checked per row, every recipient's own length is reported; a longest case made of the data adds nothing.
  if (lengthRules.length > 0 && !(file.perRow && rowsHoldEveryField)) {
    const { plain: longest, personal } = render(longestChoose, longestValue);
    // A message with no fields or spins has one case: its findings read as outside template mode.
    const note = parsed.fields.length === 0 && parsed.spins.length === 0
      ? ''
      : longestRow !== undefined && data
        ? longestRowNote(parsed, longestRow, data.rowLines[longestRow] ?? 0, longestValue, longestChoice.size > 0)
        : longestCaseNote(parsed, file, longestChoice.size > 0, lengthKnown);
    const context = checker.contextFor(longest, recipientFrom(file, longestValue), personal);
    add(checker.run(lengthRules, context, (report) => ({ ...report, instead: note ? `${note} ${report.instead}` : report.instead })));
  }

  // Spin variants a bulk-mail filter reads as one message.
  // A personal line filled for every recipient already makes each note its own.
  const spinFinding = alwaysFilled.length > 0 ? undefined : nearIdenticalSpins(parsed, renderedWords, checker, sourceRange);
  if (spinFinding) add([spinFinding]);

  // Each recipient once more, with the row's own values and the longest spin options.
  let rowsChecked = 0;
  if (file.perRow && data) {
    const used = [...new Set(parsed.fields.map((field) => field.name))];
    data.rows.forEach((row, index) => {
      const valueByName = rowValue(row);
      // The row's own longest spin options: a field inside an option can change which is longest.
      const rowChoice = fieldsInSpins ? measureTemplate(parsed, exactLengths(valueByName)).longestChoice : longestChoice;
      const { plain: rendered, personal } = render((spin) => rowChoice.get(spin) ?? 0, valueByName);
      const context = checker.contextFor(rendered, recipientFrom(file, valueByName), personal, index);
      const values: Record<string, string> = {};
      for (const name of used) {
        const value = valueByName(name);
        if (value !== undefined) values[name] = value;
      }
      const reference = { number: index + 1, line: data.rowLines[index] ?? 0, values };
      add(checker.runTemplateRules(index), reference, true);
      add(checker.run(rules, context), reference);
      rowsChecked++;
    });
  }

  const details = alwaysFilled.map((field) => ({ range: sourceRange(field.start, field.end), text: plain.text.slice(field.start, field.end) }));
  return {
    findings: [...byKey.values()],
    words: firstWords,
    details,
    info: {
      syntax: parsed.syntax,
      parsed,
      minLength: measured.min,
      maxLength: measured.max,
      lengthKnown,
      combinations: Math.min(combinations, COMBINATIONS_CAP),
      combinationsCapped: combinations >= COMBINATIONS_CAP,
      checked: choices.length,
      exhaustive: combinations <= MAX_EXHAUSTIVE_COMBINATIONS,
      fields: parsed.fields.map((field) => {
        const fieldFacts = factsOf(field);
        return {
          name: field.name,
          range: sourceRange(field.start, field.end),
          known: fieldFacts.known,
          ...(field.fallback !== undefined ? { fallback: field.fallback } : {}),
          personal: fieldFacts.personal,
          canBeEmpty: fieldFacts.canBeEmpty,
          lengthKnown: fieldLengths(field, fieldFacts).known,
          samples: fieldFacts.samples.slice(0, 5),
          emptyRows: fieldFacts.emptyRows.length,
        };
      }),
      spins: parsed.spins.map((spin) => ({
        range: sourceRange(spin.start, spin.end),
        separators: [spin.start, ...spin.separators, spin.end - 1].map((at) => sourceRange(at, at + 1)),
      })),
      rowsChecked,
    },
  };
}

/** Rendering `k`'s value of each field: the k-th sample, round the samples. */
function sampleValues(file: FileContext, k: number): (name: string) => string | undefined {
  return (name) => {
    const samples = file.template.facts(name).samples;
    return samples.length === 0 ? undefined : samples[k % samples.length];
  };
}

const FIRST_NAME = new Set(['firstname', 'first', 'givenname', 'fname']);
const LAST_NAME = new Set(['lastname', 'last', 'surname', 'familyname', 'lname']);
const FULL_NAME = new Set(['name', 'fullname', 'contactname']);
const COMPANY = new Set(['company', 'companyname', 'organization', 'organisation', 'org', 'account', 'accountname']);

/**
 * The recipient of a rendering, from the fields that name them: `missing-recipient-name` then asks whether
 * the template greets them, and their name is never taken for a personal detail.
 */
function recipientFrom(file: FileContext, valueByName: (name: string) => string | undefined): Person | undefined {
  const person: Person = { fields: {}, hooks: [] };
  for (const name of file.template.knownNames) {
    const key = normalizeFieldName(name);
    const value = valueByName(name)?.trim();
    if (!value) continue;
    if (FIRST_NAME.has(key)) person.fields.firstname = value;
    else if (LAST_NAME.has(key)) person.fields.lastname = value;
    else if (FULL_NAME.has(key)) person.name = value;
    else if (COMPANY.has(key)) person.company = value;
  }
  if (!person.name && person.fields.firstname) person.name = [person.fields.firstname, person.fields.lastname].filter(Boolean).join(' ');
  return person.name || person.company ? person : undefined;
}

/** The longest recipient, for the over-limit message: the row and the values that make it long. */
function longestRowNote(parsed: ParsedTemplate, row: number, line: number, values: (name: string) => string | undefined, hasSpins: boolean): string {
  const names = [...new Set(parsed.fields.map((field) => field.name))];
  const shown = names
    .map((name) => ({ name, value: values(name) ?? '' }))
    .sort((a, b) => b.value.length - a.value.length)
    .slice(0, 2)
    .map(({ name, value }) => `${name} "${value.length > 40 ? `${value.slice(0, 39)}…` : value}"`);
  return `Longest recipient: row ${row + 1} (CSV line ${line}${shown.length > 0 ? `; ${shown.join(', ')}` : ''})${hasSpins ? ', with the longest spin options' : ''}.`;
}

/** What the longest case is made of, for the over-limit message. */
function longestCaseNote(parsed: ParsedTemplate, file: FileContext, hasSpins: boolean, lengthKnown: boolean): string {
  const parts: string[] = [];
  if (hasSpins) parts.push('the longest spin options');
  const seen = new Set<string>();
  const longestFields = parsed.fields
    .filter((field) => !seen.has(field.name) && seen.add(field.name))
    .map((field) => ({ field, facts: file.template.facts(field.name) }))
    .filter(({ facts }) => facts.longest || facts.declaration?.maxLength !== undefined)
    .sort((a, b) => (b.facts.longest?.value.length ?? 0) - (a.facts.longest?.value.length ?? 0))
    .slice(0, 2);
  for (const { field, facts } of longestFields) {
    const longest = facts.longest;
    const max = facts.declaration?.maxLength;
    if (max !== undefined && (!longest || longest.value.length < max)) parts.push(`${field.name} at its declared ${max} characters`);
    else if (longest) parts.push(`${field.name} "${fieldText(field, longest.value)}"${longest.row !== undefined ? ` (row ${longest.row + 1})` : ''}`);
  }
  const unknown = [...new Set(parsed.fields.filter((field) => !fieldLengths(field, file.template.facts(field.name)).known).map((field) => field.name))];
  let note = parts.length > 0 ? `Longest case: ${parts.join(', ')}.` : 'Longest case.';
  if (!lengthKnown) note += ` ${unknown.join(', ')} ${unknown.length === 1 ? 'has' : 'have'} no sample values and ${unknown.length === 1 ? 'is' : 'are'} counted as written.`;
  return note;
}

/** A spin whose renderings are nearly one text: spin filters read them as the same mail. */
function nearIdenticalSpins(parsed: ParsedTemplate, renderedWords: readonly string[][], checker: TemplateChecker, sourceRange: (start: number, end: number) => Range): Finding | undefined {
  const firstSpin = parsed.spins[0];
  if (!firstSpin || checker.severityOf('duplicate-message') === 'off') return undefined;
  const distinct = [...new Map(renderedWords.map((words) => [words.join(' '), words])).values()].filter((words) => words.length >= MIN_SPIN_COMPARE_WORDS);
  if (distinct.length < 2) return undefined;
  const prints = distinct.map((words) => fingerprintWords(words, new Set()));
  let least = 1;
  for (let i = 0; i < prints.length; i++) {
    for (let j = i + 1; j < prints.length; j++) least = Math.min(least, similarity((prints[i] as { shingles: Uint32Array }).shingles, (prints[j] as { shingles: Uint32Array }).shingles));
  }
  if (least < NEAR_IDENTICAL_SPINS) return undefined;
  const percent = Math.round(least * 100);
  return checker.toFinding('duplicate-message', {
    messageId: 'spin-variants',
    data: { percent, count: distinct.length },
    range: sourceRange(firstSpin.start, firstSpin.end),
    why: 'Mail filters compare messages by their wording: renderings that share almost every phrase count as one bulk mail, whatever the spin.',
    instead: 'Vary whole sentences, or better, give each recipient a line of their own (a personal field).',
  });
}

/** Source ranges of template syntax: a fix may edit the text around it, never into it. */
function templateSyntaxRanges(parsed: ParsedTemplate, sourceRange: (start: number, end: number) => Range): Range[] {
  const ranges: Range[] = parsed.fields.map((field) => sourceRange(field.start, field.end));
  for (const spin of parsed.spins) for (const at of [spin.start, ...spin.separators, spin.end - 1]) ranges.push(sourceRange(at, at + 1));
  return ranges;
}

function touches(edit: Range, ranges: readonly Range[]): boolean {
  return ranges.some((range) => (edit.start < range.end && range.start < edit.end) || (edit.start === edit.end && range.start < edit.start && edit.start < range.end));
}

function withoutSyntaxEdits(finding: Finding, syntax: readonly Range[]): Finding {
  if (syntax.length === 0) return finding;
  const safe = (fix: Fix | Suggestion): boolean => !fix.edits.some((edit) => touches(edit.range, syntax)) && !('snippet' in fix && fix.snippet && touches(fix.snippet.range, syntax));
  const result: Finding = { ...finding };
  if (result.fix && !safe(result.fix)) delete result.fix;
  if (result.suggestions) {
    const suggestions = result.suggestions.filter(safe);
    if (suggestions.length > 0) result.suggestions = suggestions;
    else delete result.suggestions;
  }
  return result;
}

export type { SpinNode };
