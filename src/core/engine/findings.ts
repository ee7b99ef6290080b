import type { Finding, Fix, RelatedLocation, RuleId, Severity, Suggestion } from '../types.js';
import { RULE_META } from '../rules/index.js';
import { formatMessage, type RuleReport } from '../rules/rule.js';
import { shiftRange } from '../text/range.js';

/**
 * Findings as the engine hands them out: a rule's report plus its id, severity, composed message and
 * message index. Rules report ranges relative to their message; these helpers move them into the document.
 */

function shiftFix<T extends Fix | Suggestion>(fix: T, by: number): T {
  const shifted = { ...fix, edits: fix.edits.map((edit) => ({ range: shiftRange(edit.range, by), text: edit.text })) };
  if ('snippet' in fix && fix.snippet) (shifted as Suggestion).snippet = { range: shiftRange(fix.snippet.range, by), body: fix.snippet.body };
  return shifted;
}

export function shiftFinding(finding: Finding, by: number, messageIndex: number): Finding {
  const shifted: Finding = { ...finding, range: shiftRange(finding.range, by), messageIndex };
  if (finding.fix) shifted.fix = shiftFix(finding.fix, by);
  if (finding.suggestions) shifted.suggestions = finding.suggestions.map((s) => shiftFix(s, by));
  if (finding.related) shifted.related = finding.related.map((r): RelatedLocation => ({ range: shiftRange(r.range, by), message: r.message }));
  return shifted;
}

export function toFinding(ruleId: RuleId, severity: Severity, report: RuleReport, messageIndex: number): Finding {
  const meta = RULE_META[ruleId];
  const template = meta.messages[report.messageId] ?? report.messageId;
  return {
    ruleId,
    messageId: report.messageId,
    severity,
    message: `${formatMessage(template, report.data)} ${report.instead}`,
    range: report.range,
    why: report.why,
    instead: report.instead,
    messageIndex,
    ...(report.phrase !== undefined ? { phrase: report.phrase } : {}),
    ...(report.fix ? { fix: report.fix } : {}),
    ...(report.suggestions ? { suggestions: report.suggestions } : {}),
    ...(report.related ? { related: report.related } : {}),
  };
}
