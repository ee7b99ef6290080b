// @ts-check
/**
 * Preloaded into the CLI process by the benchmark (`node --import ./bench/cli-usage.mjs dist/cli.js …`):
 * when the process exits, writes its own resource usage (CPU time of all its threads since it started,
 * worker threads included, and peak RSS) as JSON to file descriptor 3, which the benchmark opened as a pipe.
 * This is what `/usr/bin/time -v` reports, without depending on it being installed. It also counts the
 * worker threads the process started, so the results show whether `--jobs` used any.
 */
import { writeSync } from 'node:fs';
import threads from 'node:worker_threads';

// Workers inherit this preload; only the main thread counts and reports.
if (threads.isMainThread) {
  let workers = 0;
  const Original = threads.Worker;
  threads.Worker = class extends Original {
    /** @param {ConstructorParameters<typeof Original>} args */
    constructor(...args) {
      super(...args);
      workers++;
    }
  };

  process.on('exit', (code) => {
    const usage = process.resourceUsage();
    const report = { code, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000, maxRssBytes: usage.maxRSS * 1024, workers };
    try {
      writeSync(3, JSON.stringify(report));
    } catch {
      // Not started by the benchmark: nothing to report to.
    }
  });
}
