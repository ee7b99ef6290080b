import fs from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createLinter } from '../core/index.js';
import { lintFileOnDisk, type FileOutcome, type LintSettings } from './lintFile.js';

/**
 * `--jobs`: linting many files on worker threads. Each worker loads the CLI's own code, creates one linter
 * with the configuration the main thread read, and lints the batches of files it is sent; the main thread
 * hands out batches in file order, puts each outcome at its file's index and formats the output as usual.
 */

/**
 * The text a worker must get to be worth starting. Measured with Node 20 on 2 shared vCPUs (load average 2
 * to 6), files of about 1 KB, `--format json`, 2 workers against 1 thread:
 * - A worker costs about 2 s of CPU before it pays: 0.25 s to load the bundle and create its linter, about
 *   1 s in V8's background compiler (every isolate optimises the hot code again; one function of
 *   mdast-util-from-markdown alone takes 0.8 to 1.5 s), and its first files running cold. 2 workers took
 *   0.7 s more CPU than 1 thread for 100 files, 0.9 s for 400, 1.3 to 1.8 s for 1,000, 2 to 2.7 s for 2,000.
 * - Linting takes about 2.7 ms of CPU per KB (all threads), so that fixed cost is the linting of ~750 KB.
 *   From 1 MB per worker, workers cost at most about a third more CPU, and save wall time when idle cores
 *   can run them and their compiler threads. On the 2 loaded cores they saved none up to 4 MB: one thread
 *   already keeps the second core busy with its compiler and GC threads.
 * - A file costs about 0.35 ms beyond its text (outline, report, read), as much as 256 bytes do.
 */
export const BYTES_PER_WORKER = 1024 * 1024;
export const COST_PER_FILE = 256;
/** A batch is about 30 ms of linting: small enough to even out the end of the run, big enough that messages cost nothing. */
const BATCH_BYTES = 16 * 1024;

const WORKER_TAG = 'outreach-lint lint worker';

export interface WorkerSetup extends LintSettings {
  /** The configuration layers and their names, as for createLinter. */
  config: unknown[];
  configSources: string[];
}

/** Each file's weight: its size (0 when it cannot be read; its worker reports why) plus the fixed cost of a file. */
export function fileCosts(files: readonly string[]): number[] {
  return files.map((file) => {
    let size = 0;
    try {
      size = fs.statSync(file).size;
    } catch {
      size = 0;
    }
    return size + COST_PER_FILE;
  });
}

/**
 * How many workers to start for these files with --jobs `jobs`; 1 means lint on this thread. `bytesPerWorker`
 * is BYTES_PER_WORKER unless the environment sets OUTREACH_LINT_BYTES_PER_WORKER (tests set 0 to start workers
 * for a few small files).
 */
export function workerCount(jobs: number, costs: readonly number[], bytesPerWorker = BYTES_PER_WORKER): number {
  if (jobs <= 1 || costs.length < 2) return 1;
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  return Math.max(1, Math.min(jobs, costs.length, bytesPerWorker > 0 ? Math.floor(total / bytesPerWorker) : Infinity));
}

/** True in a thread that lintInWorkers started: the CLI's entry then runs startLintWorker instead of the CLI. */
export function isLintWorker(): boolean {
  return !isMainThread && (workerData as { tag?: unknown } | null)?.tag === WORKER_TAG;
}

type Batch = [index: number, file: string][];
type BatchResult = [index: number, outcome: FileOutcome][];

export function startLintWorker(): void {
  const setup = workerData as WorkerSetup;
  const port = parentPort;
  if (!port) throw new Error('not a worker thread');
  const linter = createLinter({ config: setup.config, configSources: setup.configSources });
  port.on('message', (batch: Batch) => {
    const results: BatchResult = batch.map(([index, file]) => [index, lintFileOnDisk(linter, file, setup)]);
    port.postMessage(results);
  });
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

/**
 * Lints `files` on `count` workers started from `entry`. Resolves with each file's outcome at its index. After
 * a file that fails, no further batches go out, and the ones under way finish: every file before the first
 * failure then has its outcome, as when linting in order, and later files may have none (with --fix, those
 * under way are written, where one thread would have stopped before them). Rejects when a worker dies; the
 * others are then terminated, as they are at the end.
 */
export function lintInWorkers(files: readonly string[], costs: readonly number[], count: number, setup: WorkerSetup, entry: string | URL): Promise<(FileOutcome | undefined)[]> {
  return new Promise((resolve, reject) => {
    const outcomes: (FileOutcome | undefined)[] = new Array(files.length).fill(undefined);
    const workers: Worker[] = [];
    let next = 0;
    let pending = 0;
    let failed = false;
    let settled = false;

    const settle = (error?: Error) => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      if (error) reject(error);
      else resolve(outcomes);
    };
    const send = (worker: Worker) => {
      if (failed || next >= files.length) return;
      const batch: Batch = [];
      let bytes = 0;
      while (next < files.length && (batch.length === 0 || bytes + (costs[next] ?? 0) <= BATCH_BYTES)) {
        bytes += costs[next] ?? 0;
        batch.push([next, files[next] as string]);
        next++;
      }
      pending++;
      worker.postMessage(batch);
    };

    try {
      for (let i = 0; i < count; i++) {
        const worker = new Worker(entry, { workerData: { ...setup, tag: WORKER_TAG } });
        workers.push(worker);
        worker.on('message', (results: BatchResult) => {
          pending--;
          for (const [index, outcome] of results) {
            outcomes[index] = outcome;
            if (!('report' in outcome)) failed = true;
          }
          send(worker);
          if (pending === 0 && (failed || next >= files.length)) settle();
        });
        worker.on('error', (error: Error) => settle(new Error(`a lint worker failed: ${firstLine(error?.message ?? String(error))}`)));
        worker.on('messageerror', (error: Error) => settle(new Error(`a lint worker's result could not be read: ${firstLine(error.message)}`)));
        worker.on('exit', (code) => settle(new Error(`a lint worker stopped (exit code ${code})`)));
        // Two batches each, so a worker never waits for the main thread between batches.
        send(worker);
        send(worker);
      }
    } catch (error) {
      settle(error as Error);
    }
  });
}
