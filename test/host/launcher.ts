// Stand-in for a VS Code executable, for @vscode/test-electron's runTests({ vscodeExecutablePath }).
// It takes the arguments runTests passes to VS Code (--extensionDevelopmentPath=..., --extensionTestsPath=...,
// a folder, and flags it ignores) and runs the extension tests in VS Code 1.100.3 from the npm package
// code-server, with Debian's headless chromium driven by playwright-core. Its exit code is the tests'.
//
// Environment:
//   OUTREACH_TEST_TIMEOUT_MS        overall limit (default 600000 = 10 min); on expiry exit 124
//   OUTREACH_TEST_USER_SETTINGS     JSON object merged over the default user settings
//   OUTREACH_TEST_WORKSPACE_TRUST=1 keep workspace trust on (drops --disable-workspace-trust)
//   OUTREACH_TEST_INSTALL_VSIX      .vsix file(s) (separated by ':') installed into the run first
//   OUTREACH_TEST_KEEP_RUN=1        keep .vscode-test/runs/<id>/ after a passing run
//   OUTREACH_TEST_VERBOSE=1         echo code-server's output and the browser console
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import type { BrowserContext, Page } from 'playwright-core';
import {
  createRunDirs,
  extensionIdOf,
  installVsix,
  installedExtensionIds,
  isTruthyEnv,
  killRunProcesses,
  launchBrowser,
  removeRunDirs,
  settingsFromEnv,
  startCodeServer,
  withTimeout,
  workbenchUrl,
  writeUserSettings,
  type CodeServer,
  type RunDirs,
} from './host.js';

const EXIT_TIMEOUT = 124;

export interface LauncherArgs {
  extensionDevelopmentPaths: string[];
  extensionTestsPath: string | undefined;
  workspace: string | undefined;
  disableWorkspaceTrust: boolean;
  ignored: string[];
}

/** Flags of VS Code's CLI that take a value; given without "=", their value is the next argument. */
const FLAGS_WITH_VALUE = new Set([
  'extensionDevelopmentPath',
  'extensionTestsPath',
  'extensionDevelopmentKind',
  'user-data-dir',
  'extensions-dir',
  'extensionHomePath',
  'locale',
  'log',
  'logsPath',
  'profile',
  'folder-uri',
  'file-uri',
  'remote',
  'inspect-extensions',
  'inspect-brk-extensions',
  'enable-proposed-api',
  'disable-extension',
  'install-extension',
  'crash-reporter-directory',
  'sync',
  'user-data-profile',
]);

export function parseLauncherArgs(argv: string[]): LauncherArgs {
  const result: LauncherArgs = {
    extensionDevelopmentPaths: [],
    extensionTestsPath: undefined,
    workspace: undefined,
    disableWorkspaceTrust: false,
    ignored: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('-')) {
      if (result.workspace === undefined) result.workspace = path.resolve(arg);
      else result.ignored.push(arg);
      continue;
    }
    const body = arg.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq === -1 ? body : body.slice(0, eq);
    let value: string | undefined;
    if (eq !== -1) {
      value = body.slice(eq + 1);
    } else if (FLAGS_WITH_VALUE.has(name) && i + 1 < argv.length) {
      value = argv[++i];
    }
    switch (name) {
      case 'extensionDevelopmentPath':
        if (value) result.extensionDevelopmentPaths.push(path.resolve(value));
        break;
      case 'extensionTestsPath':
        if (value) result.extensionTestsPath = path.resolve(value);
        break;
      case 'disable-workspace-trust':
        result.disableWorkspaceTrust = true;
        break;
      default:
        result.ignored.push(value === undefined || eq !== -1 ? arg : `${arg} ${value}`);
    }
  }
  return result;
}

function timeoutMsFromEnv(): number {
  const raw = process.env['OUTREACH_TEST_TIMEOUT_MS'];
  if (raw === undefined || raw === '') return 10 * 60_000;
  const ms = Number(raw);
  if (!Number.isFinite(ms) || ms <= 0) throw new Error(`OUTREACH_TEST_TIMEOUT_MS must be a positive number, got ${raw}`);
  return ms;
}

function say(message: string): void {
  process.stdout.write(`[launcher] ${message}\n`);
}

/** Routine workbench log lines that say nothing about the tests; shown only with OUTREACH_TEST_VERBOSE=1. */
const ROUTINE_LOG = [
  /^Resolving connection token /,
  /^Resolved connection token /,
  /^Creating a socket /,
  /^\[Service Worker\] /,
  /^Updating additional builtin extensions cache/,
  /^Ignoring fetching additional builtin extensions from gallery/,
  /^ChatSessionStore: /,
];

/** The automation log carries the workbench's own log lines; keep the useful ones unless verbose. */
function printAutomationLog(level: string, message: unknown, verbose: boolean): void {
  if (!verbose && (level === 'trace' || level === 'debug')) return;
  // Console output of the extension host arrives as console.log's argument list (mocha's reporters
  // use printf-style "%s"/"%d" formats), other log lines as plain strings.
  const text = Array.isArray(message) ? format(...(message as unknown[])) : String(message);
  if (!verbose && level === 'info' && ROUTINE_LOG.some((re) => re.test(text))) return;
  process.stdout.write(level === 'info' ? `${text}\n` : `[${level}] ${text}\n`);
}

export async function main(argv: string[]): Promise<never> {
  const started = Date.now();
  const verbose = isTruthyEnv(process.env['OUTREACH_TEST_VERBOSE']);
  const keepRun = isTruthyEnv(process.env['OUTREACH_TEST_KEEP_RUN']);
  const args = parseLauncherArgs(argv);
  const trust = isTruthyEnv(process.env['OUTREACH_TEST_WORKSPACE_TRUST']);
  const vsixFiles = (process.env['OUTREACH_TEST_INSTALL_VSIX'] ?? '')
    .split(path.delimiter)
    .filter((file) => file.trim() !== '');

  let dirs: RunDirs | undefined;
  let server: CodeServer | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let finishing = false;

  const finish = async (code: number, reason?: string): Promise<never> => {
    if (finishing) return new Promise<never>(() => {});
    finishing = true;
    if (reason) say(reason);
    if (code !== 0 && page && dirs) {
      const shot = path.join(dirs.root, 'failure.png');
      await withTimeout(page.screenshot({ path: shot }), 5000, 'screenshot')
        .then(() => say(`screenshot of the workbench: ${shot}`))
        .catch(() => {});
    }
    if (context) await withTimeout(context.close(), 10_000, 'closing the browser').catch(() => {});
    if (server) await server.stop().catch(() => {});
    if (dirs) {
      const leftovers = killRunProcesses(dirs.id);
      if (leftovers > 0 && verbose) say(`killed ${leftovers} leftover process(es)`);
      if (code === 0 && !keepRun) removeRunDirs(dirs);
      else say(`run folder kept: ${dirs.root}`);
    }
    say(`exit ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    process.exit(code);
  };

  const onSignal = (signal: NodeJS.Signals, code: number): void => {
    process.on(signal, () => void finish(code, `received ${signal}; stopping VS Code`));
  };
  onSignal('SIGINT', 130);
  onSignal('SIGTERM', 143);
  onSignal('SIGHUP', 129);
  process.on('exit', () => {
    // Last resort when something exits the process without finish().
    if (dirs) killRunProcesses(dirs.id);
  });
  process.on('uncaughtException', (err) => void finish(1, `error: ${err.stack ?? String(err)}`));
  process.on('unhandledRejection', (err) => void finish(1, `error: ${(err as Error)?.stack ?? String(err)}`));

  const timeoutMs = timeoutMsFromEnv();
  const timer = setTimeout(() => {
    void finish(
      EXIT_TIMEOUT,
      `TIMEOUT: the extension tests did not finish within ${(timeoutMs / 1000).toFixed(0)} s ` +
        `(OUTREACH_TEST_TIMEOUT_MS=${timeoutMs}); killing VS Code and chromium`,
    );
  }, timeoutMs);
  timer.unref();

  try {
    if (!args.extensionTestsPath) {
      throw new Error('no --extensionTestsPath given: this launcher only runs extension tests (see test/host/README.md)');
    }
    if (args.extensionDevelopmentPaths.length === 0) {
      throw new Error('no --extensionDevelopmentPath given: VS Code runs extension tests only for a development extension');
    }
    if (args.extensionDevelopmentPaths.length > 1) {
      // The web workbench reads its payload into a Map: only the last extensionDevelopmentPath would load.
      throw new Error(
        `VS Code web loads a single --extensionDevelopmentPath, got ${args.extensionDevelopmentPaths.length}; ` +
          'install the others as .vsix files (OUTREACH_TEST_INSTALL_VSIX)',
      );
    }
    if (verbose && args.ignored.length) say(`ignoring arguments: ${args.ignored.join(' ')}`);
    if (verbose && args.disableWorkspaceTrust && trust) {
      say('--disable-workspace-trust given, but OUTREACH_TEST_WORKSPACE_TRUST=1 keeps workspace trust on');
    }

    dirs = createRunDirs();
    const settings = writeUserSettings(dirs, settingsFromEnv('OUTREACH_TEST_USER_SETTINGS'));
    if (verbose) say(`user settings: ${JSON.stringify(settings)}`);

    if (vsixFiles.length) {
      installVsix(dirs, vsixFiles);
      const installed = new Set(installedExtensionIds(dirs.extensionsDir));
      for (const dev of args.extensionDevelopmentPaths) {
        const id = extensionIdOf(dev);
        if (id && installed.has(id)) {
          throw new Error(
            `${dev} (${id}) is both installed from a .vsix and given as development extension; ` +
              'the development copy would shadow the packaged one. Use the probe (test/host/vsix-probe) instead.',
          );
        }
      }
    }

    server = await startCodeServer({ dirs, workspaceTrust: trust, echo: verbose });
    say(
      `code-server ${server.baseUrl} ready in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
        `(workspace trust ${trust ? 'ENABLED' : 'disabled'}; run ${dirs.id})`,
    );
    void server.exited.then((code) => finish(1, `code-server exited unexpectedly (code ${code}); see ${dirs?.codeServerLog}`));

    context = await launchBrowser(dirs);
    context.on('close', () => void finish(1, 'the browser closed unexpectedly'));
    // Both must exist before the workbench loads: it looks them up on window.
    await context.exposeFunction('codeAutomationLog', (level: unknown, message: unknown) => {
      printAutomationLog(String(level), message, verbose);
    });
    await context.exposeFunction('codeAutomationExit', (code: unknown, logs: unknown) => {
      const exitCode = typeof code === 'number' && Number.isInteger(code) ? code : 1;
      if (dirs && Array.isArray(logs)) saveWorkbenchLogs(dirs, logs);
      setImmediate(() => void finish(exitCode, `extension tests finished with exit code ${exitCode}`));
    });

    page = context.pages()[0] ?? (await context.newPage());
    page.on('crash', () => void finish(1, 'the workbench page crashed'));
    if (verbose) {
      page.on('console', (msg) => process.stdout.write(`[browser ${msg.type()}] ${msg.text()}\n`));
      page.on('pageerror', (err) => process.stdout.write(`[browser error] ${err.message}\n`));
    }
    const url = workbenchUrl(server, {
      workspace: args.workspace,
      extensionDevelopmentPaths: args.extensionDevelopmentPaths,
      extensionTestsPath: args.extensionTestsPath,
    });
    if (verbose) say(`opening ${url}`);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    say('workbench loading; waiting for the extension tests');
    // From here on codeAutomationExit, the timeout, a crash or a signal ends the process.
    return await new Promise<never>(() => {});
  } catch (err) {
    return finish(1, `error: ${(err as Error).stack ?? String(err)}`);
  }
}

function saveWorkbenchLogs(dirs: RunDirs, logs: unknown[]): void {
  for (const entry of logs) {
    if (!entry || typeof entry !== 'object') continue;
    const { relativePath, contents } = entry as { relativePath?: unknown; contents?: unknown };
    if (typeof relativePath !== 'string' || typeof contents !== 'string') continue;
    const target = path.join(dirs.logsDir, path.normalize(relativePath).replace(/^(\.\.[/\\])+/, ''));
    if (!target.startsWith(dirs.logsDir)) continue;
    try {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, contents);
    } catch {
      // logs are a debugging aid only
    }
  }
}

// Run when executed directly (node out/test/host/launcher.js ...), not when imported.
const invokedAs = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (invokedAs === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2));
}
