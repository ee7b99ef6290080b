// @ts-check
/**
 * One benchmark subject in a fresh process: `node --expose-gc bench/worker.mjs '<json spec>'`.
 * Prints one JSON line: the measured samples (wall and CPU milliseconds) and what the subject found,
 * so a subject that silently does nothing shows up in the results.
 *
 * Timed subjects warm up first on the same text (at least one run, then until `warmupMs`), then run until
 * `minIterations` and `budgetMs` are both reached, or `maxIterations`. A full GC runs before each timed
 * iteration so one iteration's garbage is not charged to the next. With `cold`, there is no warm-up:
 * the process itself (start, imports, one run) is the sample.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * @typedef {{ wall: number, cpu: number }} Sample
 * @typedef {{
 *   subject: string, file: string, engine: string,
 *   minIterations?: number, maxIterations?: number, budgetMs?: number, warmupMs?: number,
 *   verify?: boolean, root?: string, cold?: boolean, data?: string,
 * }} Spec
 * @typedef {(text: string) => unknown} Run
 */

const spec = /** @type {Spec} */ (JSON.parse(process.argv[2] ?? '{}'));
const here = path.dirname(fileURLToPath(import.meta.url));
const root = spec.root ?? path.resolve(here, '..');
const gc = /** @type {(() => void) | undefined} */ (globalThis.gc);

function cpuMs() {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** @param {() => unknown} fn @returns {{ sample: Sample, value: unknown }} */
function timed(fn) {
  const cpu0 = cpuMs();
  const wall0 = performance.now();
  const value = fn();
  const wall = performance.now() - wall0;
  return { sample: { wall, cpu: cpuMs() - cpu0 }, value };
}

/** @param {() => Promise<unknown>} fn @returns {Promise<{ sample: Sample, value: unknown }>} */
async function timedAsync(fn) {
  const cpu0 = cpuMs();
  const wall0 = performance.now();
  const value = await fn();
  const wall = performance.now() - wall0;
  return { sample: { wall, cpu: cpuMs() - cpu0 }, value };
}

/** @returns {Promise<any>} */
async function engine() {
  return import(pathToFileURL(spec.engine).href);
}

/** Cuts a file before each `##` line outside fenced code: the sections a per-section parse sees. */
function sections(/** @type {string} */ text) {
  const out = [];
  let start = 0;
  let fence = '';
  let offset = 0;
  for (const line of text.split(/(?<=\n)/)) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (marker && marker[1]?.[0] === fence[0] && (marker[1]?.length ?? 0) >= fence.length) fence = '';
    } else if (marker) {
      fence = marker[1] ?? '';
    } else if (/^ {0,3}##(?:[ \t]|$)/.test(line) && offset > start) {
      out.push(text.slice(start, offset));
      start = offset;
    }
    offset += line.length;
  }
  out.push(text.slice(start));
  return out;
}

/**
 * Each timed subject: a setup that loads the library once, returning the function to time and a
 * summary of what one run found.
 * @type {Record<string, () => Promise<{ run: Run, found: (value: any) => unknown }>>}
 */
const SUBJECTS = {
  async ours() {
    const { createLinter } = await engine();
    const linter = createLinter();
    // A cold cache for every run: this is the full lint, not the incremental path.
    return {
      run: (text) => {
        linter.clearCache();
        return linter.lint(text);
      },
      found: (result) => ({ findings: result.findings.length, messages: result.messages.length }),
    };
  },
  async 'remark-whole'() {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const processor = unified().use(remarkParse);
    return { run: (text) => processor.parse(text), found: (tree) => ({ nodes: tree.children.length }) };
  },
  async 'remark-sections'() {
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const processor = unified().use(remarkParse);
    // The split is done once, outside the timing: this is the parser's floor, not a splitter's.
    /** @type {Map<string, string[]>} */
    const split = new Map();
    return {
      run: (text) => {
        let parts = split.get(text);
        if (!parts) split.set(text, (parts = sections(text)));
        let nodes = 0;
        for (const part of parts) nodes += processor.parse(part).children.length;
        return { nodes, sections: parts.length };
      },
      found: (value) => value,
      prepare: (/** @type {string} */ text) => split.set(text, sections(text)),
    };
  },
  async markdownlint() {
    const { lint } = await import('markdownlint/sync');
    return {
      run: (text) => lint({ strings: { bench: text } }),
      found: (result) => ({ issues: result.bench.length }),
    };
  },
  async 'write-good'() {
    // write-good ships no types.
    const { default: writeGood } = /** @type {{ default: (text: string) => unknown[] }} */ (await import(/** @type {string} */ ('write-good')));
    return { run: (text) => writeGood(text), found: (result) => ({ suggestions: result.length }) };
  },
  async alex() {
    const { markdown } = await import('alex');
    return { run: (text) => markdown(text), found: (file) => ({ messages: file.messages.length }) };
  },
  async retext() {
    const { retext } = await import('retext');
    const { default: retextEnglish } = await import('retext-english');
    const { default: retextSimplify } = await import('retext-simplify');
    const processor = retext().use(retextEnglish).use(retextSimplify);
    return { run: (text) => processor.processSync(text), found: (file) => ({ messages: file.messages.length }) };
  },
};

async function timedSubject() {
  const setup = SUBJECTS[spec.subject];
  if (!setup) throw new Error(`unknown subject ${spec.subject}`);
  const text = readFileSync(spec.file, 'utf8');
  const subject = await setup();
  const prepare = /** @type {any} */ (subject).prepare;
  if (prepare) prepare(text);
  if (spec.cold) {
    // The whole process is the sample: Node's start, loading the library, one run. The parent times the
    // wall clock from spawn to exit; the CPU time here is the process's since it started.
    const found = subject.found(subject.run(text));
    const usage = process.cpuUsage();
    return { samples: [], processCpu: (usage.user + usage.system) / 1000, found };
  }
  // Warm-up: at least one run, then until warmupMs.
  const warmStart = performance.now();
  for (let i = 0; i < 50 && (i === 0 || performance.now() - warmStart < (spec.warmupMs ?? 500)); i++) subject.run(text);
  /** @type {Sample[]} */
  const samples = [];
  let found;
  const minIterations = spec.minIterations ?? 1;
  const maxIterations = spec.maxIterations ?? 20;
  const budget = spec.budgetMs ?? 1000;
  const start = performance.now();
  while (samples.length < maxIterations && (samples.length < minIterations || performance.now() - start < budget)) {
    gc?.();
    const { sample, value } = timed(() => subject.run(text));
    samples.push(sample);
    found ??= subject.found(value);
  }
  return { samples, found };
}

/**
 * Typing in the middle of the file: a warm linter (the whole file linted once), then one character per
 * keystroke at the cursor in the middle message, as a person types a word. Every keystroke gives a
 * message text the cache has never seen. Even keystrokes go through `lint`, odd ones through
 * `lintAsync` (the editor's path); each must analyse exactly one message.
 */
async function incremental() {
  const { createLinter, outlineDocument } = await engine();
  let text = readFileSync(spec.file, 'utf8');
  const linter = createLinter();
  const full = timed(() => linter.lint(text)).sample;
  const outline = outlineDocument(text);
  const middle = outline.messages[Math.floor(outline.messages.length / 2)];
  // The cursor: after the first space past the middle of the middle message's body.
  let cursor = text.indexOf(' ', Math.floor((middle.bodyStart + middle.end) / 2)) + 1;
  const typed = 'specifically we benchmarked this in production last spring ';
  let k = 0;
  /** @param {'lint' | 'lintAsync'} how */
  async function keystroke(how) {
    const char = typed[k++ % typed.length] ?? 'x';
    // Joined, not concatenated: VS Code hands the linter document.getText(), a flat string (its lines
    // joined). A concatenation would be a rope that V8 flattens, a 2 MB copy, inside the timed lint.
    text = [text.slice(0, cursor), char, text.slice(cursor)].join('');
    cursor++;
    const before = linter.analysedCount;
    gc?.();
    const { sample, value } = how === 'lint' ? timed(() => linter.lint(text)) : await timedAsync(() => linter.lintAsync(text));
    const analysed = linter.analysedCount - before;
    if (analysed !== 1) throw new Error(`a one-character edit analysed ${analysed} messages, expected 1`);
    return { sample, result: /** @type {any} */ (value) };
  }
  for (let i = 0; i < 6; i++) await keystroke(i % 2 === 0 ? 'lint' : 'lintAsync');
  /** @type {Sample[]} */
  const lintSamples = [];
  /** @type {Sample[]} */
  const asyncSamples = [];
  let last;
  for (let i = 0; i < (spec.maxIterations ?? 20); i++) {
    const how = i % 2 === 0 ? 'lint' : 'lintAsync';
    const { sample, result } = await keystroke(how);
    (how === 'lint' ? lintSamples : asyncSamples).push(sample);
    last = result;
  }
  let verified;
  if (spec.verify) {
    // Correctness before speed: the warm linter's answer equals a fresh linter's on the edited text.
    /** @type {typeof import('node:assert/strict')} */
    const assert = (await import('node:assert/strict')).default;
    const fresh = createLinter().lint(text);
    const pick = (/** @type {any} */ r) => ({ findings: r.findings, messages: r.messages, problems: r.problems, lineStarts: r.lineStarts });
    assert.deepStrictEqual(pick(last), pick(fresh));
    verified = true;
  }
  return { samples: lintSamples, asyncSamples, firstFullLint: full, found: { findings: last?.findings.length, verified } };
}

/**
 * Peak memory of one cold full lint: RSS high-water mark (getrusage maxrss) after the lint, minus the RSS
 * just before it, with the engine loaded, the file read and the linter created. Also the heap the
 * linter keeps afterwards (its cache), after a full GC.
 */
async function memory() {
  const { createLinter } = await engine();
  const text = readFileSync(spec.file, 'utf8');
  const linter = createLinter();
  gc?.();
  const baseline = process.memoryUsage();
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  const result = linter.lint(text);
  const peak = process.resourceUsage().maxRSS * 1024;
  const after = process.memoryUsage();
  gc?.();
  const retained = process.memoryUsage();
  return {
    samples: [],
    memory: {
      baselineRss: baseline.rss,
      baselineHeapUsed: baseline.heapUsed,
      maxRssBefore: maxBefore,
      peakRss: peak,
      peakRssDelta: peak - baseline.rss,
      heapUsedAfterLint: after.heapUsed,
      retainedHeapDelta: retained.heapUsed - baseline.heapUsed,
    },
    found: { findings: result.findings.length },
  };
}

/**
 * Activation as VS Code does it, against a stub of the `vscode` module: evaluate the bundle, call
 * `activate` (reads dist/phrases.json, builds the linter), then open a small outreach document and wait
 * for its first lint to be published.
 */
async function activation() {
  const require = createRequire(import.meta.url);
  const Module = /** @type {any} */ (require('node:module'));
  const stub = require('./vscode-stub.cjs');
  const load = Module._load;
  Module._load = function (/** @type {string} */ request, /** @type {unknown[]} */ ...rest) {
    return request === 'vscode' ? stub : load.call(this, request, ...rest);
  };
  const bundle = path.join(root, 'dist/extension.cjs'); // main: requires dist/extension.js
  const text = readFileSync(spec.file, 'utf8');
  const context = { subscriptions: [], extensionUri: stub.Uri.file(root), extensionPath: root };
  const cpu0 = cpuMs();
  const t0 = performance.now();
  /** @type {any} */
  const extension = require(bundle);
  const t1 = performance.now();
  const api = await extension.activate(context);
  const t2 = performance.now();
  const document = stub.__openDocument(path.join(root, '.bench', 'small.outreach.md'), text);
  await api.whenIdle(document);
  const t3 = performance.now();
  const cpu = cpuMs() - cpu0;
  const result = api.result(document);
  if (!result) throw new Error('the extension published no result for the document');
  const phase = { evaluate: t1 - t0, activate: t2 - t1, firstLint: t3 - t2 };
  return { samples: [{ wall: t3 - t0, cpu }], phase, found: { findings: result.findings.length, analysed: api.analysedCount() } };
}

/**
 * A campaign template as the editor lints it: with its recipients (`spec.data`), no per-row checking.
 * Samples are cold lints (cache cleared, the data object kept, as the editor keeps it between keystrokes);
 * `editSamples` are one character typed in the middle message of a warm linter, each analysing one message.
 */
async function template() {
  const { createLinter, outlineDocument, readRecipientTable } = await engine();
  let text = readFileSync(spec.file, 'utf8');
  const data = readRecipientTable(readFileSync(/** @type {string} */ (spec.data), 'utf8'), path.basename(/** @type {string} */ (spec.data)));
  const linter = createLinter();
  /** @type {Sample[]} */
  const samples = [];
  let result;
  // One warm-up, then cold lints.
  for (let i = 0; i <= (spec.minIterations ?? 3); i++) {
    linter.clearCache();
    gc?.();
    const run = timed(() => linter.lint(text, { data }));
    if (i > 0) samples.push(run.sample);
    result = /** @type {any} */ (run.value);
  }
  const outline = outlineDocument(text);
  const middle = outline.messages[Math.floor(outline.messages.length / 2)];
  // After the first space in the middle of the middle message: plain prose, outside any field or spin.
  let cursor = text.indexOf(' the ', Math.floor((middle.bodyStart + middle.end) / 2)) + 1;
  /** @type {Sample[]} */
  const editSamples = [];
  for (let i = 0; i < (spec.maxIterations ?? 10) + 2; i++) {
    text = [text.slice(0, cursor), 'x', text.slice(cursor)].join('');
    cursor++;
    const before = linter.analysedCount;
    gc?.();
    const run = timed(() => linter.lint(text, { data }));
    if (linter.analysedCount - before !== 1) throw new Error(`a one-character edit analysed ${linter.analysedCount - before} messages, expected 1`);
    // The first two edits warm the path; the rest are timed.
    if (i >= 2) editSamples.push(run.sample);
  }
  return { samples, editSamples, found: { findings: result.findings.length, messages: result.messages.length, rows: data.rows.length } };
}

async function main() {
  let out;
  if (spec.subject === 'incremental') out = await incremental();
  else if (spec.subject === 'memory') out = await memory();
  else if (spec.subject === 'activation') out = await activation();
  else if (spec.subject === 'template') out = await template();
  else out = await timedSubject();
  process.stdout.write(`${JSON.stringify({ subject: spec.subject, ...out })}\n`);
  // Timers left by a subject (the extension's) must not keep the process alive.
  process.exit(0);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
