// Outreach Lint as a person sees it: VS Code 1.100.3 (code-server) in headless chromium, the extension
// loaded from the repository as development extension and run in the remote Node extension host (the
// default in this setup), the integration fixture workspace copied to a scratch folder.
// Every assertion reads the rendered workbench (DOM), never the extension API.
import assert from 'node:assert/strict';
import type { Locator } from 'playwright-core';
import { EXPECTED_PROBLEMS, UiSession, useUiSession, waitUntil, type Box } from './helpers.js';

describe('UI: Outreach Lint in the editor (Node extension host)', function () {
  this.timeout(180_000);
  let ui: UiSession;

  useUiSession({ suite: 'node-host' }, 'campaign opened', (session) => (ui = session));

  it('draws squiggles of every severity, and the hover on the default invitation shows its message and rule link', async () => {
    const counts = await waitUntil('error, warning and info squiggles', async () => {
      const c = await ui.squiggleCounts();
      return c.error > 0 && c.warning > 0 && c.info > 0 ? c : false;
    });
    assert.equal(counts.hint, 0, 'the fixture has no hint-level finding');
    assert.equal(await ui.problemsSummary(), 'Errors: 3, Warnings: 12, Infos: 3');

    // Line 12: default-invitation (error), missing-recipient-name (info) and no-personal-detail (warning) on the same text.
    const invitation = "I'd like to add you to my professional network on LinkedIn";
    const onLine12 = await ui.squigglesOnLineWith(invitation);
    assert.deepEqual(onLine12.map((s) => s.className).sort(), ['squiggly-error', 'squiggly-info', 'squiggly-warning']);
    // Line 16: the greeting, the stock phrase and the vague ask are warnings and "just" is filler (info), but
    // the note-level findings cover the whole line (no-personal-detail a warning, missing-recipient-name an
    // info), and VS Code draws overlapping squiggles of one severity as one. So: one warning and one info
    // squiggle, each the width of the line; the Problems view test below checks each finding's own column.
    const onLine16 = await ui.squigglesOnLineWith('Hi there, I came across your profile');
    assert.deepEqual(onLine16.map((s) => s.className).sort(), ['squiggly-info', 'squiggly-warning'], JSON.stringify(onLine16));
    const line16 = await ui.textBox('Hi there, I came across your profile', 'Hi there');
    for (const squiggle of onLine16) assert.ok(Math.abs(squiggle.x - line16.x) < 2, `starts at the line's start: ${JSON.stringify(squiggle)}`);
    await ui.shot('squiggles');

    const error = onLine12.find((s) => s.className === 'squiggly-error');
    assert.ok(error);
    const hover = await ui.hoverAt(error.x + error.width / 2, error.y + error.height / 2, 'default-invitation');
    // (Non-breaking spaces read as spaces here; whether the text can wrap is the next test's concern.)
    const text = (await hover.innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /"I'd like to add you to my professional network on LinkedIn" is LinkedIn's default invitation text\. /);
    assert.match(text, /outreach-lint/, 'the source is named');
    // The extension's own hover part adds the reason, linking the rule too.
    assert.match(text, /Why \(default-invitation\): This is LinkedIn's prefilled note/);
    const link = hover.locator('a.code-link', { hasText: 'default-invitation' });
    assert.equal(await link.count(), 1, 'the rule code is a link');
    assert.match((await link.getAttribute('href')) ?? '', /\/docs\/rules\/default-invitation\.md$/);
    await ui.shot('hover on the default invitation');
    await ui.docShot('squiggles-hover', [hover, ui.viewLine(invitation), ui.viewLine('Hi there, I came across'), await ui.gutterBox(invitation)], 8);
  });

  it('the hover\'s "Why" text wraps between words (no non-breaking spaces), so no word is split', async () => {
    // The stock phrase "I came across your profile" (its squiggle is drawn as one with the line's note-level
    // warning, so the hover is placed on the words themselves).
    const stock = await ui.textBox('Hi there, I came across', 'came across your profile');
    const hover = await ui.hoverAt(stock.x + stock.width / 2, stock.y + stock.height / 2, /Why \(stock-phrase\)/);
    await ui.shot('hover on a stock phrase');
    const paragraphs = (await hover.locator('.rendered-markdown p', { hasText: 'Why' }).allTextContents()).filter((p) => p.includes('stock-phrase'));
    assert.equal(paragraphs.length, 1, 'one "Why" paragraph for the stock phrase');
    const why = paragraphs[0] ?? '';
    const nbsp = [...why].filter((c) => c === '\u00a0').length;
    assert.equal(
      nbsp,
      0,
      `the "Why" text is joined by ${nbsp} non-breaking spaces (MarkdownString.appendText turns spaces into &nbsp;), ` +
        `so the browser can only break it inside words: ${JSON.stringify(why)}`,
    );
  });

  it('the Problems view lists every finding of the fixture with its rule code and position', async () => {
    assert.deepEqual(await ui.problemsViewEntries(EXPECTED_PROBLEMS.length), EXPECTED_PROBLEMS);
  });

  it('Ctrl+. on "Hi there" lists the greeting fix, disable-for-line and fix-all; choosing the fix edits the text', async () => {
    await ui.goTo(16, 3);
    await ui.page.keyboard.press('Control+.');
    const menu = ui.page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible', timeout: 30_000 });
    const titles = await waitUntil('the quick fixes', async () => {
      const found = (await menu.locator('.monaco-list-row.action .title').allInnerTexts()).map((t) => t.trim());
      return found.some((t) => t.startsWith('Fix all')) ? found : false;
    });
    assert.equal(titles[0], 'Replace with "Hi Leo"', `the preferred fix comes first: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Disable generic-greeting for this line'), titles.join(' | '));
    const fixAll = titles.filter((t) => /^Fix all auto-fixable outreach problems \(\d+\)$/.test(t));
    assert.equal(fixAll.length, 1, titles.join(' | '));
    await ui.shot('quick fix menu');
    await ui.docShot('quick-fix', [menu, ui.viewLine('Hi there, I came across'), await ui.gutterBox('Hi there, I came across')], 8);

    // Choose it as a person would: the focused (first) entry, Enter.
    const focused = menu.locator('.monaco-list-row.action.focused .title');
    assert.equal((await focused.innerText()).trim(), 'Replace with "Hi Leo"');
    await ui.page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: 15_000 });
    await ui.viewLine('Hi Leo, I came across your profile').waitFor({ state: 'visible', timeout: 30_000 });
    // The greeting warning and the missing-name info of that message are gone.
    await waitUntil('the problems to drop', async () => (await ui.problemsSummary()) === 'Errors: 3, Warnings: 11, Infos: 2');
    await ui.shot('after the greeting fix');
  });

  it("the status-bar counter: 395/300 on the error background in Marco's message, 99/300 plain in Priya's; tooltip; a click copies", async () => {
    await ui.goTo(24, 10);
    const marco = await ui.counterShows('395/300');
    assert.ok(marco.hasNoteIcon, 'the $(note) icon renders');
    assert.ok(marco.classes.includes('error-kind') && marco.classes.includes('has-background-color'), marco.classes.join(' '));
    assert.notEqual(marco.errorBackground, 'rgba(0, 0, 0, 0)', 'the theme defines an error background');
    assert.equal(marco.background, marco.errorBackground, 'painted with statusBarItem.errorBackground');
    const marcoTip = await ui.counterTooltip('395 of 300 characters');
    const marcoText = await marcoTip.innerText();
    assert.match(marcoText, /Marco Bianchi - Fieldstone · LinkedIn connection note/);
    assert.match(marcoText, /395 of 300 characters · 73 words · 95 over/);
    assert.match(marcoText, /Click to copy the message as plain text\./);
    await ui.shot('counter over the limit');
    const statusbar = ui.page.locator('.part.statusbar');
    await ui.docShot('status-bar', [marcoTip, ui.counterItem(), await rightEndOf(statusbar)], 12);

    await ui.dismiss();
    await ui.goTo(20, 5);
    const priya = await ui.counterShows('99/300');
    assert.ok(priya.hasNoteIcon);
    assert.ok(!priya.classes.some((c) => /-kind$/.test(c)) && !priya.classes.includes('has-background-color'), priya.classes.join(' '));
    assert.equal(priya.background, 'rgba(0, 0, 0, 0)', 'no background of its own');
    const priyaTip = await ui.counterTooltip('99 of 300 characters');
    const priyaText = await priyaTip.innerText();
    assert.match(priyaText, /Priya Nair — Lumen Labs · LinkedIn connection note/);
    assert.match(priyaText, /99 of 300 characters · 17 words · 201 left/);
    await ui.shot('counter within the limit');

    await ui.counterItem().click();
    const expected = "Priya, congrats on [Company]'s launch; your churn write-up is the clearest I have read on renewals.";
    await waitUntil('the message on the clipboard', async () => (await ui.clipboardText()) === expected, 15_000);
  });

  it('typing out-ev offers the out-event snippet with its description; accepting it inserts a note to fill in', async () => {
    // The end of the file is the empty line after Lena's message; leave a blank line before the new message.
    await ui.goTo(36, 1);
    await ui.page.keyboard.press('Control+End');
    await waitUntil('the cursor at the end of the file', async () => (await ui.page.locator('[id="status.editor.selection"]').innerText()).trim() === 'Ln 37, Col 1');
    await ui.page.keyboard.press('Enter');
    await ui.page.keyboard.type('out-ev', { delay: 40 });
    // No Ctrl+Space: the extension's configurationDefaults turn quick suggestions on for outreach files.
    const widget = ui.page.locator('.editor-widget.suggest-widget.visible').first();
    await widget.waitFor({ state: 'visible', timeout: 30_000 });
    const row = widget.locator('.monaco-list-row.focused');
    await waitUntil('out-event focused in the suggestions', async () => (await row.locator('.label-name').innerText()).trim() === 'out-event');
    assert.equal((await row.locator('.details-label').innerText()).trim(), 'Met at an event', 'the snippet name shows beside the prefix');
    assert.equal(await row.locator('.codicon-symbol-snippet').count(), 1, 'shown as a snippet');
    // Ctrl+Space in the open widget shows the details: the snippet's description and a preview.
    await ui.page.keyboard.press('Control+Space');
    const details = ui.page.locator('.suggest-details-container .suggest-details', { hasText: 'Connection note to someone' }).first();
    await details.waitFor({ state: 'visible', timeout: 15_000 });
    const detailText = await details.innerText();
    assert.match(detailText, /Connection note to someone you met or heard at an event: name the event and what they said\. \(Outreach Lint\)/);
    assert.match(detailText, /## First Last — Company/);
    await ui.shot('snippet suggestion');
    await ui.docShot('snippet-completion', [widget, details, ui.viewLine('out-ev'), ui.viewLine('## Lena Fischer'), await ui.gutterBox('out-ev')], 8);

    await ui.page.keyboard.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: 15_000 });
    await waitUntil('the snippet text in the editor', async () => {
      const lines = await ui.viewLineTexts();
      return lines.includes('## First Last — Company') && lines.some((l) => l.startsWith('First Last, we met at event after your talk on topic.'));
    });
    assert.ok(!(await ui.viewLineTexts()).some((l) => l.includes('out-ev')), 'the prefix was replaced');
    // The first tab stop is selected: typing the name fills the heading, Tab writes the first name into the note.
    await ui.page.keyboard.type('Nora Quinn', { delay: 20 });
    await ui.page.keyboard.press('Tab');
    await waitUntil('the name in the heading and the first name in the note', async () => {
      const lines = await ui.viewLineTexts();
      return lines.includes('## Nora Quinn — Company') && lines.some((l) => l.startsWith('Nora, we met at event after your talk on topic.'));
    });
    await ui.shot('snippet inserted');
  });

  it('runs in the remote Node extension host (control for the web worker suite)', async () => {
    const host = await ui.runningExtensionHost();
    const authority = new URL(ui.wb.baseUrl).host;
    assert.equal(host.text, authority, 'VS Code names the server as the host');
    assert.match(host.icon, /codicon-remote/);
    assert.deepEqual(ui.extensionFileRequests('dist/extension.js'), [], 'the browser never fetched the bundle: the server ran it');
    await ui.shot('running extensions (node host)');
  });
});

/** The right end of the status bar (a box), so the status-bar picture shows the counter among its neighbours. */
async function rightEndOf(statusbar: Locator): Promise<Box> {
  const box = await statusbar.boundingBox();
  if (!box) throw new Error('the status bar is not visible');
  return { x: box.x + box.width - 560, y: box.y, width: 560, height: box.height };
}
