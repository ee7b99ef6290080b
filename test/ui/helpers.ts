// Shared pieces of the UI suites: a workbench session on a scratch copy of the integration fixture
// workspace, and helpers that act and read the rendered DOM the way a person sees VS Code.
//
// Screenshots: every step writes a full-window picture to .vscode-test/ui-screenshots/<suite>/ (git-ignored,
// replaced on each run); the cropped pictures for the README are written there too and, with
// OUTREACH_UI_UPDATE_DOCS=1 (runUi --update-docs-images), copied to docs/images/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page, Request } from 'playwright-core';
import { REPO_ROOT, VSCODE_TEST_DIR, isTruthyEnv } from '../host/host.js';
import { startWorkbench, type Workbench } from '../host/workbench.js';
import { sleep, waitUntil } from '../shared/waitUntil.js';

export { sleep, waitUntil };

export { REPO_ROOT };
export const EXTENSION_ID = 'outreach-lint.outreach-lint';
/** VS Code gives an extension's status-bar item the DOM id `<extension id>.<item id>`. */
export const COUNTER_SELECTOR = `[id="${EXTENSION_ID}.outreach.counter"]`;
export const FIXTURE = 'campaign.outreach.md';
export const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test', 'integration', 'workspace');
export const SHOTS_DIR = process.env['OUTREACH_UI_SHOTS_DIR'] ?? path.join(VSCODE_TEST_DIR, 'ui-screenshots');
export const DOCS_IMAGES_DIR = path.join(REPO_ROOT, 'docs', 'images');
export const UPDATE_DOCS_IMAGES = isTruthyEnv(process.env['OUTREACH_UI_UPDATE_DOCS']);
/** Pictures for the docs must stay small. */
export const MAX_DOC_IMAGE_BYTES = 200 * 1024;
export const VIEWPORT = { width: 1280, height: 800 };
/** One theme for every picture. */
export const THEME = 'Default Light Modern';

/**
 * What 02-diagnostics.test.ts expects on campaign.outreach.md, as the Problems view shows it:
 * rule code and start position (1-based line and column).
 */
export const EXPECTED_PROBLEMS = [
  'default-invitation 12:1',
  'duplicate-message 34:1',
  'filler 16:75',
  'generic-greeting 16:1',
  'missing-recipient-name 12:1',
  'missing-recipient-name 16:1',
  'no-personal-detail 12:1',
  'no-personal-detail 16:1',
  'no-personal-detail 32:1',
  'no-personal-detail 36:1',
  'over-limit 24:301',
  'stock-phrase 16:11',
  'stock-phrase 32:7',
  'stock-phrase 36:7',
  'unfilled-placeholder 20:20',
  'vague-ask 16:56',
  'vague-ask 32:88',
  'vague-ask 36:88',
];

const EDITOR = '.editor-group-container.active .monaco-editor';
/** A point in the explorer's empty area: nothing there shows a hover. */
const NEUTRAL = { x: 180, y: 450 };

// The project compiles without lib.dom (so the extension cannot use the DOM by accident). Code passed to
// page.evaluate runs in the browser; these module-local declarations type just what it uses.
interface DomElement {
  className: string;
  textContent: string | null;
  style: { top: string; backgroundColor: string };
  classList: Iterable<string>;
  parentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  closest(selector: string): DomElement | null;
  getBoundingClientRect(): { x: number; y: number; width: number; height: number };
  appendChild(child: DomElement): unknown;
  remove(): void;
}
declare const document: {
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  createElement(tag: string): DomElement;
};
declare function getComputedStyle(element: DomElement): { backgroundColor: string };
declare const navigator: { clipboard: { readText(): Promise<string> } };

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CounterView {
  /** The item's visible text, e.g. "395/300" (the $(note) icon renders as a codicon, not text). */
  text: string;
  hasNoteIcon: boolean;
  classes: string[];
  /** Computed background-color of the item. */
  background: string;
  /** Computed color of the theme's statusBarItem.errorBackground / warningBackground. */
  errorBackground: string;
  warningBackground: string;
}

export interface SessionOptions {
  /** Folder under .vscode-test/ui-screenshots/ for this suite's pictures. */
  suite: string;
  userSettings?: Record<string, unknown>;
}

/**
 * The mocha hooks every UI suite shares, registered in the calling `describe`: one workbench for the
 * suite with the fixture opened (pictured as `openedShot`), the fixture brought back to the front before
 * each test, a picture of each failure, and the workbench closed at the end. `use` receives the session.
 */
export function useUiSession(options: SessionOptions, openedShot: string, use: (session: UiSession) => void): void {
  let session: UiSession | undefined;
  before(async function () {
    this.timeout(300_000);
    session = await UiSession.start(options);
    use(session);
    await session.openFixture();
    await session.shot(openedShot);
  });
  after(async function () {
    this.timeout(60_000);
    await session?.close();
  });
  beforeEach(async function () {
    await session?.ensureFixtureActive();
  });
  afterEach(async function () {
    await session?.onTestEnd(this.currentTest);
  });
}

/** A live workbench on a scratch copy of test/integration/workspace, with the repo as development extension. */
export class UiSession {
  private step = 0;
  /** Every URL the browser requested (page, iframes, workers) since the session started. */
  readonly requests: string[] = [];

  private constructor(
    readonly wb: Workbench,
    readonly workspace: string,
    readonly shotsDir: string,
  ) {
    const record = (request: Request): void => {
      this.requests.push(request.url());
    };
    wb.context.on('request', record);
    wb.page.on('request', record);
  }

  static async start(options: SessionOptions): Promise<UiSession> {
    const scratchRoot = path.join(VSCODE_TEST_DIR, 'ui-workspaces');
    fs.mkdirSync(scratchRoot, { recursive: true });
    const workspace = path.join(scratchRoot, `${options.suite}-${Date.now().toString(36)}-${process.pid}`);
    fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
    const shotsDir = path.join(SHOTS_DIR, options.suite);
    fs.rmSync(shotsDir, { recursive: true, force: true });
    fs.mkdirSync(shotsDir, { recursive: true });
    try {
      const wb = await startWorkbench({
        extensionDevelopmentPath: REPO_ROOT,
        folder: workspace,
        viewport: VIEWPORT,
        readyTimeoutMs: 120_000,
        userSettings: {
          'workbench.colorTheme': THEME,
          // Keep pictures free of unrelated chrome.
          'workbench.layoutControl.enabled': false,
          ...options.userSettings,
        },
      });
      // The counter's click copies the message: let the page use the clipboard like a person's browser would.
      await wb.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: wb.baseUrl });
      return new UiSession(wb, workspace, shotsDir);
    } catch (error) {
      fs.rmSync(workspace, { recursive: true, force: true });
      throw error;
    }
  }

  get page(): Page {
    return this.wb.page;
  }

  async close(): Promise<void> {
    try {
      await this.wb.close();
    } finally {
      fs.rmSync(this.workspace, { recursive: true, force: true, maxRetries: 3 });
      try {
        fs.rmdirSync(path.dirname(this.workspace)); // only when no other run's scratch folder is left
      } catch {
        // not empty: another suite or developer is using it
      }
    }
  }

  /** Full-window picture of the current step: <suite>/NN-<name>.png. */
  async shot(name: string): Promise<string> {
    this.step += 1;
    const file = path.join(this.shotsDir, `${String(this.step).padStart(2, '0')}-${slug(name)}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }

  /**
   * Picture of the region around the given elements (their bounding boxes joined, padded, clipped to the
   * window), for the docs. Written to <suite>/docs-<name>.png and, when updating the docs, docs/images/<name>.png.
   */
  async docShot(name: string, regions: (Locator | Box)[], pad = 16): Promise<string> {
    const boxes: Box[] = [];
    for (const region of regions) {
      const box = 'boundingBox' in region ? await region.boundingBox() : region;
      if (box) boxes.push(box);
    }
    if (boxes.length === 0) throw new Error(`docShot ${name}: none of the regions is visible`);
    const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - pad);
    const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - pad);
    const right = Math.min(VIEWPORT.width, Math.max(...boxes.map((b) => b.x + b.width)) + pad);
    const bottom = Math.min(VIEWPORT.height, Math.max(...boxes.map((b) => b.y + b.height)) + pad);
    const clip = { x: Math.floor(left), y: Math.floor(top), width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
    const file = path.join(this.shotsDir, `docs-${name}.png`);
    await this.page.screenshot({ path: file, clip });
    const bytes = fs.statSync(file).size;
    if (bytes > MAX_DOC_IMAGE_BYTES) throw new Error(`${file} is ${bytes} bytes, over ${MAX_DOC_IMAGE_BYTES}`);
    if (UPDATE_DOCS_IMAGES) {
      fs.mkdirSync(DOCS_IMAGES_DIR, { recursive: true });
      fs.copyFileSync(file, path.join(DOCS_IMAGES_DIR, `${name}.png`));
    }
    return file;
  }

  /** For afterEach: a picture of the moment a test failed. */
  async onTestEnd(test: Mocha.Test | undefined): Promise<void> {
    if (test?.state === 'failed') {
      const file = await this.shot(`FAILED ${test.title}`).catch(() => undefined);
      if (file) process.stdout.write(`      screenshot of the failure: ${path.relative(REPO_ROOT, file)}\n`);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Editor
  // -------------------------------------------------------------------------------------------

  /** Opens the fixture through Quick Open (Ctrl+P) and waits until linting has drawn its first squiggle. */
  async openFixture(): Promise<void> {
    await this.wb.openFile(FIXTURE, 90_000);
    await this.page.locator(`${EDITOR} .view-overlays .cdr[class*="squiggly-"]`).first().waitFor({ state: 'attached', timeout: 90_000 });
  }

  /** Makes sure the fixture's editor is the active one (a failed test may have left something else in front). */
  async ensureFixtureActive(): Promise<void> {
    await this.dismiss();
    const active = this.page.locator('.tabs-container .tab.active', { hasText: FIXTURE });
    if (!(await active.isVisible())) await this.wb.openFile(FIXTURE, 60_000);
  }

  /** Escape (twice: widget, then e.g. a hover) and move the mouse to a neutral spot (the explorer's empty area). */
  async dismiss(): Promise<void> {
    await this.page.mouse.move(NEUTRAL.x, NEUTRAL.y);
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
  }

  /** Go to Line (Ctrl+G), as a person places the cursor by line and column; waits for the status bar to agree. */
  async goTo(line: number, column = 1): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    await this.page.keyboard.press('Control+G');
    await input.waitFor({ state: 'visible', timeout: 30_000 });
    await input.fill(`:${line}:${column}`);
    await waitUntil('Go to Line to accept the position', async () => /Go to line/i.test(await widget.innerText()), 10_000);
    await input.press('Enter');
    await widget.waitFor({ state: 'hidden', timeout: 30_000 });
    await waitUntil(
      `the cursor at Ln ${line}, Col ${column}`,
      async () => (await this.page.locator('[id="status.editor.selection"]').innerText()).trim() === `Ln ${line}, Col ${column}`,
      15_000,
    );
  }

  /** The first rendered view line of the active editor that contains `text`. */
  viewLine(text: string): Locator {
    return this.page.locator(`${EDITOR} .view-lines .view-line`, { hasText: text }).first();
  }

  /**
   * Where `part` is drawn inside the view line holding `text`, in page pixels. The editor's font is
   * monospace, so the span's width divided by its characters gives each character's place.
   */
  async textBox(text: string, part: string): Promise<Box> {
    const span = this.viewLine(text).locator(':scope > span').first();
    await span.waitFor({ state: 'visible', timeout: 30_000 });
    const box = await span.boundingBox();
    const shown = ((await span.textContent()) ?? '').replace(/\u00a0/g, ' ');
    const start = shown.indexOf(part);
    if (!box || start < 0 || shown.length === 0) throw new Error(`no rendered "${part}" in the line with ${text}`);
    const perCharacter = box.width / shown.length;
    return { x: box.x + start * perCharacter, y: box.y, width: part.length * perCharacter, height: box.height };
  }

  /** A thin box at the editor's left edge on the row of the view line holding `text`: adds the line numbers to a picture. */
  async gutterBox(text: string): Promise<Box> {
    const editor = await this.page.locator(EDITOR).first().boundingBox();
    const line = await this.viewLine(text).boundingBox();
    if (!editor || !line) throw new Error(`no rendered line with ${text}`);
    return { x: editor.x, y: line.y, width: 1, height: line.height };
  }

  /** Texts of the rendered view lines, top to bottom (wrapped lines come as several). */
  async viewLineTexts(): Promise<string[]> {
    return this.page.evaluate((editor) => {
      const lines = [...document.querySelectorAll(`${editor} .view-lines .view-line`)];
      return lines
        .map((line) => ({ top: Number.parseFloat(line.style.top || '0'), text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text);
    }, EDITOR);
  }

  /**
   * Squiggle decorations drawn on the same row as the view line holding `text`: each as its class
   * (squiggly-error, …) and its horizontal span in page pixels.
   */
  async squigglesOnLineWith(text: string): Promise<{ className: string; x: number; width: number; y: number; height: number }[]> {
    const line = this.viewLine(text);
    await line.waitFor({ state: 'visible', timeout: 30_000 });
    return line.evaluate((element) => {
      const lineEl = element as unknown as DomElement;
      const editor = lineEl.closest('.monaco-editor');
      const top = lineEl.style.top;
      const rows = [...(editor?.querySelectorAll('.view-overlays > div') ?? [])].filter((row) => row.style.top === top);
      const lineBox = lineEl.getBoundingClientRect();
      return rows.flatMap((row) =>
        [...row.querySelectorAll('.cdr')]
          .filter((cdr) => /\bsquiggly-(error|warning|info|hint)\b/.test(cdr.className))
          .map((cdr) => {
            const box = cdr.getBoundingClientRect();
            return { className: /squiggly-(error|warning|info|hint)/.exec(cdr.className)?.[0] ?? '', x: box.x, width: box.width, y: lineBox.y, height: lineBox.height };
          }),
      );
    });
  }

  /** Counts of rendered squiggle decorations per severity in the active editor. */
  async squiggleCounts(): Promise<Record<'error' | 'warning' | 'info' | 'hint', number>> {
    return this.page.evaluate((editor) => {
      const count = (kind: string) => document.querySelectorAll(`${editor} .view-overlays .cdr.squiggly-${kind}`).length;
      return { error: count('error'), warning: count('warning'), info: count('info'), hint: count('hint') };
    }, EDITOR);
  }

  /** The editor hover that holds `text` (e.g. a marker hover with a rule code). */
  editorHover(hasText: string | RegExp): Locator {
    return this.page.locator('.monaco-hover:not(.hidden)', { hasText }).first();
  }

  /** Moves the mouse over a point until VS Code shows a hover matching `hasText` (retrying the move: hovers can be missed under load). */
  async hoverAt(x: number, y: number, hasText: string | RegExp, timeoutMs = 45_000): Promise<Locator> {
    const hover = this.editorHover(hasText);
    const deadline = Date.now() + timeoutMs;
    for (let attempt = 1; ; attempt++) {
      await this.page.mouse.move(x - 40, y + 30);
      await this.page.mouse.move(x, y, { steps: 5 });
      try {
        await hover.waitFor({ state: 'visible', timeout: Math.min(10_000, Math.max(1_000, deadline - Date.now())) });
        return hover;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`no hover with ${String(hasText)} after ${attempt} attempts: ${(error as Error).message}`);
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Workbench parts
  // -------------------------------------------------------------------------------------------

  /** The Problems status-bar item's accessible summary, e.g. "Errors: 3, Warnings: 4, Infos: 3". */
  async problemsSummary(): Promise<string> {
    return (await this.page.locator('[id="status.problems"]').getAttribute('aria-label')) ?? '';
  }

  /**
   * Opens the Problems view (Ctrl+Shift+M), maximized so that no row is virtualized away, and returns
   * each of our problems as "<code> <line>:<col>", sorted. Closes the panel afterwards.
   */
  async problemsViewEntries(expectedCount: number): Promise<string[]> {
    await this.page.keyboard.press('Control+Shift+M');
    const rows = this.page.locator('.markers-panel .monaco-list-row');
    await rows.first().waitFor({ state: 'visible', timeout: 30_000 });
    await this.wb.runCommand('View: Toggle Maximized Panel');
    const read = async (): Promise<string[]> =>
      this.page.evaluate(() =>
        [...document.querySelectorAll('.markers-panel .monaco-list-row')]
          .map((row) => {
            const source = row.querySelector('.marker-source')?.textContent ?? '';
            const code = row.querySelector('.marker-code')?.textContent ?? '';
            const at = /\[Ln (\d+), Col (\d+)\]/.exec(row.querySelector('.marker-line')?.textContent ?? '');
            return source === 'outreach-lint' && at ? `${code} ${at[1]}:${at[2]}` : '';
          })
          .filter((entry) => entry !== '')
          .sort(),
      );
    const entries = await waitUntil(`${expectedCount} problems in the Problems view`, async () => {
      const found = await read();
      return found.length >= expectedCount ? found : false;
    }, 30_000).catch(async () => read());
    await this.shot('problems view');
    await this.wb.runCommand('View: Toggle Maximized Panel');
    await this.wb.runCommand('View: Hide Panel');
    await this.page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: 15_000 });
    return entries;
  }

  counterItem(): Locator {
    return this.page.locator(COUNTER_SELECTOR);
  }

  /** The counter as rendered: text, icon, classes, computed background and the theme's warning/error colors. */
  async counter(): Promise<CounterView> {
    const item = this.counterItem();
    await item.waitFor({ state: 'visible', timeout: 30_000 });
    return item.evaluate((element) => {
      const el = element as unknown as DomElement;
      const resolve = (variable: string): string => {
        const probe = document.createElement('div');
        probe.style.backgroundColor = `var(${variable})`;
        el.parentElement?.appendChild(probe);
        const color = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return color;
      };
      return {
        text: (el.textContent ?? '').trim(),
        hasNoteIcon: el.querySelector('.codicon.codicon-note') !== null,
        classes: [...el.classList],
        background: getComputedStyle(el).backgroundColor,
        errorBackground: resolve('--vscode-statusBarItem-errorBackground'),
        warningBackground: resolve('--vscode-statusBarItem-warningBackground'),
      };
    });
  }

  /** Waits until the counter shows `text` (e.g. "395/300") and returns what it renders. */
  async counterShows(text: string): Promise<CounterView> {
    let last: CounterView | undefined;
    try {
      return await waitUntil(`the counter to show ${text}`, async () => {
        last = await this.counter();
        return last.text === text ? last : false;
      }, 30_000);
    } catch (error) {
      throw new Error(`${(error as Error).message}; it shows ${JSON.stringify(last?.text)} (classes: ${last?.classes.join(' ')})`);
    }
  }

  /** Hovers the counter and returns the tooltip (workbench hover) once it holds `hasText`. */
  async counterTooltip(hasText: string | RegExp): Promise<Locator> {
    const tooltip = this.page.locator('.workbench-hover', { hasText }).first();
    await waitUntil('the counter tooltip', async () => {
      await this.page.mouse.move(NEUTRAL.x, NEUTRAL.y);
      await this.counterItem().hover();
      try {
        await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
        return true;
      } catch {
        return false;
      }
    }, 45_000, 200);
    return tooltip;
  }

  /** What the page's clipboard holds (the browser clipboard VS Code writes to). */
  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  // -------------------------------------------------------------------------------------------
  // Which extension host runs the extension
  // -------------------------------------------------------------------------------------------

  /**
   * Opens "Developer: Show Running Extensions" and returns the host line VS Code prints under our
   * extension: its text and codicon ("globe" + "web worker" for the web worker host, "remote" + the
   * server's authority for the remote Node host).
   */
  async runningExtensionHost(): Promise<{ text: string; icon: string; row: Locator }> {
    await this.wb.runCommand('Developer: Show Running Extensions', 30_000);
    const list = this.page.locator('.runtime-extensions-editor .monaco-list').first();
    await list.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
    const row = list.locator('.monaco-list-row', { hasText: /Outreach Lint|outreach-lint\.outreach-lint/ }).first();
    // The list is virtualized: scroll down until our row is rendered.
    await waitUntil('our extension in the Running Extensions list', async () => {
      if (await row.isVisible()) return true;
      const box = await list.boundingBox();
      if (box) {
        await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await this.page.mouse.wheel(0, 300);
      }
      return false;
    }, 30_000, 300);
    const msg = row.locator('.msg');
    const text = (await msg.innerText()).trim();
    const icon = (await msg.locator('.codicon').first().getAttribute('class').catch(() => '')) ?? '';
    return { text, icon, row };
  }

  /** Requests whose URL names a file of the extension (vscode-remote-resource?path=<abs path>). */
  extensionFileRequests(relative: string): string[] {
    const absolute = path.join(REPO_ROOT, relative);
    return this.requests.filter((url) => {
      try {
        const parsed = new URL(url);
        return parsed.searchParams.get('path') === absolute || decodeURIComponent(parsed.pathname).endsWith(absolute);
      } catch {
        return false;
      }
    });
  }
}
