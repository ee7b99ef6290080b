// A campaign template as a person sees it: merge fields coloured, the counter's range in the status bar, and
// Preview Message for Recipient… picked from the Command Palette, rendering row 2 of the template's CSV
// beside it. Reads the rendered workbench only. Its docs picture: docs/images/template-preview.png.
import assert from 'node:assert/strict';
import { EXTENSION_ID, UiSession, waitUntil } from './helpers.js';

// The project compiles without lib.dom; this types what the code run in the page uses.
interface ViewLine {
  textContent: string | null;
  style: { top: string };
}
declare const document: { querySelectorAll(selector: string): Iterable<ViewLine> };

const TEMPLATE = 'template.outreach.md';
/** The template message's body, 1-based as Go to Line counts. */
const BODY_LINE = 16;

/** The Node extension host, and the browser build in the web worker host (see web.ui.ts for how it is told apart). */
const HOSTS = [
  { name: 'Node host', suite: 'template', userSettings: undefined, docsPicture: true },
  { name: 'web worker host', suite: 'template-web', userSettings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } }, docsPicture: false },
];

for (const host of HOSTS) describe(`UI: a campaign template and its preview (${host.name})`, function () {
  this.timeout(240_000);
  let ui: UiSession;

  before(async function () {
    this.timeout(300_000);
    ui = await UiSession.start({ suite: host.suite, ...(host.userSettings ? { userSettings: host.userSettings } : {}) });
    await ui.wb.openFile(TEMPLATE, 90_000);
    await ui.page.locator('.editor-group-container.active .monaco-editor .view-overlays .cdr[class*="squiggly-"]').first().waitFor({ state: 'attached', timeout: 90_000 });
  });
  after(async function () {
    this.timeout(60_000);
    await ui?.close();
  });
  afterEach(async function () {
    await ui?.onTestEnd(this.currentTest);
  });

  it('colours merge fields apart from the text around them', async () => {
    // Semantic tokens arrive after the first lint: the field's text gets a colour class of its own.
    const line = ui.viewLine('I lead analytics');
    const colours = await waitUntil('the field coloured apart from the text', async () => {
      const found = await line.evaluate((element) => {
        const spans = [...element.querySelectorAll('span > span')];
        // View lines draw spaces as no-break spaces.
        const classOf = (text: string) => spans.find((span) => (span.textContent ?? '').replace(/\u00a0/g, ' ').includes(text))?.className ?? '';
        return { field: classOf('icebreaker'), text: classOf('I lead analytics') };
      });
      return found.field && found.text && found.field !== found.text ? found : undefined;
    }, 30_000);
    assert.notEqual(colours.field, colours.text);
  });

  it('the counter shows the range of renderings; the preview renders row 2 beside the template', async () => {
    await ui.goTo(BODY_LINE, 5);
    await waitUntil('the counter range', async () => /\d+–207\/300/.test(await ui.counterItem().innerText()), 30_000);

    // The command's own quick pick follows the palette's, so both are driven by hand.
    const widget = ui.page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    await ui.page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill('>Outreach Lint: Preview Message for Recipient');
    await widget.locator('.monaco-list-row', { hasText: 'Preview Message for Recipient' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    await ui.page.waitForTimeout(150);
    await input.press('Enter');
    const row = widget.locator('.monaco-list-row', { hasText: 'Row 2: Bartholomew · Reyes · Orbital Freight' }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await widget.locator('.monaco-list-row', { hasText: 'Sample values' }).count(), 1, 'the samples are offered too');
    await ui.shot('recipient pick');
    await input.fill('Row 2');
    await ui.page.waitForTimeout(150);
    await input.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: 30_000 });

    // The preview opens beside the template without taking the focus: the group that is not active. Its
    // lines wrap, so the view lines are joined to read the text.
    const previewText = () =>
      ui.page.evaluate(() =>
        [...document.querySelectorAll('.editor-group-container:not(.active) .monaco-editor .view-lines .view-line')]
          .map((line) => ({ top: Number.parseFloat(line.style.top || '0'), text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
          .sort((a, b) => a.top - b.top)
          .map((line) => line.text)
          .join(''),
      );
    const shown = await waitUntil('the rendering in the preview', async () => {
      const text = await previewText();
      return text.includes('Which test caught the most bugs?') ? text : undefined;
    }, 30_000);
    assert.ok(shown.startsWith('Row 2 · Bartholomew · Reyes · Orbital Freight · 207/300 characters'), shown);
    assert.ok(shown.includes('Hello Bartholomew, your post on flaky tests, and the retry budget, settled a debate on our team.'), shown);
    assert.ok(!shown.includes('{{'), 'every field rendered');
    assert.equal(await ui.page.locator('.tabs-container .tab', { hasText: 'template · message 1 · row 2' }).count(), 1, 'the tab names the row');
    await ui.shot('preview beside the template');
    if (host.docsPicture) await ui.docShot('template-preview', [ui.page.locator('.part.editor'), ui.counterItem()], 0);
  });

  // Last: the Running Extensions view it opens takes the editor's place.
  if (host.userSettings) {
    it('ran in the web worker extension host', async () => {
      const running = await ui.runningExtensionHost();
      assert.equal(running.text, 'web worker');
    });
  }
});
