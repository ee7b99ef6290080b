import * as vscode from 'vscode';
import { describeCounter, messageAt, type CounterView } from '../core/index.js';
import type { LintService } from './lintService.js';
import { isOutreachDocument } from './language.js';
import { COPY_MESSAGE_COMMAND } from './commands.js';

/**
 * The status-bar character counter for the message under the cursor: warning background near the
 * limit, error background past it; a click copies the message. It reads the latest lint result and
 * never lints on its own.
 */

export interface CounterState {
  visible: boolean;
  text: string;
  tooltip: string;
  /** Theme color id of the background, when the counter warns. */
  background?: string;
  command?: string;
}

const BACKGROUND: Record<CounterView['level'], string | undefined> = {
  none: undefined,
  ok: undefined,
  near: 'statusBarItem.warningBackground',
  over: 'statusBarItem.errorBackground',
};

export class CharacterCounter implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('outreach.counter', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private state: CounterState = { visible: false, text: '', tooltip: '' };

  constructor(private readonly service: LintService) {
    this.item.name = 'Outreach character counter';
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor === vscode.window.activeTextEditor) this.update();
      }),
      service.onDidLint(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** What the status bar shows now (read by the test hook). */
  get current(): CounterState {
    return this.state;
  }

  update(): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isOutreachDocument(editor.document)) {
      this.state = { visible: false, text: '', tooltip: '' };
      this.item.hide();
      return;
    }
    const result = this.service.latest(editor.document);
    if (!result) return; // the document's first lint calls back
    const view = describeCounter(messageAt(result, editor.document.offsetAt(editor.selection.active)));
    const background = BACKGROUND[view.level];
    this.state = {
      visible: true,
      text: `$(note) ${view.text}`,
      tooltip: view.tooltip,
      ...(background ? { background } : {}),
      ...(view.level !== 'none' ? { command: COPY_MESSAGE_COMMAND } : {}),
    };
    this.item.text = this.state.text;
    this.item.tooltip = new vscode.MarkdownString(this.state.tooltip);
    this.item.backgroundColor = background ? new vscode.ThemeColor(background) : undefined;
    this.item.command = this.state.command;
    // Screen readers get words, not the icon name and the tooltip's markdown.
    this.item.accessibilityInformation = { label: view.accessibleLabel, role: view.level === 'none' ? 'status' : 'button' };
    this.item.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
