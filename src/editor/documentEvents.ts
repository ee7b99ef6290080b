import * as vscode from 'vscode';
import type { DiagnosticsPublisher } from '../diagnostics/diagnostics.js';
import { isOutreachDocument } from './language.js';
import type { LintService } from './lintService.js';
import type { RunMode } from './settings.js';

/**
 * The document events that drive linting, in one place: lint on open, as the user types (or on save, when
 * `outreach.run` is "onSave"), forget a document and clear its diagnostics when it closes, and show each
 * result as diagnostics.
 */
export class DocumentEvents implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly service: LintService,
    private readonly diagnostics: DiagnosticsPublisher,
    private runMode: RunMode,
  ) {
    this.subscriptions.push(
      service.onDidLint(({ document, result }) => diagnostics.show(document.uri, result)),
      vscode.workspace.onDidOpenTextDocument((document) => this.lintOnOpen(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.runMode === 'onType' && event.contentChanges.length > 0) service.schedule(event.document);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.runMode === 'onSave') service.schedule(document, 0);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        service.forget(document);
        diagnostics.clear(document.uri);
      }),
    );
    for (const document of vscode.workspace.textDocuments) this.lintOnOpen(document);
  }

  setRunMode(mode: RunMode): void {
    this.runMode = mode;
  }

  private lintOnOpen(document: vscode.TextDocument): void {
    // A language change (to or from outreach) also arrives as close + open.
    if (isOutreachDocument(document)) this.service.schedule(document, 0);
    else this.diagnostics.clear(document.uri);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
