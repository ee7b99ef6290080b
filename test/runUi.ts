// Runs the UI suites (test/ui/*.ui.ts, compiled to out/test/ui/*.ui.js) with mocha's programmatic API in
// plain Node: no .mocharc.json (whose spec would add the unit tests), our own timeouts and reporter.
// Each suite starts VS Code 1.100.3 (code-server) and headless chromium through test/host/workbench.ts.
//
// Assumes `npm run build` (dist/) and `npx tsc -p .` (out/) ran, and test/host/setup.sh installed the host.
//
//   node out/test/runUi.js                          all suites
//   node out/test/runUi.js web bundle               only files whose name contains one of the words
//   node out/test/runUi.js --grep counter           only tests whose title matches
//   node out/test/runUi.js --update-docs-images     also copy the cropped pictures to docs/images/
//
// Exit code: 0 when every test passed, 1 on failures or a broken setup, 124 after the overall timeout
// (OUTREACH_UI_TIMEOUT_MS, default 20 min), 130/143 on SIGINT/SIGTERM. Code-server and chromium are
// stopped on every path (workbench.ts kills whatever a run started when this process exits).
import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT, assertCodeServerInstalled } from './host/host.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const uiDir = path.join(here, 'ui');

interface Options {
  filters: string[];
  grep?: string;
  updateDocsImages: boolean;
  bail: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { filters: [], updateDocsImages: false, bail: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--grep' || arg === '-g') {
      const value = argv[++i];
      if (!value) throw new Error('--grep needs a pattern');
      options.grep = value;
    } else if (arg.startsWith('--grep=')) {
      options.grep = arg.slice('--grep='.length);
    } else if (arg === '--update-docs-images') {
      options.updateDocsImages = true;
    } else if (arg === '--bail') {
      options.bail = true;
    } else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node out/test/runUi.js [file-filter…] [--grep <regexp>] [--bail] [--update-docs-images]\n');
      process.exit(0);
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      options.filters.push(arg);
    }
  }
  return options;
}

/** Newest modification time under a folder (files only). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

function preflight(): void {
  for (const file of ['dist/extension.cjs', 'dist/extension.js', 'dist/phrases.json']) {
    if (!fs.existsSync(path.join(REPO_ROOT, file))) throw new Error(`${file} is missing: run npm run build first`);
  }
  if (!fs.existsSync(uiDir)) throw new Error(`${uiDir} is missing: run npx tsc -p . first`);
  assertCodeServerInstalled();
  const built = fs.statSync(path.join(REPO_ROOT, 'dist/extension.js')).mtimeMs;
  if (newestMtime(path.join(REPO_ROOT, 'src')) > built) {
    process.stdout.write('[ui] warning: src/ changed after dist/ was built; the suites test the built extension (npm run build)\n');
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  preflight();
  if (options.updateDocsImages) process.env['OUTREACH_UI_UPDATE_DOCS'] = '1';

  const files = fs
    .readdirSync(uiDir)
    .filter((name) => name.endsWith('.ui.js'))
    .filter((name) => options.filters.length === 0 || options.filters.some((f) => name.includes(f)))
    .sort();
  if (files.length === 0) throw new Error(`no UI test files in ${uiDir} match ${options.filters.join(', ') || '*'}`);

  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: process.stdout.isTTY,
    // Per test; suites raise it for their before() (workbench start-up). A shared 2-core machine is slow.
    timeout: 180_000,
    slow: 30_000,
    bail: options.bail,
    ...(options.grep ? { grep: options.grep } : {}),
  });
  for (const file of files) mocha.addFile(path.join(uiDir, file));
  await mocha.loadFilesAsync();

  const started = Date.now();
  const failures = await new Promise<number>((resolve) => {
    mocha.run((count) => resolve(count));
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`[ui] ${files.join(', ')}: ${failures === 0 ? 'passed' : `${failures} failure(s)`} in ${seconds} s\n`);
  return failures === 0 ? 0 : 1;
}

const timeoutMs = Number(process.env['OUTREACH_UI_TIMEOUT_MS'] ?? 20 * 60_000);
setTimeout(() => {
  process.stderr.write(`[ui] TIMEOUT: the UI suites did not finish within ${timeoutMs} ms\n`);
  process.exit(124); // workbench.ts's exit hook stops code-server and chromium
}, timeoutMs).unref();
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

let code = 1;
try {
  code = await main();
} catch (error) {
  process.stderr.write(`[ui] ${(error as Error).stack ?? String(error)}\n`);
  code = 1;
}
// Exit explicitly: a handle left open by a broken test must not keep the run alive.
process.exit(code);
