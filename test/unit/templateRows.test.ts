import assert from 'node:assert/strict';
import { createLinter, readRecipientTable, type LintResult } from '../../src/core/index.js';

/** How the recipients data shapes a template's longest case and its per-row checks. */

const TEMPLATE = `---
template: liquid
limit: 120
---

## Step 1

{Hi|Hello} {{ first_name | default: "there" }}, your post on {{ topic }} was sharp. Could I send you our notes?
`;

// Row 1 has the longest name, row 2 the longest topic: together they make a note no recipient gets.
const CSV = [
  'first_name,topic',
  'Bartholomew-Alexander,dbt',
  'Li,incremental models in warehouses at scale',
  'Ana,tests',
].join('\n');

const overLimit = (result: LintResult) => result.findings.filter((finding) => finding.ruleId === 'over-limit');

describe('templates with recipients data', () => {
  const data = readRecipientTable(CSV, 'prospects.csv');

  it('measures the longest real recipient, not the longest value of each field put together', () => {
    const result = createLinter().lint(TEMPLATE, { data });
    const template = result.messages[0]?.template;
    assert.ok(template);
    const fixed = 'Hello , your post on  was sharp. Could I send you our notes?'.length;
    assert.equal(template.maxLength, fixed + 'Li'.length + 'incremental models in warehouses at scale'.length);
    assert.equal(template.minLength, 'Hi , your post on  was sharp. Could I send you our notes?'.length + 'Ana'.length + 'tests'.length);
    // Adding the longest name to the longest topic would go over 120; no recipient does.
    assert.equal(template.maxLength, 103);
    assert.deepEqual(overLimit(result), []);
    const [finding, ...rest] = overLimit(createLinter().lint(TEMPLATE.replace('limit: 120', 'limit: 100'), { data }));
    assert.equal(rest.length, 0);
    assert.ok(finding);
    assert.match(finding.message, /^103\/100 characters/);
    assert.match(finding.message, /Longest recipient: row 2 \(CSV line 3; topic "incremental models in warehouses at sca…", first_name "Li"\), with the longest spin options\./);
  });

  it('reports over-limit per recipient only, when checked per row and the data holds every field', () => {
    const tight = TEMPLATE.replace('limit: 120', 'limit: 100');
    const result = createLinter().lint(tight, { data, perRow: true });
    const rows = overLimit(result).map((finding) => finding.row?.number);
    assert.deepEqual(rows, [2]);
  });

  it('keeps the declared-sample longest case when a field has no column', () => {
    const text = TEMPLATE.replace('limit: 120', 'limit: 80\nfields:\n  sign_off: [Best]').replace('notes?', 'notes? {{ sign_off }}');
    const result = createLinter().lint(text, { data });
    const [finding] = overLimit(result);
    assert.ok(finding);
    assert.match(finding.message, /Longest case/);
  });

  it('reports the data\'s problems on template files only', () => {
    const broken = readRecipientTable('a,b\n1,2,3\n', 'bad.csv');
    assert.deepEqual(createLinter().lint('## Ana\n\nAna, your talk on metric layers was great.\n', { data: broken }).problems, []);
    const problems = createLinter().lint(TEMPLATE, { data: broken }).problems.map((problem) => problem.message);
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^bad\.csv line 2/);
  });
});

describe('template syntax edge cases', () => {
  it('a field with no name is a syntax error, not a spin', () => {
    const result = createLinter().lint('---\ntemplate: liquid\n---\n\n## Step 1\n\nHi {{ | default: "there" }}, your talk on retries was sharp.\n');
    const errors = result.findings.filter((finding) => finding.ruleId === 'spin-syntax');
    assert.deepEqual(errors.map((finding) => finding.messageId), ['bad-field']);
  });

  it('measures filtered values: an upcased "ß" is two characters', () => {
    const text = '---\ntemplate: liquid\nfields:\n  city: [Abc, ßß]\n---\n\n## Step 1\n\nSee you in {{ city | upcase }} soon.\n';
    const template = createLinter().lint(text).messages[0]?.template;
    assert.ok(template);
    assert.equal(template.maxLength, 'See you in SSSS soon.'.length);
    assert.equal(template.minLength, 'See you in ABC soon.'.length);
  });
});

describe('spin renderings that read as one', () => {
  const body = '{Hi|Hello} {{ first_name }}, I lead the data platform team at Northwind and we are moving our nightly jobs to Dagster next quarter. Could I ask how your team handled backfills?';
  const front = (extra: string) => `---\ntemplate: liquid\nfields:\n  first_name: [Ana, Li]\n${extra}---\n\n## Step 1\n\n`;
  const spinFindings = (text: string) => createLinter().lint(text).findings.filter((finding) => finding.messageId === 'spin-variants');

  it('are reported when only a greeting varies', () => {
    assert.equal(spinFindings(`${front('')}${body}\n`).length, 1);
  });

  it('are not reported when a personal line filled for everyone makes each note its own', () => {
    const text = `${front('  icebreaker: [Your SREcon talk on pager load was the clearest I have heard.]\npersonal: [icebreaker]\n')}${body} {{ icebreaker }}\n`;
    assert.deepEqual(spinFindings(text), []);
  });
});

describe('a template without fields, with data', () => {
  it('names no recipient row in its over-limit message', () => {
    const text = `---\ntemplate: liquid\nlimit: 40\n---\n\n## Step 1\n\n{Hi|Hello}, your post on retries was sharp. Could I send you our notes?\n`;
    const data = readRecipientTable('first_name\nAna\nLi\n', 'prospects.csv');
    const [finding] = createLinter().lint(text, { data }).findings.filter((f) => f.ruleId === 'over-limit');
    assert.ok(finding);
    assert.doesNotMatch(finding.message, /row/);
    assert.match(finding.message, /Longest case: the longest spin options\./);
  });
});
