import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLinter } from '../../src/core/index.js';
import {
  arbitraries,
  checkAsync,
  checkCase,
  checkCounter,
  checkFixAll,
  checkLineEndings,
  checkResult,
  checkSingleFixes,
  comparable,
  SMALL,
  type Case,
} from './propertyKit.js';

/**
 * Property-based tests of the engine over generated documents (see propertyKit.ts for what they hold).
 * A fixed seed keeps `npm test` deterministic; `npm run fuzz` runs the same invariants 100,000 times
 * from other seeds. A failure prints fast-check's shrunk counterexample and its seed and path.
 */

const SEED = 20_240_601;
const { caseArb, documentArb, garbageArb } = arbitraries(SMALL);

/** fast-check's report on failure names the seed and the path that replays the shrunk case. */
function run(property: fc.IProperty<[Case]> | fc.IProperty<[string]>, numRuns: number): void {
  fc.assert(property as fc.IProperty<[unknown]>, { seed: SEED, numRuns, endOnFailure: false });
}

describe('engine properties (generated documents)', function () {
  this.timeout(120_000);

  it('lints without throwing; ranges lie inside the document; counter, copy and over-limit agree; nothing fires in code; a cached re-lint equals a full one', () => {
    run(
      fc.property(caseArb, (c) => {
        checkCase(c, { fixes: false, code: true, incremental: true });
      }),
      800,
    );
  });

  it('arbitrary strings, every code unit included, lint without throwing and with ranges inside', () => {
    const linter = createLinter({ config: { channels: { 'linkedin-connect': { limit: 5 } } } });
    run(
      fc.property(garbageArb, (text) => {
        const result = linter.lint(text);
        checkResult(text, result);
        checkCounter(text, result);
      }),
      2000,
    );
  });

  it('any single fix removes its finding and leaves a document that lints cleanly; fix-all is idempotent', () => {
    run(
      fc.property(caseArb, (c) => {
        const linter = createLinter({ config: c.config });
        const result = linter.lint(c.text);
        checkSingleFixes(linter, c.text, result);
        checkFixAll(linter, c.text);
      }),
      300,
    );
  });

  it('lintAsync, yielding as often as it can, equals lint', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const expected = createLinter({ config: c.config }).lint(c.text);
        await checkAsync(c.config, c.text, expected);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('every line ending gives the same findings, counts and fixes, modulo the offsets it shifts', () => {
    const linter = createLinter();
    run(
      fc.property(
        documentArb.map((text) => text.replace(/\r\n?/g, '\n')),
        (text) => {
          checkLineEndings(linter, text);
        },
      ),
      200,
    );
  });

  it('a linter reused across unrelated documents gives what a fresh one gives', () => {
    const shared = createLinter();
    run(
      fc.property(documentArb, (text) => {
        assert.equal(comparable(shared.lint(text)), comparable(createLinter().lint(text)));
      }),
      200,
    );
  });
});
