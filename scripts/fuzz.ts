/**
 * The engine's fuzzer: the invariants of test/unit/property.test.ts over many more generated documents.
 *
 *   npm run fuzz                          100,000 runs from seed 1
 *   npm run fuzz -- --runs 5000 --seed 42 another slice of the space
 *   npm run fuzz -- --seed 1234 --runs 1  replay one run (each run i uses seed + i)
 *   npm run fuzz -- --no-fixes            skip the (slower) fix invariants
 *   npm run fuzz -- --jobs 2              split the runs over 2 processes (one per core); same seeds
 *
 * Every run checks: linting never throws and reports no internal failure; every range lies inside the
 * document and starts before it ends; the counter's and the copy command's text is what over-limit
 * measures; nothing fires inside code; each single fix removes its finding and lints cleanly; fix-all
 * is idempotent; a re-lint through the cache equals a full lint; lintAsync equals lint; LF, CRLF and
 * lone CR line ends give the same result.
 *
 * Failures are grouped by their message; the first of each kind is shrunk to a minimal case and printed.
 * Ends with `ran N, failed M` and exit code 1 when anything failed.
 */
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { arbitraries, checkAsync, checkCase, FULL, type Case } from '../test/unit/propertyKit.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    'no-fixes': { type: 'boolean', default: false },
    shrink: { type: 'string', default: '5' },
    jobs: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const withFixes = !values['no-fixes'];
const maxShrinks = Number(values.shrink);
const jobs = Math.max(1, Math.floor(Number(values.jobs)) || 1);
if (jobs > 1 && runs > 1) {
  process.exitCode = await runInParallel(jobs);
  process.exit();
}
const { caseArb } = arbitraries(FULL);

/**
 * Splits seeds seed … seed+runs-1 into contiguous slices, one process each, prints their output as it
 * comes (prefixed), and sums their totals: the same runs as one process, in less wall time.
 */
async function runInParallel(count: number): Promise<number> {
  const script = fileURLToPath(import.meta.url);
  const per = Math.ceil(runs / count);
  const slices: { seed: number; runs: number }[] = [];
  for (let from = 0; from < runs; from += per) slices.push({ seed: seed + from, runs: Math.min(per, runs - from) });
  const started = performance.now();
  const totals = await Promise.all(
    slices.map(
      (slice, index) =>
        new Promise<{ ran: number; failed: number; code: number }>((resolve) => {
          const args = [script, '--seed', String(slice.seed), '--runs', String(slice.runs), '--shrink', String(maxShrinks), ...(withFixes ? [] : ['--no-fixes'])];
          const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
          let summary = { ran: 0, failed: 0 };
          let pending = '';
          child.stdout.setEncoding('utf8');
          child.stdout.on('data', (chunk: string) => {
            pending += chunk;
            const lines = pending.split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines) {
              const total = /^ran (\d+), failed (\d+)/.exec(line);
              if (total) summary = { ran: Number(total[1]), failed: Number(total[2]) };
              if (line) console.log(`[${index + 1}/${slices.length}] ${line}`);
            }
          });
          child.on('close', (code) => resolve({ ...summary, code: code ?? 1 }));
        }),
    ),
  );
  const ran = totals.reduce((sum, t) => sum + t.ran, 0);
  const failed = totals.reduce((sum, t) => sum + t.failed, 0);
  // A process that died before its summary counts as failed runs: its slice was not all checked.
  const missing = runs - ran;
  console.log(`\nran ${ran}, failed ${failed}${missing > 0 ? `, ${missing} not run (a process ended early)` : ''} in ${((performance.now() - started) / 1000).toFixed(0)} s (${slices.length} processes)`);
  return failed > 0 || missing > 0 || totals.some((t) => t.code !== 0) ? 1 : 0;
}

async function check(c: Case): Promise<void> {
  const { result } = checkCase(c, { fixes: withFixes, code: true, incremental: true, lineEndings: true });
  await checkAsync(c.config, c.text, result);
}

function signature(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  // Offsets, counts and quoted text vary between cases of one bug; the shape of the message does not.
  return message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N').slice(0, 140);
}

interface Failure {
  count: number;
  firstSeed: number;
  message: string;
}

const failures = new Map<string, Failure>();
let failed = 0;
let ran = 0;
const started = performance.now();
let lastReport = started;

for (let i = 0; i < runs; i++) {
  const runSeed = seed + i;
  let error: unknown;
  const details = await fc.check(
    fc.asyncProperty(caseArb, async (c) => {
      try {
        await check(c);
      } catch (e) {
        error = e;
        throw e;
      }
    }),
    { seed: runSeed, numRuns: 1, endOnFailure: true },
  );
  ran++;
  if (details.failed) {
    failed++;
    const key = signature(error);
    const known = failures.get(key);
    if (known) known.count++;
    else {
      failures.set(key, { count: 1, firstSeed: runSeed, message: error instanceof Error ? error.message : String(error) });
      console.log(`\nrun ${i} (seed ${runSeed}) failed: ${key}`);
    }
  }
  const now = performance.now();
  if (now - lastReport > 10_000 || i === runs - 1) {
    lastReport = now;
    const rate = ran / ((now - started) / 1000);
    console.log(`progress: ${ran}/${runs} runs, ${failed} failed, ${rate.toFixed(1)} runs/s, ${((now - started) / 1000).toFixed(0)} s`);
  }
}

// Shrink the first case of each kind of failure to a minimal one.
let shrunk = 0;
for (const [key, failure] of failures) {
  console.log(`\n${failure.count} run(s): ${key}\n  first: --seed ${failure.firstSeed} --runs 1\n  ${failure.message.slice(0, 400)}`);
  if (shrunk++ >= maxShrinks) continue;
  const details = await fc.check(
    fc.asyncProperty(caseArb, async (c) => {
      try {
        await check(c);
      } catch (e) {
        if (signature(e) === key) throw e;
      }
    }),
    { seed: failure.firstSeed, numRuns: 1 },
  );
  if (details.failed && details.counterexample) {
    const [c] = details.counterexample;
    console.log(`  minimal case (${details.numShrinks} shrinks): ${JSON.stringify(c.text)}\n  config: ${JSON.stringify(c.config)}`);
  }
}

const seconds = (performance.now() - started) / 1000;
console.log(`\nran ${ran}, failed ${failed} (${failures.size} distinct) in ${seconds.toFixed(0)} s`);
process.exitCode = failed > 0 ? 1 : 0;
