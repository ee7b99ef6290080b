import assert from 'node:assert/strict';
import { createLinter, fixAll, RULE_IDS, type Finding, type RuleId, type Severity } from '../../src/core/index.js';

/** A configuration layer as a user writes it (validated by the linter). */
export type RawConfig = Record<string, unknown> & { rules?: Record<string, string> };

/**
 * Rule tests as tables, in the manner of ESLint's RuleTester. Each invalid case marks the exact expected
 * ranges in its text with «guillemets»; the marks are removed before linting and each finding must
 * match its mark's range, in order, with the expected message id. For fixable rules, `output` is the
 * exact text after applying the rule's fixes.
 */

export interface ValidCase {
  name?: string;
  text: string;
  config?: RawConfig;
}

export interface InvalidCase {
  name?: string;
  /** The document with each expected range wrapped in « and ». */
  text: string;
  /** One message id per marked range, in document order. */
  messageIds: string[];
  /** The document after applying this rule's fixes, or null to assert that no fix is offered. */
  output?: string | null;
  config?: RawConfig;
  /** Extra checks on the findings. */
  check?: (findings: Finding[], text: string) => void;
}

export function stripMarks(marked: string): { text: string; ranges: { start: number; end: number }[] } {
  const ranges: { start: number; end: number }[] = [];
  const open: number[] = [];
  let text = '';
  for (const char of marked) {
    if (char === '«') open.push(text.length);
    else if (char === '»') {
      const start = open.pop();
      assert.ok(start !== undefined, `unbalanced » in test text: ${marked}`);
      ranges.push({ start, end: text.length });
    } else text += char;
  }
  assert.equal(open.length, 0, `unbalanced « in test text: ${marked}`);
  return { text, ranges: ranges.sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** A config with only `ruleId` switched on (at its default severity), merged over `extra`. */
export function onlyRule(ruleId: RuleId, extra: RawConfig = {}): RawConfig {
  const rules: Record<string, string> = {};
  for (const id of RULE_IDS) if (id !== ruleId) rules[id] = 'off';
  const own = extra.rules?.[ruleId];
  if (own) rules[ruleId] = own;
  return { ...extra, rules };
}

/**
 * `severity` is the rule's default severity as the table's author expects it, written in each table rather
 * than read from the rule, so a changed default fails here and not only in the docs.
 */
export function ruleTester(ruleId: RuleId, cases: { severity: Severity; valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(`rule ${ruleId}`, () => {
    describe('valid', () => {
      for (const item of cases.valid) {
        const valid = typeof item === 'string' ? { text: item } : item;
        it(valid.name ?? JSON.stringify(valid.text.slice(0, 70)), () => {
          const linter = createLinter({ config: onlyRule(ruleId, valid.config) });
          const findings = linter.lint(valid.text).findings.filter((f) => f.ruleId === ruleId);
          assert.deepEqual(
            findings.map((f) => `${f.messageId}: ${valid.text.slice(f.range.start, f.range.end)}`),
            [],
            `expected no ${ruleId} findings`,
          );
        });
      }
    });
    describe('invalid', () => {
      for (const invalid of cases.invalid) {
        it(invalid.name ?? JSON.stringify(invalid.text.slice(0, 70)), () => {
          const { text, ranges } = stripMarks(invalid.text);
          assert.equal(ranges.length, invalid.messageIds.length, 'each marked range needs a message id');
          const linter = createLinter({ config: onlyRule(ruleId, invalid.config) });
          const findings = linter.lint(text).findings.filter((f) => f.ruleId === ruleId);
          const describeFinding = (f: { start: number; end: number }, id: string) => `${id} @${f.start}-${f.end} ${JSON.stringify(text.slice(f.start, f.end))}`;
          assert.deepEqual(
            findings.map((f) => describeFinding(f.range, f.messageId)),
            ranges.map((range, i) => describeFinding(range, invalid.messageIds[i] as string)),
          );
          for (const finding of findings) {
            assert.ok(finding.message.length > 0 && finding.why.length > 0 && finding.instead.length > 0, 'every finding says what, why and instead');
          }
          if (invalid.config?.rules?.[ruleId] === undefined) {
            assert.deepEqual([...new Set(findings.map((f) => f.severity))], [cases.severity], `${ruleId} reports at its default severity`);
          }
          if (invalid.output !== undefined) {
            const fixes = findings.filter((f) => f.fix);
            if (invalid.output === null) {
              assert.equal(fixes.length, 0, 'expected no fix');
            } else {
              assert.ok(fixes.length > 0, 'expected a fix');
              assert.equal(fixAll(linter, text).output, invalid.output);
            }
          }
          invalid.check?.(findings, text);
        });
      }
    });
  });
}
