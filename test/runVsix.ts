// Runs the suites for the packaged extension (test/vsix) in a real VS Code (code-server's, in headless
// chromium; see test/host/README.md), with outreach-lint.vsix installed into each run and the empty probe
// as development extension:
//   installed  trusted workspace (the harness disables trust): the installed copy activates, lints, counts
//   untrusted  workspace trust on, so the folder opens in Restricted Mode, with workspace settings and an
//              .outreach-lint.json that must be ignored, and user settings that must apply
// It does not package: run `npm run package` first (the npm script does). It checks the .vsix (present,
// newer than what goes into it, under 300 KB), bundles the suites (scripts/build-tests.mjs vsix), runs
// each on a scratch copy of its fixture workspace and exits non-zero when any suite fails.
//
//   node out/test/runVsix.js [installed|untrusted]...     (no argument: both)
// Environment: OUTREACH_TEST_GREP (mocha grep inside the suites), OUTREACH_VSIX_ALLOW_STALE=1 (warn
// instead of failing when the .vsix is older than its sources).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuite } from './host/runIntegration.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const VSIX = path.join(repo, 'outreach-lint.vsix');
export const MAX_VSIX_BYTES = 300 * 1024;

interface VsixSuite {
  name: 'installed' | 'untrusted';
  /** Folders copied, in order, into the scratch workspace. */
  fixtures: string[];
  workspaceTrust: boolean;
  userSettings: Record<string, unknown>;
}

const SUITES: VsixSuite[] = [
  { name: 'installed', fixtures: ['test/vsix/workspace'], workspaceTrust: false, userSettings: {} },
  {
    name: 'untrusted',
    fixtures: ['test/vsix/workspace', 'test/vsix/restricted'],
    workspaceTrust: true,
    userSettings: JSON.parse(fs.readFileSync(path.join(repo, 'test/vsix/untrusted-user-settings.json'), 'utf8')) as Record<string, unknown>,
  },
];

/** Newest modification time of the files under `dir` (or of the file itself). */
function newest(file: string): { mtime: number; file: string } {
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return { mtime: stat.mtimeMs, file };
  let best = { mtime: 0, file };
  for (const name of fs.readdirSync(file)) {
    const candidate = newest(path.join(file, name));
    if (candidate.mtime > best.mtime) best = candidate;
  }
  return best;
}

/** Problems with the artifact itself, or none. */
export function checkVsix(): string[] {
  if (!fs.existsSync(VSIX)) return [`${path.relative(repo, VSIX)} does not exist: run \`npm run package\` first`];
  const problems: string[] = [];
  const { size, mtimeMs } = fs.statSync(VSIX);
  console.log(`[runVsix] ${path.relative(repo, VSIX)}: ${(size / 1024).toFixed(1)} KB (limit ${MAX_VSIX_BYTES / 1024} KB)`);
  if (size >= MAX_VSIX_BYTES) problems.push(`${path.relative(repo, VSIX)} is ${size} bytes, not under ${MAX_VSIX_BYTES} (300 KB)`);
  for (const input of ['package.json', '.vscodeignore', 'src', 'dist']) {
    const source = path.join(repo, input);
    if (!fs.existsSync(source)) continue;
    const latest = newest(source);
    if (latest.mtime > mtimeMs) {
      const message = `${path.relative(repo, VSIX)} is older than ${path.relative(repo, latest.file)}: run \`npm run package\` to test what the source says`;
      // OUTREACH_VSIX_ALLOW_STALE=1: iterate on the suites against the last package anyway.
      if (process.env.OUTREACH_VSIX_ALLOW_STALE === '1') console.warn(`[runVsix] warning: ${message}`);
      else problems.push(message);
    }
  }
  return problems;
}

export async function runVsixSuites(only: readonly string[] = []): Promise<number> {
  const unknown = only.filter((name) => !SUITES.some((suite) => suite.name === name));
  if (unknown.length) {
    console.error(`[runVsix] unknown suite(s): ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}`);
    return 2;
  }
  const problems = checkVsix();
  if (problems.length) {
    for (const problem of problems) console.error(`[runVsix] ${problem}`);
    return 1;
  }
  const bundled = spawnSync(process.execPath, [path.join(repo, 'scripts/build-tests.mjs'), 'vsix'], { stdio: 'inherit', cwd: repo });
  if (bundled.status !== 0) {
    console.error(`[runVsix] bundling the suites failed (exit ${bundled.status ?? bundled.signal})`);
    return 1;
  }

  const results: { name: string; code: number; seconds: number }[] = [];
  for (const suite of SUITES.filter((s) => only.length === 0 || only.includes(s.name))) {
    const workspace = path.join(repo, '.vscode-test', 'workspaces', `vsix-${suite.name}-${Date.now()}-${process.pid}`);
    fs.mkdirSync(workspace, { recursive: true });
    for (const fixture of suite.fixtures) fs.cpSync(path.join(repo, fixture), workspace, { recursive: true });
    const started = Date.now();
    let code: number;
    try {
      code = await runSuite({
        installVsix: VSIX,
        extensionTestsPath: path.join(repo, 'out/vsix/index.cjs'),
        workspace,
        workspaceTrust: suite.workspaceTrust,
        userSettings: suite.userSettings,
        env: {
          OUTREACH_VSIX_SUITE: suite.name,
          OUTREACH_VSIX_REPO: repo,
          ...(process.env.OUTREACH_TEST_GREP ? { OUTREACH_TEST_GREP: process.env.OUTREACH_TEST_GREP } : {}),
        },
      });
    } catch (error) {
      console.error(`[runVsix] ${suite.name}: ${(error as Error).stack ?? String(error)}`);
      code = 1;
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true });
    }
    results.push({ name: suite.name, code, seconds: (Date.now() - started) / 1000 });
  }
  for (const { name, code, seconds } of results) {
    console.log(`[runVsix] ${name.padEnd(9)} ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds.toFixed(1)} s`);
  }
  return results.find((r) => r.code !== 0)?.code ?? 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runVsixSuites(process.argv.slice(2));
}
