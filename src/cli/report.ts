import type { ConfigProblem, Finding, LintResult, RowReference, RuleId, Severity, TextEdit } from '../core/index.js';
import { offsetToLineColumn } from '../core/index.js';

/**
 * Findings in the shape ESLint's formatters use: 1-based lines and columns (UTF-16), `endColumn` one past
 * the last character, severity 2 for errors and 1 for everything else, and a fix as one `{ range, text }`.
 */

export interface CliFix {
  range: [number, number];
  text: string;
}

export interface CliMessage {
  ruleId: RuleId | null;
  severity: 1 | 2;
  /** The finding's own severity, so formatters can tell info from warning. */
  level: Severity;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  why?: string;
  fix?: CliFix;
  suggestions?: { desc: string; fix: CliFix }[];
  /** With recipients data: the CSV row this finding is about (none for what holds for every recipient). */
  row?: RowReference;
}

export interface FileReport {
  filePath: string;
  messages: CliMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The text that was linted (after fixing, when --fix ran). */
  source: string;
}

/** Several edits as one replacement over the span they cover, as ESLint's JSON carries a fix. */
export function mergeEdits(text: string, edits: readonly TextEdit[]): CliFix {
  const sorted = [...edits].sort((a, b) => a.range.start - b.range.start);
  const start = sorted[0]?.range.start ?? 0;
  const end = Math.max(...sorted.map((edit) => edit.range.end), start);
  let replacement = '';
  let cursor = start;
  for (const edit of sorted) {
    replacement += text.slice(cursor, edit.range.start) + edit.text;
    cursor = Math.max(cursor, edit.range.end);
  }
  replacement += text.slice(cursor, end);
  return { range: [start, end], text: replacement };
}

function toPosition(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  const position = offsetToLineColumn(lineStarts, offset);
  return { line: position.line + 1, column: position.column + 1 };
}

export function findingToMessage(text: string, lineStarts: readonly number[], finding: Finding): CliMessage {
  const start = toPosition(lineStarts, finding.range.start);
  const end = toPosition(lineStarts, finding.range.end);
  const message: CliMessage = {
    ruleId: finding.ruleId,
    severity: finding.severity === 'error' ? 2 : 1,
    level: finding.severity,
    message: finding.message,
    messageId: finding.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    why: finding.why,
  };
  if (finding.fix) message.fix = mergeEdits(text, finding.fix.edits);
  if (finding.suggestions?.length) {
    message.suggestions = finding.suggestions.map((suggestion) => ({ desc: suggestion.title, fix: mergeEdits(text, suggestion.edits) }));
  }
  if (finding.row) message.row = finding.row;
  return message;
}

export function problemToMessage(lineStarts: readonly number[], problem: ConfigProblem): CliMessage {
  const start = toPosition(lineStarts, problem.range?.start ?? 0);
  const end = toPosition(lineStarts, problem.range?.end ?? 0);
  return {
    ruleId: null,
    severity: 1,
    level: 'warning',
    message: `${problem.key}: ${problem.message}`,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

export function buildReport(filePath: string, text: string, result: LintResult, quiet = false): FileReport {
  const messages: CliMessage[] = [
    ...result.problems.map((problem) => problemToMessage(result.lineStarts, problem)),
    ...result.findings.map((finding) => findingToMessage(text, result.lineStarts, finding)),
  ]
    .filter((message) => !quiet || message.severity === 2)
    // Rows last and in CSV order at one position, so the output is the same however the findings were gathered.
    .sort((a, b) => a.line - b.line || a.column - b.column || (a.row?.number ?? 0) - (b.row?.number ?? 0));
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const message of messages) {
    if (message.severity === 2) {
      errorCount++;
      if (message.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (message.fix) fixableWarningCount++;
    }
  }
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount, source: text };
}
