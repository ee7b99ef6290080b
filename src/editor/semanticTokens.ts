import * as vscode from 'vscode';
import { offsetToLineColumn, type LintResult, type Range } from '../core/index.js';
import type { LintService } from './lintService.js';

/**
 * Colours merge fields and spin delimiters in template mode. Driven by the lint result's template info, so
 * a file (or message) outside template mode gets no tokens and looks exactly as before, and a brace in an
 * ordinary note is never coloured as syntax.
 */

/** `variable` for a merge field, `operator` for spin delimiters; `unknown` marks a field nothing declares. */
export const TEMPLATE_TOKEN_LEGEND = new vscode.SemanticTokensLegend(['variable', 'operator'], ['unknown']);
const VARIABLE = 0;
const OPERATOR = 1;
const UNKNOWN = 1 << 0;

interface Token {
  range: Range;
  type: number;
  modifiers: number;
}

export class TemplateTokens implements vscode.DocumentSemanticTokensProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  /** A new lint result can change the tokens without an edit (a data file with a new column turns a field known). */
  readonly onDidChangeSemanticTokens = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];
  /**
   * The document version VS Code last asked tokens for. A result for that version (after an edit, or a data
   * file change re-linting the same text) asks VS Code to fetch again; results of other versions do not.
   */
  private readonly requested = new Map<string, number>();

  constructor(private readonly service: LintService) {
    this.subscriptions = [
      service.onDidLint(({ document, version }) => {
        if (this.requested.get(document.uri.toString()) === version) this.emitter.fire();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.requested.delete(document.uri.toString())),
    ];
  }

  async provideDocumentSemanticTokens(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.SemanticTokens | undefined> {
    this.requested.set(document.uri.toString(), document.version);
    // Never lints itself: with outreach.run "onSave" typing must not lint. Without a result for this version
    // VS Code keeps the previous tokens, moved along with the edit, until the result's event asks again.
    await this.service.whenIdle(document);
    if (token.isCancellationRequested || this.service.latestVersion(document) !== document.version) return undefined;
    const result = this.service.latest(document);
    return result ? buildTokens(result) : undefined;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.emitter.dispose();
  }
}

export function templateTokens(result: LintResult): Token[] {
  const tokens: Token[] = [];
  for (const message of result.messages) {
    const template = message.template;
    if (!template) continue;
    for (const field of template.fields) tokens.push({ range: field.range, type: VARIABLE, modifiers: field.known ? 0 : UNKNOWN });
    for (const spin of template.spins) {
      for (const separator of spin.separators) tokens.push({ range: separator, type: OPERATOR, modifiers: 0 });
    }
  }
  // The builder needs document order; a field inside a spin option sits between its delimiters.
  return tokens.sort((a, b) => a.range.start - b.range.start);
}

function buildTokens(result: LintResult): vscode.SemanticTokens {
  const builder = new vscode.SemanticTokensBuilder(TEMPLATE_TOKEN_LEGEND);
  for (const token of templateTokens(result)) {
    const start = offsetToLineColumn(result.lineStarts, token.range.start);
    const end = offsetToLineColumn(result.lineStarts, token.range.end);
    // A token lies on one line; a field broken over lines is coloured line by line.
    for (let line = start.line; line <= end.line; line++) {
      const from = line === start.line ? start.column : 0;
      const lineEnd = line + 1 < result.lineStarts.length ? (result.lineStarts[line + 1] as number) - (result.lineStarts[line] as number) : Number.MAX_SAFE_INTEGER;
      const to = line === end.line ? end.column : lineEnd;
      if (to > from) builder.push(line, from, to - from, token.type, token.modifiers);
    }
  }
  return builder.build();
}
