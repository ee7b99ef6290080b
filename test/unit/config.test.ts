import assert from 'node:assert/strict';
import { createLinter, validateConfigInput, RULE_IDS, PHRASE_RULE_IDS } from '../../src/core/index.js';
import { ALL_RULES } from '../../src/core/rules/index.js';
import { readFileSync } from 'node:fs';

const keys = (raw: unknown) => validateConfigInput(raw, 'test').problems.map((p) => p.key);

describe('configuration', () => {
  // The config module cannot import the rules (they import it back), so it lists the phrase rules itself.
  it('lists exactly the rules whose metadata reports phrases as the rules an extra phrase may name', () => {
    const fromMeta = ALL_RULES.filter((rule) => rule.meta.phrases).map((rule) => rule.meta.id);
    assert.deepEqual([...PHRASE_RULE_IDS].sort(), [...fromMeta].sort());
    assert.equal(fromMeta.length, 5);
  });

  it('accepts a full, valid config without problems', () => {
    const { input, problems } = validateConfigInput({
      $schema: './schemas/outreach-lint.schema.json',
      rules: { filler: 'off', 'stock-phrase': 'error', 'self-centered': false, 'vague-ask': true },
      allowedPhrases: ['touch base'],
      extraPhrases: ['rockstar', { phrase: 'ninja', rule: 'filler', why: 'Because.', instead: 'Say it.' }],
      channels: { 'linkedin-connect': { limit: 250 }, newsletter: { label: 'Newsletter', limit: 1000 }, email: { limit: null } },
      defaultChannel: 'newsletter',
      plan: 'free',
    });
    assert.deepEqual(problems, []);
    assert.equal(input.rules?.filler, 'off');
    assert.equal(input.rules?.['self-centered'], 'off');
    assert.equal(input.extraPhrases?.length, 2);
  });

  it('names the key of every bad value', () => {
    assert.deepEqual(keys({ rules: { 'stock-phrase': 'loud', 'no-such-rule': 'error' } }), ['rules.stock-phrase', 'rules.no-such-rule']);
    assert.deepEqual(keys({ channels: { 'linkedin-connect': { limit: -5 } } }), ['channels.linkedin-connect.limit']);
    assert.deepEqual(keys({ channels: { email: { limit: 'lots' } } }), ['channels.email.limit']);
    assert.deepEqual(keys({ channels: { pigeon: { label: 'Pigeon' } } }), ['channels.pigeon.limit']);
    assert.deepEqual(keys({ extraPhrases: [42, { phrase: '' }, { phrase: 'x', rule: 'nope' }] }), ['extraPhrases[0]', 'extraPhrases[1].phrase', 'extraPhrases[2].rule']);
    assert.deepEqual(keys({ allowedPhrases: 'touch base' }), ['allowedPhrases']);
    assert.deepEqual(keys({ plan: 'gold' }), ['plan']);
    assert.deepEqual(keys({ colour: 'red' }), ['colour']);
    assert.deepEqual(keys([1, 2]), ['(root)']);
  });

  it('a bad value falls back to the default for that key only', () => {
    const linter = createLinter({ config: { rules: { 'stock-phrase': 'loud', filler: 'off' }, plan: 'gold' } });
    assert.equal(linter.config.rules['stock-phrase'], 'warning');
    assert.equal(linter.config.rules.filler, 'off');
    assert.equal(linter.config.channels['linkedin-connect']?.limit, 300);
    assert.deepEqual(linter.configProblems.map((p) => p.key), ['rules.stock-phrase', 'plan']);
  });

  it('an unknown default channel is reported and the built-in default is used', () => {
    const linter = createLinter({ config: { defaultChannel: 'pigeon' } });
    assert.equal(linter.config.defaultChannel, 'linkedin-connect');
    assert.deepEqual(linter.configProblems.map((p) => p.key), ['defaultChannel']);
  });

  it('later layers win, lists add up', () => {
    const linter = createLinter({ config: [{ allowedPhrases: ['a'], rules: { filler: 'off' } }, { allowedPhrases: ['b'], rules: { filler: 'hint' } }] });
    assert.deepEqual(linter.config.allowedPhrases, ['a', 'b']);
    assert.equal(linter.config.rules.filler, 'hint');
  });

  it('the free plan makes connection notes 200 characters unless a limit is set', () => {
    assert.equal(createLinter({ config: { plan: 'free' } }).config.channels['linkedin-connect']?.limit, 200);
    assert.equal(createLinter({ config: { plan: 'free', channels: { 'linkedin-connect': { limit: 280 } } } }).config.channels['linkedin-connect']?.limit, 280);
  });

  it('the committed JSON schema lists exactly the rule ids and settings the validator knows', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schemas/outreach-lint.schema.json', import.meta.url), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...RULE_IDS].sort());
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'allowedPhrases', 'channels', 'defaultChannel', 'extraPhrases', 'plan', 'rules']);
    assert.equal(schema.additionalProperties, false);
  });
});

describe('front matter and message settings', () => {
  const linter = createLinter();

  it('invalid YAML is reported with its line and the defaults apply', () => {
    const result = linter.lint('---\nchannel: [unclosed\nplan: free\n---\nHi Jane');
    assert.equal(result.problems.length > 0, true);
    assert.match(result.problems[0]?.message ?? '', /invalid YAML/);
    assert.equal(result.messages[0]?.limit, 300);
  });

  it('a wrong value names its key; the rest still applies', () => {
    const result = linter.lint('---\nlimit: -3\nplan: free\n---\nHi Jane');
    assert.deepEqual(result.problems.map((p) => p.key), ['front matter: limit']);
    assert.equal(result.messages[0]?.limit, 200);
  });

  it('an unknown channel is reported and the default channel is used', () => {
    const result = linter.lint('---\nchannel: pigeon\n---\nHi Jane');
    assert.deepEqual(result.problems.map((p) => p.key), ['front matter: channel']);
    assert.equal(result.messages[0]?.channelId, 'linkedin-connect');
  });

  it('a message comment sets that message\'s channel only', () => {
    const result = linter.lint('---\nchannel: linkedin-inmail\n---\n## A\nx\n## B\n<!-- outreach channel: email -->\ny\n## C\nz');
    assert.deepEqual(result.messages.map((m) => [m.channelId, m.limit]), [['linkedin-inmail', 2000], ['email', null], ['linkedin-inmail', 2000]]);
  });

  it('an unknown key in a message comment is reported', () => {
    const result = linter.lint('## A\n<!-- outreach chanel: email -->\ny');
    assert.deepEqual(result.problems.map((p) => p.key), ['outreach comment: chanel']);
  });

  it('YAML aliases cannot blow up memory', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`), '---', 'Hi'].join('\n');
    const result = linter.lint(bomb);
    assert.equal(result.messages.length, 1);
  });
});
