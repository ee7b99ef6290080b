import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParseRows } from 'd3-dsv';

/**
 * Campaign templates in the built binary: `--data` (and a template's own `data:`) checks each message for
 * each recipient row, and `render` writes the merged messages. Fixtures in test/fixtures/cli/templates:
 * prospects.csv has a byte-order mark, CRLF lines, quoted cells with commas, doubled quotes and a line
 * break (row 2 spans lines 3-4, so row 3 is on line 5), an empty first_name (row 3), a hook long enough to
 * put row 4 over the 200-character limit, and an empty company (row 5). ready.csv is the same without row 4.
 */

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(repo, 'dist/cli.js');
const fixtures = path.join(repo, 'test/fixtures/cli/templates');

let work: string;

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? work,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Row {
  number: number;
  line: number;
  values: Record<string, string>;
}
interface JsonMessage {
  ruleId: string | null;
  severity: number;
  line: number;
  message: string;
  row?: Row;
}
interface RenderedRow {
  row: number;
  line: number;
  values: Record<string, string>;
  messages: { index: number; title: string | null; text: string; length: number; limit: number | null }[];
}

function lintJson(args: string[]): { code: number | null; messages: JsonMessage[] } {
  const { code, stdout, stderr } = cli([...args, '--format', 'json']);
  assert.equal(stderr, '');
  const [report] = JSON.parse(stdout) as { messages: JsonMessage[] }[];
  assert.ok(report);
  return { code, messages: report.messages };
}

const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('CLI campaign templates (the built binary)', function () {
  this.timeout(60000);

  before(() => assert.ok(fs.existsSync(bin), 'run `npm run build` first'));
  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-templates-'));
    fs.cpSync(fixtures, work, { recursive: true });
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  describe('linting with recipients', () => {
    it("reads the front matter's data: relative to the file, and reports empty values per row with the row's number, CSV line and values", () => {
      fs.mkdirSync(path.join(work, 'elsewhere'));
      // Run from another directory: data: is relative to the template, not to the working directory.
      const { code, stdout, stderr } = cli([path.join('..', 'spring.outreach.md'), '--format', 'json'], { cwd: path.join(work, 'elsewhere') });
      assert.equal(stderr, '');
      assert.equal(code, 1);
      const [report] = JSON.parse(stdout) as { messages: JsonMessage[] }[];
      const empty = report?.messages.filter((m) => m.ruleId === 'empty-merge-value') ?? [];
      // first_name is used without a fallback in the second message only; company's empty row 5 has a fallback.
      assert.deepEqual(
        empty.map((m) => ({ line: m.line, row: m.row })),
        [{ line: 17, row: { number: 3, line: 5, values: { first_name: '', hook: 'Your write-up on idempotency keys saved us a week.' } } }],
      );
      assert.match(empty[0]?.message ?? '', /Row 3 \(line 5\) of prospects\.csv has no "first_name"/);
    });

    it('reads quoted cells with commas, doubled quotes and line breaks, a BOM and CRLF: row values come through whole', () => {
      const { messages } = lintJson(['spring.outreach.md']);
      const overRow = messages.find((m) => m.ruleId === 'over-limit' && m.row && m.line === 13);
      assert.deepEqual(overRow?.row, {
        number: 4,
        line: 6,
        values: {
          first_name: 'Kofi',
          hook: 'Your thread about migrating four hundred cron jobs to a workflow engine, one team at a time, over two quarters, was the clearest account of that work I have read anywhere.',
          company: 'Hooli',
        },
      });
      // No BOM in the first column's name: every row's values are keyed "first_name".
      for (const message of messages) if (message.row) assert.ok('first_name' in message.row.values, JSON.stringify(message.row));
    });

    it('an over-limit row is an error naming that row, and only that row', () => {
      const { code, messages } = lintJson(['spring.outreach.md']);
      assert.equal(code, 1);
      const rows = messages.filter((m) => m.ruleId === 'over-limit' && m.row).map((m) => [m.line, m.row?.number, m.severity]);
      assert.deepEqual(rows, [
        [13, 4, 2],
        [17, 4, 2],
      ]);
    });

    it('stylish prints the row after the message; SARIF adds it to the result text', () => {
      const stylish = cli(['spring.outreach.md']);
      assert.match(stylish.stdout, /^ {2}13:\d+ +error +270\/200 characters: .*\(row 4, CSV line 6\) {2}over-limit$/m);
      assert.match(stylish.stdout, /^ {2}17:1 +warning +Row 3 \(line 5\) of prospects\.csv has no "first_name".*\(row 3, CSV line 5\) {2}empty-merge-value$/m);
      const sarif = JSON.parse(cli(['spring.outreach.md', '--format', 'sarif']).stdout);
      const texts = sarif.runs[0].results.map((r: { message: { text: string } }) => r.message.text) as string[];
      assert.ok(texts.some((text) => /^270\/200 characters.*\(row 4, CSV line 6\)$/.test(text)), texts.join('\n'));
    });

    it('a field that is no column of the data is unknown-merge-field, an error for the template (no row)', () => {
      const { code, messages } = lintJson(['typo.outreach.md']);
      assert.equal(code, 1);
      const unknown = messages.filter((m) => m.ruleId === 'unknown-merge-field');
      assert.equal(unknown.length, 1);
      assert.equal(unknown[0]?.row, undefined);
      assert.match(unknown[0]?.message ?? '', /"team_size": not declared and not a column of ready\.csv/);
    });

    it('--data overrides the front matter for every file, named as typed', () => {
      const { code, messages } = lintJson(['spring.outreach.md', '--data', 'ready.csv']);
      assert.equal(code, 0, 'ready.csv has no over-limit row');
      assert.equal(messages.filter((m) => m.ruleId === 'over-limit').length, 0);
      const empty = messages.find((m) => m.ruleId === 'empty-merge-value');
      assert.match(empty?.message ?? '', /^Row 3 \(line 5\) of ready\.csv has no "first_name"/);
    });

    it('a CSV that cannot be read: exit 2, one line naming it, nothing on stdout', () => {
      assert.deepEqual(cli(['spring.outreach.md', '--data', 'nowhere.csv']), { code: 2, stdout: '', stderr: 'outreach-lint: Cannot read recipients file nowhere.csv: no such file\n' });
      fs.rmSync(path.join(work, 'prospects.csv'));
      assert.deepEqual(cli(['spring.outreach.md']), {
        code: 2,
        stdout: '',
        stderr: 'outreach-lint: Cannot read recipients file prospects.csv: no such file (named by data: in spring.outreach.md)\n',
      });
    });

    it('a CSV over the size limit: exit 2, naming the file and the limit, without reading it', () => {
      const big = path.join(work, 'big.csv');
      // Sparse: 21 MB on paper, nothing written; the CLI must refuse it on its size.
      fs.writeFileSync(big, '');
      fs.truncateSync(big, 21 * 1024 * 1024);
      const { code, stdout, stderr } = cli(['spring.outreach.md', '--data', 'big.csv']);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.equal(stderr, 'outreach-lint: Recipients file big.csv is 21.0 MB (22020096 bytes); the limit is 20.0 MB (20971520 bytes). Split it into smaller files.\n');
    });

    it('--jobs 2 prints what --jobs 1 prints with --data and with data:, in every format', () => {
      const dir = path.join(work, 'many');
      fs.mkdirSync(dir);
      const spring = fs.readFileSync(path.join(work, 'spring.outreach.md'), 'utf8');
      for (let i = 0; i < 12; i++) {
        // Half name their data relative to themselves (../prospects.csv), half are linted with --data.
        const text = spring.replace('data: prospects.csv', 'data: ../prospects.csv').replace('## Intro note', `## Intro note ${i}`).replace('limit: 200', `limit: ${180 + i * 5}`);
        fs.writeFileSync(path.join(dir, `c${String(i).padStart(2, '0')}.outreach.md`), text);
      }
      const anyText = { OUTREACH_LINT_BYTES_PER_WORKER: '0' };
      for (const args of [['--format', 'json'], [], ['--format', 'sarif'], ['--data', 'ready.csv', '--format', 'json'], ['--data', 'prospects.csv']]) {
        const one = cli(['many', ...args, '--jobs', '1']);
        const two = cli(['many', ...args, '--jobs', '2'], { env: anyText });
        assert.ok(one.stdout.includes('row'), `rows reported for ${args.join(' ')}`);
        assert.deepEqual(two, one, args.join(' '));
      }
    });
  });

  describe('render', () => {
    it('json: one entry per recipient with its values and each message merged, the spin rotating by row', () => {
      const { code, stdout, stderr } = cli(['render', 'spring.outreach.md', '--data', 'ready.csv']);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      const rows = JSON.parse(stdout) as RenderedRow[];
      assert.deepEqual(
        rows.map((r) => [r.row, r.line]),
        [
          [1, 2],
          [2, 3],
          [3, 5],
          [4, 6],
        ],
      );
      assert.deepEqual(rows[1]?.values, { first_name: 'Tomás', company: 'Globex', hook: 'Your post on ledger drift,\nand the fix with nightly diffs, was sharp.' });
      const intro = rows.map((r) => r.messages[0]?.text);
      assert.equal(intro[0], "Hi Ana, Your talk on \"boring\" retries stuck with me. We run the payouts ledger at Brightwell and would value your view on Acme, Inc.'s approach.");
      assert.match(intro[1] ?? '', /^Hello Tomás, Your post on ledger drift,\nand the fix/);
      // Row 3 has no first name (the fallback reads), row 4 no company (its fallback reads).
      assert.match(intro[2] ?? '', /^Hi there, /);
      assert.match(intro[3] ?? '', /^Hello Mei, .*your team's approach\.$/);
      assert.deepEqual(
        rows[0]?.messages.map(({ text: _text, ...rest }) => rest),
        [
          { index: 1, title: 'Intro note', length: intro[0]?.length, limit: 200 },
          { index: 2, title: 'After the meetup', length: rows[0]?.messages[1]?.text.length, limit: 200 },
        ],
      );
    });

    it('csv: the input columns then one per message, and it parses back to what json says (quotes, commas, line breaks)', () => {
      const csv = cli(['render', 'spring.outreach.md', '--data', 'ready.csv', '--format', 'csv']);
      assert.equal(csv.code, 0);
      const json = JSON.parse(cli(['render', 'spring.outreach.md', '--data', 'ready.csv']).stdout) as RenderedRow[];
      const [header, ...rows] = csvParseRows(csv.stdout.replace(/\n$/, ''));
      assert.deepEqual(header, ['first_name', 'company', 'hook', 'Intro note', 'After the meetup']);
      assert.equal(rows.length, json.length);
      rows.forEach((cells, i) => {
        const entry = json[i] as RenderedRow;
        assert.deepEqual(cells, [entry.values.first_name, entry.values.company, entry.values.hook, ...entry.messages.map((m) => m.text)]);
      });
      assert.ok(csv.stdout.includes('"Hi Ana, Your talk on ""boring"" retries'), 'doubled quotes inside a quoted cell');
    });

    it("uses the front matter's data: without --data, and --output writes a file, never the CSV", () => {
      const before = sha(path.join(work, 'ready.csv'));
      const out = cli(['render', 'typo.outreach.md', '--output', 'out.json']);
      assert.equal(out.code, 1, 'typo.outreach.md has an unknown field');
      assert.equal(fs.existsSync(path.join(work, 'out.json')), false, 'nothing written when refused');
      fs.writeFileSync(path.join(work, 'typo.outreach.md'), fs.readFileSync(path.join(work, 'typo.outreach.md'), 'utf8').replace('How does {{ team_size }} people keep', 'How do you keep'));
      const written = cli(['render', 'typo.outreach.md', '--output', 'out.json']);
      assert.equal(written.code, 0, written.stderr);
      assert.equal(written.stdout, '');
      assert.match(written.stderr, /4 recipients × 1 message written to out\.json/);
      assert.equal((JSON.parse(fs.readFileSync(path.join(work, 'out.json'), 'utf8')) as RenderedRow[]).length, 4);
      const self = cli(['render', 'typo.outreach.md', '--output', 'ready.csv', '--format', 'csv']);
      assert.equal(self.code, 2);
      assert.match(self.stderr, /is the recipients file; render never overwrites its input/);
      assert.equal(sha(path.join(work, 'ready.csv')), before);
    });

    it('refuses while a row has an error: exit 1, nothing on stdout, each error with its rule and row on stderr', () => {
      const { code, stdout, stderr } = cli(['render', 'spring.outreach.md', '--format', 'csv']);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /^spring\.outreach\.md:13:\d+ over-limit 270\/200 characters: .*\(row 4, CSV line 6\)$/m);
      assert.match(stderr, /^spring\.outreach\.md:17:\d+ over-limit 212\/200 characters: .*\(row 4, CSV line 6\)$/m);
      assert.match(stderr, /^outreach-lint render: refused, \d+ errors \(.*1 recipient's row\); nothing written\./m);
      // Warnings do not block, and are not listed as reasons.
      assert.doesNotMatch(stderr, /empty-merge-value/);
    });

    it('refuses on a template error, marked as the template', () => {
      const { code, stdout, stderr } = cli(['render', 'typo.outreach.md']);
      assert.equal(code, 1);
      assert.equal(stdout, '');
      assert.match(stderr, /^typo\.outreach\.md:8:\d+ unknown-merge-field Unknown field "team_size": .* \(template\)$/m);
      assert.match(stderr, /refused, 1 error \(1 in the template\)/);
    });

    it('without recipients, or with a bad argument: exit 2 with one line', () => {
      fs.writeFileSync(path.join(work, 'plain.outreach.md'), '## Ana\n\nAna, your post on retries was sharp.\n');
      const none = cli(['render', 'plain.outreach.md']);
      assert.equal(none.code, 2);
      assert.match(none.stderr, /^outreach-lint: render needs recipients: pass --data FILE\.csv/);
      assert.equal(cli(['render', 'spring.outreach.md', '--format', 'xml']).code, 2);
      assert.equal(cli(['render']).code, 2);
      assert.match(cli(['render', '--help']).stdout, /^Usage: outreach-lint render FILE/);
    });

    it('10,000 generated recipients: every row rendered, values where they belong', () => {
      const template = [
        '---',
        'template: liquid',
        'channel: linkedin-connect',
        'data: people.csv',
        '---',
        '',
        '## Note',
        '',
        '{Hi|Hello|Hey} {{ first_name | default: "there" }}, your post on {{ topic }} at {{ company | default: "your team" }} was sharp. Could I send you our notes?',
        '',
      ].join('\n');
      fs.writeFileSync(path.join(work, 'big.outreach.md'), template);
      const topics = ['retries', 'ledger drift', 'queue "back-pressure"', 'idempotency, keys and all', 'cron sprawl'];
      const lines = ['first_name,company,topic'];
      for (let i = 0; i < 10_000; i++) {
        const topic = topics[i % topics.length] as string;
        lines.push(`Person${i},${i % 97 === 0 ? '' : `Company ${i}`},${/[",]/.test(topic) ? `"${topic.replace(/"/g, '""')}"` : topic}`);
      }
      fs.writeFileSync(path.join(work, 'people.csv'), `${lines.join('\n')}\n`);
      const { code, stderr } = cli(['render', 'big.outreach.md', '--output', 'out.json']);
      assert.equal(code, 0, stderr);
      const rows = JSON.parse(fs.readFileSync(path.join(work, 'out.json'), 'utf8')) as RenderedRow[];
      assert.equal(rows.length, 10_000);
      const spot = rows[7776] as RenderedRow;
      assert.deepEqual([spot.row, spot.line], [7777, 7778]);
      // Row index 7776: spin option 7776 % 3 = 0 ("Hi"); topic 7776 % 5 = 1.
      assert.equal(spot.messages[0]?.text, 'Hi Person7776, your post on ledger drift at Company 7776 was sharp. Could I send you our notes?');
      // Row index 388: no company (388 = 4 × 97), option 388 % 3 = 1 ("Hello"), the topic with a comma (388 % 5 = 3).
      assert.equal(rows[388]?.messages[0]?.text, 'Hello Person388, your post on idempotency, keys and all at your team was sharp. Could I send you our notes?');
    });
  });

  it('--help names --data and render', () => {
    const help = cli(['--help']).stdout;
    assert.match(help, /--data <file\.csv> +recipients for every template linted/);
    assert.match(help, /outreach-lint render FILE \[--data FILE\.csv\] \[--format json\|csv\] \[--output FILE\]/);
  });
});
