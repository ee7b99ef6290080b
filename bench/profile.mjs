#!/usr/bin/env node
// @ts-check
/**
 * Where the time goes in the two 1 MB cases the targets are about: `node bench/profile.mjs`.
 *
 * 1. The CLI as a process on the 1 MB fixture, under `node --cpu-prof` (an unminified bundle of
 *    src/cli/bin.ts, so functions keep their names).
 * 2. Typing in the middle of the 1 MB file: a warm linter, then 40 one-character edits, profiled with the
 *    inspector around the edits only.
 *
 * Prints the top functions by self time and by inclusive time, each with the source module esbuild
 * bundled it from, and keeps the .cpuprofile files in .bench/profile/ (open them in Chrome DevTools or
 * VS Code). Run `node bench/run.mjs` (or `--quick`) once first: it writes the fixtures.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateOutreach } from './generate.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');
const OUT = path.join(ROOT, '.bench', 'profile');
const TOP = Number(process.env.BENCH_PROFILE_TOP ?? 20);

async function bundle(/** @type {string} */ entry, /** @type {string} */ outfile) {
  const { build } = await import('esbuild');
  await build({
    entryPoints: [path.join(ROOT, entry)],
    outfile,
    bundle: true,
    minify: false,
    keepNames: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    define: { __OUTREACH_LINT_VERSION__: '"profile"' },
    alias: { yaml: path.join(ROOT, 'node_modules/yaml/browser/index.js') },
    logLevel: 'warning',
  });
  // esbuild marks where each module starts with a `// path` comment: map bundle lines back to modules.
  const lines = readFileSync(outfile, 'utf8').split('\n');
  /** @type {{ line: number, module: string }[]} */
  const modules = [];
  lines.forEach((line, index) => {
    const match = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
    if (match) modules.push({ line: index, module: (match[1] ?? '').replace(/^node_modules\//, '') });
  });
  return { url: pathToFileURL(outfile).href, modules };
}

/**
 * @param {any} profile a .cpuprofile
 * @param {{ url: string, modules: { line: number, module: string }[] }[]} bundles
 */
function summarise(profile, bundles) {
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((/** @type {any} */ n) => [n.id, n]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  /** @type {Map<number, number>} */
  const time = new Map();
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const name = (/** @type {any} */ frame) => {
    const b = bundles.find((x) => x.url === frame.url);
    let where = frame.url ? path.basename(frame.url) : '';
    if (b) {
      const module = [...b.modules].reverse().find((m) => m.line <= frame.lineNumber);
      where = module?.module ?? where;
    } else if (frame.url.includes('/node_modules/')) {
      where = frame.url.split('/node_modules/').pop() ?? where;
    }
    return `${frame.functionName || '(anonymous)'}${where ? `  [${where}]` : ''}`;
  };
  /** @type {Map<string, number>} */
  const self = new Map();
  /** @type {Map<string, number>} */
  const inclusive = new Map();
  let total = 0;
  for (const [id, t] of time) {
    total += t;
    const key = name(nodes.get(id).callFrame);
    self.set(key, (self.get(key) ?? 0) + t);
    const seen = new Set();
    for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parent.get(at)) {
      const k = name(nodes.get(at).callFrame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const top = (/** @type {Map<string, number>} */ map, /** @type {number} */ n) =>
    [...map]
      .filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(idle)') && !k.startsWith('(program)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
  return { totalMs: total / 1000, self: top(self, TOP), inclusive: top(inclusive, TOP + 10) };
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const fixture = path.join(ROOT, '.bench', 'fixtures', 'bench-1MB.outreach.md');
  if (!existsSync(fixture)) {
    mkdirSync(path.dirname(fixture), { recursive: true });
    writeFileSync(fixture, generateOutreach(1_000_000));
  }
  const cli = await bundle('src/cli/bin.ts', path.join(OUT, 'cli.mjs'));
  const engine = await bundle('src/core/index.ts', path.join(OUT, 'engine.mjs'));

  // 1. The CLI process.
  const dir = path.join(OUT, 'cli-run');
  const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, path.join(OUT, 'cli.mjs'), fixture, '--format', 'json'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI exited ${run.status}`);
  const cliProfile = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!cliProfile) throw new Error('no CPU profile written');
  const cliSummary = summarise(JSON.parse(readFileSync(path.join(dir, cliProfile), 'utf8')), [cli]);

  // 2. Keystrokes in the middle of the 1 MB file, warm cache.
  const { createLinter, outlineDocument } = await import(engine.url);
  let text = readFileSync(fixture, 'utf8');
  const linter = createLinter();
  linter.lint(text);
  const outline = outlineDocument(text);
  const middle = outline.messages[Math.floor(outline.messages.length / 2)];
  let cursor = text.indexOf(' ', Math.floor((middle.bodyStart + middle.end) / 2)) + 1;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const typed = 'we measured this twice before the launch ';
  for (let i = 0; i < typed.length; i++) {
    text = [text.slice(0, cursor), typed[i], text.slice(cursor)].join(''); // flat, like document.getText()
    cursor++;
    linter.lint(text);
  }
  const { profile } = await session.post('Profiler.stop');
  session.disconnect();
  writeFileSync(path.join(OUT, 'incremental.cpuprofile'), JSON.stringify(profile));
  const incSummary = summarise(profile, [engine]);

  const out = [];
  out.push(`CLI process, 1 MB (${cliSummary.totalMs.toFixed(0)} ms sampled; profile: ${path.relative(ROOT, path.join(dir, cliProfile))})`);
  out.push('  self time:', ...cliSummary.self.map((l) => `  ${l}`), '  inclusive time:', ...cliSummary.inclusive.map((l) => `  ${l}`), '');
  out.push(`Incremental, ${typed.length} keystrokes in the middle of 1 MB (${incSummary.totalMs.toFixed(0)} ms sampled, ${(incSummary.totalMs / typed.length).toFixed(1)} ms a keystroke; profile: .bench/profile/incremental.cpuprofile)`);
  out.push('  self time:', ...incSummary.self.map((l) => `  ${l}`), '  inclusive time:', ...incSummary.inclusive.map((l) => `  ${l}`));
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
});
