// Bundles a suite that runs inside VS Code's extension host, which loads test modules with require():
// out/<suite>/index.cjs (the mocha entry point) and one .test.cjs per test file. Runs from any working
// directory.
//
//   node scripts/build-tests.mjs integration   test/integration: drives the extension's source build
//   node scripts/build-tests.mjs vsix          test/vsix: talks to the copy installed from the .vsix
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const SUITES = {
  // One integration test imports the editor's command helpers from src/, which bring the engine and
  // yaml with them; alias yaml to its ESM build as scripts/build.mjs does for the extension.
  integration: { alias: { yaml: './node_modules/yaml/browser/index.js' } },
  // Nothing of src/ is bundled except types, so a bug in the source cannot mask a broken package.
  vsix: {},
};

const suite = process.argv[2];
if (!suite || !Object.hasOwn(SUITES, suite)) {
  console.error(`usage: node scripts/build-tests.mjs <${Object.keys(SUITES).join('|')}>`);
  process.exit(2);
}

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const directory = path.join(repo, 'test', suite);
const outdir = path.join(repo, 'out', suite);
const entries = readdirSync(directory).filter((name) => name === 'index.ts' || name.endsWith('.test.ts'));
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: repo,
  entryPoints: entries.map((name) => path.join(directory, name)),
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
  ...SUITES[suite],
});
console.log(`built ${suite} suite: ${entries.length} files in ${path.relative(process.cwd(), outdir) || outdir}`);
