import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { OutreachLintApi } from '../../src/extension.js';
// The extension-host suite's helpers serve this suite as they are.
import { workspaceUri, waitFor } from '../integration/helpers.js';

export { workspaceUri, waitFor };

/**
 * Helpers for the suites that run against the installed .vsix. Unlike test/integration/helpers.ts they
 * never call `activate()`: the point is that the installed copy activates by itself.
 */

export const EXTENSION_ID = 'outreach-lint.outreach-lint';
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
  await waitFor('the installed extension to be active', () => extension.isActive);
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

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function open(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  return { document, editor };
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'outreach-lint');
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
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
    await waitFor(what, () => {
      last = describeDiagnostics(document, ours(document.uri));
      return JSON.stringify(last) === JSON.stringify(want);
    }, timeoutMs);
  } catch (error) {
    // Show the difference rather than only "timed out".
    assert.deepEqual(last, want, `${(error as Error).message}; diagnostics differ`);
    throw error;
  }
}

/** Waits until linting settled for the document's current version and returns our diagnostics. */
export async function settled(outreach: OutreachLintApi, document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  await waitFor(`a lint result for version ${document.version}`, async () => {
    await outreach.whenIdle(document);
    const result = outreach.result(document);
    return (
      result !== undefined &&
      outreach.resultVersion(document) === document.version &&
      ours(document.uri).length === result.findings.length + result.problems.filter((p) => p.range).length
    );
  });
  return ours(document.uri);
}

/** Puts the cursor at a line (0-based) and waits for the counter to show `text`. */
export async function counterAt(outreach: OutreachLintApi, editor: vscode.TextEditor, line: number, text: string): Promise<void> {
  editor.selection = new vscode.Selection(line, 3, line, 3);
  try {
    await waitFor(`the counter to show ${text}`, () => outreach.counter().visible && outreach.counter().text === text);
  } catch (error) {
    assert.equal(outreach.counter().text, text, (error as Error).message);
    throw error;
  }
}

export function exists(file: string): boolean {
  return fs.existsSync(file);
}
