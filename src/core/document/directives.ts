import type { ConfigProblem, Finding, Range, RuleId } from '../types.js';
import { RULE_IDS, isRuleId } from '../types.js';
import type { DocumentOutline } from './outline.js';
import { parseHazard, toPlainText } from '../markdown/plainText.js';
import { offsetToLineColumn } from '../text/lines.js';
import { shiftRange } from '../text/range.js';

/**
 * Inline comments that switch rules off and on, in the style of markdownlint and ESLint:
 *   <!-- outreach-lint-disable RULE... -->            from here on (all rules when none is named)
 *   <!-- outreach-lint-enable RULE... -->             from here on
 *   <!-- outreach-lint-disable-next-line RULE... -->  the line after the comment
 *   <!-- outreach-lint-disable-line RULE... -->       the comment's own line
 *   <!-- outreach-lint-disable-file RULE... -->       the whole file
 */
export type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';

export interface Directive {
  kind: DirectiveKind;
  /** The rules it names; empty means every rule. */
  rules: RuleId[];
  /** Source range of the comment. */
  range: Range;
}

const DIRECTIVE = /^\s*outreach-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\s\S]*)$/;

/** Parses one comment body; returns undefined when the comment is not a directive. */
export function parseDirective(body: string, range: Range): { directive?: Directive; problems: ConfigProblem[] } | undefined {
  const match = DIRECTIVE.exec(body);
  if (!match) return undefined;
  const problems: ConfigProblem[] = [];
  const rules: RuleId[] = [];
  // Everything after "--" is a free-text reason, as in ESLint.
  const list = (match[2] as string).split(/\s--\s/)[0] as string;
  for (const name of list.split(/[\s,]+/).filter(Boolean)) {
    if (isRuleId(name)) rules.push(name);
    else problems.push({ key: `outreach-lint-${match[1]}`, message: `unknown rule "${name}"; known rules are ${RULE_IDS.join(', ')}`, range });
  }
  if (rules.length === 0 && problems.length > 0) return { problems }; // only unknown names: ignore rather than disable everything
  return { directive: { kind: match[1] as DirectiveKind, rules, range }, problems };
}

export interface PlacedDirective extends Directive {
  /** Zero-based line of the comment's start and end. */
  line: number;
  endLine: number;
}

/**
 * Every directive of the document in document order, with its lines: those outside messages (the
 * preamble, notes under a `#` heading), read here, and each message's own, read with the message and
 * given relative to its start.
 */
export function collectDirectives(text: string, outline: DocumentOutline, messageDirectives: readonly (readonly Directive[] | undefined)[], problems: ConfigProblem[]): PlacedDirective[] {
  const placed: PlacedDirective[] = [];
  const place = (directive: Directive) => {
    placed.push({
      ...directive,
      line: offsetToLineColumn(outline.lineStarts, directive.range.start).line,
      endLine: offsetToLineColumn(outline.lineStarts, Math.max(directive.range.start, directive.range.end - 1)).line,
    });
  };
  // Directives outside messages (the preamble, notes under a `#` heading) apply from where they stand.
  for (const region of outline.nonMessageRanges) {
    const regionText = text.slice(region.start, region.end);
    if (!regionText.includes('outreach-lint-')) continue;
    const hazard = parseHazard(regionText);
    if (hazard) {
      problems.push({ key: 'outreach-lint directives', message: `this part of the file, outside any message, ${hazard}; its outreach-lint comments are not read`, range: region });
      continue;
    }
    for (const comment of toPlainText(regionText).comments) {
      const parsed = parseDirective(comment.body, shiftRange(comment.range, region.start));
      if (!parsed) continue;
      if (parsed.directive) place(parsed.directive);
      problems.push(...parsed.problems);
    }
  }
  outline.messages.forEach((slice, index) => {
    for (const directive of messageDirectives[index] ?? []) place({ ...directive, range: shiftRange(directive.range, slice.start) });
  });
  return placed.sort((a, b) => a.range.start - b.range.start);
}

/**
 * Drops findings that inline comments switch off, in one sweep: findings and directives are both in
 * document order, so the on/off state only moves forward.
 */
export function applyDirectives(findings: Finding[], directives: readonly PlacedDirective[], lineStarts: readonly number[]): Finding[] {
  const fileWide = new Set<RuleId | '*'>();
  // Lines a disable-line or disable-next-line comment covers, with the rules it names ('*' for all).
  const lineRules = new Map<number, Set<RuleId | '*'>>();
  for (const directive of directives) {
    const rules: readonly (RuleId | '*')[] = directive.rules.length ? directive.rules : ['*'];
    if (directive.kind === 'disable-file') for (const rule of rules) fileWide.add(rule);
    if (directive.kind === 'disable-line' || directive.kind === 'disable-next-line') {
      const line = directive.kind === 'disable-line' ? directive.line : directive.endLine + 1;
      const set = lineRules.get(line) ?? new Set();
      for (const rule of rules) set.add(rule);
      lineRules.set(line, set);
    }
  }
  const ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  // The latest disable/enable for each rule ('*' for "all rules"), with its order: the later one decides.
  const state = new Map<RuleId | '*', { disabled: boolean; order: number }>();
  let next = 0;
  let line = 0;
  return findings.filter((finding) => {
    if (fileWide.has('*') || fileWide.has(finding.ruleId)) return false;
    while (next < ranged.length && (ranged[next] as PlacedDirective).range.start <= finding.range.start) {
      const directive = ranged[next] as PlacedDirective;
      for (const rule of directive.rules.length ? directive.rules : (['*'] as const)) state.set(rule, { disabled: directive.kind === 'disable', order: next });
      next++;
    }
    const own = state.get(finding.ruleId);
    const all = state.get('*');
    const decisive = own && all ? (own.order > all.order ? own : all) : (own ?? all);
    if (decisive?.disabled) return false;
    if (lineRules.size === 0) return true;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= finding.range.start) line++;
    const rules = lineRules.get(line);
    return !(rules && (rules.has('*') || rules.has(finding.ruleId)));
  });
}
