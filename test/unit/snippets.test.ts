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
 * What an ordinary user types into a tab stop: a real name, a real event, a real question. The placeholder
 * texts themselves ("event", "topic") name nothing, so a note filled with them is rightly generic; a label
 * not listed here is typed as it stands.
 */
const TYPED: Record<string, string> = {
  'First Last': 'Dana Kim',
  Company: 'Lumen Labs',
  company: 'Lumen Labs',
  event: 'Data Council',
  topic: 'churn cohorts',
  'The point that stayed with me': 'Bucketing trial users by plan stuck with me',
  'one follow-up question': 'how you handled annual plans',
  'mutual contact': 'Ana Ruiz',
  'who you are, briefly': 'I run analytics at Northwind',
  'one small, specific ask': 'share your cohort template',
  'changed how we do X': 'changed how we price renewals',
  'One question about it': 'Did the effect hold after Q3',
  school: 'Warwick',
  program: 'MSc Statistics',
  year: '2016',
  'work on topic': 'post on dbt tests',
  'one specific question': 'which test caught the most bugs',
  'specific work': 'the Postgres migration write-up',
  'own X': 'our own billing service',
  role: 'data engineer',
  years: '3',
  'the specific thing of theirs you read, used or heard': 'Your dbt package for cohort tables',
  'one question about the team': 'how the on-call rota from your Kafka migration post works now',
  'one result with a number': 'cut our nightly build from 40 to 9 minutes',
  'Why you fit, in one line': 'We worked together on the Northwind ingest pipeline',
  'shipped X': 'shipped the Iceberg migration',
  'something new and useful for you': 'the benchmark you asked about at Data Council is done',
  'A smaller ask than before': 'Could you look at one chart',
  'the resource': 'the cohort notebook',
  link: 'https://example.org/cohorts',
  'One line on why it fits their work': 'It has the renewal split you mentioned at Data Council',
  'Congratulations on the new role': 'Loved your Data Council talk on churn',
  'Why you\'re writing now': 'Could I ask about annual plans',
  'One line on who you are': 'I run analytics at Northwind',
  'the specific reason you are writing': 'Your talk at Data Council on churn cohorts changed our pricing review',
  'One question they can answer in a line': 'Did the effect hold after Q3',
  'A question they can answer in a line': 'Did the effect hold after Q3',
};

/**
 * Fills a snippet the way a person tabbing through it would, typing ordinary values (TYPED): choices
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
  text = text.replace(placeholder, (_whole, index: string, label: string) => {
    const value = TYPED[label] ?? label;
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

  // A campaign template's own syntax ({{ field }}, {Hi|Hello}) is braces by design; it is checked below.
  const isTemplate = (snippet: Snippet) => snippet.body.includes('template: liquid');

  for (const snippet of snippets.filter(isTemplate)) {
    it(`${snippet.prefix}: filled with ordinary values, every rendering fits a free 200-character note and trips no rule`, () => {
      const text = fill(snippet.body.join('\n'));
      assert.doesNotMatch(text, /\$/, `unfilled snippet syntax in ${text}`);
      const result = createLinter({ config: { plan: 'free' } }).lint(text);
      const message = result.messages[result.messages.length - 1];
      const template = message?.template;
      assert.ok(template, 'the note is read as a template');
      assert.equal(template.lengthKnown, true, 'every field has a sample to measure');
      assert.ok(template.minLength > 40 && template.maxLength <= 200, `${template.minLength}–${template.maxLength} characters: ${message.text}`);
      const fallback = template.fields.find((field) => field.name === 'first_name');
      assert.equal(fallback?.fallback, 'there', 'the greeting has a fallback for a recipient with no first name');
      assert.deepEqual(template.fields.filter((field) => field.personal).map((field) => field.name), ['icebreaker']);
      assert.deepEqual(result.findings.map((f) => `${f.ruleId}: ${text.slice(f.range.start, f.range.end)}`), []);
      assert.deepEqual(result.problems, []);
    });
  }

  for (const snippet of snippets.filter((s) => !isTemplate(s))) {
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
