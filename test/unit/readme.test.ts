import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInPhrases } from '../../src/core/index.js';

/**
 * The README shows what the CLI prints. Each ```console block there is run with the built CLI
 * (`dist/cli.js`, from `npm run build`) and must print exactly what the README says, so the README
 * cannot drift from the product.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');

interface ConsoleBlock {
  command: string;
  expected: string;
}

function consoleBlocks(markdown: string): ConsoleBlock[] {
  const blocks: ConsoleBlock[] = [];
  for (const match of markdown.matchAll(/^```console\n\$ (.*)\n([\s\S]*?)^```$/gm)) {
    blocks.push({ command: match[1] as string, expected: match[2] as string });
  }
  return blocks;
}

/** Runs the two shapes the README uses: `node dist/cli.js ARGS` and `printf 'TEXT' | node dist/cli.js ARGS`. */
function run(command: string): string {
  const piped = /^printf '([^']*)' \| (.*)$/.exec(command);
  const input = piped ? (piped[1] as string).replace(/\\n/g, '\n') : undefined;
  const words = (piped ? (piped[2] as string) : command).split(/ +/);
  assert.deepEqual(words.slice(0, 2), ['node', 'dist/cli.js'], `README command runs the built CLI: ${command}`);
  const result = spawnSync(process.execPath, words.slice(1), { cwd: repo, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  assert.equal(result.stderr, '', `no error output from: ${command}`);
  return result.stdout;
}

describe('README', () => {
  const blocks = consoleBlocks(readme);

  it('states the size of the phrase data and the number of its families as the data has them', () => {
    const stated = /The phrase rules read (\d[\d,]*) phrase patterns in (\d+) families/.exec(readme);
    assert.ok(stated, 'the sentence on the phrase data');
    assert.equal(Number((stated[1] as string).replace(/,/g, '')), builtInPhrases.length);
    assert.equal(Number(stated[2]), new Set(builtInPhrases.map((entry) => entry.category)).size);
  });

  it('shows the CLI at work, in stylish and JSON output', () => {
    assert.ok(blocks.some((b) => b.command.includes('examples/generic.outreach.md')), 'a stylish example');
    assert.ok(blocks.some((b) => b.command.includes('--format json')), 'a JSON example');
  });

  for (const block of blocks) {
    it(`prints what it says for: ${block.command.slice(0, 80)}`, () => {
      const actual = run(block.command);
      if (block.command.includes('--format json')) {
        const withoutPaths = (text: string) => (JSON.parse(text) as { filePath: string }[]).map(({ filePath, ...rest }) => ({ file: path.basename(filePath), ...rest }));
        assert.deepEqual(withoutPaths(actual), withoutPaths(block.expected));
      } else {
        assert.equal(actual.trimEnd(), block.expected.trimEnd());
      }
    });
  }
});
