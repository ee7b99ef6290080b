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
