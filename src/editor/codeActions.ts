import * as vscode from 'vscode';
import { fixAll, type Finding, type LintResult, type TextEdit } from '../core/index.js';
import { DIAGNOSTIC_SOURCE, toVscodeRange } from '../diagnostics/convert.js';
import type { LintService } from './lintService.js';

/**
 * Quick fixes for findings under the cursor: the finding's safe fix (preferred), its suggestions (a
 * personal structure inserted as a snippet with tab stops), ignoring a phrase for the workspace,
 * disabling the rule for the line, and fixing everything fixable. `source.fixAll.outreach` makes
 * fix-on-save work through `editor.codeActionsOnSave`.
 */

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('outreach');
export const IGNORE_PHRASE_COMMAND = 'outreach.ignorePhrase';

function toWorkspaceEdit(uri: vscode.Uri, lineStarts: readonly number[], edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  edit.set(
    uri,
    edits.map((e) => vscode.TextEdit.replace(toVscodeRange(lineStarts, e.range), e.text)),
  );
  return edit;
}

/** One edit that turns `before` into `after`: the span between their common prefix and suffix. */
export function minimalEdit(before: string, after: string): TextEdit | undefined {
  if (before === after) return undefined;
  let prefix = 0;
  const shorter = Math.min(before.length, after.length);
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { range: { start: prefix, end: before.length - suffix }, text: after.slice(prefix, after.length - suffix) };
}

function lineEnding(document: vscode.TextDocument): string {
  return document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
}

export class OutreachCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly service: LintService) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    try {
      const result = this.service.current(document);
      // A request for source.fixAll (fix on save, "Fix All") gets the one fix-all action and nothing else.
      if (context.only?.contains(FIX_ALL_KIND)) {
        const action = this.fixAllAction(document, result, FIX_ALL_KIND);
        return action ? [action] : [];
      }
      const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
      // The diagnostics under the cursor say which findings are meant: the same rule on the same range.
      // A wide finding (a whole line) must not pull in every narrower finding inside it.
      const findings = ours.length > 0 ? this.findingsOfDiagnostics(result, ours) : this.findingsAt(result, range);
      const actions: vscode.CodeAction[] = [];
      for (const finding of findings) actions.push(...this.actionsFor(document, result, finding, ours));
      if (result.findings.filter((f) => f.fix).length > 1 && findings.length > 0) {
        const all = this.fixAllAction(document, result, vscode.CodeActionKind.QuickFix);
        if (all) actions.push(all);
      }
      return actions;
    } catch {
      return []; // a code action must never break the editor's light bulb
    }
  }

  private findingsOfDiagnostics(result: LintResult, diagnostics: readonly vscode.Diagnostic[]): Finding[] {
    return result.findings.filter((finding) => {
      const findingRange = toVscodeRange(result.lineStarts, finding.range);
      return diagnostics.some((d) => showsFinding(d, finding, findingRange));
    });
  }

  /** Without diagnostics in the request (a stale or cleared list), the findings under the cursor. */
  private findingsAt(result: LintResult, range: vscode.Range): Finding[] {
    return result.findings.filter((finding) => toVscodeRange(result.lineStarts, finding.range).contains(range));
  }

  private actionsFor(document: vscode.TextDocument, result: LintResult, finding: Finding, diagnostics: readonly vscode.Diagnostic[]): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const findingRange = toVscodeRange(result.lineStarts, finding.range);
    const matching = diagnostics.filter((d) => showsFinding(d, finding, findingRange));
    const attach = (action: vscode.CodeAction) => {
      if (matching.length > 0) action.diagnostics = [...matching];
      actions.push(action);
    };

    if (finding.fix) {
      const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
      action.edit = toWorkspaceEdit(document.uri, result.lineStarts, finding.fix.edits);
      action.isPreferred = true;
      attach(action);
    }
    for (const suggestion of finding.suggestions ?? []) {
      const action = new vscode.CodeAction(suggestion.title, vscode.CodeActionKind.QuickFix);
      const edit = new vscode.WorkspaceEdit();
      if (suggestion.snippet) {
        edit.set(document.uri, [new vscode.SnippetTextEdit(toVscodeRange(result.lineStarts, suggestion.snippet.range), new vscode.SnippetString(suggestion.snippet.body))]);
      } else {
        edit.set(document.uri, suggestion.edits.map((e) => vscode.TextEdit.replace(toVscodeRange(result.lineStarts, e.range), e.text)));
      }
      action.edit = edit;
      // With no safe fix, one obvious suggestion (the personal structure) is the preferred action.
      if (!finding.fix && suggestion === finding.suggestions?.[0]) action.isPreferred = true;
      attach(action);
    }
    if (finding.phrase) {
      const action = new vscode.CodeAction(`Ignore "${finding.phrase}" ${ignoreTarget().label}`, vscode.CodeActionKind.QuickFix);
      action.command = { title: action.title, command: IGNORE_PHRASE_COMMAND, arguments: [finding.phrase] };
      attach(action);
    }
    attach(this.disableForLine(document, finding, findingRange.start.line));
    return actions;
  }

  private disableForLine(document: vscode.TextDocument, finding: Finding, line: number): vscode.CodeAction {
    const action = new vscode.CodeAction(`Disable ${finding.ruleId} for this line`, vscode.CodeActionKind.QuickFix);
    const text = document.lineAt(line).text;
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(line, 0), `${indent}<!-- outreach-lint-disable-next-line ${finding.ruleId} -->${lineEnding(document)}`);
    action.edit = edit;
    return action;
  }

  private fixAllAction(document: vscode.TextDocument, result: LintResult, kind: vscode.CodeActionKind): vscode.CodeAction | undefined {
    if (!result.findings.some((finding) => finding.fix)) return undefined;
    const text = document.getText();
    const fixed = fixAll(this.service.currentLinter, text);
    const change = minimalEdit(text, fixed.output);
    if (!change) return undefined;
    const action = new vscode.CodeAction(`Fix all auto-fixable outreach problems (${fixed.fixCount})`, kind);
    action.edit = toWorkspaceEdit(document.uri, result.lineStarts, [change]);
    return action;
  }
}

/** True when the diagnostic is the one published for this finding: the same rule on the same range. */
function showsFinding(diagnostic: vscode.Diagnostic, finding: Finding, findingRange: vscode.Range): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === finding.ruleId && diagnostic.range.isEqual(findingRange);
}

/**
 * Where "ignore this phrase" writes: the workspace's `outreach.allowedPhrases` when there is a trusted
 * workspace, else the user's. An untrusted workspace's values are withheld by VS Code, so writing there
 * would neither take effect nor keep what the workspace already had.
 */
export function ignoreTarget(): { target: vscode.ConfigurationTarget; label: string } {
  const hasWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  return hasWorkspace && vscode.workspace.isTrusted
    ? { target: vscode.ConfigurationTarget.Workspace, label: 'in this workspace' }
    : { target: vscode.ConfigurationTarget.Global, label: 'in your user settings' };
}

/** Adds a phrase to `outreach.allowedPhrases`, keeping what the list already holds. */
export async function ignorePhrase(phrase: unknown): Promise<void> {
  if (typeof phrase !== 'string' || !phrase.trim()) return;
  const configuration = vscode.workspace.getConfiguration('outreach');
  const { target } = ignoreTarget();
  const inspected = configuration.inspect<string[]>('allowedPhrases');
  const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? [];
  if (current.some((existing) => existing.toLowerCase() === phrase.toLowerCase())) return;
  await configuration.update('allowedPhrases', [...current, phrase], target);
}
