import type { ConfigProblem, Range, RuleId } from '../types.js';
import { RULE_IDS, isRuleId } from '../types.js';

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
