import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from '../../src/core/index.js';

/**
 * User-supplied phrases (the `outreach.extraPhrases` and `outreach.allowedPhrases` settings, the same
 * keys of `.outreach-lint.json`) are literal words matched through a word trie, never compiled into a
 * regular expression: a phrase that looks like a catastrophic pattern is just its words, and matching
 * stays linear in the text however the phrase is written.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Classic catastrophic-backtracking patterns, as a user might paste them. */
const CATASTROPHIC = ['(a+)+$', '(a|a)*$', '(a|aa)+$', '(.*a){20}', '^(([a-z])+.)+[A-Z]([a-z])+$', '(x+x+)+y', '(\\w+\\s?)*$'];

function stockFindings(config: Record<string, unknown>, text: string) {
  return createLinter({ config: { rules: { filler: 'off' }, ...config } })
    .lint(text)
    .findings.filter((f) => f.ruleId === 'stock-phrase')
    .map((f) => text.slice(f.range.start, f.range.end));
}

describe('user phrases are literal, never regular expressions', () => {
  it('no source file builds a regular expression at run time', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) {
          const lines = fs.readFileSync(full, 'utf8').split('\n');
          lines.forEach((line, i) => {
            if (/\bRegExp\s*\(/.test(line)) offenders.push(`${path.relative(repo, full)}:${i + 1}: ${line.trim()}`);
          });
        }
      }
    };
    walk(path.join(repo, 'src'));
    assert.deepEqual(offenders, [], 'every pattern in the engine, the CLI and the extension is a literal written in the source');
  });

  it('a phrase with pattern characters matches its words only, whatever the characters would mean in a pattern', () => {
    // "a.c" is the words "a c", not "any character between a and c"; "$1 $&" is the word "1".
    assert.deepEqual(stockFindings({ extraPhrases: ['a.c'] }, 'abc, a.c and a c'), ['a.c', 'a c']);
    assert.deepEqual(stockFindings({ extraPhrases: ['Acme rocks!'] }, 'ACME  rocks, acme\nrocks, acmerocks'), ['ACME  rocks', 'acme\nrocks']);
    assert.deepEqual(stockFindings({ extraPhrases: ['\\d+ dollars'] }, 'pay 100 dollars or d dollars'), ['d dollars']);
    assert.deepEqual(stockFindings({ extraPhrases: ['[Name] rocks'] }, 'Name rocks. The name\nrocks.'), ['Name rocks', 'name\nrocks']);
  });

  it('a phrase of pattern syntax only (no letter or digit) is refused with a problem', () => {
    const linter = createLinter({ config: { extraPhrases: ['.*', '(?:)', '^$'], allowedPhrases: ['.+'] } });
    assert.deepEqual(
      linter.configProblems.map((p) => p.key).sort(),
      ['allowedPhrases[0]', 'extraPhrases[0]', 'extraPhrases[1]', 'extraPhrases[2]'],
    );
    assert.deepEqual(linter.config.extraPhrases, []);
  });

  // How long these take is measured by `npm run stress -- --case user-phrases`, not here: a loaded machine would fail a timed test.
  it('known catastrophic patterns are words as phrases: each matches its literal words, once per occurrence', () => {
    const text = `## Jane Doe\n\n${'a'.repeat(50_000)}! ${'a '.repeat(20_000)}!\n`;
    // A backtracking engine needs about 2^n steps for (a+)+$ on n a's and a mismatch; the trie needs one pass.
    const linter = createLinter({ config: { extraPhrases: CATASTROPHIC, channels: { 'linkedin-connect': { limit: null } } } });
    assert.deepEqual(linter.configProblems, []);
    const findings = linter.lint(text).findings.filter((f) => f.ruleId === 'stock-phrase').length;
    // Literally, "(a+)+$" is the word "a" and "(a|a)*$" the words "a a": the 20,000 single a's pair up,
    // the longer phrase wins, and the 50,000-letter word is no "a" at all.
    assert.equal(findings, 10_000);
  });

  it('thousands of user phrases compile and each occurrence is found', () => {
    const phrases = Array.from({ length: 5_000 }, (_, i) => `phrase number ${i} (x+x+)+y`);
    const linter = createLinter({ config: { extraPhrases: phrases, rules: { filler: 'off' } } });
    assert.deepEqual(linter.configProblems, []);
    const text = `## Jane Doe\n\n${'Jane, phrase number 4321 x x y is here. '.repeat(200)}`;
    assert.equal(linter.lint(text).findings.filter((f) => f.ruleId === 'stock-phrase').length, 200);
  });

  it('a phrase allowed by the user silences the built-in one inside it, literally', () => {
    const text = '## Jane Doe\n\nHi Jane, I just wanted to touch base about your talk.';
    const reported = (config: Record<string, unknown>) =>
      createLinter({ config })
        .lint(text)
        .findings.filter((f) => f.ruleId === 'vague-ask')
        .map((f) => f.phrase);
    assert.deepEqual(reported({}), ['touch base']);
    assert.deepEqual(reported({ allowedPhrases: ['touch base'] }), []);
    assert.deepEqual(reported({ allowedPhrases: ['touch.*'] }), ['touch base'], 'no wildcard');
  });
});
