import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { builtInPhrases, createLinter, readRecipientTable, RULE_IDS, RULE_META, type RuleId, type TemplateData } from '../../src/core/index.js';
import { CATEGORIES_BY_RULE } from '../../src/core/rules/index.js';

/**
 * Keeps the rule pages in docs/rules honest: each page states its rule's metadata as the engine has it,
 * and every example block behaves as the page says when linted with the default configuration.
 */

const repoUrl = (path: string) => new URL(`../../../${path}`, import.meta.url);
const pagePath = (id: string) => `docs/rules/${id}.md`;

interface CodeBlock {
  info: string;
  body: string;
  /** One-based line of the opening fence, for messages. */
  line: number;
}

/** Fenced code blocks of a markdown page (``` or ~~~, closed by a fence of the same kind at least as long). */
function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: CodeBlock[] = [];
  let open: { fence: string; info: string; line: number; body: string[] } | undefined;
  lines.forEach((line, index) => {
    if (!open) {
      const start = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      if (start) open = { fence: start[1] as string, info: (start[2] as string).trim(), line: index + 1, body: [] };
      return;
    }
    const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (close && (close[1] as string)[0] === open.fence[0] && (close[1] as string).length >= open.fence.length) {
      blocks.push({ info: open.info, body: `${open.body.join('\n')}\n`, line: open.line });
      open = undefined;
      return;
    }
    open.body.push(line);
  });
  assert.equal(open, undefined, `unclosed code block starting on line ${open?.line}`);
  return blocks;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Phrase-list entries per category, as the docs' category tables state them. */
function phraseCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of builtInPhrases) counts.set(entry.category, (counts.get(entry.category) ?? 0) + 1);
  return counts;
}

describe('rule documentation', () => {
  it('every page in docs/rules belongs to a rule', () => {
    const pages = readdirSync(fileURLToPath(repoUrl('docs/rules/'))).filter((name) => name.endsWith('.md'));
    assert.deepEqual(
      pages.filter((name) => !(RULE_IDS as readonly string[]).includes(name.slice(0, -3))),
      [],
    );
  });

  for (const id of RULE_IDS) {
    describe(id, () => {
      const meta = RULE_META[id];
      const read = () => readFileSync(repoUrl(pagePath(id)), 'utf8');

      it('has a page, and its docsUrl points at it', () => {
        assert.ok(meta.docsUrl.endsWith(`docs/rules/${id}.md`), `docsUrl ${meta.docsUrl}`);
        const relative = meta.docsUrl.slice(meta.docsUrl.lastIndexOf('docs/rules/'));
        assert.ok(existsSync(repoUrl(relative)), `${relative} exists`);
      });

      it('starts with its id and states the metadata the engine has', () => {
        const page = read();
        assert.equal(page.split('\n')[0], `# ${id}`);
        const table = /^\| *Default severity *\| *Fixable[^|\n]*\| *Suggestions[^|\n]*\| *\n\|[-:| ]+\| *\n\| *(\w+) *\| *(\w+) *\| *(\w+) *\| *$/m.exec(page);
        assert.ok(table, 'the metadata table (Default severity | Fixable | Suggestions)');
        assert.deepEqual(
          { severity: table[1], fixable: table[2], suggestions: table[3] },
          { severity: meta.defaultSeverity, fixable: yesNo(meta.fixable), suggestions: yesNo(meta.hasSuggestions) },
        );
        for (const section of ['## Why', '## What it reports', '## Examples', '## Fixes and suggestions', '## Configuration']) {
          assert.ok(page.includes(`\n${section}\n`), `section "${section}"`);
        }
        assert.ok(page.includes(`{ "rules": { "${id}": `), 'shows the rule in .outreach-lint.json');
        assert.ok(page.includes(`"outreach.rules": { "${id}": `), 'shows the VS Code setting');
        assert.ok(page.includes(`<!-- outreach-lint-disable-next-line ${id} -->`), 'shows the inline comment');
      });

      const categories = CATEGORIES_BY_RULE[id];
      if (categories) {
        it('states the number of phrases per category as the data has them', () => {
          const page = read();
          const counts = phraseCounts();
          for (const category of categories) {
            const row = new RegExp(`^\\| *\`${category}\` *\\| *(\\d+) *\\|`, 'm').exec(page);
            assert.ok(row, `a table row for category ${category}`);
            assert.equal(Number(row[1]), counts.get(category), `phrases in category ${category}`);
          }
        });
      }

      it('has incorrect examples that the rule reports and correct ones it does not', () => {
        const all = codeBlocks(read());
        // A ```csv data [name]``` block gives the example right after it its recipients, as --data would.
        const dataFor = new Map<CodeBlock, TemplateData>();
        all.forEach((block, index) => {
          const csv = /^csv data(?: +(\S+))?$/.exec(block.info);
          const next = all[index + 1];
          if (!csv) return;
          assert.ok(next?.info.startsWith('outreach.md'), `the csv data block on line ${block.line} is followed by an outreach.md example`);
          if (next) dataFor.set(next, readRecipientTable(block.body, csv[1] ?? 'prospects.csv'));
        });
        const blocks = all.filter((block) => block.info.startsWith('outreach.md'));
        for (const block of blocks) {
          assert.ok(['outreach.md incorrect', 'outreach.md correct'].includes(block.info), `info string "${block.info}" on line ${block.line}`);
        }
        const incorrect = blocks.filter((block) => block.info === 'outreach.md incorrect');
        const correct = blocks.filter((block) => block.info === 'outreach.md correct');
        assert.ok(incorrect.length >= 1, 'at least one incorrect example');
        assert.ok(correct.length >= 1, 'at least one correct example');

        const linter = createLinter();
        const ruleFindings = (block: CodeBlock) => {
          const data = dataFor.get(block);
          const result = linter.lint(block.body, data ? { data } : {});
          assert.deepEqual(result.problems, [], `the example on line ${block.line} has no settings problems`);
          return result.findings.filter((finding) => finding.ruleId === (id as RuleId)).map((f) => `${f.message} [${block.body.slice(f.range.start, f.range.end)}]`);
        };
        for (const block of incorrect) {
          assert.ok(ruleFindings(block).length > 0, `the incorrect example on line ${block.line} is reported by ${id}`);
        }
        for (const block of correct) {
          assert.deepEqual(ruleFindings(block), [], `the correct example on line ${block.line} is not reported by ${id}`);
        }
      });
    });
  }
});
