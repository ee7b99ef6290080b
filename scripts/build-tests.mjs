// Bundles the integration suite for VS Code's extension host, which loads test modules with require():
// index.cjs (the mocha entry point) and one .test.cjs per test file.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

const directory = 'test/integration';
const entries = readdirSync(directory).filter((name) => name === 'index.ts' || name.endsWith('.test.ts'));
rmSync('out/integration', { recursive: true, force: true });
await build({
  entryPoints: entries.map((name) => `${directory}/${name}`),
  outdir: 'out/integration',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  logLevel: 'warning',
});
console.log(`built integration suite: ${entries.length} files in out/integration`);
