import Mocha from 'mocha';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Entry point VS Code calls inside the extension host (extensionTestsPath): runs every *.test.cjs
 * bundled next to this file with mocha and rejects when a test fails, which makes the run exit 1.
 */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const only = process.env.OUTREACH_TEST_GREP;
  if (only) mocha.grep(only);
  const directory = __dirname;
  for (const file of fs.readdirSync(directory).filter((name) => name.endsWith('.test.cjs')).sort()) {
    mocha.addFile(path.join(directory, file));
  }
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
