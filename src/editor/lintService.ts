import * as vscode from 'vscode';
import type { DataInput, LintResult, Linter } from '../core/index.js';
import { isOutreachDocument } from './language.js';

/**
 * Keeps one lint result per open outreach document and decides when to lint. Typing schedules a lint
 * a moment later; a newer edit cancels the work for the older version, and a result is only published
 * for the version it was computed from, so stale findings never replace fresh ones. The linter caches
 * per-message analyses, so a keystroke re-parses only the message that changed.
 *
 * A template's recipients data (front matter `data:`) comes from a `DataSource`: loaded before each
 * scheduled lint, and taken as last loaded for a synchronous one.
 */

/** Where a document's recipients data comes from (src/editor/recipientData.ts). */
export interface DataSource {
  /** Reads (or takes from its cache) the data the document names; never rejects. */
  load(document: vscode.TextDocument): Promise<DataInput | undefined>;
  /** The data of the latest load, without waiting. */
  cached(document: vscode.TextDocument): DataInput | undefined;
  /** False when a load would give something else than `cached` (not loaded yet, front matter or file changed). */
  isCurrent(document: vscode.TextDocument): boolean;
}

const NO_DATA: DataSource = { load: async () => undefined, cached: () => undefined, isCurrent: () => true };

export interface LintedDocument {
  document: vscode.TextDocument;
  version: number;
  result: LintResult;
}

interface DocumentState {
  version: number;
  result?: LintResult;
  resultVersion?: number;
  controller?: AbortController;
  timer?: ReturnType<typeof setTimeout>;
  running?: Promise<void>;
}

/** Delay after a keystroke before linting: long enough to coalesce a burst of typing, too short to notice. */
export const TYPING_DELAY_MS = 40;

export class LintService implements vscode.Disposable {
  private readonly states = new Map<string, DocumentState>();
  private readonly emitter = new vscode.EventEmitter<LintedDocument>();
  /** Fires when a document has a new result for its current version. */
  readonly onDidLint = this.emitter.event;

  constructor(
    private linter: Linter,
    private readonly log: vscode.LogOutputChannel,
    private readonly data: DataSource = NO_DATA,
  ) {}

  get currentLinter(): Linter {
    return this.linter;
  }

  setLinter(linter: Linter): void {
    this.linter = linter;
    for (const document of vscode.workspace.textDocuments) {
      if (isOutreachDocument(document)) this.schedule(document, 0);
    }
  }

  /** The newest result for the document, which may lag its current version by a pending lint. */
  latest(document: vscode.TextDocument): LintResult | undefined {
    return this.states.get(document.uri.toString())?.result;
  }

  /** The document version the latest result was computed from. */
  latestVersion(document: vscode.TextDocument): number | undefined {
    return this.states.get(document.uri.toString())?.resultVersion;
  }

  /** A result for exactly the document's current version, linting now if needed (cheap: cached per message). */
  current(document: vscode.TextDocument): LintResult {
    const state = this.stateFor(document);
    if (state.result && state.resultVersion === document.version) return state.result;
    this.cancel(state);
    return this.lintSync(document, state);
  }

  schedule(document: vscode.TextDocument, delay = TYPING_DELAY_MS): void {
    if (!isOutreachDocument(document)) return;
    const state = this.stateFor(document);
    this.cancel(state);
    state.version = document.version;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      const controller = new AbortController();
      state.controller = controller;
      const version = document.version;
      state.running = this.data
        .load(document)
        .then((data) => {
          if (controller.signal.aborted) throw abortError();
          return this.linter.lintAsync(document.getText(), { signal: controller.signal, ...(data ? { data } : {}) });
        })
        .then((result) => {
          if (controller.signal.aborted || document.isClosed || document.version !== version) return;
          this.publish(document, state, result, version);
        })
        .catch((error: Error) => {
          if (error.name !== 'AbortError') this.log.error(`Linting ${document.uri.toString(true)} failed: ${error.stack ?? error.message}`);
        })
        .finally(() => {
          if (state.controller === controller) state.controller = undefined;
        });
    }, delay);
  }

  /** Resolves when no lint is pending or running for the document (tests wait on this). */
  async whenIdle(document: vscode.TextDocument): Promise<void> {
    const state = this.states.get(document.uri.toString());
    for (let i = 0; state && i < 100 && (state.timer !== undefined || state.controller !== undefined); i++) {
      await (state.running ?? new Promise((resolve) => setTimeout(resolve, 10)));
    }
  }

  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const state = this.states.get(key);
    if (state) this.cancel(state);
    this.states.delete(key);
  }

  dispose(): void {
    for (const state of this.states.values()) this.cancel(state);
    this.states.clear();
    this.emitter.dispose();
  }

  private lintSync(document: vscode.TextDocument, state: DocumentState): LintResult {
    const data = this.data.cached(document);
    const result = this.linter.lint(document.getText(), data ? { data } : {});
    this.publish(document, state, result, document.version);
    // A synchronous lint (a code action, a command) may have cancelled the lint that was loading the data
    // file; without this, the result without data would stand until the next edit.
    if (!this.data.isCurrent(document)) this.schedule(document, 0);
    return result;
  }

  private publish(document: vscode.TextDocument, state: DocumentState, result: LintResult, version: number): void {
    state.result = result;
    state.resultVersion = version;
    state.version = version;
    this.emitter.fire({ document, version, result });
  }

  private stateFor(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { version: document.version };
      this.states.set(key, state);
    }
    return state;
  }

  private cancel(state: DocumentState): void {
    if (state.timer !== undefined) clearTimeout(state.timer);
    state.timer = undefined;
    state.controller?.abort();
    state.controller = undefined;
  }
}

function abortError(): Error {
  const error = new Error('The lint was superseded');
  error.name = 'AbortError';
  return error;
}
