// Runs the integration suite in a real VS Code (code-server's, in headless chromium; see test/host/README.md)
// on a scratch copy of the fixture workspace. Exit code: the suite's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuite } from './host/runIntegration.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export async function runIntegrationSuite(): Promise<number> {
  const workspace = path.join(repo, '.vscode-test', 'workspaces', `integration-${Date.now()}`);
  fs.mkdirSync(path.dirname(workspace), { recursive: true });
  fs.cpSync(path.join(repo, 'test/integration/workspace'), workspace, { recursive: true });
  fs.mkdirSync(path.join(workspace, 'scratch'), { recursive: true });
  const started = Date.now();
  try {
    const code = await runSuite({
      extensionDevelopmentPath: repo,
      extensionTestsPath: path.join(repo, 'out/integration/index.cjs'),
      workspace,
      ...(process.env.OUTREACH_TEST_GREP ? { env: { OUTREACH_TEST_GREP: process.env.OUTREACH_TEST_GREP } } : {}),
    });
    console.log(`integration suite: exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return code;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runIntegrationSuite();
}
