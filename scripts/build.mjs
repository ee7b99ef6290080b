// Bundles what ships: the CLI (Node), and the extension for desktop (Node) and the browser (web worker).
import { build } from 'esbuild';
import { readFileSync, mkdirSync, existsSync, writeFileSync, statSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = !process.argv.includes('--dev');
const define = { __OUTREACH_LINT_VERSION__: JSON.stringify(pkg.version) };
mkdirSync('dist', { recursive: true });

const targets = [
  {
    name: 'cli',
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    // CommonJS, like the extension: dist/package.json makes every .js in dist/ CommonJS (see the end of this file).
    format: 'cjs',
    target: 'node20',
    // version.ts reads import.meta only when no version is built in, and the bundle always has one.
    logOverride: { 'empty-import-meta': 'silent' },
    banner: { js: '#!/usr/bin/env node' },
  },
];
if (existsSync('src/extension.ts')) {
  targets.push(
    // One bundle for both extension hosts: the extension uses no Node API, so the web worker build runs
    // unchanged in the desktop's Node host, and the .vsix carries it once. See the end of this file.
    {
      name: 'extension (Node and web worker hosts)',
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'browser',
      format: 'cjs',
      target: 'es2022',
      external: ['vscode'],
      mainFields: ['browser', 'module', 'main'],
      // Web extensions run in a worker: no DOM, so packages must use their worker builds, not their DOM ones.
      conditions: ['worker'],
    },
  );
}

// The phrase list ships as JSON beside the extension bundle: data, parsed faster than the same literal in code,
// in the packed form of src/core/phrases/packed.ts (by field, recurring groups once), which zips smaller.
{
  const entry = "export { builtInPhrases } from './src/core/phrases/data/index.ts'; export { packPhraseList } from './src/core/phrases/packed.ts';";
  const result = await build({ stdin: { contents: entry, resolveDir: '.', loader: 'ts' }, bundle: true, format: 'esm', platform: 'neutral', write: false });
  const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
  writeFileSync('dist/phrases.json', JSON.stringify(module.packPhraseList(module.builtInPhrases)));
  console.log(`built phrase list: dist/phrases.json (${module.builtInPhrases.length} phrases, ${(statSync('dist/phrases.json').size / 1024).toFixed(1)} KB)`);
}

for (const { name, ...options } of targets) {
  const result = await build({
    // yaml's "node" export is CommonJS that requires Node built-ins; its ESM build is the same parser without them.
    // fdir (the CLI's, through tinyglobby) has an ESM build that calls createRequire(import.meta.url), which is
    // empty in the CommonJS bundles; its CommonJS build is the same code.
    alias: { yaml: './node_modules/yaml/browser/index.js', fdir: './node_modules/fdir/dist/index.cjs' },
    bundle: true,
    minify: production,
    sourcemap: production ? false : 'linked',
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    define,
    ...options,
  });
  const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(`built ${name}: ${options.outfile} (${(bytes / 1024).toFixed(1)} KB)`);
}

// The entries that name the bundle. The web worker host loads "browser" only from a .js path, and treats the
// extension as ESM (which it cannot load) unless "main" ends in .cjs; Node reads a .js file in this
// "type": "module" package as ESM. So "browser" is dist/extension.js, made CommonJS by dist/package.json,
// and "main" is a one-line .cjs that requires it.
writeFileSync('dist/package.json', `${JSON.stringify({ type: 'commonjs' })}\n`);
if (existsSync('src/extension.ts')) {
  writeFileSync('dist/extension.cjs', "module.exports = require('./extension.js');\n");
}

