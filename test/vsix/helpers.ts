import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OutreachLintApi } from '../../src/extension.js';
import { sleep, waitUntil } from '../shared/waitUntil.js';
// The extension-host suite's helpers serve this suite as they are; `settledFor` takes the API object,
// so it never activates the extension.
import { EXTENSION_ID, closeAll, codeOf, open, ours, settledFor, workspaceUri } from '../integration/helpers.js';

export { EXTENSION_ID, closeAll, codeOf, open, ours, settledFor as settled, sleep, waitUntil, workspaceUri };

/**
 * Helpers for the suites that run against the installed .vsix. Unlike test/integration/helpers.ts they
 * never call `activate()`: the point is that the installed copy activates by itself.
 */

/** The empty development extension test/host uses in .vsix mode (test/host/vsix-probe). */
export const PROBE_ID = 'outreach-lint-test.vsix-probe';

/** The repository root, from the runner (test/runVsix.ts). */
export function repoRoot(): string {
  const repo = process.env.OUTREACH_VSIX_REPO;
  assert.ok(repo, 'OUTREACH_VSIX_REPO is set by test/runVsix.ts');
  return path.resolve(repo);
}

export function installed(): vscode.Extension<OutreachLintApi> {
  const extension = vscode.extensions.getExtension<OutreachLintApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed and enabled`);
  return extension;
}

/** The installed extension's API, once it has activated by itself (never activates it). */
export async function activeApi(): Promise<OutreachLintApi> {
  const extension = installed();
  await waitUntil('the installed extension to be active', () => extension.isActive);
  return extension.exports;
}

/**
 * Asserts that the extension VS Code runs is the copy installed from the .vsix into the run's
 * extensions folder, not the source folder, and that the probe is the development extension.
 */
export function assertInstalledCopy(extension: vscode.Extension<unknown>): void {
  const repo = repoRoot();
  const version = (JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string }).version;
  const where = path.resolve(extension.extensionPath);
  assert.notEqual(where, repo, 'the extension under test is not the repository folder');
  assert.equal(path.basename(where), `${EXTENSION_ID}-${version}`, `installed as ${EXTENSION_ID}-${version}: ${where}`);
  assert.equal(path.basename(path.dirname(where)), 'extensions', `lives in the run's --extensions-dir: ${where}`);
  assert.equal((extension.packageJSON as { version: string }).version, version);
  const probe = vscode.extensions.getExtension(PROBE_ID);
  assert.ok(probe, 'the probe is loaded as development extension');
  assert.equal(path.resolve(probe.extensionPath), path.join(repo, 'test/host/vsix-probe'));
}

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

/** `code severity "covered text"` per diagnostic, sorted: readable in a failed deepEqual. */
export function describeDiagnostics(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((d) => {
      const text = document.getText(d.range);
      const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
      return `${codeOf(d) ?? '-'} ${SEVERITY_NAMES[d.severity]} ${d.range.start.line + 1}:${d.range.start.character + 1} "${shown}"`;
    })
    .sort();
}

/** Waits until the diagnostics of the document, described, equal `expected` (they follow reloads of the settings). */
export async function waitForDiagnostics(document: vscode.TextDocument, expected: string[], what: string, timeoutMs = 20_000): Promise<void> {
  const want = [...expected].sort();
  let last: string[] = [];
  try {
    await waitUntil(what, () => {
      last = describeDiagnostics(document, ours(document.uri));
      return JSON.stringify(last) === JSON.stringify(want);
    }, timeoutMs);
  } catch (error) {
    // Show the difference rather than only "timed out".
    assert.deepEqual(last, want, `${(error as Error).message}; diagnostics differ`);
    throw error;
  }
}

/** Puts the cursor at a line (0-based) and waits for the counter to show `text`. */
export async function counterAt(outreach: OutreachLintApi, editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  editor.selection = new vscode.Selection(line, 3, line, 3);
  try {
    await waitUntil(`the counter to show ${text}`, () => outreach.counter().visible && outreach.counter().text === text);
  } catch (error) {
    assert.equal(outreach.counter().text, text, (error as Error).message);
    throw error;
  }
}

export function exists(file: string): boolean {
  return fs.existsSync(file);
}
