import assert from 'node:assert/strict';
import { createLinter } from '../../src/core/index.js';

const rulesAt = (text: string) => createLinter().lint(text).findings.map((f) => `${f.ruleId}:${text.slice(f.range.start, f.range.end)}`);

describe('inline directives', () => {
  it('disable-next-line switches a rule off for the next line only', () => {
    const text = 'Hi Jane,\n<!-- outreach-lint-disable-next-line stock-phrase -->\nlet us synergy.\nlet us synergy.';
    assert.deepEqual(rulesAt(text).filter((r) => r.startsWith('stock-phrase')), ['stock-phrase:synergy']);
    assert.equal(rulesAt(text).length, rulesAt(text.replace(/<!--.*-->\n/, '')).length - 1);
  });

  it('disable-line switches a rule off on the comment\'s own line', () => {
    assert.deepEqual(rulesAt('Hi Jane, let us synergy. <!-- outreach-lint-disable-line stock-phrase -- we say this -->').filter((r) => r.startsWith('stock')), []);
  });

  it('disable and enable bracket a region, and flow into later messages', () => {
    const text = '## Jane\n<!-- outreach-lint-disable stock-phrase -->\nJane, synergy.\n## Bob\nBob, synergy.\n<!-- outreach-lint-enable stock-phrase -->\nBob, synergy again.';
    assert.deepEqual(rulesAt(text).filter((r) => r.startsWith('stock')), ['stock-phrase:synergy']);
  });

  it('disable with no rule switches every rule off; disable-file in the preamble covers the file', () => {
    assert.deepEqual(rulesAt('<!-- outreach-lint-disable -->\nHi there, synergy. [Name]'), []);
    assert.deepEqual(rulesAt('<!-- outreach-lint-disable-file filler -->\n\n## Jane\n\nJane, I just read it.').filter((r) => r.startsWith('filler')), []);
  });

  it('an unknown rule in a directive is reported and ignored', () => {
    const result = createLinter().lint('<!-- outreach-lint-disable stock-phrases -->\nHi Jane, synergy.');
    assert.match(result.problems[0]?.message ?? '', /unknown rule "stock-phrases"/);
    assert.ok(result.findings.some((f) => f.ruleId === 'stock-phrase'));
  });

  it('a directive inside a code block is text, not a directive', () => {
    assert.ok(rulesAt('```\n<!-- outreach-lint-disable -->\n```\nHi Jane, synergy.').includes('stock-phrase:synergy'));
  });
});
