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
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
];
if (existsSync('src/extension.ts')) {
  targets.push(
    {
      name: 'extension (node)',
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/extension.cjs',
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode'],
    },
    {
      name: 'extension (browser)',
      entryPoints: ['src/extension.ts'],
      outfile: 'dist/web/extension.js',
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

// The phrase list ships as JSON beside the extension bundle: data, parsed faster than the same literal in code.
{
  const result = await build({ entryPoints: ['src/core/phrases/data/index.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false });
  const module = await import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].contents).toString('base64')}`);
  writeFileSync('dist/phrases.json', JSON.stringify(module.builtInPhrases));
  console.log(`built phrase list: dist/phrases.json (${module.builtInPhrases.length} phrases, ${(statSync('dist/phrases.json').size / 1024).toFixed(1)} KB)`);
}

for (const { name, ...options } of targets) {
  const result = await build({
    // yaml's "node" export is CommonJS that requires Node built-ins; its ESM build is the same parser without them.
    alias: { yaml: './node_modules/yaml/browser/index.js' },
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
