import * as vscode from 'vscode';
import { toDiagnostics } from './convert.js';
import type { LintResult } from '../core/index.js';

/**
 * The extension's diagnostic collection: lint results in, diagnostics out. What triggers a lint (opening,
 * typing, saving) lives in src/editor/documentEvents.ts; this module only shows results.
 */
export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('outreach-lint');

  /** Shows a file's result, open or not (an unopened file's come from "lint all outreach files"). */
  show(uri: vscode.Uri, result: LintResult): void {
    this.collection.set(uri, toDiagnostics(result, uri));
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.collection.dispose();
  }
}
