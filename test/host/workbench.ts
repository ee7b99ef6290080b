// UI tests in plain Node (mocha): start VS Code 1.100.3 (code-server) with the extension loaded from
// its development folder, open the workbench in headless chromium WITHOUT extension tests, and hand
// back a Playwright page to drive it like a person: Quick Open, typing, hovering, reading the DOM.
//
//   const wb = await startWorkbench({ extensionDevelopmentPath: repoRoot, folder: scratchCopy });
//   await wb.openFile('hello.outreach.md');
//   await wb.waitForSelector('.squiggly-warning');
//   await wb.screenshot('/tmp/shot.png');
//   await wb.close();
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import {
  VSIX_PROBE_DIR,
  createRunDirs,
  installVsix,
  isTruthyEnv,
  killRunProcesses,
  launchBrowser,
  log,
  removeRunDirs,
  settingsFromEnv,
  startCodeServer,
  withTimeout,
  workbenchUrl,
  writeUserSettings,
  type CodeServer,
  type RunDirs,
} from './host.js';

export interface WorkbenchOptions {
  /** Extension folder loaded as development extension (omit to run VS Code without one). */
  extensionDevelopmentPath?: string;
  /** Folder (or .code-workspace file) to open. Use a scratch copy: tests may edit files. */
  folder?: string;
  /** Merged over the defaults (and over OUTREACH_TEST_USER_SETTINGS). */
  userSettings?: Record<string, unknown>;
  /**
   * Keep workspace trust on. The folder then opens untrusted and, outside extension tests,
   * VS Code shows its "Do you trust the authors" dialog unless userSettings sets
   * "security.workspace.trust.startupPrompt": "never".
   */
  workspaceTrust?: boolean;
  /** .vsix file(s) installed into this run's extensions folder before the server starts. */
  installVsix?: string | string[];
  viewport?: { width: number; height: number };
  /** Extra environment for code-server and the extension host. */
  env?: NodeJS.ProcessEnv;
  /** Echo code-server's output and the browser console (also OUTREACH_TEST_VERBOSE=1). */
  verbose?: boolean;
  /** How long to wait for the workbench to render (default 60 s). */
  readyTimeoutMs?: number;
  /** Keep .vscode-test/runs/<id>/ after close() (also OUTREACH_TEST_KEEP_RUN=1). */
  keepRunDir?: boolean;
}

export interface Workbench {
  page: Page;
  context: BrowserContext;
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** .vscode-test/runs/<id>: code-server.log, user-data, extensions, browser profile. */
  runDir: string;
  close(): Promise<void>;
  screenshot(file: string): Promise<void>;
  waitForSelector(selector: string, timeoutMs?: number): Promise<Locator>;
  openFile(name: string, timeoutMs?: number): Promise<void>;
  runCommand(title: string, timeoutMs?: number): Promise<void>;
  readHover(timeoutMs?: number): Promise<string>;
  statusBarTexts(): Promise<string[]>;
  answerTrustDialog(trust: boolean, timeoutMs?: number): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Helpers usable on any workbench page
// ---------------------------------------------------------------------------------------------

/** Waits until the workbench has rendered its parts (and the explorer, when a folder is open). */
export async function waitForWorkbench(page: Page, timeoutMs = 60_000, withFolder = true): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
  if (withFolder) {
    await page
      .locator('.monaco-workbench .explorer-folders-view .monaco-list-row')
      .first()
      .waitFor({ state: 'visible', timeout: timeoutMs });
  }
}

export async function waitForSelector(page: Page, selector: string, timeoutMs = 30_000): Promise<Locator> {
  const locator = page.locator(selector).first();
  await locator.waitFor({ state: 'visible', timeout: timeoutMs });
  return locator;
}

async function quickInput(page: Page, opener: string, text: string, pick: string, timeoutMs: number): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('.quick-input-box input');
  await page.keyboard.press(opener);
  await input.waitFor({ state: 'visible', timeout: timeoutMs });
  await input.fill(text);
  const row = widget.locator('.monaco-list-row', { hasText: pick }).first();
  await row.waitFor({ state: 'visible', timeout: timeoutMs });
  // The list re-renders while results stream in; the first row holds the best match once it settles.
  await page.waitForTimeout(150);
  await input.press('Enter');
  await widget.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Opens a workspace file by name through Quick Open (Ctrl+P) and waits for its editor. */
export async function openFileByQuickOpen(page: Page, name: string, timeoutMs = 30_000): Promise<void> {
  const base = path.basename(name);
  await quickInput(page, 'Control+P', name, base, timeoutMs);
  await page
    .locator('.tabs-container .tab.active', { hasText: base })
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs });
  await page
    .locator('.editor-group-container.active .monaco-editor .view-lines')
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Runs a command by its title through the Command Palette (F1). */
export async function runCommand(page: Page, title: string, timeoutMs = 30_000): Promise<void> {
  await quickInput(page, 'F1', `>${title}`, title, timeoutMs);
}

/** Text of the visible hover widget (after hovering something, e.g. a squiggle). */
export async function readHover(page: Page, timeoutMs = 10_000): Promise<string> {
  const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await hover.waitFor({ state: 'visible', timeout: timeoutMs });
  return hover.innerText();
}

/**
 * Answers VS Code's "Do you trust the authors of the files in this folder?" dialog, shown at startup
 * when workspaceTrust is on (outside extension-test runs, where VS Code refuses to show dialogs).
 * Extensions wait for the answer before they activate.
 */
export async function answerTrustDialog(page: Page, trust: boolean, timeoutMs = 30_000): Promise<void> {
  const label = trust ? 'Yes, I trust the authors' : "No, I don't trust the authors";
  const button = page.locator('.monaco-dialog-box .monaco-button', { hasText: label }).first();
  await button.waitFor({ state: 'visible', timeout: timeoutMs });
  await button.click();
  await page.locator('.monaco-dialog-box').waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Texts of the status bar items, left to right. */
export async function statusBarTexts(page: Page): Promise<string[]> {
  const texts = await page.locator('.part.statusbar .statusbar-item').allInnerTexts();
  return texts.map((t) => t.trim()).filter((t) => t !== '');
}

// ---------------------------------------------------------------------------------------------
// startWorkbench
// ---------------------------------------------------------------------------------------------

const openWorkbenches = new Set<RunDirs>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // If a test run ends without close(), still take code-server and chromium down with it.
  process.on('exit', () => {
    for (const dirs of openWorkbenches) killRunProcesses(dirs.id);
  });
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const started = Date.now();
  const verbose = options.verbose ?? isTruthyEnv(process.env['OUTREACH_TEST_VERBOSE']);
  const keep = options.keepRunDir ?? isTruthyEnv(process.env['OUTREACH_TEST_KEEP_RUN']);
  const dirs = createRunDirs();
  openWorkbenches.add(dirs);
  installExitHook();

  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    if (context) await withTimeout(context.close(), 10_000, 'closing the browser').catch(() => {});
    if (server) await server.stop().catch(() => {});
    killRunProcesses(dirs.id);
    openWorkbenches.delete(dirs);
    if (!keep) removeRunDirs(dirs);
  };

  try {
    writeUserSettings(dirs, settingsFromEnv('OUTREACH_TEST_USER_SETTINGS'), options.userSettings ?? {});
    const vsix = Array.isArray(options.installVsix) ? options.installVsix : options.installVsix ? [options.installVsix] : [];
    if (vsix.length) installVsix(dirs, vsix);
    server = await startCodeServer({
      dirs,
      workspaceTrust: options.workspaceTrust ?? false,
      echo: verbose,
      ...(options.env ? { env: options.env } : {}),
    });
    context = await launchBrowser(dirs, options.viewport ? { viewport: options.viewport } : {});
    const page = context.pages()[0] ?? (await context.newPage());
    if (verbose) {
      page.on('console', (msg) => process.stdout.write(`[browser ${msg.type()}] ${msg.text()}\n`));
      page.on('pageerror', (err) => process.stdout.write(`[browser error] ${err.message}\n`));
    }
    const devPaths = options.extensionDevelopmentPath ? [options.extensionDevelopmentPath] : [];
    if (devPaths.length && vsix.length && path.resolve(devPaths[0] ?? '') !== VSIX_PROBE_DIR) {
      log('note: a development extension shadows an installed .vsix of the same id');
    }
    const url = workbenchUrl(server, {
      ...(options.folder ? { workspace: options.folder } : {}),
      extensionDevelopmentPaths: devPaths,
    });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await waitForWorkbench(page, options.readyTimeoutMs ?? 60_000, options.folder !== undefined && fs.existsSync(options.folder));
    if (verbose) log(`workbench ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${server.baseUrl}`);

    const baseUrl = server.baseUrl;
    const ctx = context;
    return {
      page,
      context: ctx,
      baseUrl,
      runDir: dirs.root,
      close,
      screenshot: async (file: string) => {
        fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
        await page.screenshot({ path: file });
      },
      waitForSelector: (selector, timeoutMs) => waitForSelector(page, selector, timeoutMs),
      openFile: (name, timeoutMs) => openFileByQuickOpen(page, name, timeoutMs),
      runCommand: (title, timeoutMs) => runCommand(page, title, timeoutMs),
      readHover: (timeoutMs) => readHover(page, timeoutMs),
      statusBarTexts: () => statusBarTexts(page),
      answerTrustDialog: (trust, timeoutMs) => answerTrustDialog(page, trust, timeoutMs),
    };
  } catch (err) {
    await close();
    throw err;
  }
}
