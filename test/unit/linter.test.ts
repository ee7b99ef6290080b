import assert from 'node:assert/strict';
import { createLinter, fixAll, applyFixes, type LintResult } from '../../src/core/index.js';

const doc = (count: number) =>
  Array.from({ length: count }, (_, i) => `## Person ${String.fromCharCode(65 + (i % 26))}${i} Example\n\nHi there, I came across your profile and your post number ${i} on topic ${i * 7}.\n`).join('\n');

function comparable(result: LintResult) {
  return {
    findings: result.findings.map((f) => [f.ruleId, f.messageId, f.range.start, f.range.end, f.messageIndex, f.message, JSON.stringify(f.fix ?? null)]),
    messages: result.messages.map((m) => [m.index, m.title, m.range.start, m.range.end, m.text, m.limit]),
    problems: result.problems,
  };
}

describe('linter', () => {
  it('re-lints only the message that changed', () => {
    const linter = createLinter();
    const text = doc(50);
    linter.lint(text);
    const before = linter.analysedCount;
    const at = text.indexOf('post number 25');
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const result = linter.lint(edited);
    assert.equal(linter.analysedCount - before, 1);
    assert.deepEqual(comparable(result), comparable(createLinter().lint(edited)));
  });

  it('an edit that adds a line shifts later findings without re-analysing them', () => {
    const linter = createLinter();
    const text = doc(10);
    linter.lint(text);
    const before = linter.analysedCount;
    const at = text.indexOf('## Person C2');
    const edited = `${text.slice(0, at)}\n\n${text.slice(at)}`;
    const result = linter.lint(edited);
    assert.ok(linter.analysedCount - before <= 1);
    assert.deepEqual(comparable(result), comparable(createLinter().lint(edited)));
  });

  it('changing the front matter re-analyses every message', () => {
    const linter = createLinter();
    const text = `---\nplan: premium\n---\n${doc(5)}`;
    linter.lint(text);
    const before = linter.analysedCount;
    const result = linter.lint(text.replace('premium', 'free'));
    assert.equal(linter.analysedCount - before, 5);
    assert.equal(result.messages[0]?.limit, 200);
  });

  it('findings are sorted and carry the message index', () => {
    const result = createLinter().lint(doc(3));
    const starts = result.findings.map((f) => f.range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.deepEqual([...new Set(result.findings.map((f) => f.messageIndex))], [0, 1, 2]);
  });

  it('never throws on odd input and keeps ranges inside the document', () => {
    const inputs = ['', '\n', '##', '## \n', '---', '---\n---', '\u0000\u0001##x', '\r\r\r## a\r', '```\n## a', '<!--', '[', '*'.repeat(1000), '> '.repeat(200) + 'x'];
    const linter = createLinter();
    for (const input of inputs) {
      const result = linter.lint(input);
      for (const f of result.findings) assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= input.length, JSON.stringify(input));
    }
  });

  it('a message too long to parse is still counted and reported over the limit', () => {
    const linter = createLinter({ maxMessageLength: 1000 });
    const result = linter.lint(`## A\n\n${'I came across your profile. '.repeat(100)}`);
    assert.deepEqual([...new Set(result.findings.map((f) => f.ruleId))], ['over-limit']);
    assert.match(result.problems[0]?.message ?? '', /only its length is checked/);
    assert.equal(result.messages[0]?.length, 'I came across your profile. '.repeat(100).trim().length);
  });
});

describe('fixes', () => {
  it('applies non-overlapping fixes and skips overlapping ones', () => {
    const result = applyFixes('abcdef', [
      { title: 'a', edits: [{ range: { start: 0, end: 2 }, text: 'X' }] },
      { title: 'b', edits: [{ range: { start: 1, end: 3 }, text: 'Y' }] },
      { title: 'c', edits: [{ range: { start: 4, end: 5 }, text: '' }] },
    ]);
    assert.equal(result.output, 'Xcdf');
    assert.deepEqual(result.skipped.map((f) => f.title), ['b']);
  });

  it('fix-all reaches a fixed point and a second run changes nothing', () => {
    const linter = createLinter();
    const text = '## Jane Doe — Acme\n\nDear Sir/Madam, I just wanted to say [Company] is great. Hope this email finds you well.\n';
    const first = fixAll(linter, text);
    assert.equal(first.output, '## Jane Doe — Acme\n\nHi Jane, I wanted to say Acme is great.\n');
    assert.equal(fixAll(linter, first.output).changed, false);
  });
});
