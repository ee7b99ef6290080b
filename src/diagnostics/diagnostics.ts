import * as vscode from 'vscode';
import type { LintService } from '../editor/lintService.js';
import { isOutreachDocument } from '../editor/language.js';
import type { RunMode } from '../editor/settings.js';
import { toDiagnostics } from './convert.js';
import type { LintResult } from '../core/index.js';

/**
 * Owns the diagnostic collection and the document events that drive linting: on open, as the user
 * types (or on save, when `outreach.run` is "onSave"), and clearing a document's diagnostics when it closes.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('outreach-lint');
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly service: LintService,
    private runMode: RunMode,
  ) {
    this.subscriptions.push(
      this.collection,
      service.onDidLint(({ document, result }) => this.collection.set(document.uri, toDiagnostics(result, document.uri))),
      vscode.workspace.onDidOpenTextDocument((document) => this.lintOnOpen(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.runMode === 'onType' && event.contentChanges.length > 0) service.schedule(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.runMode === 'onSave') service.schedule(document, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        service.forget(document);
        this.collection.delete(document.uri);
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.lintOnOpen(document);
  }

  setRunMode(mode: RunMode): void {
    this.runMode = mode;
  }

  /** Publishes results for files that are not open (from "lint all outreach files"). */
  publish(uri: vscode.Uri, result: LintResult): void {
    this.collection.set(uri, toDiagnostics(result, uri));
  }

  private lintOnOpen(document: vscode.TextDocument): void {
    // A language change (to or from outreach) also arrives as close + open.
    if (isOutreachDocument(document)) this.service.schedule(document, 0);
    else this.collection.delete(document.uri);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
