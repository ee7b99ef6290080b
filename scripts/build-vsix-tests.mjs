// Bundles the suites that run against the installed .vsix (test/vsix) for VS Code's extension host,
// which loads test modules with require(): out/vsix/index.cjs (the mocha entry point) and one
// .test.cjs per test file. Modelled on scripts/build-tests.mjs; runs from any working directory.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const directory = path.join(repo, 'test/vsix');
const outdir = path.join(repo, 'out/vsix');
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
  // The tests talk to the installed extension through VS Code's API only: nothing of src/ is bundled
  // except types, so a bug in the source cannot mask a broken package.
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`built vsix suites: ${entries.length} files in ${path.relative(process.cwd(), outdir) || outdir}`);
