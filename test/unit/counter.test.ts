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
});
