import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createLinter } from '../../src/core/index.js';

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');

interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

/**
 * Fills a snippet the way a person tabbing through it would with the placeholder texts as values: choices
 * take their first option and `${1/regex/format/}` transforms apply to what was typed into tab stop 1.
 */
function fill(body: string): string {
  const values = new Map<string, string>();
  const placeholder = /\$\{(\d+):([^{}$]*)\}/g;
  const choice = /\$\{(\d+)\|([^|},]*)[^}]*\|\}/g;
  let text = body;
  text = text.replace(choice, (_whole, index: string, first: string) => {
    values.set(index, first);
    return first;
  });
  text = text.replace(placeholder, (_whole, index: string, value: string) => {
    values.set(index, value);
    return value;
  });
  text = text.replace(/\$\{(\d+)\/([^/]*)\/([^/]*)\/([a-z]*)\}/g, (_whole, index: string, pattern: string, format: string, flags: string) =>
    (values.get(index) ?? '').replace(new RegExp(pattern, flags), format),
  );
  text = text.replace(/\$\{(\d+)\}/g, (_whole, index: string) => values.get(index) ?? '');
  return text.replace(/\$\d+/g, '');
}

describe('snippets', () => {
  const snippets = Object.values(JSON.parse(read('snippets/outreach.code-snippets')) as Record<string, Snippet>);
  const pkg = JSON.parse(read('package.json'));

  it('are contributed for the outreach language only', () => {
    assert.deepEqual(pkg.contributes.snippets, [{ language: 'outreach', path: './snippets/outreach.code-snippets' }]);
  });

  it('cover the personalized request structures, with prefixes that share a start and descriptions', () => {
    const prefixes = snippets.map((s) => s.prefix);
    for (const prefix of ['out-event', 'out-mutual', 'out-post', 'out-school', 'out-colleague', 'out-hiring', 'out-job', 'out-referral', 'out-followup', 'out-thanks', 'out-new']) {
      assert.ok(prefixes.includes(prefix), prefix);
    }
    for (const snippet of snippets) {
      assert.match(snippet.prefix, /^out-[a-z]+$/);
      assert.ok(snippet.description.length > 30, `${snippet.prefix} says when to use it`);
    }
  });

  for (const snippet of snippets) {
    it(`${snippet.prefix}: filled with ordinary values, it fits a free 200-character note and trips no rule`, () => {
      const text = fill(snippet.body.join('\n'));
      assert.doesNotMatch(text, /\$|\{|\}/, `unfilled snippet syntax in ${text}`);
      const result = createLinter({ config: { plan: 'free' } }).lint(text);
      const message = result.messages[result.messages.length - 1];
      assert.ok(message && message.length > 40, 'the note has content');
      assert.ok(message.limit === null || message.length <= 200, `${message.length} characters: ${message.text}`);
      assert.deepEqual(result.findings.map((f) => `${f.ruleId}: ${text.slice(f.range.start, f.range.end)}`), []);
      assert.deepEqual(result.problems, []);
    });
  }
});
