import * as vscode from 'vscode';
import { offsetToLineColumn, RULE_META, type ConfigProblem, type Finding, type LintResult, type Range, type Severity } from '../core/index.js';

/** Findings as VS Code diagnostics: the rule id as `code`, linking to the rule's page. */

/** The `source` of every diagnostic this extension publishes, which the code actions use to find their own. */
export const DIAGNOSTIC_SOURCE = 'outreach-lint';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toVscodeRange(lineStarts: readonly number[], range: Range): vscode.Range {
  const start = offsetToLineColumn(lineStarts, range.start);
  const end = offsetToLineColumn(lineStarts, range.end);
  return new vscode.Range(start.line, start.column, end.line, end.column);
}

/** Diagnostics keep a link to their finding, so code actions can find the fixes that travel with it. */
const findingOf = new WeakMap<vscode.Diagnostic, Finding>();
/**
 * Converted diagnostics are reused while the linter reuses the finding (an unchanged message at the same
 * offset) and the finding still starts on the same line: an edit before it can keep the offset but move lines.
 */
const diagnosticOf = new WeakMap<Finding, { diagnostic: vscode.Diagnostic; line: number }>();

export function findingForDiagnostic(diagnostic: vscode.Diagnostic): Finding | undefined {
  return findingOf.get(diagnostic);
}

export function toDiagnostic(lineStarts: readonly number[], finding: Finding, uri: vscode.Uri): vscode.Diagnostic {
  const line = offsetToLineColumn(lineStarts, finding.range.start).line;
  const cached = diagnosticOf.get(finding);
  if (cached && cached.line === line) return cached.diagnostic;
  const diagnostic = new vscode.Diagnostic(toVscodeRange(lineStarts, finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.ruleId, target: vscode.Uri.parse(RULE_META[finding.ruleId].docsUrl) };
  // Filler can simply go: fade it, as editors fade unused code.
  if (finding.ruleId === 'filler') diagnostic.tags = [vscode.DiagnosticTag.Unnecessary];
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map(
      (related) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toVscodeRange(lineStarts, related.range)), related.message),
    );
  }
  findingOf.set(diagnostic, finding);
  diagnosticOf.set(finding, { diagnostic, line });
  return diagnostic;
}

/** A problem in the document's own settings (front matter, a settings comment, a directive). */
export function problemToDiagnostic(lineStarts: readonly number[], problem: ConfigProblem): vscode.Diagnostic {
  const range = problem.range ?? { start: 0, end: 0 };
  const diagnostic = new vscode.Diagnostic(toVscodeRange(lineStarts, range), `${problem.key}: ${problem.message}`, vscode.DiagnosticSeverity.Warning);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}

export function toDiagnostics(result: LintResult, uri: vscode.Uri): vscode.Diagnostic[] {
  const diagnostics = result.problems.filter((problem) => problem.range).map((problem) => problemToDiagnostic(result.lineStarts, problem));
  for (const finding of result.findings) diagnostics.push(toDiagnostic(result.lineStarts, finding, uri));
  return diagnostics;
}
