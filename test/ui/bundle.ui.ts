// The extension bundle (package.json "browser": dist/extension.js, also behind "main") must run in a web worker: CommonJS that
// requires nothing but `vscode`, and no Node built-in module anywhere. A static look at the built file,
// then a load in a bare JavaScript context that has only what a worker has.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { REPO_ROOT } from './helpers.js';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { browser?: string };
// OUTREACH_WEB_BUNDLE checks another file (e.g. a bundle built elsewhere) against the same rules.
const bundlePath = path.resolve(REPO_ROOT, process.env['OUTREACH_WEB_BUNDLE'] ?? manifest.browser ?? 'dist/extension.js');

/** Node's built-in module names, with and without the node: prefix (fs, fs/promises, node:test, …). */
const BUILTINS = new Set(builtinModules.flatMap((name) => [name, name.replace(/^node:/, ''), `node:${name.replace(/^node:/, '')}`]));

describe('the bundle as a web extension (package.json "browser")', () => {
  let code = '';

  before(() => {
    assert.ok(manifest.browser, 'package.json names a browser entry');
    assert.ok(fs.existsSync(bundlePath), `${bundlePath} exists (run npm run build first)`);
    code = fs.readFileSync(bundlePath, 'utf8');
  });

  it('requires nothing but vscode, with literal names only', () => {
    const calls = [...code.matchAll(/(?<![\w$.])require\s*\(([^)]*)\)/g)].map((m) => (m[1] ?? '').trim());
    assert.ok(calls.length > 0, 'the CommonJS bundle requires vscode');
    const others = calls.filter((arg) => arg !== '"vscode"' && arg !== "'vscode'");
    assert.deepEqual(others, [], 'require() of anything but "vscode" (or of a computed name)');
    // `require` used other than as a call (passed around, typeof checks, require.resolve) would hide a load.
    // The word inside prose (a word list such as "represent require resonate") is data, not a reference.
    const inProse = (index: number) => /^[a-z \n]*$/.test(code.slice(Math.max(0, index - 20), index + 27));
    const bare = [...code.matchAll(/(?<![\w$.])require(?![\w$])(?!\s*\()/g)]
      .filter((m) => !inProse(m.index))
      .map((m) => code.slice(Math.max(0, m.index - 40), m.index + 40));
    assert.deepEqual(bare, [], 'require referenced other than as require("vscode")');
  });

  it('references no Node built-in module: no import of one, no node: specifier, no Node-only global', () => {
    const specifiers = [
      ...[...code.matchAll(/\bimport\s*\(\s*(["'`])([^"'`]+)\1/g)].map((m) => m[2] ?? ''),
      ...[...code.matchAll(/\bfrom\s*(["'])([^"']+)\1/g)].map((m) => m[2] ?? ''),
      ...[...code.matchAll(/\bimport\s*(["'])([^"']+)\1/g)].map((m) => m[2] ?? ''),
    ];
    assert.deepEqual(specifiers.filter((s) => BUILTINS.has(s)), [], 'imports of Node built-ins');
    assert.deepEqual([...code.matchAll(/["'`]node:[\w/]+["'`]/g)].map((m) => m[0]), [], 'node: specifiers');
    for (const global of ['__dirname', '__filename', 'process.env', 'process.platform', 'process.cwd', 'setImmediate(']) {
      assert.ok(!code.includes(global), `uses the Node-only global ${global}`);
    }
    // Buffer may only appear behind a feature test (yaml's binary tags: "either Buffer or atob is required").
    for (const match of code.matchAll(/\bBuffer\b/g)) {
      const around = code.slice(Math.max(0, match.index - 120), match.index + 60);
      assert.match(around, /typeof Buffer|Buffer or (atob|btoa)/, `unguarded Buffer use: …${around}…`);
    }
  });

  it('loads in a context with only worker globals and exports activate/deactivate', () => {
    const required: string[] = [];
    // A stand-in for the vscode API that answers every property, call and `new` with itself, enough for
    // the module's top level (enum lookups, CodeActionKind.append, …). esbuild's CommonJS interop copies
    // the module's own keys and inherits the rest from its prototype: hence getPrototypeOf.
    const anything: object = new Proxy(function () {}, {
      get: (_target, key) => (key === 'then' || typeof key === 'symbol' ? undefined : anything),
      apply: () => anything,
      construct: () => anything,
    });
    const vscodeStub = new Proxy({}, { get: () => anything, getPrototypeOf: () => anything });
    const module = { exports: {} as Record<string, unknown> };
    const context = vm.createContext({
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name);
        if (name !== 'vscode') throw new Error(`the web bundle required ${name}`);
        return vscodeStub;
      },
      console,
      // What a web worker offers (and what the bundle may use).
      TextEncoder,
      TextDecoder,
      URL,
      URLSearchParams,
      atob,
      btoa,
      queueMicrotask,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
      structuredClone,
      AbortController,
      Intl,
    });
    vm.runInContext(code, context, { filename: bundlePath, timeout: 10_000 });
    assert.equal(typeof module.exports['activate'], 'function');
    assert.equal(typeof module.exports['deactivate'], 'function');
    assert.ok(required.every((name) => name === 'vscode'), required.join(', '));
  });
});
