import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLinter, RULE_IDS, RULE_META, type RuleId } from '../../src/core/index.js';

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

  it('the generic corpus trips every rule, each message the rules its text calls for', () => {
    const result = linter.lint(read('test/fixtures/corpus/generic.outreach.md'));
    const fired = new Set(result.findings.map((f) => f.ruleId));
    // The template rules read templates only; test/unit/templates.test.ts trips them.
    assert.deepEqual(RULE_IDS.filter((id) => !fired.has(id) && !RULE_META[id].readsTemplate), []);
    // Every note is generic, so every one has no-personal-detail; the rest is what each note was written to show.
    const expected: [title: string, rules: string][] = [
    ["Alex Morgan — Deloitte", 'default-invitation duplicate-message missing-recipient-name no-personal-detail'],
    ["Samira Haddad | Accenture", 'default-invitation duplicate-message missing-recipient-name no-personal-detail'],
    ["Ben Carter - Google", 'default-invitation no-personal-detail'],
    ["Chen Wei @ Alibaba", 'default-invitation missing-recipient-name no-personal-detail'],
    ["Olivia Brown — KPMG", 'default-invitation no-personal-detail'],
    ["Kevin Park | Amazon", 'default-invitation no-personal-detail'],
    ["Rania Aziz - PwC", 'default-invitation missing-recipient-name no-personal-detail'],
    ["Tom Fischer @ Siemens", 'default-invitation missing-recipient-name no-personal-detail stock-phrase'],
    ["Lucy Evans — HSBC", 'default-invitation no-personal-detail stock-phrase'],
    ["Jamal Wright | Salesforce", 'default-invitation generic-greeting missing-recipient-name no-personal-detail stock-phrase'],
    ["Nina Petrović - Microsoft", 'default-invitation generic-greeting missing-recipient-name no-personal-detail stock-phrase'],
    ["Oliver Grant @ Meta", 'no-personal-detail stock-phrase vague-ask'],
    ["Ana Souza — Unilever", 'generic-greeting missing-recipient-name no-personal-detail stock-phrase vague-ask'],
    ["Hiring Manager | Stripe", 'generic-greeting no-personal-detail stock-phrase vague-ask'],
    ["Marcus Lee - Oracle", 'missing-recipient-name no-personal-detail stock-phrase unfilled-placeholder vague-ask'],
    ["Template v2 — recruiter blast", 'no-personal-detail stock-phrase unfilled-placeholder vague-ask'],
    ["Sarah Jones | Workday", 'filler missing-recipient-name no-personal-detail stock-phrase unfilled-placeholder vague-ask'],
    ["Daniel Kim — Snowflake", 'no-personal-detail stock-phrase vague-ask'],
    ["Daniel Kim (again) — Snowflake", 'no-personal-detail stock-phrase'],
    ["Daniel Kim (third) — Snowflake", 'no-personal-detail stock-phrase'],
    ["Emma Wilson - Atlassian", 'filler generic-greeting missing-recipient-name no-personal-detail stock-phrase vague-ask'],
    ["Raj Patel @ Infosys", 'filler generic-greeting missing-recipient-name no-personal-detail stock-phrase vague-ask'],
    ["Grace Liu | Airbnb", 'no-personal-detail stock-phrase vague-ask'],
    ["Ahmed Hassan — Careem", 'generic-greeting missing-recipient-name no-personal-detail stock-phrase'],
    ["Jessica Taylor - Adobe", 'no-personal-detail stock-phrase vague-ask'],
    ["Chris Martin | Netflix", 'no-personal-detail over-limit stock-phrase vague-ask'],
    ["Laura Chen — Uber", 'default-invitation duplicate-message no-personal-detail stock-phrase vague-ask'],
    ["Mike Brown — Uber", 'default-invitation duplicate-message no-personal-detail stock-phrase vague-ask'],
    ["Sophie Turner — Uber", 'default-invitation duplicate-message no-personal-detail stock-phrase vague-ask'],
    ["Dear Founder — batch 3", 'filler generic-greeting no-personal-detail stock-phrase vague-ask'],
    ["Victoria Adams | LinkedIn", 'default-invitation no-personal-detail stock-phrase'],
    ["Paul Nguyen - Tesla", 'filler generic-greeting missing-recipient-name no-personal-detail stock-phrase vague-ask'],
    ["Hannah Schmidt @ BMW", 'no-personal-detail stock-phrase'],
    ["Rachel Green — JPMorgan", 'filler no-personal-detail over-limit stock-phrase vague-ask'],
    ["Kenji Watanabe — Rakuten", 'no-personal-detail self-centered vague-ask'],
    ];
    const actual = result.messages.map((message) => {
      const rules = new Set(result.findings.filter((f) => f.range.start >= message.range.start && f.range.start <= message.range.end).map((f) => f.ruleId));
      return [message.title, [...rules].sort().join(' ')];
    });
    assert.deepEqual(actual, expected);
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
