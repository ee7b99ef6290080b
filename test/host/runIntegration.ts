// Runs an extension test suite through @vscode/test-electron's standard entry point, runTests(),
// with test/host/vscode-launcher standing in for the VS Code executable (code-server + headless
// chromium; no download). Use runSuite() from a script, or the CLI below from npm scripts:
//
//   node out/test/host/runIntegration.js \
//     --extensionDevelopmentPath . --extensionTestsPath out/test/integration/index.js \
//     --workspace test/fixtures/workspace [--user-settings '{"outreachLint.channel":"inmail"}'] \
//     [--user-settings-file f.json] [--workspace-trust] [--install-vsix outreach-lint.vsix] \
//     [--timeout-ms 600000] [--env KEY=VALUE]...
//
// With --install-vsix the .vsix is installed into the run's extensions folder and the empty probe
// extension (test/host/vsix-probe) is the development extension, so the tests exercise the
// packaged artifact rather than the source folder.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTests, TestRunFailedError } from '@vscode/test-electron';
import { LAUNCHER_SCRIPT, VSIX_PROBE_DIR, assertCodeServerInstalled, extensionIdOf } from './host.js';

export interface SuiteOptions {
  /**
   * The extension folder loaded as development extension. Required unless installVsix is given,
   * in which case it defaults to the probe (test/host/vsix-probe) and must not be the source folder.
   */
  extensionDevelopmentPath?: string;
  /** Compiled tests module exporting run(): Promise<void> (CommonJS or ESM both load). */
  extensionTestsPath: string;
  /** Folder (or .code-workspace file) to open; without one the window opens empty. */
  workspace?: string;
  /** Merged over the defaults (telemetry/updates off, files.autoSave "off", ...). */
  userSettings?: Record<string, unknown>;
  /** Keep VS Code's workspace trust on; the folder then opens untrusted (restricted mode). */
  workspaceTrust?: boolean;
  /** .vsix file(s) to install into the run's extensions folder before VS Code starts. */
  installVsix?: string | string[];
  /** Overall limit for the run; default 10 minutes. */
  timeoutMs?: number;
  /** Extra environment for VS Code and the extension host (visible to the tests as process.env). */
  env?: Record<string, string>;
}

/** Runs one suite and resolves with its exit code (0 = all tests passed); never throws for test failures. */
export async function runSuite(options: SuiteOptions): Promise<number> {
  assertCodeServerInstalled();
  const vsix = (Array.isArray(options.installVsix) ? options.installVsix : options.installVsix ? [options.installVsix] : [])
    .map((file) => path.resolve(file));
  const developmentPath = path.resolve(options.extensionDevelopmentPath ?? (vsix.length ? VSIX_PROBE_DIR : ''));
  if (!options.extensionDevelopmentPath && !vsix.length) {
    throw new Error('runSuite: extensionDevelopmentPath is required (or installVsix, which uses the probe extension)');
  }
  if (!fs.existsSync(path.join(developmentPath, 'package.json'))) {
    throw new Error(`runSuite: ${developmentPath} has no package.json`);
  }
  const testsPath = path.resolve(options.extensionTestsPath);
  if (!fs.existsSync(testsPath)) {
    throw new Error(`runSuite: extensionTestsPath ${testsPath} does not exist (compiled yet?)`);
  }
  for (const file of vsix) {
    if (!fs.existsSync(file)) throw new Error(`runSuite: .vsix not found: ${file}`);
  }

  const env: Record<string, string> = {
    ...options.env,
    OUTREACH_TEST_USER_SETTINGS: JSON.stringify({
      ...parseJsonObject(process.env['OUTREACH_TEST_USER_SETTINGS']),
      ...options.userSettings,
    }),
    OUTREACH_TEST_WORKSPACE_TRUST: options.workspaceTrust ? '1' : '0',
    OUTREACH_TEST_INSTALL_VSIX: vsix.join(path.delimiter),
  };
  if (options.timeoutMs !== undefined) env['OUTREACH_TEST_TIMEOUT_MS'] = String(options.timeoutMs);

  const started = Date.now();
  const label = `${extensionIdOf(developmentPath) ?? developmentPath}${vsix.length ? ` + ${vsix.map((f) => path.basename(f)).join(', ')}` : ''}`;
  process.stdout.write(`[runSuite] ${label}: ${path.relative(process.cwd(), testsPath) || testsPath}\n`);
  let code: number;
  try {
    code = await runTests({
      vscodeExecutablePath: LAUNCHER_SCRIPT,
      extensionDevelopmentPath: developmentPath,
      extensionTestsPath: testsPath,
      launchArgs: options.workspace ? [path.resolve(options.workspace)] : [],
      extensionTestsEnv: env,
      // The launcher makes throwaway --user-data-dir/--extensions-dir folders for every run.
      reuseMachineInstall: true,
    });
  } catch (err) {
    if (err instanceof TestRunFailedError) {
      code = err.code ?? 1;
    } else {
      throw err;
    }
  }
  process.stdout.write(`[runSuite] exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return code;
}

function parseJsonObject(raw: string | undefined): Record<string, unknown> {
  if (!raw || raw.trim() === '') return {};
  const parsed: unknown = JSON.parse(raw);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('user settings must be a JSON object');
  }
  return parsed as Record<string, unknown>;
}

const USAGE = `usage: node out/test/host/runIntegration.js --extensionTestsPath <file>
  [--extensionDevelopmentPath <dir>] [--workspace <dir>] [--user-settings <json>]
  [--user-settings-file <file>] [--workspace-trust] [--install-vsix <file>]...
  [--timeout-ms <ms>] [--env KEY=VALUE]...`;

export async function cli(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      extensionDevelopmentPath: { type: 'string' },
      extensionTestsPath: { type: 'string' },
      workspace: { type: 'string' },
      'user-settings': { type: 'string' },
      'user-settings-file': { type: 'string' },
      'workspace-trust': { type: 'boolean' },
      'install-vsix': { type: 'string', multiple: true },
      'timeout-ms': { type: 'string' },
      env: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help || !values.extensionTestsPath) {
    process.stdout.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const userSettings = {
    ...(values['user-settings-file'] ? parseJsonObject(fs.readFileSync(values['user-settings-file'], 'utf8')) : {}),
    ...parseJsonObject(values['user-settings']),
  };
  const env: Record<string, string> = {};
  for (const pair of values.env ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new Error(`--env expects KEY=VALUE, got ${pair}`);
    env[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  const timeout = values['timeout-ms'];
  return runSuite({
    extensionDevelopmentPath: values.extensionDevelopmentPath,
    extensionTestsPath: values.extensionTestsPath,
    workspace: values.workspace,
    userSettings,
    workspaceTrust: values['workspace-trust'] ?? false,
    installVsix: values['install-vsix'],
    timeoutMs: timeout === undefined ? undefined : Number(timeout),
    env,
  });
}

const invokedAs = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`[runSuite] ${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
