import assert from 'node:assert/strict';
import { createLinter, describeCounter, escapeMarkdown, messageAt } from '../../src/core/index.js';

describe('escapeMarkdown', () => {
  it('puts a backslash before every character markdown could read as markup, and leaves the rest', () => {
    assert.equal(escapeMarkdown('a\\`*_{}[]()#+-.!|<>~z'), 'a\\\\\\`\\*\\_\\{\\}\\[\\]\\(\\)\\#\\+\\-\\.\\!\\|\\<\\>\\~z');
    assert.equal(escapeMarkdown('Dana, 20 minutes? Yes: café ☕'), 'Dana, 20 minutes? Yes: café ☕');
  });
});

describe('describeCounter', () => {
  it("shows the message's title in the tooltip as written, not as bold, strike-through or a link", () => {
    const result = createLinter().lint('## **Dana** ~~old~~ [draft](x)\n\nDana, your post on retries helped me.\n');
    const message = messageAt(result, result.messages[0]?.bodyRange.start ?? 0);
    const view = describeCounter(message);
    assert.ok(
      view.tooltip.startsWith('**\\*\\*Dana\\*\\* \\~\\~old\\~\\~ \\[draft\\]\\(x\\)** · '),
      view.tooltip,
    );
  });

  it('says in words where the cursor is when it is outside every message', () => {
    assert.deepEqual(describeCounter(undefined), {
      text: 'no message',
      tooltip: 'The cursor is outside any message: text before the first `##` heading is notes, not a message.',
      level: 'none',
      accessibleLabel: 'Outreach: the cursor is not in a message',
    });
  });

  describe('text, level and what is left, on either side of the limit and of the 90 % warning', () => {
    // A channel of 50 characters: 45 is the first length that warns, 51 the first that is over.
    const linter = createLinter({ config: { channels: { note: { label: 'Test note', limit: 50 } }, defaultChannel: 'note' } });
    const counterFor = (length: number) => {
      const body = `Dana, ${'x'.repeat(length - 6)}`;
      const result = linter.lint(`## Dana\n\n${body}\n`);
      assert.deepEqual(result.problems, []);
      return describeCounter(messageAt(result, result.messages[0]?.bodyRange.start ?? 0));
    };
    const cases: [length: number, text: string, level: string, left: string][] = [
      [44, '44/50', 'ok', '6 left'],
      [45, '45/50', 'near', '5 left'],
      [50, '50/50', 'near', '0 left'],
      [51, '51/50', 'over', '1 over'],
    ];
    for (const [length, text, level, left] of cases) {
      it(`${length} of 50 characters: ${text}, ${level}, ${left}`, () => {
        const view = counterFor(length);
        assert.equal(view.text, text);
        assert.equal(view.level, level);
        assert.ok(view.tooltip.startsWith(`**Dana** · Test note\n\n${length} of 50 characters · 2 words · ${left}\n\n`), view.tooltip);
        assert.equal(view.accessibleLabel, `Outreach message: ${length} of 50 characters, ${left}. Copy as plain text.`);
      });
    }

    it('a channel with no limit shows the length alone and never warns', () => {
      const result = createLinter({ config: { defaultChannel: 'email' } }).lint(`## Dana\n\nDana, ${'x'.repeat(5000)}\n`);
      const view = describeCounter(messageAt(result, result.messages[0]?.bodyRange.start ?? 0));
      assert.equal(view.text, '5006');
      assert.equal(view.level, 'ok');
      assert.equal(view.accessibleLabel, 'Outreach message: 5006 characters, 2 words, no limit. Copy as plain text.');
    });
  });
});

describe('describeCounter for a template message', () => {
  const frontMatter = (fields: string) => `---\ntemplate: liquid\nfields:\n${fields}personal: [icebreaker]\n---\n\n`;
  const counterFor = (text: string, config: object = {}) => {
    const result = createLinter({ config }).lint(text);
    const message = result.messages[0];
    assert.ok(message?.template, 'a template message');
    return { view: describeCounter(message), template: message.template };
  };
  // Ana (3) or Bartholomew (11); {Hi|Hello} adds 2 or 5.
  const body = '{Hi|Hello} {{ first_name }}, {{ icebreaker }} Could I ask how you split the renewal cohorts?';
  const fields = '  first_name: [Ana, Bartholomew]\n  icebreaker: [your churn post changed our pricing review.]\n';

  it('shows the shortest and longest rendering against the limit, with the level of the longest', () => {
    const { view, template } = counterFor(`${frontMatter(fields)}## Dana\n\n${body}\n`);
    const literal = ' , ' .length + ' Could I ask how you split the renewal cohorts?'.length;
    const icebreaker = 'your churn post changed our pricing review.'.length;
    assert.equal(template.minLength, 2 + 3 + icebreaker + literal);
    assert.equal(template.maxLength, 5 + 11 + icebreaker + literal);
    assert.equal(view.text, `${template.minLength}–${template.maxLength}/300`);
    assert.equal(view.level, 'ok');
    assert.match(view.tooltip, new RegExp(`^\\*\\*Dana\\*\\* · LinkedIn connection note\\n\\n${template.minLength}–${template.maxLength} of 300 characters per recipient · ${300 - template.maxLength} left in the longest\\n\\n`));
    assert.match(view.tooltip, /from the shortest rendering to the longest/);
    assert.doesNotMatch(view.tooltip, /Counted as written|combinations were checked/);
    assert.equal(view.accessibleLabel, `Outreach template: ${template.minLength} to ${template.maxLength} of 300 characters per recipient, ${300 - template.maxLength} left in the longest. Copy the template.`);
  });

  it('warns and turns red by the longest rendering, even when the shortest fits', () => {
    const long = `  first_name: [Ana, ${'B'.repeat(250)}]\n  icebreaker: [your churn post changed our pricing review.]\n`;
    const { view, template } = counterFor(`${frontMatter(long)}## Dana\n\n${body}\n`);
    assert.ok(template.minLength < 300 && template.maxLength > 300);
    assert.equal(view.level, 'over');
    assert.match(view.tooltip, new RegExp(`the longest is ${template.maxLength - 300} over`));
    const near = `  first_name: [Ana, ${'B'.repeat(182)}]\n  icebreaker: [your churn post changed our pricing review.]\n`;
    const nearView = counterFor(`${frontMatter(near)}## Dana\n\n${body}\n`);
    assert.ok(nearView.template.maxLength >= 270 && nearView.template.maxLength <= 300, String(nearView.template.maxLength));
    assert.equal(nearView.view.level, 'near');
  });

  it('a single length reads as one number', () => {
    const { view } = counterFor(`${frontMatter('  first_name: [Ana]\n  icebreaker: [your churn post changed our pricing review.]\n')}## Dana\n\nHi {{ first_name }}, {{ icebreaker }} Could I ask how you split the cohorts?\n`);
    assert.match(view.text, /^\d+\/300$/);
  });

  it('names the fields counted as written when some have no values', () => {
    const { view, template } = counterFor(`${frontMatter('  first_name: [Ana]\n')}## Dana\n\nHi {{ first_name }}, {{ icebreaker }} {{ team }} Could I ask how you split the cohorts?\n`);
    assert.equal(template.lengthKnown, false);
    assert.match(view.tooltip, /Counted as written, with no values to measure: `icebreaker`, `team`\. Give them samples/);
    assert.doesNotMatch(view.tooltip, /`first_name`/);
  });

  it('says how many combinations were checked when not all were', () => {
    const spins = Array.from({ length: 8 }, (_, i) => `{w${i}a|w${i}b}`).join(' ');
    const { view, template } = counterFor(`${frontMatter(fields)}## Dana\n\nHi {{ first_name }}, {{ icebreaker }} ${spins}\n`);
    assert.equal(template.exhaustive, false);
    assert.equal(template.combinations, 256);
    assert.match(view.tooltip, new RegExp(`${template.checked} of 256 spin combinations were checked`));
  });

  it('a channel without a limit shows the range alone', () => {
    const { view, template } = counterFor(`${frontMatter(fields)}## Dana\n\n${body}\n`, { defaultChannel: 'email' });
    assert.equal(view.text, `${template.minLength}–${template.maxLength}`);
    assert.equal(view.level, 'ok');
  });
});
