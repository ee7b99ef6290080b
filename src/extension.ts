import * as vscode from 'vscode';
import { loadEditorConfiguration, loadPhraseList } from './editor/settings.js';
import { LintService } from './editor/lintService.js';
import { DiagnosticsPublisher } from './diagnostics/diagnostics.js';
import { DocumentEvents } from './editor/documentEvents.js';
import { OutreachCodeActions, ignorePhrase, IGNORE_PHRASE_COMMAND } from './editor/codeActions.js';
import { CharacterCounter, type CounterState } from './editor/statusBar.js';
import {
  CHOOSE_CHANNEL_COMMAND,
  COPY_MESSAGE_COMMAND,
  LINT_WORKSPACE_COMMAND,
  NEW_FILE_COMMAND,
  OPEN_RULE_DOCS_COMMAND,
  chooseChannel,
  copyMessage,
  lintWorkspace,
  newOutreachFile,
  openRuleDocs,
} from './editor/commands.js';
import { SELECTOR } from './editor/language.js';
import { MergeFieldHover, WhyHover } from './editor/hover.js';
import { RecipientData } from './editor/recipientData.js';
import { TEMPLATE_TOKEN_LEGEND, TemplateTokens } from './editor/semanticTokens.js';
import { COPY_RENDERED_MESSAGE_COMMAND, PREVIEW_MESSAGE_COMMAND, PREVIEW_SCHEME, PreviewProvider, copyRenderedMessage, previewMessage } from './editor/preview.js';
import { CONFIG_FILE_NAME, type DataInput, type LintResult, type PhraseEntry } from './core/index.js';

/** What the extension exports: a small window into its state for integration tests and other extensions. */
export interface OutreachLintApi {
  /** The status-bar counter as shown now. */
  counter(): CounterState;
  /** The latest lint result for a document. */
  result(document: vscode.TextDocument): LintResult | undefined;
  /** The document version that result belongs to. */
  resultVersion(document: vscode.TextDocument): number | undefined;
  /** Resolves when linting of the document has settled. */
  whenIdle(document: vscode.TextDocument): Promise<void>;
  /** Messages analysed (parsed) by the current linter since it was created: proves that edits re-parse one message. */
  analysedCount(): number;
  /** The recipients data (front matter `data:`) last read for a document: the table, or why it could not be read. */
  data(document: vscode.TextDocument): DataInput | undefined;
  /** Configuration problems shown to the user since activation. */
  configurationProblems(): readonly string[];
}

export async function activate(context: vscode.ExtensionContext): Promise<OutreachLintApi> {
  const log = vscode.window.createOutputChannel('Outreach Lint', { log: true });
  context.subscriptions.push(log);
  const shownProblems: string[] = [];

  let phrases: PhraseEntry[] = [];
  try {
    phrases = await loadPhraseList(context.extensionUri);
  } catch (error) {
    // Without the list the phrase rules have nothing to find; every other rule still works.
    log.error(`Could not load the phrase list: ${(error as Error).message}`);
    void vscode.window.showErrorMessage('Outreach Lint could not load its phrase list, so stock phrases will not be reported. Reinstalling the extension should fix this.');
  }
  const initial = await loadEditorConfiguration(phrases);
  const recipientData = new RecipientData(log);
  const service = new LintService(initial.linter, log, recipientData);
  const diagnostics = new DiagnosticsPublisher();
  const documentEvents = new DocumentEvents(service, diagnostics, initial.runMode);
  const counter = new CharacterCounter(service);
  const previews = new PreviewProvider(service, recipientData);
  const templateTokens = new TemplateTokens(service);
  context.subscriptions.push(recipientData, service, diagnostics, documentEvents, counter, previews, templateTokens);
  showProblems(initial.problems);

  /** Each distinct problem is shown once; the rest of the configuration keeps working. */
  function showProblems(problems: readonly string[]): void {
    for (const problem of problems) {
      log.warn(problem);
      if (shownProblems.includes(problem)) continue;
      shownProblems.push(problem);
      void vscode.window.showWarningMessage(`Outreach Lint: ${problem}`);
    }
  }

  async function reload(): Promise<void> {
    try {
      const next = await loadEditorConfiguration(phrases);
      documentEvents.setRunMode(next.runMode);
      service.setLinter(next.linter);
      showProblems(next.problems);
    } catch (error) {
      log.error(`Reloading the configuration failed: ${(error as Error).stack ?? String(error)}`);
    }
  }

  const configWatcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  context.subscriptions.push(
    configWatcher,
    configWatcher.onDidChange(reload),
    configWatcher.onDidCreate(reload),
    configWatcher.onDidDelete(reload),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('outreach')) void reload();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => void reload()),
    // A changed recipients file changes the findings of every template that names it.
    recipientData.onDidChangeData((dataUri) => {
      const using = new Set(recipientData.documentsUsing(dataUri));
      for (const document of vscode.workspace.textDocuments) {
        if (using.has(document.uri.toString())) service.schedule(document, 0);
      }
    }),
    vscode.workspace.onDidCloseTextDocument((document) => recipientData.forget(document)),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new OutreachCodeActions(service), OutreachCodeActions.metadata),
    vscode.languages.registerHoverProvider(SELECTOR, new WhyHover(service)),
    vscode.languages.registerHoverProvider(SELECTOR, new MergeFieldHover(service, (document) => recipientData.cached(document))),
    vscode.commands.registerCommand(COPY_MESSAGE_COMMAND, () => copyMessage(service)),
    vscode.commands.registerCommand(CHOOSE_CHANNEL_COMMAND, () => chooseChannel(service)),
    vscode.commands.registerCommand(LINT_WORKSPACE_COMMAND, () => lintWorkspace(service, diagnostics, recipientData)),
    vscode.commands.registerCommand(NEW_FILE_COMMAND, () => newOutreachFile()),
    vscode.commands.registerCommand(OPEN_RULE_DOCS_COMMAND, (ruleId?: unknown) => openRuleDocs(context, ruleId)),
    vscode.languages.registerDocumentSemanticTokensProvider(SELECTOR, templateTokens, TEMPLATE_TOKEN_LEGEND),
    vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, previews),
    vscode.commands.registerCommand(PREVIEW_MESSAGE_COMMAND, (argument?: unknown) => previewMessage(service, recipientData, argument)),
    vscode.commands.registerCommand(COPY_RENDERED_MESSAGE_COMMAND, (argument?: unknown) => copyRenderedMessage(service, recipientData, argument)),
    vscode.commands.registerCommand(IGNORE_PHRASE_COMMAND, (phrase: unknown) => ignorePhrase(phrase)),
  );

  return {
    counter: () => counter.current,
    result: (document) => service.latest(document),
    resultVersion: (document) => service.latestVersion(document),
    whenIdle: (document) => service.whenIdle(document),
    analysedCount: () => service.currentLinter.analysedCount,
    data: (document) => recipientData.cached(document),
    configurationProblems: () => shownProblems,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
