import type { Finding, Fix, TextEdit } from './types.js';
import type { Linter } from './linter.js';
import { byRange } from './text/range.js';

/**
 * Applying fixes the way ESLint does: a fix is all-or-nothing, fixes that overlap an earlier one wait
 * for the next pass, and passes repeat (re-linting in between) until nothing changes.
 */

export interface ApplyResult {
  output: string;
  /** Fixes applied, in document order. */
  applied: Fix[];
  /** Fixes skipped because they overlapped one applied earlier in this pass. */
  skipped: Fix[];
}

function sortedEdits(fix: Fix): TextEdit[] {
  return [...fix.edits].sort(byRange);
}

/** Applies non-overlapping fixes to `text` in one pass. */
export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const ordered = [...fixes].sort((a, b) => {
    const aStart = Math.min(...a.edits.map((e) => e.range.start));
    const bStart = Math.min(...b.edits.map((e) => e.range.start));
    return aStart - bStart;
  });
  const accepted: TextEdit[] = [];
  const applied: Fix[] = [];
  const skipped: Fix[] = [];
  const overlaps = (edit: TextEdit) =>
    accepted.some((other) => edit.range.start < other.range.end && other.range.start < edit.range.end) ||
    accepted.some((other) => edit.range.start === edit.range.end && other.range.start === edit.range.start);
  for (const fix of ordered) {
    const edits = sortedEdits(fix);
    const valid = edits.every((e) => e.range.start >= 0 && e.range.end <= text.length && e.range.start <= e.range.end);
    if (!valid || edits.some(overlaps)) {
      skipped.push(fix);
      continue;
    }
    accepted.push(...edits);
    applied.push(fix);
  }
  accepted.sort(byRange);
  let output = '';
  let cursor = 0;
  for (const edit of accepted) {
    output += text.slice(cursor, edit.range.start) + edit.text;
    cursor = edit.range.end;
  }
  output += text.slice(cursor);
  return { output, applied, skipped };
}

export interface FixAllResult {
  output: string;
  /** How many fixes were applied over all passes. */
  fixCount: number;
  passes: number;
  changed: boolean;
}

/** Lints, applies every safe fix, and repeats until no fix applies (at most `maxPasses` times). */
export function fixAll(linter: Linter, text: string, maxPasses = 10): FixAllResult {
  let output = text;
  let fixCount = 0;
  let passes = 0;
  while (passes < maxPasses) {
    const fixes = linter.lint(output).findings.map((finding: Finding) => finding.fix).filter((fix): fix is Fix => fix !== undefined);
    if (fixes.length === 0) break;
    const result = applyFixes(output, fixes);
    passes++;
    if (result.applied.length === 0 || result.output === output) break;
    output = result.output;
    fixCount += result.applied.length;
  }
  return { output, fixCount, passes, changed: output !== text };
}
