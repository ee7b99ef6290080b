import * as vscode from 'vscode';
import { LINKEDIN_CONNECT_LIMITS, OUTREACH_GLOB, RULE_META, RULE_IDS, messageAt, splitBom, type RuleId } from '../core/index.js';
import type { LintService } from './lintService.js';
import type { DiagnosticsPublisher } from '../diagnostics/diagnostics.js';
import type { RecipientData } from './recipientData.js';
import { isOutreachDocument, LANGUAGE_ID } from './language.js';

/** The palette commands. Each works on desktop and in the browser: no Node APIs, files through workspace.fs. */

export const COPY_MESSAGE_COMMAND = 'outreach.copyMessage';
export const CHOOSE_CHANNEL_COMMAND = 'outreach.chooseChannel';
export const LINT_WORKSPACE_COMMAND = 'outreach.lintWorkspace';
export const NEW_FILE_COMMAND = 'outreach.newFile';
export const OPEN_RULE_DOCS_COMMAND = 'outreach.openRuleDocs';

function activeOutreachEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isOutreachDocument(editor.document)) return editor;
  void vscode.window.showInformationMessage('Open an *.outreach.md file first.');
  return undefined;
}

/** Copies the message under the cursor as the plain text that gets pasted; returns that text. */
export async function copyMessage(service: LintService): Promise<string | undefined> {
  const editor = activeOutreachEditor();
  if (!editor) return undefined;
  const result = service.current(editor.document);
  const message = messageAt(result, editor.document.offsetAt(editor.selection.active));
  if (!message) {
    void vscode.window.showInformationMessage('The cursor is not in a message: put it under a ## heading to copy that message.');
    return undefined;
  }
  await vscode.env.clipboard.writeText(message.text);
  const limit = message.limit === null ? '' : `/${message.limit}`;
  vscode.window.setStatusBarMessage(`$(check) Copied ${message.title ? `"${message.title}"` : 'the message'}: ${message.length}${limit} characters`, 3000);
  return message.text;
}

/** Sets `key: value` in the document's front matter, creating the front matter when there is none. */
export function frontMatterEdit(document: vscode.TextDocument, key: string, value: string): vscode.TextEdit {
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const first = document.lineCount > 0 ? document.lineAt(0).text : '';
  if (/^---\s*$/.test(first)) {
    for (let line = 1; line < document.lineCount; line++) {
      const text = document.lineAt(line).text;
      if (/^(?:---|\.\.\.)\s*$/.test(text)) return vscode.TextEdit.insert(new vscode.Position(line, 0), `${key}: ${value}${eol}`);
      if (text.startsWith(key) && text.slice(key.length).trimStart().startsWith(':')) return vscode.TextEdit.replace(document.lineAt(line).range, `${key}: ${value}`);
    }
  }
  return vscode.TextEdit.insert(new vscode.Position(0, 0), `---${eol}${key}: ${value}${eol}---${eol}`);
}

interface ChannelPick extends vscode.QuickPickItem {
  channel?: string;
  plan?: 'free' | 'premium';
}

/** Picks the file's channel (written to its front matter) or the LinkedIn plan (a user setting). */
export async function chooseChannel(service: LintService): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const config = service.currentLinter.config;
  const formatLimit = (limit: number | null | undefined) => (limit === null || limit === undefined ? 'no limit' : `${limit.toLocaleString('en-US')} characters`);
  const items: ChannelPick[] = [
    { label: 'LinkedIn plan', kind: vscode.QuickPickItemKind.Separator },
    { label: 'Free', description: `connection notes of ${LINKEDIN_CONNECT_LIMITS.free} characters`, detail: 'Sets outreach.plan for all files', plan: 'free' },
    { label: 'Premium', description: `connection notes of ${LINKEDIN_CONNECT_LIMITS.premium} characters`, detail: 'Sets outreach.plan for all files', plan: 'premium' },
    { label: 'Channel of this file', kind: vscode.QuickPickItemKind.Separator },
    ...Object.entries(config.channels).map(([id, spec]) => ({
      label: spec.label,
      description: `${id} · ${formatLimit(spec.limit)}`,
      detail: editor && isOutreachDocument(editor.document) ? 'Sets channel in this file\'s front matter' : 'Open an outreach file to set its channel',
      channel: id,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: 'Outreach Lint: channel or plan', matchOnDescription: true });
  if (!picked) return;
  if (picked.plan) {
    await vscode.workspace.getConfiguration('outreach').update('plan', picked.plan, vscode.ConfigurationTarget.Global);
    return;
  }
  if (picked.channel && editor && isOutreachDocument(editor.document)) {
    await editor.edit((builder) => {
      const edit = frontMatterEdit(editor.document, 'channel', picked.channel as string);
      builder.replace(edit.range, edit.newText);
    });
  }
}

/** Lints every *.outreach.md file in the workspace, open or not, into the Problems panel. */
export async function lintWorkspace(service: LintService, diagnostics: DiagnosticsPublisher, data?: RecipientData): Promise<{ files: number; errors: number; warnings: number }> {
  const uris = await vscode.workspace.findFiles(OUTREACH_GLOB, '**/node_modules/**');
  let errors = 0;
  let warnings = 0;
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Outreach Lint', cancellable: true }, async (progress, token) => {
    for (const [index, uri] of uris.entries()) {
      if (token.isCancellationRequested) break;
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(uris.length, 1) });
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      let result;
      try {
        if (open && isOutreachDocument(open)) {
          result = service.current(open);
        } else {
          const text = splitBom(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri))).text;
          // A template's recipients file is read as for an open one, so its findings match the editor's.
          const dataInput = await data?.loadUnopened(uri, text);
          result = await service.currentLinter.lintAsync(text, dataInput ? { data: dataInput } : {});
          diagnostics.show(uri, result);
        }
      } catch (error) {
        void vscode.window.showWarningMessage(`Outreach Lint could not read ${vscode.workspace.asRelativePath(uri)}: ${(error as Error).message}`);
        continue;
      }
      for (const finding of result.findings) {
        if (finding.severity === 'error') errors++;
        else if (finding.severity === 'warning') warnings++;
      }
      if (index % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  });
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(
    `Outreach Lint: ${uris.length} file${uris.length === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`,
  );
  return { files: uris.length, errors, warnings };
}

/** The contributed snippet that starts a new file (snippets/outreach.code-snippets). */
export const NEW_FILE_SNIPPET = 'New outreach file';

/** A new untitled outreach file, started from the skeleton snippet. */
export async function newOutreachFile(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: LANGUAGE_ID, name: NEW_FILE_SNIPPET });
}

/** Opens a rule's page: the copy shipped with the extension, else the web page. */
export async function openRuleDocs(context: vscode.ExtensionContext, ruleId?: unknown): Promise<void> {
  let id = typeof ruleId === 'string' && (RULE_IDS as readonly string[]).includes(ruleId) ? (ruleId as RuleId) : undefined;
  if (!id) {
    const picked = await vscode.window.showQuickPick(
      RULE_IDS.map((rule) => ({ label: rule, description: RULE_META[rule].defaultSeverity, detail: RULE_META[rule].description })),
      { title: 'Outreach Lint: open rule documentation' },
    );
    if (!picked) return;
    id = picked.label;
  }
  const local = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand('markdown.showPreview', local);
  } catch {
    await vscode.env.openExternal(vscode.Uri.parse(RULE_META[id].docsUrl));
  }
}
