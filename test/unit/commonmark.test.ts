import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { createLinter, type LintResult } from '../../src/core/index.js';
import { checkNothingInCode, checkResult, codeRanges, checkCounter } from './propertyKit.js';

/**
 * Every example of the CommonMark spec (the `commonmark-spec` package, 652 cases) as an outreach file:
 * linting never throws, every range lies inside the document, and no wording rule fires inside code.
 * Each example runs as written, as the body of a `##` message, and "spiced": with stock phrases and
 * placeholders in place of its foo/bar/baz, so its code blocks hold text the rules would report in prose.
 */

interface SpecExample {
  markdown: string;
  html: string;
  section: string;
  number: number;
}

const spec = createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] };
// The spec writes tabs as "→" so that they are visible.
const examples = spec.tests.map((example) => ({ ...example, markdown: example.markdown.replace(/→/g, '\t') }));

const SPICE: Record<string, string> = {
  foo: 'I just wanted to touch base',
  bar: '[Name] TODO',
  baz: 'Dear Sir or Madam',
  Foo: 'Hope this finds you well',
};
const spiced = (markdown: string) => markdown.replace(/\b(foo|bar|baz|Foo)\b/g, (word) => SPICE[word] as string);

function check(text: string, result: LintResult, label: string): void {
  checkResult(text, result);
  checkCounter(text, result);
  // The parser, as an oracle, finds the code of the whole document; no wording finding may lie inside it.
  checkNothingInCode(result, codeRanges(text), `${label}: `);
  // And of each message as the engine parses it.
  for (const message of result.messages) {
    const code = codeRanges(text.slice(message.bodyRange.start, message.bodyRange.end), message.bodyRange.start);
    checkNothingInCode({ ...result, findings: result.findings.filter((f) => f.messageIndex === message.index) }, code, `${label} message ${message.index}: `);
  }
}

describe('the CommonMark spec examples', function () {
  this.timeout(120_000);
  const linter = createLinter({ config: { channels: { 'linkedin-connect': { limit: 20 } } } });

  it('has all 652 examples', () => {
    assert.equal(examples.length, 652);
  });

  for (const variant of ['as written', 'as a message', 'spiced', 'spiced, as a message', 'with CRLF line ends'] as const) {
    it(`lints every example ${variant} without throwing, with ranges inside the document and nothing inside code`, () => {
      const failures: string[] = [];
      for (const example of examples) {
        let text = variant.startsWith('spiced') ? spiced(example.markdown) : example.markdown;
        if (variant.endsWith('as a message')) text = `## Jane Doe — Acme\n\n${text}`;
        if (variant === 'with CRLF line ends') text = text.replace(/\n/g, '\r\n');
        try {
          check(text, linter.lint(text), `example ${example.number} (${example.section})`);
        } catch (error) {
          failures.push(`example ${example.number} (${example.section}) ${variant}: ${(error as Error).message}`);
        }
      }
      assert.deepEqual(failures, []);
    });
  }

  it('the spiced examples do report in prose: the check above is not vacuous', () => {
    let wording = 0;
    for (const example of examples) {
      const text = `## Jane Doe — Acme\n\n${spiced(example.markdown)}`;
      wording += linter.lint(text).findings.filter((f) => f.ruleId !== 'over-limit' && f.ruleId !== 'missing-recipient-name').length;
    }
    assert.ok(wording > 300, `${wording} wording findings`);
  });
});
