import assert from 'node:assert/strict';
import { builtInPhrases, createLinter, type Finding, type PhraseCategory, type RuleId } from '../../src/core/index.js';
import { phraseKey } from '../../src/core/phrases/tokenize.js';
import { compilePhrases, CATEGORIES_BY_RULE } from '../../src/core/phrases/matcher.js';
import { snippetToPlain } from '../../src/core/rules/phraseReports.js';

const RULE_FOR_CATEGORY = new Map<PhraseCategory, RuleId>();
for (const [rule, categories] of Object.entries(CATEGORIES_BY_RULE)) for (const category of categories) RULE_FOR_CATEGORY.set(category, rule as RuleId);

describe('phrase data', () => {
  it('has at least 150 phrases covering every category', () => {
    assert.ok(builtInPhrases.length >= 150, `${builtInPhrases.length} phrases`);
    const categories = new Set(builtInPhrases.map((p) => p.category));
    for (const category of RULE_FOR_CATEGORY.keys()) assert.ok(categories.has(category), `no ${category} phrases`);
  });

  it('every entry says why and what instead, in a sentence', () => {
    for (const entry of builtInPhrases) {
      assert.ok(entry.why.trim().length >= 6 && /[.!?]["”’)]?$/.test(entry.why.trim()), `why of "${entry.phrase}"`);
      assert.ok(entry.instead.trim().length >= 6 && /[.!?]["”’)]?$/.test(entry.instead.trim()), `instead of "${entry.phrase}"`);
    }
  });

  it('no two entries are the same phrase after normalization', () => {
    const seen = new Map<string, string>();
    for (const entry of builtInPhrases) {
      const key = phraseKey(entry.phrase);
      assert.ok(key.length > 0, `"${entry.phrase}" has no words`);
      assert.ok(!seen.has(key), `"${entry.phrase}" duplicates "${seen.get(key)}"`);
      seen.set(key, entry.phrase);
    }
  });

  it('structures are short, balanced snippets with tab stops', () => {
    for (const entry of builtInPhrases) {
      if (!entry.structure) continue;
      const plain = snippetToPlain(entry.structure);
      assert.ok(plain.length <= 140, `structure of "${entry.phrase}" is ${plain.length} characters`);
      assert.ok(!plain.includes('${') && !plain.includes('}'), `structure of "${entry.phrase}" has unbalanced snippet syntax: ${plain}`);
      assert.match(entry.structure, /\$\{1:/, `structure of "${entry.phrase}" has no first tab stop`);
    }
  });

  it('compiles into one matcher with every phrase', () => {
    assert.equal(compilePhrases(builtInPhrases).phrases.length, builtInPhrases.length);
  });
});

/** Writes the phrase the way people do: curly apostrophes, odd capitals, a line break between words. */
function variants(phrase: string): string[] {
  const curly = phrase.replace(/'/g, '’');
  const words = phrase.split(' ');
  const broken = words.length > 1 ? `${words.slice(0, 1).join(' ')}\n${words.slice(1).join(' ')}` : phrase;
  return [phrase, curly, phrase.toUpperCase(), broken];
}

describe('every phrase in the data is matched (generated cases)', () => {
  const linter = createLinter();
  for (const entry of builtInPhrases) {
    const rule = RULE_FOR_CATEGORY.get(entry.category) as RuleId;
    it(`${rule}: "${entry.phrase}"`, () => {
      for (const written of variants(entry.phrase)) {
        // The phrase as its own sentence, so a bare ask stays bare and nothing else runs into it.
        const prefix = 'Hi Jane,\n\n';
        const text = `${prefix}${written}.\n`;
        const findings = linter.lint(text).findings.filter((f: Finding) => f.ruleId === rule);
        const expected = { start: prefix.length, end: prefix.length + written.length };
        assert.ok(
          findings.some((f) => f.range.start === expected.start && f.range.end === expected.end),
          `${JSON.stringify(written)} not reported by ${rule} at ${expected.start}-${expected.end}; got ${JSON.stringify(findings.map((f) => [f.ruleId, text.slice(f.range.start, f.range.end)]))}`,
        );
      }
    });
  }
});
