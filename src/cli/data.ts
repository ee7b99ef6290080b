import fs from 'node:fs';
import path from 'node:path';
import { MAX_RECIPIENT_BYTES, readRecipientTable, templateDataPath, type TemplateData } from '../core/index.js';

/**
 * The recipients CSV of a template file, for `--data` and `render`: the one given on the command line, else
 * the one the file's front matter names (`data: prospects.csv`, relative to the file). The engine never
 * reads files; this does, once per CSV per thread, so a directory of templates sharing one CSV reads it once.
 */

/** Where a file's data comes from: `--data` as typed (resolved against the working directory), or undefined. */
export interface DataOption {
  /** Absolute path of `--data`. */
  file: string;
  /** As the user typed it: the name messages use. */
  source: string;
}

/** The table, no data at all, or why the CSV cannot be used (the CLI then stops with exit code 2). */
export type LoadedData = { data: TemplateData } | { none: true } | { error: string };

const cache = new Map<string, LoadedData>();

/** Forgets the CSVs read: each run of the CLI reads them afresh (run() may be called more than once in a process). */
export function clearDataCache(): void {
  cache.clear();
}

/** The data for `filePath` with text `text`: `--data` first, else its front matter's `data:`, else none. */
export function loadDataFor(filePath: string, text: string, option: DataOption | undefined, cwd: string): LoadedData {
  if (option) return readData(option.file, option.source, cwd);
  const written = templateDataPath(text);
  if (written === undefined || written.trim() === '') return { none: true };
  const file = path.resolve(path.dirname(filePath), written);
  // Named as written, relative to the file; the error says which file named it.
  const loaded = readData(file, written, cwd);
  if ('error' in loaded) return { error: `${loaded.error} (named by data: in ${path.relative(cwd, filePath) || filePath})` };
  return loaded;
}

function readData(file: string, source: string, cwd: string): LoadedData {
  const cached = cache.get(file);
  if (cached) return cached;
  const loaded = readUncached(file, source, cwd);
  cache.set(file, loaded);
  return loaded;
}

function readUncached(file: string, source: string, cwd: string): LoadedData {
  const shown = path.relative(cwd, file) || file;
  let size: number;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { error: `Cannot read recipients file ${shown}: not a file` };
    size = stat.size;
  } catch (error) {
    return { error: `Cannot read recipients file ${shown}: ${describeCode(error)}` };
  }
  // Checked on the size first, so a huge file is never read into memory. The reader's limit counts characters;
  // bytes are at least as many, so a file within this limit in bytes is within it in characters too.
  if (size > MAX_RECIPIENT_BYTES) return { error: tooBig(shown, size) };
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { error: `Cannot read recipients file ${shown}: ${describeCode(error)}` };
  }
  return { data: readRecipientTable(text, source) };
}

function tooBig(shown: string, size: number): string {
  const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `Recipients file ${shown} is ${mb(size)} (${size} bytes); the limit is ${mb(MAX_RECIPIENT_BYTES)} (${MAX_RECIPIENT_BYTES} bytes). Split it into smaller files.`;
}

function describeCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return code ?? (error as Error).message;
}
