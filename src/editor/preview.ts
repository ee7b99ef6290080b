import * as vscode from 'vscode';
import { messageAt, renderMessage, rowValues, sampleValues, type DataInput, type MessageInfo, type RenderedMessage, type TemplateData } from '../core/index.js';
import type { LintService } from './lintService.js';
import type { RecipientData } from './recipientData.js';
import { isOutreachDocument } from './language.js';

/**
 * What one recipient receives: a template message rendered with a row of its recipients data (or the sample
 * values), shown beside the template as a read-only document that follows the template's edits, or copied.
 * Nothing here writes a file: the preview is a virtual document of its own scheme.
 */

export const PREVIEW_MESSAGE_COMMAND = 'outreach.previewMessage';
export const COPY_RENDERED_MESSAGE_COMMAND = 'outreach.copyRenderedMessage';
export const PREVIEW_SCHEME = 'outreach-preview';
/** The preview's language: none of the outreach rules run on it, and package.json gives it word wrap, as outreach files have. */
export const PREVIEW_LANGUAGE = 'outreach-preview';

/** Whom to render for: a 1-based data row, as the quick pick and the engine's findings number them, or the samples. */
export type Recipient = number | 'sample';

/** Arguments the commands accept instead of asking (keybindings, tests): `{ row: 2 }` or `{ row: 'sample' }`. */
export interface RecipientArgument {
  row?: Recipient;
}

/** Rows listed in the quick pick; a bigger file still previews, by typing a row number. */
const MAX_PICK_ROWS = 5000;
/** Cells shown per row in the pick: enough to recognise a person. */
const PICK_COLUMNS = 3;

interface PreviewTarget {
  source: vscode.Uri;
  /** Index of the message in the document, as of the command. */
  message: number;
  recipient: Recipient;
}

export function previewUri(target: PreviewTarget): vscode.Uri {
  const name = target.source.path.slice(target.source.path.lastIndexOf('/') + 1).replace(/\.outreach\.md$/i, '');
  const who = target.recipient === 'sample' ? 'sample values' : `row ${target.recipient}`;
  const query = new URLSearchParams({ source: target.source.toString(), message: String(target.message), row: String(target.recipient) });
  // The path is the tab's title.
  return vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${name} · message ${target.message + 1} · ${who}`, query: query.toString() });
}

function parsePreviewUri(uri: vscode.Uri): PreviewTarget | undefined {
  const query = new URLSearchParams(uri.query);
  const source = query.get('source');
  const message = Number(query.get('message'));
  const row = query.get('row');
  if (!source || !Number.isInteger(message) || message < 0 || !row) return undefined;
  const recipient: Recipient = row === 'sample' ? 'sample' : Number(row);
  if (recipient !== 'sample' && (!Number.isInteger(recipient) || recipient < 1)) return undefined;
  return { source: vscode.Uri.parse(source), message, recipient };
}

/** The rendering for a recipient, with the words that say whom it is for; undefined `rendered` when it cannot be made. */
export interface RecipientRendering {
  heading: string;
  rendered?: RenderedMessage;
}

export function renderFor(message: MessageInfo, data: DataInput | undefined, recipient: Recipient): RecipientRendering {
  if (recipient === 'sample') {
    const rendered = renderMessage(message, sampleValues(message), 0);
    return { heading: 'Sample values', rendered };
  }
  const table = data && !('error' in data) ? data : undefined;
  if (!table) {
    const why = data && 'error' in data ? data.error : 'the front matter names no data file (data: prospects.csv)';
    return { heading: `Row ${recipient}: no recipients data, ${why}` };
  }
  const row = recipient - 1;
  if (row >= table.rows.length) return { heading: `Row ${recipient} is not in ${table.source}, which has ${table.rows.length} row${table.rows.length === 1 ? '' : 's'}` };
  // The row number picks the spin options, so neighbouring recipients get different combinations, as a sender rotates them.
  const rendered = renderMessage(message, rowValues(table, row), row);
  const cells = firstCells(table, row);
  return { heading: `Row ${recipient}${cells ? ` · ${cells}` : ''}`, rendered };
}

/** The preview's text: a header line (whom, length against the limit, fields left as written), a blank line, the message. */
export function previewText(message: MessageInfo | undefined, data: DataInput | undefined, recipient: Recipient): string {
  if (!message?.template) return 'This message is no longer a template message (or no longer exists): close this preview and open a new one.\n';
  const { heading, rendered } = renderFor(message, data, recipient);
  if (!rendered) return `${heading}\n`;
  const limit = message.limit === null ? '' : `/${message.limit}`;
  const over = message.limit !== null && rendered.length > message.limit ? `, ${rendered.length - message.limit} over` : '';
  const missing = rendered.missing.length > 0 ? ` · left as written: ${rendered.missing.join(', ')}` : '';
  return `${heading} · ${rendered.length}${limit} characters${over}${missing}\n\n${rendered.text}\n`;
}

function firstCells(table: TemplateData, row: number): string {
  const cells = (table.rows[row] ?? []).slice(0, PICK_COLUMNS).map((cell) => (cell === '' ? '(empty)' : shorten(cell, 30)));
  return cells.join(' · ');
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

interface RecipientPick extends vscode.QuickPickItem {
  recipient?: Recipient;
}

/** Asks whom to render for: the sample values, or a row of the data. */
async function pickRecipient(message: MessageInfo, data: DataInput | undefined, title: string): Promise<Recipient | undefined> {
  const samples = [...new Set(message.template?.fields.map((field) => field.samples[0]).filter((value): value is string => value !== undefined))];
  const items: RecipientPick[] = [
    { label: 'Sample values', description: shorten(samples.join(' · '), 80) || 'no field has a sample value', recipient: 'sample' },
  ];
  if (data && 'error' in data) {
    items.push({ label: data.error, kind: vscode.QuickPickItemKind.Separator });
  } else if (data) {
    items.push({ label: `${data.source}: ${data.rows.length} row${data.rows.length === 1 ? '' : 's'}`, kind: vscode.QuickPickItemKind.Separator });
    const shown = Math.min(data.rows.length, MAX_PICK_ROWS);
    for (let row = 0; row < shown; row++) {
      items.push({ label: `Row ${row + 1}: ${firstCells(data, row)}`, description: `line ${data.rowLines[row] ?? '?'}`, recipient: row + 1 });
    }
    if (data.rows.length > shown) items.push({ label: `The first ${shown} rows are listed; pass { row: n } to the command for a later one`, kind: vscode.QuickPickItemKind.Separator });
  }
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Render the message for…', matchOnDescription: true });
  return picked?.recipient;
}

/** The template message the command is about: the one under the cursor, else the file's only template message. */
function templateMessage(service: LintService, editor: vscode.TextEditor): MessageInfo | undefined {
  const result = service.current(editor.document);
  const atCursor = messageAt(result, editor.document.offsetAt(editor.selection.active));
  if (atCursor?.template) return atCursor;
  const templates = result.messages.filter((message) => message.template);
  if (templates.length === 1) return templates[0];
  void vscode.window.showInformationMessage(
    templates.length === 0
      ? 'This file has no template message: set "template: liquid" or "template: braces" in its front matter to use merge fields.'
      : 'Put the cursor in the template message to render.',
  );
  return undefined;
}

function activeOutreachEditor(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor && isOutreachDocument(editor.document)) return editor;
  void vscode.window.showInformationMessage('Open an *.outreach.md file with a template message first.');
  return undefined;
}

function givenRecipient(argument: unknown): Recipient | undefined {
  const row = (argument as RecipientArgument | undefined)?.row;
  if (row === 'sample') return row;
  return typeof row === 'number' && Number.isInteger(row) && row >= 1 ? row : undefined;
}

/** Resolves the message and recipient for a command; undefined when the user cancels or there is none. */
async function chooseRendering(service: LintService, data: RecipientData, argument: unknown, title: string): Promise<{ editor: vscode.TextEditor; message: MessageInfo; dataInput: DataInput | undefined; recipient: Recipient } | undefined> {
  const editor = activeOutreachEditor();
  if (!editor) return undefined;
  // The data may still be loading for a document that just opened.
  await service.whenIdle(editor.document);
  const message = templateMessage(service, editor);
  if (!message) return undefined;
  const dataInput = data.cached(editor.document);
  const recipient = givenRecipient(argument) ?? (await pickRecipient(message, dataInput, title));
  if (recipient === undefined) return undefined;
  return { editor, message, dataInput, recipient };
}

/** Opens the rendering beside the template; returns the preview's URI. */
export async function previewMessage(service: LintService, data: RecipientData, argument?: unknown): Promise<vscode.Uri | undefined> {
  const chosen = await chooseRendering(service, data, argument, 'Outreach Lint: preview the message for…');
  if (!chosen) return undefined;
  const uri = previewUri({ source: chosen.editor.document.uri, message: chosen.message.index, recipient: chosen.recipient });
  let document = await vscode.workspace.openTextDocument(uri);
  if (document.languageId !== PREVIEW_LANGUAGE) document = await vscode.languages.setTextDocumentLanguage(document, PREVIEW_LANGUAGE);
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  return uri;
}

/** Copies the rendering to the clipboard; returns the copied text. */
export async function copyRenderedMessage(service: LintService, data: RecipientData, argument?: unknown): Promise<string | undefined> {
  const chosen = await chooseRendering(service, data, argument, 'Outreach Lint: copy the message as sent to…');
  if (!chosen) return undefined;
  const { heading, rendered } = renderFor(chosen.message, chosen.dataInput, chosen.recipient);
  if (!rendered) {
    void vscode.window.showWarningMessage(`Outreach Lint: ${heading}.`);
    return undefined;
  }
  await vscode.env.clipboard.writeText(rendered.text);
  const limit = chosen.message.limit === null ? '' : `/${chosen.message.limit}`;
  vscode.window.setStatusBarMessage(`$(check) Copied the message for ${heading}: ${rendered.length}${limit} characters`, 3000);
  return rendered.text;
}

/**
 * Serves `outreach-preview:` documents. The content is computed from the template's latest lint result, and
 * each new result of the template fires a change, so the preview follows typing in the template and changes
 * to its data file (which re-lint it).
 */
export class PreviewProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly service: LintService,
    private readonly data: RecipientData,
  ) {
    this.subscription = service.onDidLint(({ document }) => {
      const source = document.uri.toString();
      for (const open of vscode.workspace.textDocuments) {
        if (open.uri.scheme === PREVIEW_SCHEME && parsePreviewUri(open.uri)?.source.toString() === source) this.emitter.fire(open.uri);
      }
    });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const target = parsePreviewUri(uri);
    if (!target) return 'This preview link is not one Outreach Lint made.\n';
    try {
      const document = vscode.workspace.textDocuments.find((open) => open.uri.toString() === target.source.toString()) ?? (await vscode.workspace.openTextDocument(target.source));
      await this.service.whenIdle(document);
      const result = this.service.current(document);
      return previewText(result.messages[target.message], this.data.cached(document), target.recipient);
    } catch (error) {
      return `Cannot render ${target.source.toString(true)}: ${(error as Error).message}\n`;
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
