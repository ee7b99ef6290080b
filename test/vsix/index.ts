import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Entry point VS Code calls inside the extension host (extensionTestsPath) for the suites that run
 * against the installed .vsix. test/runVsix.ts starts one VS Code per suite and names the suite in
 * OUTREACH_VSIX_SUITE (`installed` or `untrusted`): this runs `<suite>.test.cjs` bundled next to this
 * file and rejects when a test fails, which makes the run exit 1.
 */
export async function run(): Promise<void> {
  const suite = process.env.OUTREACH_VSIX_SUITE;
  if (!suite) throw new Error('OUTREACH_VSIX_SUITE is not set: run the vsix suites through out/test/runVsix.js');
  const file = path.join(__dirname, `${suite}.test.cjs`);
  if (!fs.existsSync(file)) throw new Error(`no suite ${suite}: ${file} does not exist (bundled by scripts/build-tests.mjs vsix?)`);
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const only = process.env.OUTREACH_TEST_GREP;
  if (only) mocha.grep(only);
  mocha.addFile(file);
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} vsix test(s) failed in suite ${suite}`)) : resolve()));
  });
}
