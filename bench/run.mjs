#!/usr/bin/env node
// @ts-check
/**
 * Outreach Lint's performance benchmark: `npm run bench` (or `node bench/run.mjs`).
 *
 * Generates outreach files of about 10 KB, 100 KB and 1 MB, and 1,000 small files (bench/generate.mjs), then
 * measures in one run: our full lint (engine in-process, and the CLI as a whole process), bare remark-parse
 * (whole file and one `##` section at a time), the peers (markdownlint, write-good, alex, retext), a
 * one-character edit in the 10 KB and 1 MB files through the incremental path, peak memory of the 1 MB lint,
 * the CLI against markdownlint-cli2 on the 1,000 small files (with --jobs 1 and the default jobs), and the
 * extension's activation and bundle sizes. Every repetition of every subject runs in a fresh child process; repetitions are
 * interleaved (one round = each subject once, in a shuffled order) and summarised by medians. Every
 * timing is taken twice: CPU time (user + system, all threads of the measuring process), which the
 * neighbours on a shared machine disturb least, and wall time. Prints a table, the ratios and the
 * targets (a time target passes when it passes on both clocks), and writes everything to
 * .bench/results.json, with a copy in .bench/history/.
 *
 * Options:
 *   --rounds <n>       repetitions of each subject (default 3)
 *   --quick            one round, short budgets: a smoke test, not numbers to quote
 *   --sizes <list>     e.g. 10KB,100KB (default 10KB,100KB,1MB)
 *   --no-build         do not rebuild dist/ when it is missing or older than src/
 *   --baseline <file>  compare the ratios with an earlier results file (default: the previous .bench/results.json)
 *   --out <file>       where to write the results (default .bench/results.json)
 *   --only <list>      run only the jobs whose key starts with one of these, e.g. template (the other rows show —)
 *
 * The campaign-template rows (bench/templates.mjs): a 200-message Liquid template with a 5,000-row CSV, linted
 * as the editor does (with the data, no per-row checking) cold and after a one-character edit; and the CLI's
 * per-row lint (--data) and render. Checking every row is 200 × 5,000 = 1,000,000 message renderings, over a
 * minute on 2 shared cores, so the CLI rows run on the first 20 messages of the same template (100,000
 * message-rows) and the table states the time per message-row.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateOutreach, generateSmallFiles, prng } from './generate.mjs';
import { generateRecipients, generateTemplate } from './templates.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const WORK = path.join(ROOT, '.bench');
const FIXTURES = path.join(WORK, 'fixtures');

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string' },
    quick: { type: 'boolean' },
    sizes: { type: 'string' },
    'no-build': { type: 'boolean' },
    baseline: { type: 'string' },
    out: { type: 'string' },
    only: { type: 'string' },
  },
});
const quick = args.quick ?? false;
const rounds = Number(args.rounds ?? (quick ? 1 : 3));

/**
 * @typedef {{ id: string, bytes: number, warmupMs: number, budgetMs: number, minIterations: number, maxIterations: number }} Size
 * @type {Size[]}
 */
const ALL_SIZES = [
  { id: '10KB', bytes: 10_000, warmupMs: 300, budgetMs: 600, minIterations: 3, maxIterations: 15 },
  { id: '100KB', bytes: 100_000, warmupMs: 500, budgetMs: 1000, minIterations: 2, maxIterations: 8 },
  // 1 MB: one warm-up run on the same text (warmupMs 0), then one run, or up to three for the fast subjects.
  { id: '1MB', bytes: 1_000_000, warmupMs: 0, budgetMs: 1500, minIterations: 1, maxIterations: 3 },
];
const SMALL = { id: 'small', bytes: 2_000 };
/** The many-files case: this many small files under .bench/fixtures/many/. */
const MANY_COUNT = 1000;
const wanted = (args.sizes ?? '10KB,100KB,1MB').split(',');
const SIZES = ALL_SIZES.filter((size) => wanted.includes(size.id));
if (quick) for (const size of SIZES) Object.assign(size, { warmupMs: 0, budgetMs: 200, minIterations: 1, maxIterations: 3 });

/** Timed subjects run by bench/worker.mjs, in table order. */
const SUBJECTS = ['ours', 'remark-whole', 'remark-sections', 'markdownlint', 'write-good', 'alex', 'retext'];
const LABEL = {
  ours: 'ours: engine, in-process',
  cli: 'ours: CLI process, --format json',
  'remark-whole': 'remark-parse, whole file',
  'remark-sections': 'remark-parse, per ## section',
  'remark-sections-process': 'remark-parse, per section, cold process',
  markdownlint: 'markdownlint (library, sync)',
  'write-good': 'write-good',
  alex: 'alex (markdown)',
  retext: 'retext + english + simplify',
};
const PEERS = ['remark-whole', 'remark-sections', 'markdownlint', 'write-good', 'alex', 'retext'];
/** Not a peer: the floor for the CLI as a process (start Node, load remark, parse each section once). */
const FLOORS = ['remark-sections-process'];

/**
 * The 1,000 small files, each subject a whole process per round. The default --jobs is
 * os.availableParallelism(); with workers forced (information only), the CLI ignores its threshold of
 * text per worker, which shows what workers would cost or save on these files on this machine.
 * @type {{ key: string, label: string, tool: 'cli' | 'markdownlint-cli2', jobs?: string, forceWorkers?: boolean }[]}
 */
const MANY_SUBJECTS = [
  { key: 'many:cli-jobs1', label: 'ours: CLI --jobs 1', tool: 'cli', jobs: '1' },
  { key: 'many:cli-default', label: `ours: CLI, default jobs (${os.availableParallelism()})`, tool: 'cli' },
  { key: 'many:cli-forced', label: 'ours: CLI, default jobs, workers forced (info)', tool: 'cli', forceWorkers: true },
  { key: 'many:markdownlint-cli2', label: 'markdownlint-cli2, default rules', tool: 'markdownlint-cli2' },
];

/** The campaign template: messages in the editor's file, messages the CLI rows check per row, recipients. */
const TEMPLATE = { messages: 200, cliMessages: 20, rows: 5000 };

// ---------------------------------------------------------------------------------------------------
// Preparation: builds, fixtures, machine description.

function log(/** @type {string} */ line) {
  process.stderr.write(`${line}\n`);
}

/** Newest modification time under a directory. */
function newest(/** @type {string} */ dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return time;
}

const DIST = ['dist/cli.js', 'dist/extension.js', 'dist/phrases.json'].map((file) => path.join(ROOT, file));

function ensureBuilt() {
  const missing = DIST.filter((file) => !existsSync(file));
  const stale = missing.length === 0 && Math.min(...DIST.map((file) => statSync(file).mtimeMs)) < newest(path.join(ROOT, 'src'));
  if (missing.length === 0 && !stale) return 'dist/ is up to date';
  if (args['no-build']) {
    if (missing.length > 0) throw new Error(`missing ${missing.map((f) => path.relative(ROOT, f)).join(', ')}: run npm run build`);
    return 'dist/ is older than src/ (--no-build: measured as it is)';
  }
  log(missing.length > 0 ? 'Building dist/ (npm run build)…' : 'dist/ is older than src/: rebuilding (npm run build)…');
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error('npm run build failed');
  return 'dist/ rebuilt by the benchmark';
}

/** The engine for the in-process subjects, bundled like the CLI (minified, node20). */
async function buildEngine() {
  const { build } = await import('esbuild');
  const outfile = path.join(WORK, 'engine.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'src/core/index.ts')],
    outfile,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias: { yaml: path.join(ROOT, 'node_modules/yaml/browser/index.js') },
    legalComments: 'none',
    logLevel: 'warning',
  });
  return outfile;
}

/** @param {{ id: string, bytes: number }} size */
function writeFixture(size) {
  const text = generateOutreach(size.bytes);
  const file = path.join(FIXTURES, `bench-${size.id}.outreach.md`);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  return {
    id: size.id,
    file,
    bytes: Buffer.byteLength(text),
    sections: (text.match(/^## /gm) ?? []).length,
    sha256: createHash('sha256').update(text).digest('hex'),
  };
}

/** Writes the small files (rewriting only those that changed, removing stale ones) and describes them. */
function writeManyFixtures() {
  const dir = path.join(FIXTURES, 'many');
  const files = generateSmallFiles(MANY_COUNT);
  const wanted = new Set(files.map(([name]) => path.join(dir, name)));
  if (existsSync(dir)) {
    for (const entry of readdirSync(dir, { recursive: true })) {
      const full = path.join(dir, String(entry));
      if (full.endsWith('.md') && !wanted.has(full)) rmSync(full);
    }
  }
  const hash = createHash('sha256');
  let bytes = 0;
  let sections = 0;
  for (const [name, text] of files) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    hash.update(`${name}\0${text}\0`);
    bytes += Buffer.byteLength(text);
    sections += (text.match(/^## /gm) ?? []).length;
  }
  const sizes = files.map(([, text]) => Buffer.byteLength(text));
  return { id: 'many', dir, files: files.length, bytes, sections, minBytes: Math.min(...sizes), maxBytes: Math.max(...sizes), sha256: hash.digest('hex') };
}

/** The template fixture: the full file, its first messages for the CLI rows, and the recipients CSV beside them. */
function writeTemplateFixtures() {
  const dir = path.join(FIXTURES, 'template');
  mkdirSync(dir, { recursive: true });
  /** @param {string} name @param {string} text */
  const write = (name, text) => {
    const file = path.join(dir, name);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
    return { file, bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
  };
  return {
    full: { ...write('campaign.outreach.md', generateTemplate(TEMPLATE.messages)), messages: TEMPLATE.messages },
    cli: { ...write('campaign-first-20.outreach.md', generateTemplate(TEMPLATE.cliMessages)), messages: TEMPLATE.cliMessages },
    csv: { ...write('recipients.csv', generateRecipients(TEMPLATE.rows)), rows: TEMPLATE.rows },
  };
}

/**
 * The CLI on the template, a whole process: `lint` is `FILE --data CSV --format json`, every message checked
 * for every row; `render` is `render FILE --data CSV --output FILE`, which checks the same, then merges.
 * @param {ReturnType<typeof writeTemplateFixtures>} fixture @param {'lint' | 'render'} what
 */
async function runTemplateCli(fixture, what) {
  const outFile = path.join(WORK, `template-${what}.out`);
  const cwd = path.dirname(fixture.cli.file);
  const file = path.basename(fixture.cli.file);
  if (what === 'lint') {
    const { result, usage } = await runMeasuredProcess([path.join(ROOT, 'dist/cli.js'), file, '--data', 'recipients.csv', '--format', 'json'], { cwd, outFile, outputTo: 'stdout' });
    if (result.code !== 0 && result.code !== 1) throw new Error(`CLI --data exited ${result.signal ?? result.code}: ${result.stderr.trim()}`);
    const messages = JSON.parse(readFileSync(outFile, 'utf8'))[0].messages;
    return { subject: 'template-cli', samples: [{ wall: result.wall, cpu: usage.userMs + usage.systemMs }], maxRssBytes: usage.maxRssBytes, found: { findings: messages.length, rowFindings: messages.filter((/** @type {any} */ m) => m.row).length } };
  }
  const rendered = path.join(WORK, 'template-rendered.json');
  const { result, usage } = await runMeasuredProcess([path.join(ROOT, 'dist/cli.js'), 'render', file, '--data', 'recipients.csv', '--output', rendered], { cwd, outFile, outputTo: 'stderr' });
  if (result.code !== 0) throw new Error(`CLI render exited ${result.signal ?? result.code}: ${readFileSync(outFile, 'utf8').trim().split('\n').slice(-2).join(' | ')}`);
  const rows = JSON.parse(readFileSync(rendered, 'utf8'));
  if (rows.length !== fixture.csv.rows) throw new Error(`render wrote ${rows.length} recipients, expected ${fixture.csv.rows}`);
  return { subject: 'template-render', samples: [{ wall: result.wall, cpu: usage.userMs + usage.systemMs }], maxRssBytes: usage.maxRssBytes, found: { recipients: rows.length, messages: rows.length * rows[0].messages.length } };
}

function git(/** @type {string[]} */ gitArgs) {
  const result = spawnSync('git', gitArgs, { cwd: ROOT, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function version(/** @type {string} */ name) {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// Running one repetition of one subject in a fresh process.

/**
 * @typedef {{ wall: number, cpu: number }} Sample
 * @typedef {{ subject: string, samples: Sample[], found?: unknown, [key: string]: unknown }} WorkerOutput
 */

const JOB_TIMEOUT_MS = 240_000;

/** @param {string[]} argv @param {import('node:child_process').SpawnOptions} options */
function runChild(argv, options) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, argv, options);
    /** @type {Buffer[]} */
    const out = [];
    /** @type {Buffer[]} */
    const err = [];
    /** @type {Buffer[]} */
    const fd3 = [];
    child.stdout?.on('data', (chunk) => out.push(chunk));
    child.stderr?.on('data', (chunk) => err.push(chunk));
    /** @type {any} */ (child.stdio)[3]?.on('data', (/** @type {Buffer} */ chunk) => fd3.push(chunk));
    let wall = 0;
    const timer = setTimeout(() => child.kill('SIGKILL'), JOB_TIMEOUT_MS);
    child.on('exit', () => {
      wall = performance.now() - start;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, wall, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), fd3: Buffer.concat(fd3).toString('utf8') });
    });
  });
}

/** @param {Record<string, unknown>} spec @returns {Promise<WorkerOutput>} */
async function runWorker(spec) {
  const result = /** @type {any} */ (await runChild(['--expose-gc', path.join(HERE, 'worker.mjs'), JSON.stringify({ ...spec, root: ROOT })], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
  if (result.code !== 0) throw new Error(`${spec.subject} on ${path.basename(String(spec.file))} failed (${result.signal ?? result.code}): ${result.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
  const output = JSON.parse(result.stdout.trim().split('\n').pop() ?? '{}');
  // A cold run's sample is the whole process, timed like the CLI's.
  if (spec.cold) output.samples = [{ wall: result.wall, cpu: output.processCpu }];
  return output;
}

/**
 * A whole process with bench/cli-usage.mjs preloaded, which reports its CPU time (all threads), peak RSS and
 * the worker threads it started on fd 3. `outputTo` names the stream that goes to `outFile`, as a user
 * redirects it; the other one is piped.
 * @param {string[]} argv @param {{ cwd: string, outFile: string, outputTo: 'stdout' | 'stderr', env?: Record<string, string> }} options
 */
async function runMeasuredProcess(argv, { cwd, outFile, outputTo, env }) {
  const fd = openSync(outFile, 'w');
  let result;
  try {
    result = /** @type {any} */ (
      await runChild(['--import', pathToFileURL(path.join(HERE, 'cli-usage.mjs')).href, ...argv], {
        cwd,
        stdio: ['ignore', outputTo === 'stdout' ? fd : 'pipe', outputTo === 'stderr' ? fd : 'pipe', 'pipe'],
        ...(env ? { env: { ...process.env, ...env } } : {}),
      })
    );
  } finally {
    closeSync(fd);
  }
  const usage = result.fd3 ? JSON.parse(result.fd3) : undefined;
  return { result, usage };
}

/** The CLI as a user runs it: a whole `node dist/cli.js file --format json` process, output to a file. */
async function runCli(/** @type {{ file: string, id: string }} */ fixture) {
  const outFile = path.join(WORK, `cli-${fixture.id}.json`);
  const { result, usage } = await runMeasuredProcess([path.join(ROOT, 'dist/cli.js'), fixture.file, '--format', 'json'], { cwd: FIXTURES, outFile, outputTo: 'stdout' });
  // Exit code 1 means "problems found", which these files have.
  if (result.code !== 0 && result.code !== 1) throw new Error(`CLI on ${fixture.id} exited ${result.signal ?? result.code}: ${result.stderr.trim()}`);
  const report = JSON.parse(readFileSync(outFile, 'utf8'));
  return {
    subject: 'cli',
    samples: [{ wall: result.wall, cpu: usage.userMs + usage.systemMs }],
    maxRssBytes: usage.maxRssBytes,
    found: { findings: report.reduce((/** @type {number} */ sum, /** @type {{ messages: unknown[] }} */ file) => sum + file.messages.length, 0) },
  };
}

/**
 * The 1,000 small files as whole processes: our CLI (`jobs` is a --jobs value, or undefined for the default;
 * `forceWorkers` lowers the CLI's threshold so it starts workers whatever the amount of text), or
 * markdownlint-cli2 with its default rules. Each must report every file.
 * @param {{ dir: string, files: number }} many @param {{ tool: 'cli' | 'markdownlint-cli2', jobs?: string, forceWorkers?: boolean, key: string }} how
 */
async function runMany(many, how) {
  const relative = path.relative(ROOT, many.dir).split(path.sep).join('/');
  const outFile = path.join(WORK, `${how.key}.out`);
  if (how.tool === 'cli') {
    const argv = [path.join(ROOT, 'dist/cli.js'), relative, '--format', 'json', ...(how.jobs ? ['--jobs', how.jobs] : [])];
    const { result, usage } = await runMeasuredProcess(argv, { cwd: ROOT, outFile, outputTo: 'stdout', ...(how.forceWorkers ? { env: { OUTREACH_LINT_BYTES_PER_WORKER: '0' } } : {}) });
    if (result.code !== 0 && result.code !== 1) throw new Error(`CLI on ${relative} exited ${result.signal ?? result.code}: ${result.stderr.trim()}`);
    const report = JSON.parse(readFileSync(outFile, 'utf8'));
    if (report.length !== many.files) throw new Error(`CLI reported ${report.length} files, expected ${many.files}`);
    const findings = report.reduce((/** @type {number} */ sum, /** @type {{ messages: unknown[] }} */ file) => sum + file.messages.length, 0);
    return { subject: how.key, samples: [{ wall: result.wall, cpu: usage.userMs + usage.systemMs }], maxRssBytes: usage.maxRssBytes, workers: usage.workers, found: { files: report.length, findings } };
  }
  // markdownlint-cli2 from its own package's bin entry, run by node like ours; an explicit config with the
  // default rules, so no config file elsewhere changes what it checks. It prints the summary on stdout and
  // the issues on stderr (to the file).
  const pkgDir = path.join(ROOT, 'node_modules/markdownlint-cli2');
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const binEntry = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin['markdownlint-cli2'];
  const config = path.join(WORK, 'bench.markdownlint-cli2.jsonc');
  writeFileSync(config, `${JSON.stringify({ config: { default: true } })}\n`);
  const argv = [path.join(pkgDir, binEntry), '--config', path.relative(ROOT, config), `${relative}/**/*.md`];
  const { result, usage } = await runMeasuredProcess(argv, { cwd: ROOT, outFile, outputTo: 'stderr' });
  const linted = Number(/Linting: (\d+) file/.exec(result.stdout)?.[1]);
  const issues = Number(/Summary: (\d+) error/.exec(result.stdout)?.[1]);
  // Exit code 1: issues found, which these files have.
  if (result.code !== 1 || linted !== many.files || !(issues > 0)) {
    throw new Error(`markdownlint-cli2 exited ${result.signal ?? result.code}, linted ${linted} files, found ${issues} issues (expected ${many.files} files with issues): ${result.stdout.trim().split('\n').slice(-2).join(' | ')}`);
  }
  return { subject: how.key, samples: [{ wall: result.wall, cpu: usage.userMs + usage.systemMs }], maxRssBytes: usage.maxRssBytes, found: { files: linted, issues } };
}

// ---------------------------------------------------------------------------------------------------
// Statistics.

function median(/** @type {number[]} */ values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? /** @type {number} */ (sorted[mid]) : (/** @type {number} */ (sorted[mid - 1]) + /** @type {number} */ (sorted[mid])) / 2;
}

/**
 * One repetition = one child process; its value is the median of its samples. The subject's value is the
 * median over repetitions; min and max show the spread.
 * @param {WorkerOutput[]} outputs
 * @param {'samples' | 'asyncSamples' | 'editSamples'} [field]
 */
function summarise(outputs, field = 'samples') {
  const reps = outputs.map((output) => {
    const samples = /** @type {Sample[]} */ (output[field] ?? []);
    return { cpu: median(samples.map((s) => s.cpu)), wall: median(samples.map((s) => s.wall)), n: samples.length };
  });
  const cpus = reps.map((r) => r.cpu);
  return {
    cpu: median(cpus),
    wall: median(reps.map((r) => r.wall)),
    cpuMin: Math.min(...cpus),
    cpuMax: Math.max(...cpus),
    repetitions: reps.length,
    samples: reps.reduce((sum, r) => sum + r.n, 0),
    perRepetition: reps,
  };
}

// ---------------------------------------------------------------------------------------------------
// Formatting.

const fmtMs = (/** @type {number} */ ms) => (!Number.isFinite(ms) ? '—' : ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const fmtRatio = (/** @type {number} */ r) => (!Number.isFinite(r) ? '—' : r >= 10 ? r.toFixed(1) : r >= 0.1 ? r.toFixed(2) : r.toFixed(4));
const fmtBytes = (/** @type {number} */ b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} KB`);
const processes = (/** @type {number} */ n) => `${n} process${n === 1 ? '' : 'es'}`;
const pad = (/** @type {string} */ s, /** @type {number} */ n) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const padStart = (/** @type {string} */ s, /** @type {number} */ n) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

/** @param {string[]} header @param {string[][]} rows */
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) => cells.map((cell, i) => (i === 0 ? pad(cell, widths[i] ?? 0) : padStart(cell, widths[i] ?? 0))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** The same table in Markdown, for docs/performance.md: text columns left, numbers right. */
function markdownTable(/** @type {string[]} */ header, /** @type {string[][]} */ rows) {
  const numeric = header.map((_, i) => rows.every((row) => /^[\d.—(<=>\s)xKMB-]*$/.test(row[i] ?? '')));
  return [`| ${header.join(' | ')} |`, `| ${header.map((_, i) => (numeric[i] && i > 0 ? '---:' : '---')).join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

// ---------------------------------------------------------------------------------------------------

async function main() {
  const started = Date.now();
  mkdirSync(FIXTURES, { recursive: true });
  const outFile = path.resolve(args.out ?? path.join(WORK, 'results.json'));
  const baselineFile = args.baseline ? path.resolve(args.baseline) : outFile;
  const baseline = existsSync(baselineFile) ? JSON.parse(readFileSync(baselineFile, 'utf8')) : undefined;

  const buildNote = ensureBuilt();
  const engine = await buildEngine();
  /** @type {Record<string, ReturnType<typeof writeFixture>>} */
  const fixtures = {};
  for (const size of [...ALL_SIZES, SMALL]) fixtures[size.id] = writeFixture(size);
  const many = writeManyFixtures();
  const templateFixture = writeTemplateFixtures();
  const loadBefore = os.loadavg();
  log(`Outreach Lint benchmark: ${rounds} round(s), sizes ${SIZES.map((s) => s.id).join(', ')}; ${buildNote}.`);

  /** @typedef {{ key: string, run: () => Promise<WorkerOutput> }} Job */
  /** @type {(round: number) => Job[]} */
  const jobsFor = (round) => {
    /** @type {Job[]} */
    const jobs = [];
    for (const size of SIZES) {
      const fixture = /** @type {ReturnType<typeof writeFixture>} */ (fixtures[size.id]);
      for (const subject of SUBJECTS) {
        const { id: _id, bytes: _bytes, ...budget } = size;
        jobs.push({ key: `${subject}@${size.id}`, run: () => runWorker({ subject, file: fixture.file, engine, ...budget }) });
      }
      jobs.push({ key: `remark-sections-process@${size.id}`, run: () => runWorker({ subject: 'remark-sections', file: fixture.file, engine, cold: true }) });
      jobs.push({ key: `cli@${size.id}`, run: () => runCli(fixture) });
      if (size.id === '1MB') {
        jobs.push({ key: 'incremental@1MB', run: () => runWorker({ subject: 'incremental', file: fixture.file, engine, maxIterations: quick ? 6 : 20, verify: round === 0 }) });
        jobs.push({ key: 'memory@1MB', run: () => runWorker({ subject: 'memory', file: fixture.file, engine }) });
      }
      if (size.id === '10KB') {
        // A keystroke in a realistic file is a millisecond or two: more of them than at 1 MB.
        jobs.push({ key: 'incremental@10KB', run: () => runWorker({ subject: 'incremental', file: fixture.file, engine, maxIterations: quick ? 10 : 40, verify: round === 0 }) });
      }
    }
    const small = /** @type {ReturnType<typeof writeFixture>} */ (fixtures.small);
    jobs.push({ key: 'cli@small', run: () => runCli(small) });
    jobs.push({ key: 'activation@small', run: () => runWorker({ subject: 'activation', file: small.file, engine }) });
    for (const how of MANY_SUBJECTS) jobs.push({ key: how.key, run: () => runMany(many, how) });
    jobs.push({
      key: 'template:editor',
      run: () => runWorker({ subject: 'template', file: templateFixture.full.file, data: templateFixture.csv.file, engine, minIterations: quick ? 1 : 3, maxIterations: quick ? 4 : 10 }),
    });
    jobs.push({ key: 'template:cli-data', run: () => runTemplateCli(templateFixture, 'lint') });
    jobs.push({ key: 'template:render', run: () => runTemplateCli(templateFixture, 'render') });
    if (args.only) {
      const prefixes = args.only.split(',');
      for (let i = jobs.length - 1; i >= 0; i--) if (!prefixes.some((prefix) => jobs[i]?.key.startsWith(prefix))) jobs.splice(i, 1);
    }
    // Interleave: a different order each round, the same across runs.
    const rnd = prng(1000 + round);
    for (let i = jobs.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [jobs[i], jobs[j]] = [/** @type {Job} */ (jobs[j]), /** @type {Job} */ (jobs[i])];
    }
    return jobs;
  };

  /** @type {Record<string, WorkerOutput[]>} */
  const outputs = {};
  /** @type {string[]} */
  const failures = [];
  for (let round = 0; round < rounds; round++) {
    const jobs = jobsFor(round);
    for (const [index, job] of jobs.entries()) {
      try {
        const output = await job.run();
        (outputs[job.key] ??= []).push(output);
        const last = output.samples[output.samples.length - 1];
        log(`  round ${round + 1}/${rounds}  ${pad(`${index + 1}/${jobs.length}`, 6)} ${pad(job.key, 22)} ${last ? `${fmtMs(median(output.samples.map((s) => s.cpu)))} ms cpu, ${fmtMs(median(output.samples.map((s) => s.wall)))} ms wall (${output.samples.length} run${output.samples.length === 1 ? '' : 's'})` : 'done'}`);
      } catch (error) {
        failures.push(`${job.key}: ${/** @type {Error} */ (error).message}`);
        log(`  round ${round + 1}/${rounds}  ${job.key} FAILED: ${/** @type {Error} */ (error).message}`);
      }
    }
  }

  // ----- Summaries.
  /** @type {Record<string, Record<string, ReturnType<typeof summarise> & { found?: unknown }>>} */
  const timings = {};
  for (const subject of ['ours', 'cli', ...PEERS, ...FLOORS]) {
    for (const size of [...SIZES, SMALL]) {
      const list = outputs[`${subject}@${size.id}`];
      if (!list?.length) continue;
      (timings[subject] ??= {})[size.id] = { ...summarise(list), found: list[0]?.found };
    }
  }
  const t = (/** @type {string} */ subject, /** @type {string} */ size) => timings[subject]?.[size];
  /** @param {string} a @param {string} b @param {string} size */
  const ratio = (a, b, size) => {
    const x = t(a, size);
    const y = t(b, size);
    return { cpu: x && y ? x.cpu / y.cpu : NaN, wall: x && y ? x.wall / y.wall : NaN };
  };

  const incrementalOutputs = outputs['incremental@1MB'] ?? [];
  const incremental = incrementalOutputs.length
    ? {
        lint: summarise(incrementalOutputs, 'samples'),
        lintAsync: summarise(incrementalOutputs, 'asyncSamples'),
        verified: incrementalOutputs.some((o) => /** @type {any} */ (o.found)?.verified === true),
      }
    : undefined;
  const fullEngine1MB = t('ours', '1MB');

  // The realistic 10 KB file: a full lint in-process and a keystroke through the incremental path.
  const keystrokeOutputs10KB = outputs['incremental@10KB'] ?? [];
  const realistic10KB = keystrokeOutputs10KB.length
    ? {
        fullLint: t('ours', '10KB'),
        keystroke: {
          lint: summarise(keystrokeOutputs10KB, 'samples'),
          lintAsync: summarise(keystrokeOutputs10KB, 'asyncSamples'),
          verified: keystrokeOutputs10KB.some((o) => /** @type {any} */ (o.found)?.verified === true),
        },
      }
    : undefined;

  // The 1,000 small files.
  const manyFiles = {
    fixture: { dir: path.relative(ROOT, many.dir), files: many.files, bytes: many.bytes, sections: many.sections, minBytes: many.minBytes, maxBytes: many.maxBytes, sha256: many.sha256 },
    subjects: Object.fromEntries(
      MANY_SUBJECTS.flatMap(({ key, label }) => {
        const list = outputs[key];
        if (!list?.length) return [];
        const workers = list.map((o) => Number(o.workers ?? 0));
        return [[key, { label, ...summarise(list), workers: { min: Math.min(...workers), max: Math.max(...workers) }, maxRssBytes: median(list.map((o) => Number(o.maxRssBytes))), found: list[0]?.found }]];
      }),
    ),
  };
  /** @param {string} key */
  const manyTiming = (key) => /** @type {Record<string, ReturnType<typeof summarise>>} */ (manyFiles.subjects)[key];

  // The campaign template. The CLI rows check TEMPLATE.cliMessages messages for every row: their time per
  // message-row, times the full file's message count, estimates the full per-row check.
  const templateEditor = outputs['template:editor'] ?? [];
  const templateCli = outputs['template:cli-data'] ?? [];
  const templateRender = outputs['template:render'] ?? [];
  const messageRows = TEMPLATE.cliMessages * TEMPLATE.rows;
  const campaignTemplate =
    templateEditor.length || templateCli.length || templateRender.length
      ? {
          fixture: {
            messages: TEMPLATE.messages,
            cliMessages: TEMPLATE.cliMessages,
            rows: TEMPLATE.rows,
            bytes: { template: templateFixture.full.bytes, cliTemplate: templateFixture.cli.bytes, csv: templateFixture.csv.bytes },
            sha256: { template: templateFixture.full.sha256, cliTemplate: templateFixture.cli.sha256, csv: templateFixture.csv.sha256 },
          },
          ...(templateEditor.length ? { editorCold: { ...summarise(templateEditor), found: templateEditor[0]?.found }, editorEdit: summarise(templateEditor, 'editSamples') } : {}),
          ...(templateCli.length ? { cliData: { ...summarise(templateCli), messageRows, found: templateCli[0]?.found } } : {}),
          ...(templateRender.length ? { render: { ...summarise(templateRender), messageRows, found: templateRender[0]?.found } } : {}),
        }
      : undefined;

  const memoryOutputs = outputs['memory@1MB'] ?? [];
  const memory = memoryOutputs.length
    ? {
        peakRssDelta: median(memoryOutputs.map((o) => /** @type {any} */ (o).memory.peakRssDelta)),
        baselineRss: median(memoryOutputs.map((o) => /** @type {any} */ (o).memory.baselineRss)),
        peakRss: median(memoryOutputs.map((o) => /** @type {any} */ (o).memory.peakRss)),
        retainedHeapDelta: median(memoryOutputs.map((o) => /** @type {any} */ (o).memory.retainedHeapDelta)),
        cliPeakRss1MB: median((outputs['cli@1MB'] ?? []).map((o) => Number(o.maxRssBytes))),
        cliPeakRssSmall: median((outputs['cli@small'] ?? []).map((o) => Number(o.maxRssBytes))),
      }
    : undefined;

  /** @param {string} subject */
  const activationSummary = (subject) => {
    const list = outputs[`${subject}@small`] ?? [];
    if (!list.length) return undefined;
    const phase = (/** @type {string} */ name) => median(list.map((o) => /** @type {any} */ (o).phase[name]));
    return { ...summarise(list), evaluate: phase('evaluate'), activate: phase('activate'), firstLint: phase('firstLint'), found: list[0]?.found };
  };
  // One bundle serves the Node and the web worker hosts, so one activation is measured.
  const activation = { extension: activationSummary('activation') };
  const bundles = Object.fromEntries(
    ['dist/extension.js', 'dist/cli.js', 'dist/phrases.json'].map((file) => {
      const bytes = readFileSync(path.join(ROOT, file));
      return [file, { bytes: bytes.length, gzip: gzipSync(bytes).length }];
    }),
  );

  // ----- Targets. A time ratio passes when it passes on CPU time and on wall time, fails when it fails on
  // both, and is MIXED otherwise (helper threads or the neighbours' load decide it: rerun when quieter).
  /** @typedef {{ id: string, what: string, limit: string, cpu: number, wall?: number, pass: boolean | undefined, verdict: string, unit?: string }} Target */
  /** @type {Target[]} */
  const targets = [];
  /** @param {string} id @param {string} what @param {'max' | 'min'} kind @param {number} limit @param {{ cpu: number, wall?: number }} value @param {string} [unit] */
  const target = (id, what, kind, limit, value, unit = 'x') => {
    const ok = (/** @type {number} */ v) => (kind === 'max' ? v <= limit : v >= limit);
    const cpuOk = Number.isFinite(value.cpu) ? ok(value.cpu) : undefined;
    const wallOk = value.wall !== undefined && Number.isFinite(value.wall) ? ok(value.wall) : cpuOk;
    const pass = cpuOk === undefined ? undefined : cpuOk && wallOk ? true : !cpuOk && !wallOk ? false : undefined;
    const verdict = cpuOk === undefined ? '—' : pass === true ? 'PASS' : pass === false ? 'FAIL' : `MIXED (${cpuOk ? 'CPU' : 'wall'} passes)`;
    targets.push({ id, what, limit: `${kind === 'max' ? '<=' : '>='} ${limit}${unit === 'x' ? 'x' : ` ${unit}`}`, cpu: value.cpu, ...(value.wall !== undefined ? { wall: value.wall } : {}), pass, verdict, unit });
  };
  if (t('cli', '1MB')) {
    target('T1', 'CLI 1 MB / remark-parse whole file', 'max', 0.3, ratio('cli', 'remark-whole', '1MB'));
    target('T2', 'CLI 1 MB / remark-parse per ## section', 'max', 1.3, ratio('cli', 'remark-sections', '1MB'));
    if (t('remark-sections-process', '1MB')) target('T2*', 'same, floor as a cold process (info)', 'max', 1.3, ratio('cli', 'remark-sections-process', '1MB'));
    const md = ratio('markdownlint', 'cli', '1MB');
    target('T3', 'markdownlint 1 MB / CLI 1 MB (speed-up)', 'min', 4, md);
    const alex = ratio('alex', 'cli', '1MB');
    target('T4', 'alex 1 MB / CLI 1 MB (speed-up)', 'min', 20, alex);
  }
  if (incremental && fullEngine1MB) {
    target('T5', 'one-char edit (lint) / full lint, 1 MB', 'max', 0.01, { cpu: incremental.lint.cpu / fullEngine1MB.cpu, wall: incremental.lint.wall / fullEngine1MB.wall });
    target('T5b', 'one-char edit (lintAsync) / full lint, 1 MB', 'max', 0.01, { cpu: incremental.lintAsync.cpu / fullEngine1MB.cpu, wall: incremental.lintAsync.wall / fullEngine1MB.wall });
  }
  if (memory) {
    target('T6', 'peak RSS over baseline, 1 MB lint (MB)', 'max', 64, { cpu: memory.peakRssDelta / 1e6 }, 'MB');
    if (Number.isFinite(memory.cliPeakRss1MB - memory.cliPeakRssSmall)) target('T6*', 'same, CLI process 1 MB vs 2 KB file (info)', 'max', 64, { cpu: (memory.cliPeakRss1MB - memory.cliPeakRssSmall) / 1e6 }, 'MB');
  }
  target('T7', 'extension bundle (KB)', 'max', 300, { cpu: (bundles['dist/extension.js']?.bytes ?? NaN) / 1e3 }, 'KB');
  const markdownlintMany = manyTiming('many:markdownlint-cli2');
  for (const [id, key, what] of [
    ['T8', 'many:cli-jobs1', '--jobs 1'],
    ['T8b', 'many:cli-default', 'default jobs'],
  ]) {
    const ours = manyTiming(/** @type {string} */ (key));
    if (ours && markdownlintMany) target(/** @type {string} */ (id), `markdownlint-cli2 / CLI ${what}, 1,000 files (speed-up)`, 'min', 3, { cpu: markdownlintMany.cpu / ours.cpu, wall: markdownlintMany.wall / ours.wall });
  }

  // ----- Report.
  const loadAfter = os.loadavg();
  const cpus = os.cpus();
  const commit = git(['rev-parse', '--short', 'HEAD']);
  const dirty = (git(['status', '--porcelain', '--', 'src']) ?? '').length > 0;
  const meta = {
    date: new Date().toISOString(),
    commit,
    srcDirty: dirty,
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 1e9).toFixed(1)} GB`,
    loadAverage: { before: loadBefore, after: loadAfter },
    rounds,
    quick,
    build: buildNote,
    durationSeconds: Math.round((Date.now() - started) / 1000),
    versions: Object.fromEntries(['unified', 'remark-parse', 'markdownlint', 'markdownlint-cli2', 'write-good', 'alex', 'retext', 'retext-english', 'retext-simplify'].map((n) => [n, version(n)])),
    availableParallelism: os.availableParallelism(),
    fixtures: Object.fromEntries(Object.entries(fixtures).map(([id, f]) => [id, { file: path.relative(ROOT, f.file), bytes: f.bytes, sections: f.sections, sha256: f.sha256 }])),
  };

  const sizeIds = SIZES.map((s) => s.id);
  const cell = (/** @type {string} */ subject, /** @type {string} */ size) => {
    const v = t(subject, size);
    return v ? `${fmtMs(v.cpu)} (${fmtMs(v.wall)})` : '—';
  };
  const timingRows = ['ours', 'cli', ...PEERS, ...FLOORS].map((subject) => [/** @type {Record<string, string>} */ (LABEL)[subject] ?? subject, ...sizeIds.map((size) => cell(subject, size))]);
  const timingHeader = ['median ms: CPU (wall)', ...sizeIds.map((id) => `${id} (${fmtBytes(fixtures[id]?.bytes ?? 0)})`)];
  const ratioRows = [];
  for (const ours of ['ours', 'cli']) {
    for (const peer of ours === 'cli' ? [...PEERS, ...FLOORS] : PEERS) {
      ratioRows.push([`${ours === 'ours' ? 'engine' : 'CLI'} / ${/** @type {Record<string, string>} */ (LABEL)[peer]}`, ...sizeIds.map((size) => {
        const r = ratio(ours, peer, size);
        return `${fmtRatio(r.cpu)} (${fmtRatio(r.wall)})`;
      })]);
    }
  }
  const ratioHeader = ['ratio, CPU (wall); < 1: ours faster', ...sizeIds];
  const previous = (/** @type {string} */ id) => baseline?.targets?.find((/** @type {Target} */ x) => x.id === id)?.cpu;
  const targetRows = targets.map((x) => [
    x.id,
    x.what,
    x.limit,
    x.unit === 'x' ? fmtRatio(x.cpu) : x.cpu.toFixed(1),
    x.wall !== undefined ? fmtRatio(x.wall) : '',
    previous(x.id) !== undefined ? (x.unit === 'x' ? fmtRatio(previous(x.id)) : Number(previous(x.id)).toFixed(1)) : '',
    x.verdict,
  ]);
  const targetHeader = ['', 'target', 'limit', 'CPU', 'wall', 'previous', 'verdict'];
  const manyHeader = ['median ms', 'CPU', 'wall', 'workers', 'found'];
  const manyRows = MANY_SUBJECTS.flatMap(({ key }) => {
    const v = /** @type {any} */ (manyFiles.subjects)[key];
    if (!v) return [];
    const found = Object.entries(v.found ?? {}).map(([name, n]) => `${Number(n).toLocaleString('en-US')} ${name}`).join(', ');
    return [[v.label, fmtMs(v.cpu), fmtMs(v.wall), v.workers.min === v.workers.max ? String(v.workers.min) : `${v.workers.min}–${v.workers.max}`, found]];
  });

  const lines = [];
  lines.push('', `Outreach Lint benchmark, ${meta.date}: commit ${commit ?? '?'}${dirty ? ' (src modified)' : ''}, Node ${meta.node}, ${meta.cpu}, load average ${loadBefore[0]?.toFixed(2)} → ${loadAfter[0]?.toFixed(2)}`);
  lines.push(`${rounds} round(s), each subject in a fresh process per round, rounds interleaved; median of per-process medians after warm-up. ${meta.durationSeconds} s.`);
  lines.push(`Fixtures: ${Object.values(fixtures).map((f) => `${f.id} ${f.bytes.toLocaleString('en-US')} B / ${f.sections} messages`).join('; ')}.`, '');
  lines.push(table(timingHeader, timingRows), '');
  lines.push(table(ratioHeader, ratioRows), '');
  if (incremental && fullEngine1MB) {
    lines.push(`Incremental, 1 MB, one character typed in the middle message (${incremental.lint.samples + incremental.lintAsync.samples} keystrokes over ${processes(incremental.lint.repetitions)}${incremental.verified ? '; result checked equal to a fresh lint' : ''}):`);
    lines.push(`  lint      ${fmtMs(incremental.lint.cpu)} ms CPU (${fmtMs(incremental.lint.wall)} wall) = ${fmtRatio(incremental.lint.cpu / fullEngine1MB.cpu)} of a full lint (${fmtMs(fullEngine1MB.cpu)} ms)`);
    lines.push(`  lintAsync ${fmtMs(incremental.lintAsync.cpu)} ms CPU (${fmtMs(incremental.lintAsync.wall)} wall) = ${fmtRatio(incremental.lintAsync.cpu / fullEngine1MB.cpu)} of a full lint`);
  }
  if (memory) {
    lines.push(`Memory, 1 MB cold lint in a fresh process: peak RSS ${fmtBytes(memory.peakRss)} = baseline ${fmtBytes(memory.baselineRss)} + ${fmtBytes(memory.peakRssDelta)}; heap kept by the cache afterwards ${fmtBytes(memory.retainedHeapDelta)}.`);
    lines.push(`  CLI process peak RSS: 1 MB file ${fmtBytes(memory.cliPeakRss1MB)}, 2 KB file ${fmtBytes(memory.cliPeakRssSmall)} (+${fmtBytes(memory.cliPeakRss1MB - memory.cliPeakRssSmall)}).`);
  }
  for (const [name, a] of Object.entries(activation)) {
    if (!a) continue;
    lines.push(`Activation (${name} bundle, vscode stubbed): evaluate ${fmtMs(a.evaluate)} + activate ${fmtMs(a.activate)} + first lint of a ${fmtBytes(fixtures.small?.bytes ?? 0)} file ${fmtMs(a.firstLint)} = ${fmtMs(a.wall)} ms wall (${fmtMs(a.cpu)} ms CPU).`);
  }
  const cliSmall = t('cli', 'small');
  if (cliSmall) lines.push(`CLI on the ${fmtBytes(fixtures.small?.bytes ?? 0)} file (startup floor): ${fmtMs(cliSmall.cpu)} ms CPU (${fmtMs(cliSmall.wall)} wall).`);
  if (realistic10KB?.fullLint) {
    const { fullLint, keystroke } = realistic10KB;
    lines.push(`Realistic 10 KB file (${fixtures['10KB']?.sections} messages), in-process: full lint ${fmtMs(fullLint.cpu)} ms CPU (${fmtMs(fullLint.wall)} wall); one character typed in the middle message (${keystroke.lint.samples + keystroke.lintAsync.samples} keystrokes over ${processes(keystroke.lint.repetitions)}${keystroke.verified ? '; result checked equal to a fresh lint' : ''}):`);
    lines.push(`  lint      ${fmtMs(keystroke.lint.cpu)} ms CPU (${fmtMs(keystroke.lint.wall)} wall) = ${fmtRatio(keystroke.lint.cpu / fullLint.cpu)} of the full lint`);
    lines.push(`  lintAsync ${fmtMs(keystroke.lintAsync.cpu)} ms CPU (${fmtMs(keystroke.lintAsync.wall)} wall) = ${fmtRatio(keystroke.lintAsync.cpu / fullLint.cpu)} of the full lint`);
  }
  lines.push(`Bundles: ${Object.entries(bundles).map(([file, b]) => `${file} ${b.bytes.toLocaleString('en-US')} B (gzip ${b.gzip.toLocaleString('en-US')})`).join('; ')}.`, '');
  if (manyRows.length) {
    lines.push(`${many.files.toLocaleString('en-US')} small files (${fmtBytes(many.bytes)} in all, ${many.minBytes.toLocaleString('en-US')}–${many.maxBytes.toLocaleString('en-US')} B each, ${many.sections.toLocaleString('en-US')} messages), each subject a whole process (CPU counts all its threads):`);
    lines.push(table(manyHeader, manyRows), '');
  }
  const campaignHeader = ['campaign template, median ms', 'CPU', 'wall', 'µs CPU per message-row', 'found'];
  /** @type {string[][]} */
  const campaignRows = [];
  if (campaignTemplate) {
    const c = /** @type {any} */ (campaignTemplate);
    const found = (/** @type {any} */ f) => Object.entries(f ?? {}).map(([name, n]) => `${Number(n).toLocaleString('en-US')} ${name}`).join(', ');
    const perRow = (/** @type {{ cpu: number }} */ v) => ((v.cpu * 1000) / messageRows).toFixed(1);
    const scope = `${TEMPLATE.cliMessages} messages × ${TEMPLATE.rows.toLocaleString('en-US')} rows`;
    if (c.editorCold) campaignRows.push([`editor lint with data, cold (${TEMPLATE.messages} messages)`, fmtMs(c.editorCold.cpu), fmtMs(c.editorCold.wall), '', found(c.editorCold.found)]);
    if (c.editorEdit) campaignRows.push(['editor lint with data, one-character edit', fmtMs(c.editorEdit.cpu), fmtMs(c.editorEdit.wall), '', '1 message analysed']);
    if (c.cliData) campaignRows.push([`CLI --data, every row (${scope}), process`, fmtMs(c.cliData.cpu), fmtMs(c.cliData.wall), perRow(c.cliData), found(c.cliData.found)]);
    if (c.render) campaignRows.push([`CLI render, checked and merged (${scope}), process`, fmtMs(c.render.cpu), fmtMs(c.render.wall), perRow(c.render), found(c.render.found)]);
    lines.push(`Campaign template: ${TEMPLATE.messages} messages (${fmtBytes(templateFixture.full.bytes)}; Liquid fields, a fallback, spintax, a personal field) and a ${TEMPLATE.rows.toLocaleString('en-US')}-row CSV (${fmtBytes(templateFixture.csv.bytes)}).`);
    lines.push(`The CLI rows check the first ${TEMPLATE.cliMessages} messages for every row (${messageRows.toLocaleString('en-US')} message-rows; all ${TEMPLATE.messages} would be ${(TEMPLATE.messages * TEMPLATE.rows).toLocaleString('en-US')}, over a minute here).`);
    lines.push(table(campaignHeader, campaignRows));
    if (c.cliData) lines.push(`  all ${TEMPLATE.messages} messages × ${TEMPLATE.rows.toLocaleString('en-US')} rows, estimated from the per-row time: ${((c.cliData.cpu * TEMPLATE.messages) / TEMPLATE.cliMessages / 1000).toFixed(0)} s CPU.`);
    lines.push('');
  }
  lines.push(table(targetHeader, targetRows));
  lines.push('CPU = user+system time of all threads of the measuring process (GC and compiler threads included); wall = elapsed.');
  lines.push('A time target passes when it passes on both, fails when it fails on both, else MIXED. KB = 1000 B, MB = 1000000 B.');
  if (failures.length) lines.push('', `FAILED JOBS (${failures.length}):`, ...failures.map((f) => `  ${f}`));
  process.stdout.write(`${lines.join('\n')}\n`);

  const results = {
    meta,
    timings,
    ratios: Object.fromEntries(['ours', 'cli'].flatMap((ours) => [...PEERS, ...FLOORS].map((peer) => [`${ours}/${peer}`, Object.fromEntries(sizeIds.map((size) => [size, ratio(ours, peer, size)]))]))),
    incremental,
    realistic10KB,
    manyFiles,
    campaignTemplate,
    memory,
    activation,
    bundles,
    targets,
    failures,
    markdown: {
      timings: markdownTable(timingHeader, timingRows),
      ratios: markdownTable(ratioHeader, ratioRows),
      targets: markdownTable(targetHeader, targetRows),
      manyFiles: markdownTable(manyHeader, manyRows),
      campaignTemplate: markdownTable(campaignHeader, campaignRows),
    },
  };
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  const history = path.join(WORK, 'history');
  mkdirSync(history, { recursive: true });
  copyFileSync(outFile, path.join(history, `${meta.date.replace(/[:.]/g, '-')}.json`));
  log(`Results: ${path.relative(ROOT, outFile)} (a copy in .bench/history/).`);
  if (failures.length) process.exitCode = 1;
}

main().catch((error) => {
  log(`bench: ${error?.stack ?? error}`);
  process.exitCode = 2;
});
