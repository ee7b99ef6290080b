import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLinter, RULE_IDS, type RuleId } from '../../src/core/index.js';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const PHRASE_RULES: RuleId[] = ['default-invitation', 'stock-phrase', 'vague-ask', 'generic-greeting', 'filler'];

describe('corpora', () => {
  const linter = createLinter();

  it('the personal corpus (at least 40 notes) stays clean of every rule', () => {
    const text = read('test/fixtures/corpus/personal.outreach.md');
    const result = linter.lint(text);
    assert.ok(result.messages.length >= 40, `${result.messages.length} notes`);
    const describe = result.findings.map((f) => `${f.ruleId} in "${result.messages[f.messageIndex]?.title}": ${text.slice(f.range.start, f.range.end)}`);
    assert.deepEqual(describe.filter((d) => PHRASE_RULES.some((rule) => d.startsWith(rule))), [], 'phrase rules');
    assert.deepEqual(describe, [], 'all rules');
    assert.deepEqual(result.problems, []);
  });

  it('the generic corpus trips every rule', () => {
    const result = linter.lint(read('test/fixtures/corpus/generic.outreach.md'));
    const fired = new Set(result.findings.map((f) => f.ruleId));
    assert.deepEqual(RULE_IDS.filter((id) => !fired.has(id)), []);
  });

  it('the generic example reports the default invitation as an error; the personal one nothing above info', () => {
    const generic = linter.lint(read('examples/generic.outreach.md'));
    assert.ok(generic.findings.some((f) => f.ruleId === 'default-invitation' && f.severity === 'error' && f.phrase === "I'd like to add you to my professional network on LinkedIn"));
    const personal = linter.lint(read('examples/personal.outreach.md'));
    assert.deepEqual(personal.findings.filter((f) => f.severity !== 'info' && f.severity !== 'hint').map((f) => f.message), []);
    assert.deepEqual(personal.problems, []);
    assert.ok(personal.messages.length >= 4 && personal.messages.every((m) => m.limit !== null && m.length <= m.limit));
  });
});
