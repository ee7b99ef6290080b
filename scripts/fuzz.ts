/**
 * The engine's fuzzer: the invariants of test/unit/property.test.ts over many more generated documents.
 *
 *   npm run fuzz                          100,000 runs from seed 1
 *   npm run fuzz -- --runs 5000 --seed 42 another slice of the space
 *   npm run fuzz -- --seed 1234 --runs 1  replay one run (each run i uses seed + i)
 *   npm run fuzz -- --no-fixes            skip the (slower) fix invariants
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
import { parseArgs } from 'node:util';
import { arbitraries, checkAsync, checkCase, FULL, type Case } from '../test/unit/propertyKit.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    'no-fixes': { type: 'boolean', default: false },
    shrink: { type: 'string', default: '5' },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
const withFixes = !values['no-fixes'];
const maxShrinks = Number(values.shrink);
const { caseArb } = arbitraries(FULL);

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
