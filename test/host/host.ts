// Shared pieces of the offline VS Code test host: paths, per-run folders, user settings,
// starting code-server (VS Code 1.100.3 server + web workbench), installing a .vsix into a run,
// launching Debian's chromium through playwright-core, building the workbench URL, and
// killing every process a run started. Used by launcher.ts, workbench.ts and runIntegration.ts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

/** Walks up from this module to the repository root (the folder holding test/host/setup.sh). */
function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'test', 'host', 'setup.sh'))) {
      return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new Error(`test host: cannot find the repository root above ${fileURLToPath(import.meta.url)}`);
    }
    dir = parent;
  }
}

export const REPO_ROOT = findRepoRoot();
export const HOST_DIR = path.join(REPO_ROOT, 'test', 'host');
export const VSCODE_TEST_DIR = path.join(REPO_ROOT, '.vscode-test');
export const RUNS_DIR = path.join(VSCODE_TEST_DIR, 'runs');
export const CODE_SERVER_DIR =
  process.env['OUTREACH_CODE_SERVER_DIR'] ?? path.join(VSCODE_TEST_DIR, 'code-server', 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
export const CHROMIUM_PATH = process.env['OUTREACH_CHROMIUM'] ?? '/usr/bin/chromium';
/** The stand-in "VS Code executable" handed to @vscode/test-electron's runTests. */
export const LAUNCHER_SCRIPT = path.join(HOST_DIR, 'vscode-launcher');
/** Development extension without contributions, used to run tests against an installed .vsix. */
export const VSIX_PROBE_DIR = path.join(HOST_DIR, 'vsix-probe');

/** Name of the environment variable that marks every process started for one run. */
export const RUN_MARKER_VAR = 'OUTREACH_TEST_RUN_ID';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** User settings every run starts from; callers merge their own on top. */
export const DEFAULT_USER_SETTINGS: Readonly<Record<string, unknown>> = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  // Web VS Code auto-saves after a delay by default, which would write test edits into fixtures.
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'git.openRepositoryInParentFolders': 'never',
  'git.autoRepositoryDetection': false,
};

export function log(message: string): void {
  process.stdout.write(`[test-host] ${message}\n`);
}

export function isTruthyEnv(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Rejects after ms, resolves with the promise otherwise; the timer never keeps the process alive. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

export function assertCodeServerInstalled(): void {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed at ${CODE_SERVER_DIR}; run test/host/setup.sh first`);
  }
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`chromium not found at ${CHROMIUM_PATH}; run test/host/setup.sh first`);
  }
}

// ---------------------------------------------------------------------------------------------
// Run folders
// ---------------------------------------------------------------------------------------------

export interface RunDirs {
  id: string;
  root: string;
  userDataDir: string;
  extensionsDir: string;
  configFile: string;
  tmpDir: string;
  xdgRuntimeDir: string;
  browserProfile: string;
  codeServerLog: string;
  logsDir: string;
}

/** Creates .vscode-test/runs/<id>/ with every throwaway folder a run needs. */
export function createRunDirs(): RunDirs {
  fs.mkdirSync(RUNS_DIR, { recursive: true });
  pruneOldRuns();
  const id = `${Date.now().toString(36)}-${process.pid.toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  const root = path.join(RUNS_DIR, id);
  const dirs: RunDirs = {
    id,
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    configFile: path.join(root, 'code-server.yaml'),
    tmpDir: path.join(root, 'tmp'),
    xdgRuntimeDir: path.join(root, 'xdg'),
    browserProfile: path.join(root, 'browser'),
    codeServerLog: path.join(root, 'code-server.log'),
    logsDir: path.join(root, 'logs'),
  };
  for (const dir of [dirs.userDataDir, dirs.extensionsDir, dirs.tmpDir, dirs.browserProfile, dirs.logsDir]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  fs.mkdirSync(dirs.xdgRuntimeDir, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(root, 'pid'), `${process.pid}\n`);
  // VS Code puts IPC sockets into TMPDIR/XDG_RUNTIME_DIR; unix socket paths are limited to 107 bytes.
  if (dirs.xdgRuntimeDir.length > 50) {
    log(`warning: run folder path is long (${dirs.xdgRuntimeDir}); VS Code's socket paths may exceed 107 bytes`);
  }
  return dirs;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes kept run folders of finished processes, keeping the newest few for debugging. */
function pruneOldRuns(keep = 5): void {
  let entries: { dir: string; mtime: number }[] = [];
  try {
    entries = fs
      .readdirSync(RUNS_DIR, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => {
        const dir = path.join(RUNS_DIR, e.name);
        return { dir, mtime: fs.statSync(dir).mtimeMs };
      })
      .sort((a, b) => b.mtime - a.mtime);
  } catch {
    return;
  }
  for (const { dir } of entries.slice(keep)) {
    let pid = NaN;
    try {
      pid = Number.parseInt(fs.readFileSync(path.join(dir, 'pid'), 'utf8'), 10);
    } catch {
      // no pid file: not a live run
    }
    if (Number.isInteger(pid) && isAlive(pid)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function removeRunDirs(dirs: RunDirs): void {
  fs.rmSync(dirs.root, { recursive: true, force: true, maxRetries: 3 });
}

/** Environment for every process of a run: temp files stay in the run folder, and the marker. */
export function runEnv(dirs: RunDirs, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    // Variables of an enclosing VS Code (its terminal, IPC hooks) would confuse the server.
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') continue;
    env[key] = value;
  }
  return {
    // No extension gallery: offline, code-server's default (open-vsx) only logs ENOTFOUND errors.
    EXTENSIONS_GALLERY: '{}',
    ...env,
    ...extra,
    TMPDIR: dirs.tmpDir,
    TMP: dirs.tmpDir,
    TEMP: dirs.tmpDir,
    XDG_RUNTIME_DIR: dirs.xdgRuntimeDir,
    // code-server writes logs and a heartbeat to $XDG_DATA_HOME/code-server, VS Code a device id to
    // $XDG_CACHE_HOME, chromium crash reports to $XDG_CONFIG_HOME/chromium: keep them out of $HOME.
    XDG_DATA_HOME: path.join(dirs.root, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(dirs.root, 'xdg-config'),
    XDG_CACHE_HOME: path.join(dirs.root, 'xdg-cache'),
    XDG_STATE_HOME: path.join(dirs.root, 'xdg-state'),
    [RUN_MARKER_VAR]: dirs.id,
  };
}

// ---------------------------------------------------------------------------------------------
// Settings
// ---------------------------------------------------------------------------------------------

/** Parses a JSON object from an environment variable (e.g. OUTREACH_TEST_USER_SETTINGS). */
export function settingsFromEnv(name: string): Record<string, unknown> {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (err) {
    throw new Error(`${name} is not valid JSON: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${name} must hold a JSON object of settings`);
  }
  return parsed as Record<string, unknown>;
}

/** Writes <user-data-dir>/User/settings.json (code-server keeps the web user's settings there). */
export function writeUserSettings(dirs: RunDirs, ...layers: Record<string, unknown>[]): Record<string, unknown> {
  const settings = Object.assign({}, DEFAULT_USER_SETTINGS, ...layers) as Record<string, unknown>;
  const userDir = path.join(dirs.userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);
  return settings;
}

// ---------------------------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------------------------

/** A port on 127.0.0.1 that was free a moment ago. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not get a free port'))));
    });
  });
}

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:PORT */
  baseUrl: string;
  /** 127.0.0.1:PORT, the authority that vscode-remote URIs in the payload must use. */
  authority: string;
  process: ChildProcess;
  /** Resolves with the exit code when code-server exits, for whatever reason. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

export interface StartCodeServerOptions {
  dirs: RunDirs;
  /** Keep VS Code's workspace trust feature on (drops --disable-workspace-trust). */
  workspaceTrust?: boolean;
  env?: NodeJS.ProcessEnv;
  /** Echo code-server's output to stdout (it is always written to the run's code-server.log). */
  echo?: boolean;
  healthTimeoutMs?: number;
}

function codeServerArgs(dirs: RunDirs): string[] {
  return ['--config', dirs.configFile, '--user-data-dir', dirs.userDataDir, '--extensions-dir', dirs.extensionsDir];
}

function writeCodeServerConfig(dirs: RunDirs, port: number): void {
  // Also passed as flags; a config file of our own stops code-server writing one into $HOME.
  fs.writeFileSync(dirs.configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
}

function tailOf(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function waitForHealthz(baseUrl: string, exited: Promise<number | null>, timeoutMs: number): Promise<void> {
  let hasExited = false;
  void exited.then(() => {
    hasExited = true;
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited) throw new Error('code-server exited before it became healthy');
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(100);
  }
  throw new Error(`code-server did not answer ${baseUrl}/healthz within ${timeoutMs} ms`);
}

export async function startCodeServer(options: StartCodeServerOptions): Promise<CodeServer> {
  assertCodeServerInstalled();
  const { dirs } = options;
  let lastError: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await findFreePort();
    writeCodeServerConfig(dirs, port);
    const args = [
      CODE_SERVER_ENTRY,
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
      '--ignore-last-opened',
      '--disable-getting-started-override',
      ...codeServerArgs(dirs),
    ];
    const out = fs.openSync(dirs.codeServerLog, 'a');
    const child = spawn(process.execPath, args, {
      cwd: dirs.root,
      env: runEnv(dirs, options.env),
      // Own process group, so stop() reaches the extension host, pty host and watchers too.
      detached: true,
      stdio: ['ignore', options.echo ? 'pipe' : out, options.echo ? 'pipe' : out],
    });
    if (options.echo) {
      const forward = (chunk: Buffer): void => {
        fs.writeSync(out, chunk);
        process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '[code-server] '));
      };
      child.stdout?.on('data', forward);
      child.stderr?.on('data', forward);
    }
    const exited = new Promise<number | null>((resolve) => {
      child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)));
      child.once('error', () => resolve(null));
    });
    void exited.then(() => fs.closeSync(out));
    const baseUrl = `http://127.0.0.1:${port}`;
    const server: CodeServer = {
      port,
      baseUrl,
      authority: `127.0.0.1:${port}`,
      process: child,
      exited,
      stop: async () => {
        await stopProcessGroup(child, exited);
      },
    };
    try {
      await waitForHealthz(baseUrl, exited, options.healthTimeoutMs ?? 60_000);
      return server;
    } catch (err) {
      lastError = err;
      await server.stop();
      const tail = tailOf(dirs.codeServerLog);
      if (/EADDRINUSE/.test(tail) && attempt < 3) {
        log(`port ${port} was taken, trying another`);
        continue;
      }
      throw new Error(`${(err as Error).message}\n--- code-server.log (tail) ---\n${tail}`);
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

async function stopProcessGroup(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const signalGroup = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup('SIGTERM');
    await Promise.race([exited, delay(5000)]);
  }
  // The leader may be gone while children of its group linger: always sweep the group.
  signalGroup('SIGKILL');
}

/** Installs .vsix files into the run's extensions folder with code-server's CLI (offline, ~1 s each). */
export function installVsix(dirs: RunDirs, vsixFiles: string[]): void {
  assertCodeServerInstalled();
  if (!fs.existsSync(dirs.configFile)) writeCodeServerConfig(dirs, 0);
  for (const file of vsixFiles) {
    const vsix = path.resolve(file);
    if (!fs.existsSync(vsix)) throw new Error(`.vsix not found: ${vsix}`);
    const started = Date.now();
    const result = spawnSync(
      process.execPath,
      [CODE_SERVER_ENTRY, ...codeServerArgs(dirs), '--force', '--install-extension', vsix],
      { cwd: dirs.root, env: runEnv(dirs), encoding: 'utf8', timeout: 120_000 },
    );
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    if (result.status !== 0 || !/successfully installed/i.test(output)) {
      throw new Error(`installing ${vsix} failed (exit ${result.status ?? result.signal}):\n${output}`);
    }
    log(`installed ${path.basename(vsix)} into the run's extensions folder in ${Date.now() - started} ms`);
  }
}

/** Extension ids (publisher.name, lower case) found in an extensions folder. */
export function installedExtensionIds(extensionsDir: string): string[] {
  const ids: string[] = [];
  for (const entry of fs.readdirSync(extensionsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const id = extensionIdOf(path.join(extensionsDir, entry.name));
    if (id) ids.push(id);
  }
  return ids;
}

/** publisher.name of an extension folder (lower case), or undefined without a usable package.json. */
export function extensionIdOf(extensionDir: string): string | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8')) as {
      publisher?: unknown;
      name?: unknown;
    };
    if (typeof manifest.publisher === 'string' && typeof manifest.name === 'string') {
      return `${manifest.publisher}.${manifest.name}`.toLowerCase();
    }
  } catch {
    // not an extension folder
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------------------------

export interface LaunchBrowserOptions {
  viewport?: { width: number; height: number };
}

export async function launchBrowser(dirs: RunDirs, options: LaunchBrowserOptions = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dirs.browserProfile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    env: runEnv(dirs),
    viewport: options.viewport ?? { width: 1400, height: 900 },
    // Our own handlers clean up code-server and the browser together.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    timeout: 60_000,
  });
}

// ---------------------------------------------------------------------------------------------
// Workbench URL
// ---------------------------------------------------------------------------------------------

function remoteUri(authority: string, fsPath: string): string {
  const posix = path.resolve(fsPath).split(path.sep).join('/');
  return `vscode-remote://${authority}${posix.split('/').map(encodeURIComponent).join('/')}`;
}

export interface WorkbenchUrlOptions {
  /** A folder, or a .code-workspace file, to open. */
  workspace?: string;
  extensionDevelopmentPaths?: string[];
  extensionTestsPath?: string;
}

/**
 * http://127.0.0.1:PORT/?folder=<abs>&payload=<json>. The payload's vscode-remote authority must
 * equal the page's host:port exactly, or the workbench does not map the paths onto the server.
 */
export function workbenchUrl(server: CodeServer, options: WorkbenchUrlOptions): string {
  const payload: [string, string][] = [];
  for (const dev of options.extensionDevelopmentPaths ?? []) {
    payload.push(['extensionDevelopmentPath', remoteUri(server.authority, dev)]);
  }
  if (options.extensionTestsPath) {
    payload.push(['extensionTestsPath', remoteUri(server.authority, options.extensionTestsPath)]);
  }
  payload.push(['skipWelcome', 'true'], ['skipReleaseNotes', 'true']);
  const query: string[] = [];
  if (options.workspace) {
    const abs = path.resolve(options.workspace);
    const key = abs.endsWith('.code-workspace') ? 'workspace' : 'folder';
    query.push(`${key}=${encodeURIComponent(abs)}`);
  } else {
    query.push('ew=true');
  }
  query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  return `${server.baseUrl}/?${query.join('&')}`;
}

// ---------------------------------------------------------------------------------------------
// Process cleanup
// ---------------------------------------------------------------------------------------------

/** Every process (but this one) whose environment carries this run's marker. Linux only. */
export function findRunProcesses(runId: string): number[] {
  const marker = Buffer.from(`\0${RUN_MARKER_VAR}=${runId}\0`);
  const pids: number[] = [];
  let entries: string[];
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    return pids;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    try {
      const environ = Buffer.concat([Buffer.from([0]), fs.readFileSync(`/proc/${entry}/environ`)]);
      if (environ.includes(marker)) pids.push(pid);
    } catch {
      // gone, or not ours
    }
  }
  return pids;
}

/** SIGKILLs every leftover process of a run (code-server's children, chromium's helpers). */
export function killRunProcesses(runId: string): number {
  const pids = findRunProcesses(runId);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids.length;
}
