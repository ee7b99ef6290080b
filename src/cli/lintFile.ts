import path from 'node:path';
import { fixAll, type LintInput, type Linter } from '../core/index.js';
import { UsageError } from './files.js';
import { loadDataFor, type DataOption } from './data.js';
import { buildReport, type FileReport } from './report.js';
import { readTextFile, writeFileAtomic, type TextFile } from './textFile.js';

/**
 * Linting one file on disk, the same way on the main thread and in a worker thread (--jobs): read it, fix it
 * when asked (writing it back atomically), lint what is left. The outcome is plain data, so a worker can post it.
 */

export interface LintSettings {
  fix: boolean;
  quiet: boolean;
  /** `--data`: the recipients CSV for every file; without it, each template's own `data:` is read. */
  data?: DataOption;
  /** The working directory, for the names in data errors (a worker thread has the same one, but says so here). */
  cwd: string;
}

/**
 * A file's report, or why it has none: its read error's code, a recipients CSV that cannot be used, or the
 * message of an error while linting or writing it.
 */
export type FileOutcome = { report: FileReport } | { unreadable: string } | { dataError: string } | { crashed: string };

/** What the engine gets besides the text: the file's recipients, checked row by row; throws a UsageError for an unusable CSV. */
export function lintInputFor(filePath: string, text: string, settings: Pick<LintSettings, 'data' | 'cwd'>): LintInput {
  const loaded = loadDataFor(filePath, text, settings.data, settings.cwd);
  if ('error' in loaded) throw new UsageError(loaded.error);
  return 'data' in loaded ? { data: loaded.data, perRow: true } : {};
}

export function lintText(linter: Linter, file: TextFile, filePath: string, settings: LintSettings): { report: FileReport; fixed?: string } {
  let text = file.text;
  let fixed: string | undefined;
  // Before fixing: a CSV that cannot be read stops the run before anything is written. Fixes never touch `data:`.
  const input = lintInputFor(filePath, text, settings);
  if (settings.fix) {
    const result = fixAll(linter, text);
    if (result.changed) {
      fixed = result.output;
      text = result.output;
    }
  }
  return { report: buildReport(filePath, text, linter.lint(text, input), settings.quiet), ...(fixed !== undefined ? { fixed } : {}) };
}

export function lintFileOnDisk(linter: Linter, filePath: string, settings: LintSettings): FileOutcome {
  let textFile: TextFile;
  try {
    textFile = readTextFile(filePath);
  } catch (error) {
    return { unreadable: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
  try {
    const { report, fixed } = lintText(linter, textFile, filePath, settings);
    if (fixed !== undefined) writeFileAtomic(filePath, textFile, fixed);
    return { report };
  } catch (error) {
    if (error instanceof UsageError) return { dataError: error.message };
    return { crashed: (error as Error)?.message ?? String(error) };
  }
}

/** The report, or the error the CLI stops with: a usage error for an unreadable file, else an unexpected one. */
export function reportOrThrow(outcome: FileOutcome, filePath: string, cwd: string): FileReport {
  if ('report' in outcome) return outcome.report;
  if ('unreadable' in outcome) throw new UsageError(`Cannot read ${path.relative(cwd, filePath)}: ${outcome.unreadable}`);
  if ('dataError' in outcome) throw new UsageError(outcome.dataError);
  throw new Error(outcome.crashed);
}
