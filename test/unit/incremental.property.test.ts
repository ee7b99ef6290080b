/**
 * The incremental path must never change an answer: after every edit of a random sequence, the same
 * linter instance (its cache warm from the earlier versions) returns exactly what a fresh linter returns
 * for the edited text — findings with their ranges, messages, fixes and suggestions, messages, problems,
 * line starts — and `lintAsync` returns exactly what `lint` returns.
 *
 * Documents: front matter (sometimes broken or unclosed), a preamble, several `##` messages built from the
 * built-in stock phrases, specific sentences, placeholders, lists, code fences with `##` lines inside,
 * HTML blocks, settings comments and directives, some messages duplicated, LF or CRLF line endings.
 * Edits: insert, delete, replace and type over text at random offsets, plus edits aimed at the structure:
 * add or remove a `##` heading (split or merge messages, also without changing any offset), copy a
 * section, type into the front matter, open or close a fence or a comment.
 *
 * Fixed seed; on a failure fast-check prints the shrunk document and edit sequence.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { builtInPhrases, createLinter, type LintResult, type Linter, type LinterOptions } from '../../src/core/index.js';

const SEED = 20_240_611;
const RUNS = 200;

// ---------------------------------------------------------------------------------------------------
// Documents

const stockPhrase = fc.constantFrom(...builtInPhrases.map((entry) => entry.phrase));

const specific = fc.constantFrom(
  'Dana, your talk at Data Council on metric layers changed how we test.',
  'We moved 12 jobs to Dagster last spring and cut the backfill from 9 hours to 40 minutes.',
  'Could I ask how Fieldstone handled on-call for the forecasting pipeline?',
  'Inês Duarte said you rebuilt the churn model at Lumen Labs.',
  'Your post on data contracts named the exact trade-off we hit.',
  'Would 20 minutes on Thursday work?',
  'Thanks, Sam',
  'I',
  'me, myself and my team',
);

const inline = fc.constantFrom(
  '**bold words**',
  '*emphasis*',
  '`inline code`',
  '[your post](https://example.com/post)',
  '<https://example.org/a>',
  'sam@example.com',
  '&amp; &copy;',
  '\\*not emphasis\\*',
  '😀',
  'e\u0301',
  'עברית',
  '<b>bold</b>',
  '<br>',
);

const placeholder = fc.constantFrom('[Name]', '{{first_name}}', '{company}', '<Company>', 'TODO', 'insert hook here', '[x]', '[1]');

const sentence = fc.oneof(
  { weight: 4, arbitrary: stockPhrase },
  { weight: 3, arbitrary: specific },
  { weight: 1, arbitrary: inline },
  { weight: 1, arbitrary: placeholder },
  { weight: 1, arbitrary: fc.tuple(stockPhrase, inline, placeholder).map(([a, b, c]) => `${a} ${b} ${c}`) },
);

const paragraph = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', '. ', '\n'))
  .map(([sentences, joiner]) => sentences.join(joiner));

const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((item, i) => `${i + 1}. ${item}`).join('\n')) },
  { weight: 1, arbitrary: fc.tuple(stockPhrase, fc.constantFrom('```', '~~~', '````')).map(([p, fence]) => `${fence}text\n## not a heading\n${p}\n${fence}`) },
  { weight: 1, arbitrary: paragraph.map((p) => `> ${p}`) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<!-- outreach channel: email -->',
      '<!-- outreach: limit: 90; name: Jane Doe; company: Acme -->',
      '<!-- outreach channel: nowhere -->',
      '<!-- outreach-lint-disable-next-line stock-phrase -->',
      '<!-- outreach-lint-disable -->',
      '<!-- outreach-lint-enable -->',
      '<!-- outreach-lint-disable vague-ask filler -->',
      '<!-- outreach-lint-disable-line -->',
      '<!-- outreach-lint-disable-file duplicate-message -->',
      '<!-- outreach-lint-disable not-a-rule -->',
      '<!-- a note to self -->',
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('<div>\n## inside html\n</div>', '    ## indented code', '---', '***', 'Setext title\n===', '![image](https://example.com/i.png)', '[ref]: https://example.com') },
);

const heading = fc.constantFrom('Jane Doe — Acme', 'Leo Marchand | Brightwave', 'Priya', 'Dana Whitfield - Acme Analytics ##', '', 'Hi there', 'Marco Bianchi (Fieldstone)');

const message = fc.record({ heading, blocks: fc.array(block, { minLength: 0, maxLength: 3 }) });

const frontMatter = fc.constantFrom(
  '---\nchannel: email\n---\n',
  '---\nchannel: linkedin-connect\nplan: free\n---\n',
  '---\nrecipient:\n  name: Laura Kim\n  company: Duolingo\n---\n',
  '---\nsender:\n  name: Sam Rivera\nlimit: 150\n---\n',
  '---\nchannel: nowhere\n---\n',
  '---\nplan: [unclosed\n---\n',
  '---\nchannel: email\n',
  '---\n...\n',
);

const preamble = fc.constantFrom('# Campaign\n\nNotes, not a message.\n', 'Loose text before the first message.\n', '<!-- outreach-lint-disable filler -->\n', '# Title only\n');

const documentArb = fc
  .record({
    frontMatter: fc.option(frontMatter, { nil: undefined }),
    preamble: fc.option(preamble, { nil: undefined }),
    messages: fc.array(message, { minLength: 1, maxLength: 5 }),
    duplicates: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
    crlf: fc.boolean(),
  })
  .map(({ frontMatter: fm, preamble: pre, messages, duplicates, crlf }) => {
    const bodies = messages.map((m) => m.blocks.join('\n\n'));
    for (const [to, from] of duplicates) bodies[to % bodies.length] = bodies[from % bodies.length] as string;
    const sections = messages.map((m, i) => `## ${m.heading}\n\n${bodies[i]}\n`);
    const text = [fm ?? '', pre ?? '', ...sections].join('\n');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

// ---------------------------------------------------------------------------------------------------
// Edits

const snippet = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      'a', 'x', ' ', '.', '\n', '\n\n', '\r\n', '#', '## ', '\n## New Person — Co\n\n', '\n## \n', '\n# Part two\n', '```', '\n```\n', '~~~\n',
      '---\n', '\n---\n', '...\n', '<!--', '-->', '<!-- outreach channel: email -->\n', '<!-- outreach-lint-disable stock-phrase -->',
      '<!-- outreach-lint-enable -->', '<!-- outreach-lint-disable-next-line -->\n', '{{first_name}}', '[Name]', 'TODO', '- ', '1. ', '> ',
      '    ', '*', '_', '`', '[', '](https://example.com)', '<div>\n', '</div>\n', 'channel: email\n', 'plan: free\n', 'recipient:\n  name: Jo Ko\n',
      'limit: 80\n', '\u0000', 'é', '😀', '\\',
    ),
  },
  { weight: 2, arbitrary: stockPhrase.map((p) => ` ${p}. `) },
  { weight: 1, arbitrary: specific.map((s) => `${s}\n`) },
);

type Edit =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'replace'; at: number; length: number; text: string }
  | { kind: 'front'; at: number; text: string }
  | { kind: 'drop-heading'; which: number }
  | { kind: 'copy-section'; which: number; to: number }
  | { kind: 'split'; at: number; title: string }
  | { kind: 'retype'; at: number; text: string }
  | { kind: 'toggle-heading'; at: number };

const at = fc.nat({ max: 1_000_000 });
const length = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 12 }) }, { weight: 1, arbitrary: fc.integer({ min: 13, max: 400 }) });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at, text: snippet }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at, length }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('replace' as const), at, length, text: snippet }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('front' as const), at, text: snippet }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-heading' as const), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('copy-section' as const), which: fc.nat(), to: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('split' as const), at, title: heading }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('retype' as const), at, text: snippet }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('toggle-heading' as const), at }) },
);

/** Offsets of the lines that start with `## `. */
function headingLines(text: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf('## '); i !== -1; i = text.indexOf('## ', i + 1)) {
    if (i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r') starts.push(i);
  }
  return starts;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end + 1;
}

function applyEdit(text: string, e: Edit): string {
  const pos = (n: number) => n % (text.length + 1);
  switch (e.kind) {
    case 'insert':
      return text.slice(0, pos(e.at)) + e.text + text.slice(pos(e.at));
    case 'delete':
      return text.slice(0, pos(e.at)) + text.slice(pos(e.at) + e.length);
    case 'replace':
      return text.slice(0, pos(e.at)) + e.text + text.slice(pos(e.at) + e.length);
    case 'front': {
      // Typing near the top, where the front matter lives.
      const p = e.at % (Math.min(text.length, 80) + 1);
      return text.slice(0, p) + e.text + text.slice(p);
    }
    case 'drop-heading': {
      // Merges a message into the one before it.
      const lines = headingLines(text);
      if (lines.length === 0) return text;
      const start = lines[e.which % lines.length] as number;
      return text.slice(0, start) + text.slice(lineEnd(text, start));
    }
    case 'copy-section': {
      // A duplicate message, pasted before another one (or at the end).
      const lines = headingLines(text);
      if (lines.length === 0) return text;
      const i = e.which % lines.length;
      const start = lines[i] as number;
      const section = text.slice(start, lines[i + 1] ?? text.length);
      const to = e.to % (lines.length + 1);
      const target = to === lines.length ? text.length : (lines[to] as number);
      const joint = target === text.length && !/\n$/.test(text) ? '\n' : '';
      return text.slice(0, target) + joint + section + text.slice(target);
    }
    case 'retype':
      // Typing over text: the length stays, so every later offset stays too.
      return text.slice(0, pos(e.at)) + e.text + text.slice(pos(e.at) + e.text.length);
    case 'toggle-heading': {
      // A line becomes a heading or stops being one without changing length: later messages keep their
      // offsets but change their index.
      const lineStart = text.lastIndexOf('\n', pos(e.at) - 1) + 1;
      const head = text.slice(lineStart, lineStart + 3);
      if (head.length < 3) return text;
      return text.slice(0, lineStart) + (head === '## ' ? 'Hi ' : '## ') + text.slice(lineStart + 3);
    }
    case 'split': {
      // A new heading at the start of some line: one message becomes two.
      const p = pos(e.at);
      const lineStart = text.lastIndexOf('\n', p - 1) + 1;
      return `${text.slice(0, lineStart)}## ${e.title}\n${text.slice(lineStart)}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// The property

const linterOptions = fc.constantFrom<Partial<LinterOptions>>(
  {},
  // A tiny cache: entries are evicted and recomputed between (and during) lints.
  { cacheSize: 1 },
  { cacheSize: 3 },
  { config: { rules: { 'duplicate-message': 'off', filler: 'error' } } },
  { config: { channels: { 'linkedin-connect': { limit: 120 } }, allowedPhrases: ['hope this message finds you well'] } },
  { config: { defaultChannel: 'email' } },
);

const step = fc.record({ edit, warmFirst: fc.constantFrom<'lint' | 'lintAsync'>('lint', 'lintAsync'), freshAsync: fc.boolean(), budgetMs: fc.constantFrom(0, 8) });

function snapshot(result: LintResult) {
  return { findings: result.findings, messages: result.messages, problems: result.problems, lineStarts: result.lineStarts };
}

function same(actual: LintResult, expected: LintResult, what: string, text: string): void {
  try {
    assert.deepStrictEqual(snapshot(actual), snapshot(expected));
  } catch (error) {
    const message = (error as Error).message.split('\n').slice(0, 40).join('\n');
    throw new Error(`${what} differs from a fresh linter's lint of ${JSON.stringify(text)}\n${message}`);
  }
}

async function run(linter: Linter, how: 'lint' | 'lintAsync', text: string, budgetMs: number): Promise<LintResult> {
  return how === 'lint' ? linter.lint(text) : linter.lintAsync(text, { budgetMs });
}

describe('incremental linting (property)', function () {
  this.timeout(120_000);

  it('after random edits, a warm linter returns what a fresh one returns, through lint and lintAsync', async () => {
    await fc.assert(
      fc.asyncProperty(documentArb, linterOptions, fc.array(step, { minLength: 1, maxLength: 3 }), async (initial, options, steps) => {
        const warm = createLinter(options);
        let text = initial;
        warm.lint(text);
        for (const [index, { edit: e, warmFirst, freshAsync, budgetMs }] of steps.entries()) {
          text = applyEdit(text, e);
          const fresh = createLinter(options);
          const expected = freshAsync ? await fresh.lintAsync(text, { budgetMs }) : fresh.lint(text);
          // The first call meets the edit with the cache of the previous version; the second, with the cache the first one left.
          const warmSecond = warmFirst === 'lint' ? 'lintAsync' : 'lint';
          same(await run(warm, warmFirst, text, budgetMs), expected, `after edit ${index + 1} (${e.kind}), the warm linter's ${warmFirst}`, text);
          same(await run(warm, warmSecond, text, budgetMs), expected, `after edit ${index + 1} (${e.kind}), the warm linter's ${warmSecond}`, text);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('the generated edits reach the structure: headings come and go, messages split and merge', () => {
    // Guards the generators: a property that never splits a message would prove little.
    const counts = new Set<string>();
    fc.assert(
      fc.property(documentArb, fc.array(edit, { minLength: 1, maxLength: 5 }), (initial, edits) => {
        const before = headingLines(initial).length;
        const after = headingLines(edits.reduce(applyEdit, initial)).length;
        counts.add(after > before ? 'more' : after < before ? 'fewer' : 'same');
      }),
      { seed: SEED, numRuns: RUNS },
    );
    assert.deepEqual([...counts].sort(), ['fewer', 'more', 'same']);
  });
});
