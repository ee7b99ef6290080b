import { run } from './main.js';
import { isLintWorker, startLintWorker } from './parallel.js';

/** The `outreach-lint` command: wires the CLI to the process. Started as a --jobs worker thread, it lints instead. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (isLintWorker()) {
  startLintWorker();
} else {
  // A promise chain, not top-level await: the bundle is CommonJS (see scripts/build.mjs).
  void run(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin,
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
    // This file is the worker's script too: the bundle (CommonJS) has __filename, tsc's ESM build import.meta.
    workerEntry: typeof __filename === 'string' ? __filename : new URL(import.meta.url),
  }).then((code) => {
    process.exitCode = code;
  });
}
