import type { ConfigProblem, Finding, Range, Severity } from '../types.js';
import type { DocumentOutline, MessageSlice } from '../document/outline.js';
import type { OutreachConfig } from '../config/config.js';
import type { FileRule, FileRuleMessage } from '../rules/rule.js';
import { offsetToLineColumn } from '../text/lines.js';
import type { MessageAnalysis } from './analysis.js';
import { toFinding } from './findings.js';
import { byRange } from '../text/range.js';

/**
 * Runs the file rules over the fingerprints cached with each message's analysis: no message is parsed
 * here. `memories` holds what each rule kept from its last check by this linter. A finding joins its message's list in `perMessage`, which is copied, never changed in place,
 * because those lists are shared with the cache of shifted findings.
 */
export function runFileRules(
  rules: readonly FileRule[],
  memories: readonly unknown[],
  config: OutreachConfig,
  text: string,
  outline: DocumentOutline,
  analyses: readonly MessageAnalysis[],
  perMessage: Finding[][],
  problems: ConfigProblem[],
): void {
  rules.forEach((rule, ruleIndex) => {
    const messages: FileRuleMessage[] = [];
    outline.messages.forEach((slice, index) => {
      const fingerprint = analyses[index]?.fingerprints[ruleIndex];
      if (fingerprint === undefined) return;
      const anchor = slice.headingRange ?? firstLineRange(text, slice);
      messages.push({
        index,
        ...(slice.title !== undefined ? { title: slice.title } : {}),
        anchor,
        line: offsetToLineColumn(outline.lineStarts, anchor.start).line + 1,
        fingerprint,
      });
    });
    const severity = config.rules[rule.meta.id] as Severity;
    try {
      rule.checkFile(
        messages,
        config,
        (report) => {
          const list = perMessage[report.messageIndex];
          if (!list) return;
          const finding = toFinding(rule.meta.id, severity, report, report.messageIndex);
          perMessage[report.messageIndex] = [finding, ...list].sort(byRange);
        },
        memories[ruleIndex],
      );
    } catch (error) {
      problems.push({ key: `rules.${rule.meta.id}`, message: `the rule failed and was skipped: ${(error as Error).message}` });
    }
  });
}

/** The first non-blank line of a message without a heading: where a file rule reports on it. */
function firstLineRange(text: string, slice: MessageSlice): Range {
  let start = slice.bodyStart;
  while (start < slice.end && /\s/.test(text[start] as string)) start++;
  let end = start;
  while (end < slice.end && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}
