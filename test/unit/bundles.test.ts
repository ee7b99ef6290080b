import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Nothing leaves the machine: the bundles that ship (as built by `npm run build`, which `npm test` runs
 * first) load no network module, call no network API and carry no telemetry. The check reads the
 * bundled code itself, dependencies included, so a dependency that starts phoning home fails it too.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The modules each bundle may load; everything else is bundled in or must not be there at all. */
const BUNDLES: { file: string; allowed: readonly string[] }[] = [
  // worker_threads: --jobs runs the CLI's own bundle on worker threads (see src/cli/parallel.ts).
  { file: 'dist/cli.js', allowed: ['fs', 'path', 'url', 'util', 'process', 'module', 'os', 'tty', 'worker_threads'] },
  // The extension's one bundle also runs in a web worker: only the vscode API, nothing from Node.
  { file: 'dist/extension.js', allowed: ['vscode'] },
];

/** Module specifiers in bundled code: static and dynamic imports, require calls, side-effect imports. */
function loadedModules(code: string): string[] {
  const found = new Set<string>();
  const patterns = [/\bfrom\s*["']([^"'\s]{1,80})["']/g, /\brequire\(\s*["']([^"'\s]{1,80})["']\s*\)/g, /\bimport\(\s*["']([^"'\s]{1,80})["']\s*\)/g, /\bimport\s*["']([^"'\s]{1,80})["']/g];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      const specifier = match[1] as string;
      // Prose in bundled strings ("… from "a" to "b" …") is not a module specifier.
      if (/^(?:node:)?[@a-z][\w./@-]*$/i.test(specifier)) found.add(specifier.replace(/^node:/, ''));
    }
  }
  return [...found].sort();
}

/** Network modules and APIs of Node, browsers and web workers, and telemetry libraries. */
const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns', 'undici', 'child_process', 'worker_threads', 'inspector'];
const NETWORK_APIS: { name: string; pattern: RegExp }[] = [
  { name: 'fetch()', pattern: /(?<![\w$.])fetch\s*\(|\.fetch\s*\(/ },
  { name: 'XMLHttpRequest', pattern: /\bXMLHttpRequest\b/ },
  { name: 'WebSocket', pattern: /\bWebSocket\b/ },
  { name: 'EventSource', pattern: /\bEventSource\b/ },
  { name: 'navigator.sendBeacon', pattern: /\bsendBeacon\b/ },
  { name: 'importScripts', pattern: /\bimportScripts\b/ },
  { name: 'RTCPeerConnection', pattern: /\bRTCPeerConnection\b/ },
  { name: 'process.binding', pattern: /\bprocess\.binding\b/ },
  { name: 'VS Code telemetry', pattern: /createTelemetryLogger|TelemetryReporter|extension-telemetry|applicationinsights|telemetry\.[a-z]/i },
];
/** Hosts that URLs in the bundles may name: documentation links and schema identifiers, never fetched. */
const URL_HOSTS = ['github.com', 'json.schemastore.org'];

describe('built bundles: nothing leaves the machine', () => {
  for (const { file, allowed } of BUNDLES) {
    describe(file, () => {
      let code = '';
      before(() => {
        const full = path.join(repo, file);
        assert.ok(fs.existsSync(full), `${file} is missing: run \`npm run build\` first`);
        code = fs.readFileSync(full, 'utf8');
      });

      it('loads only the modules it needs, none of them a network module', () => {
        const modules = loadedModules(code);
        assert.deepEqual(modules.filter((m) => NETWORK_MODULES.includes(m.split('/')[0] as string) && !allowed.includes(m)), [], 'network modules');
        assert.deepEqual(modules.filter((m) => !allowed.includes(m)), [], `modules beyond ${allowed.join(', ')}`);
      });

      it('calls no network API and carries no telemetry', () => {
        const used = NETWORK_APIS.filter(({ pattern }) => pattern.test(code)).map(({ name }) => {
          const at = code.search(NETWORK_APIS.find((api) => api.name === name)?.pattern as RegExp);
          return `${name}: …${code.slice(Math.max(0, at - 60), at + 60)}…`;
        });
        assert.deepEqual(used, []);
      });

      it('names no URL outside the documentation hosts', () => {
        const hosts = new Set<string>();
        for (const match of code.matchAll(/\b(?:https?|wss?):\/\/([a-z0-9.-]+)/gi)) hosts.add((match[1] as string).toLowerCase());
        assert.deepEqual([...hosts].filter((host) => !URL_HOSTS.includes(host)), []);
      });
    });
  }

  it('the checks catch what they look for', () => {
    assert.deepEqual(loadedModules('import{get as a}from"node:https";const b=require("net");import("undici");import"http2"'), ['http2', 'https', 'net', 'undici']);
    for (const sample of ['await fetch("x")', 'globalThis.fetch(u)', 'new XMLHttpRequest', 'new WebSocket(u)', 'navigator.sendBeacon(u)', 'vscode.env.createTelemetryLogger(s)']) {
      assert.ok(NETWORK_APIS.some(({ pattern }) => pattern.test(sample)), sample);
    }
    // A method of the bundled markdown parser named like fetch is no network call.
    assert.ok(!NETWORK_APIS.some(({ pattern }) => pattern.test('const prefetch = 1; this.fetcher(x)')));
  });
});
