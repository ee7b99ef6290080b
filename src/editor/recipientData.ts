import * as vscode from 'vscode';
import { MAX_RECIPIENT_BYTES, readRecipientTable, splitBom, templateDataPath, type DataInput } from '../core/index.js';

/**
 * The recipients file a template names in its front matter (`data: prospects.csv`), read for the engine,
 * which never reads files itself. Files go through `vscode.workspace.fs`, so this works on the desktop and
 * in vscode.dev alike. The file is only ever read: never written, never sent anywhere.
 *
 * Each file is read once per version (modification time and size) and the same object is handed out until
 * it changes: the engine keys its cached analyses on the data object, so an unchanged CSV costs nothing
 * per keystroke. A watcher per file in use re-lints the documents that name it when it changes.
 */

interface CachedFile {
  mtime: number;
  size: number;
  value: DataInput;
  /** The watcher saw a change since: the value stays in use (hover, preview) until the re-read replaces it. */
  stale?: boolean;
}

/** The `data:` value of a document, kept per front matter text so a keystroke below it costs one slice. */
interface DataReference {
  frontMatter: string;
  written: string | undefined;
}

export class RecipientData implements vscode.Disposable {
  private readonly files = new Map<string, CachedFile>();
  /** Which data file each document names (by document URI), as of its latest load. */
  private readonly uses = new Map<string, vscode.Uri>();
  private readonly references = new Map<string, DataReference>();
  /** The problem of an untitled document naming a data file, one object per path (the engine caches by object). */
  private readonly unsaved = new Map<string, DataInput>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a data file's URI when it changed, was created or deleted: documents using it need a new lint. */
  readonly onDidChangeData = this.emitter.event;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly maxBytes = MAX_RECIPIENT_BYTES,
  ) {}

  /**
   * The data for a document's current text: undefined when its front matter names none, else the table or
   * why it could not be read (the engine shows that on the front matter's `data` key). Never rejects.
   */
  async load(document: vscode.TextDocument): Promise<DataInput | undefined> {
    const key = document.uri.toString();
    try {
      const written = this.dataPath(key, document.getText());
      if (!written) {
        this.unsaved.delete(key);
        this.stopUsing(key);
        return undefined;
      }
      if (document.isUntitled) {
        // A path relative to a file that has no place yet names nothing; no file system call is made.
        this.stopUsing(key);
        const known = this.unsaved.get(key);
        if (known?.source === written) return known;
        const error = { source: written, error: `cannot read ${written}: save this file first, the path is relative to it` };
        this.unsaved.set(key, error);
        return error;
      }
      const uri = resolveDataUri(document.uri, written);
      this.use(key, uri);
      return await this.read(uri, written);
    } catch (error) {
      this.log.error(`Reading the recipients data of ${document.uri.toString(true)} failed: ${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  }

  /**
   * The data for a file that is not open (Lint All Outreach Files): read like `load`, but the file is not
   * remembered as in use, so nothing is watched for it.
   */
  async loadUnopened(uri: vscode.Uri, text: string): Promise<DataInput | undefined> {
    try {
      const frontMatter = frontMatterText(text);
      const written = frontMatter === undefined ? undefined : templateDataPath(frontMatter)?.trim();
      if (!written) return undefined;
      const dataUri = resolveDataUri(uri, written);
      const value = await this.read(dataUri, written);
      // Kept only while an open document uses the file: a table is up to 20 MB of text.
      if (!this.documentsUsing(dataUri).length) this.files.delete(dataUri.toString());
      return value;
    } catch (error) {
      this.log.error(`Reading the recipients data of ${uri.toString(true)} failed: ${(error as Error).stack ?? String(error)}`);
      return undefined;
    }
  }

  /**
   * Whether `cached` is what a `load` would give now: the front matter is the one last read, and its data
   * file is read and unchanged since (as far as the watcher knows). Cheap enough to ask on every lint.
   */
  isCurrent(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    const reference = this.references.get(key);
    const frontMatter = frontMatterText(document.getText());
    if (frontMatter === undefined) return reference === undefined || reference.written === undefined;
    if (reference?.frontMatter !== frontMatter) return false;
    if (reference.written === undefined) return true;
    if (document.isUntitled) return this.unsaved.get(key)?.source === reference.written;
    const uri = this.uses.get(key);
    const file = uri && this.files.get(uri.toString());
    return file !== undefined && file.stale !== true;
  }

  /** What the latest `load` gave for the document, without touching the file system (for synchronous lints). */
  cached(document: vscode.TextDocument): DataInput | undefined {
    if (document.isUntitled) return this.unsaved.get(document.uri.toString());
    const uri = this.uses.get(document.uri.toString());
    return uri ? this.files.get(uri.toString())?.value : undefined;
  }

  /** The data file a document names, as of its latest load. */
  dataUriOf(document: vscode.TextDocument): vscode.Uri | undefined {
    return this.uses.get(document.uri.toString());
  }

  /** Documents (by URI string) whose front matter names the data file. */
  documentsUsing(dataUri: vscode.Uri): string[] {
    const target = dataUri.toString();
    return [...this.uses].filter(([, uri]) => uri.toString() === target).map(([document]) => document);
  }

  /** A closed document no longer keeps its data file watched. */
  forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.references.delete(key);
    this.unsaved.delete(key);
    this.stopUsing(key);
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
    this.emitter.dispose();
  }

  private dataPath(key: string, text: string): string | undefined {
    const frontMatter = frontMatterText(text);
    if (frontMatter === undefined) {
      this.references.delete(key);
      return undefined;
    }
    const known = this.references.get(key);
    if (known?.frontMatter === frontMatter) return known.written;
    const written = templateDataPath(frontMatter)?.trim() || undefined;
    this.references.set(key, { frontMatter, written });
    return written;
  }

  private async read(uri: vscode.Uri, written: string): Promise<DataInput> {
    const key = uri.toString();
    const cached = this.files.get(key);
    let stat: vscode.FileStat;
    try {
      stat = await vscode.workspace.fs.stat(uri);
    } catch (error) {
      return this.remember(key, { mtime: -1, size: -1 }, { source: written, error: `cannot read ${written}: ${describeFsError(error)}` });
    }
    if (cached && cached.mtime === stat.mtime && cached.size === stat.size) {
      cached.stale = false;
      return cached.value;
    }
    const version = { mtime: stat.mtime, size: stat.size };
    if (stat.type & vscode.FileType.Directory) {
      return this.remember(key, version, { source: written, error: `cannot read ${written}: it is a folder, not a CSV file` });
    }
    // Refused before reading, so a huge file is never loaded into the editor's memory.
    if (stat.size > this.maxBytes) {
      return this.remember(key, version, { source: written, error: `cannot read ${written}: it is ${megabytes(stat.size)}, over the ${megabytes(this.maxBytes)} limit for recipient data. Split the file` });
    }
    let text: string;
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      text = splitBom(new TextDecoder('utf-8').decode(bytes)).text;
    } catch (error) {
      return this.remember(key, version, { source: written, error: `cannot read ${written}: ${describeFsError(error)}` });
    }
    return this.remember(key, version, readRecipientTable(text, written, { maxBytes: this.maxBytes }));
  }

  /** Keeps one object per file version: an unchanged error or table is the same object as before. */
  private remember(key: string, version: { mtime: number; size: number }, value: DataInput): DataInput {
    const cached = this.files.get(key);
    if (cached && cached.mtime === version.mtime && cached.size === version.size && sameError(cached.value, value)) {
      cached.stale = false;
      return cached.value;
    }
    this.files.set(key, { ...version, value });
    return value;
  }

  private use(documentKey: string, uri: vscode.Uri): void {
    const previous = this.uses.get(documentKey);
    if (previous?.toString() === uri.toString()) return;
    this.uses.set(documentKey, uri);
    if (previous) this.unwatchIfUnused(previous);
    this.watch(uri);
  }

  private stopUsing(documentKey: string): void {
    const previous = this.uses.get(documentKey);
    if (!previous) return;
    this.uses.delete(documentKey);
    this.unwatchIfUnused(previous);
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    try {
      const folder = vscode.Uri.joinPath(uri, '..');
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, escapeGlob(name)));
      const changed = (): void => {
        // Every load stats the file, so a new version is read then; marking it stale makes synchronous lints ask for that load.
        const cached = this.files.get(key);
        if (cached) cached.stale = true;
        this.emitter.fire(uri);
      };
      const subscriptions = [watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed)];
      this.watchers.set(key, { dispose: () => subscriptions.forEach((s) => s.dispose()) });
    } catch (error) {
      this.log.warn(`Cannot watch ${uri.toString(true)} for changes: ${(error as Error).message}`);
    }
  }

  private unwatchIfUnused(uri: vscode.Uri): void {
    const key = uri.toString();
    if ([...this.uses.values()].some((used) => used.toString() === key)) return;
    this.watchers.get(key)?.dispose();
    this.watchers.delete(key);
    this.files.delete(key);
  }
}

/**
 * The data file's URI: relative to the document's folder, as the CLI resolves it. An absolute path stays on
 * the document's file system (never another scheme, so a front matter cannot make the editor fetch a URL).
 */
export function resolveDataUri(documentUri: vscode.Uri, written: string): vscode.Uri {
  const path = written.replace(/\\/g, '/');
  if (path.startsWith('/')) return documentUri.with({ path, query: '', fragment: '' });
  return vscode.Uri.joinPath(documentUri, '..', path);
}

/**
 * The front matter block at the very start (`---` … `---`), or undefined: the part of the text `data:` can
 * be in, found without outlining the whole document.
 */
function frontMatterText(text: string): string | undefined {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start)) return undefined;
  const close = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/g;
  close.lastIndex = start + 3;
  const match = close.exec(text);
  return match ? text.slice(0, match.index + match[0].length) : undefined;
}

function sameError(a: DataInput, b: DataInput): boolean {
  return 'error' in a && 'error' in b && a.error === b.error && a.source === b.source;
}

function describeFsError(error: unknown): string {
  if (error instanceof vscode.FileSystemError) {
    if (error.code === 'FileNotFound' || error.code === 'EntryNotFound') return 'file not found';
    if (error.code === 'NoPermissions') return 'permission denied';
    if (error.code === 'FileIsADirectory') return 'it is a folder, not a CSV file';
  }
  const message = (error as Error)?.message ?? String(error);
  return /ENOENT|not found/i.test(message) ? 'file not found' : message;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Number(mb.toFixed(1))} MB`;
}

/** A file name as a literal glob: brackets, braces and wildcards in names are rare but real. */
function escapeGlob(name: string): string {
  return name.replace(/[[\]{}*?]/g, (c) => `[${c}]`);
}
