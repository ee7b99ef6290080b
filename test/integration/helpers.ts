import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import type { OutreachLintApi } from '../../src/extension.js';
import { waitUntil } from '../shared/waitUntil.js';

export { waitUntil };

export const EXTENSION_ID = 'outreach-lint.outreach-lint';

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite runs with the fixture workspace open');
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

export async function api(): Promise<OutreachLintApi> {
  const extension = vscode.extensions.getExtension<OutreachLintApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.isActive ? extension.exports : await extension.activate();
}

/** A fresh copy of a fixture, so tests never edit the originals. */
export async function scratchCopy(name: string, as?: string): Promise<vscode.Uri> {
  const source = workspaceUri(name);
  const target = workspaceUri('scratch', as ?? `${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name}`);
  await vscode.workspace.fs.copy(source, target, { overwrite: true });
  return target;
}

export async function scratchFile(name: string, text: string): Promise<vscode.Uri> {
  const target = workspaceUri('scratch', `${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name}`);
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  return target;
}

export async function open(uri: vscode.Uri): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  return { document, editor };
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'outreach-lint');
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Waits until linting settled for the document's current version and returns our diagnostics. */
export async function settled(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  return settledFor(await api(), document);
}

/** `settled` through a given API object, for suites that must not activate the extension themselves. */
export async function settledFor(outreach: OutreachLintApi, document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
  await waitUntil(`a lint result for version ${document.version}`, async () => {
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

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return diagnostics
    .map((d) => `${codeOf(d) ?? '-'} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`)
    .sort();
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('outreach').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
