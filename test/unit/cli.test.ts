import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RULE_IDS } from '../../src/core/index.js';

/** The real binary, as built by `npm run build`, on copies of the fixtures. */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bin = path.join(repo, 'dist/cli.js');
const fixtures = path.join(repo, 'test/fixtures/cli');

let work: string;

function cli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string>; nodeArgs?: string[] } = {}) {
  const result = spawnSync(process.execPath, [...(options.nodeArgs ?? []), bin, ...args], {
    cwd: options.cwd ?? work,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface JsonMessage {
  ruleId: string | null;
  severity: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fix?: { range: [number, number]; text: string };
}
interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
}

describe('CLI (the built binary)', function () {
  this.timeout(30000);

  before(() => {
    assert.ok(fs.existsSync(bin), 'run `npm run build` first');
  });
  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-cli-'));
    fs.cpSync(fixtures, work, { recursive: true });
  });
  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  describe('formats', () => {
    it('stylish lists each problem with position, severity, message and rule, then a summary', () => {
      const { code, stdout, stderr } = cli(['errors.outreach.md']);
      assert.equal(code, 1);
      assert.equal(stderr, '');
      assert.match(stdout, /^errors\.outreach\.md$/m);
      assert.match(stdout, /^ {2}7:1 +error +"I'd like to add you to my professional network on LinkedIn" is LinkedIn's default invitation text\..* {2}default-invitation$/m);
      assert.match(stdout, /^ {2}11:14 +warning +"synergy" is a buzzword\..* {2}stock-phrase$/m);
      assert.match(stdout, /^ {2}11:29 +error +"\[Topic\]" is an unfilled placeholder\..* {2}unfilled-placeholder$/m);
      // Six rows: two errors, three warnings and one info, which the summary counts with the warnings (ESLint's two levels).
      assert.equal(stdout.match(/^ {2}\d+:\d+ +(error|warning|info) /gm)?.length, 6);
      assert.equal(stdout.match(/^ {2}\d+:\d+ +warning /gm)?.length, 3);
      assert.match(stdout, /\n✖ 6 problems \(2 errors, 4 warnings\)\n/);
    });

    it('json is ESLint-compatible with 1-based positions and exclusive end columns', () => {
      const { code, stdout } = cli(['errors.outreach.md', '--format', 'json']);
      assert.equal(code, 1);
      const [result] = JSON.parse(stdout) as JsonResult[];
      assert.ok(result);
      assert.equal(result.filePath, path.join(work, 'errors.outreach.md'));
      const invitation = result.messages.find((m) => m.ruleId === 'default-invitation');
      assert.deepEqual(
        invitation && { line: invitation.line, column: invitation.column, endLine: invitation.endLine, endColumn: invitation.endColumn, severity: invitation.severity },
        { line: 7, column: 1, endLine: 7, endColumn: 59, severity: 2 },
      );
      const info = result.messages.find((m) => m.ruleId === 'missing-recipient-name');
      assert.equal(info?.severity, 1, 'info is severity 1');
      assert.equal(result.errorCount, result.messages.filter((m) => m.severity === 2).length);
      assert.equal(result.warningCount, result.messages.filter((m) => m.severity === 1).length);
      for (const message of result.messages) assert.ok(message.ruleId === null || (RULE_IDS as readonly string[]).includes(message.ruleId));
    });

    it('json carries fixes as { range, text } over the file text', () => {
      const { stdout } = cli(['fixable.outreach.md', '--format', 'json']);
      const [result] = JSON.parse(stdout) as JsonResult[];
      const text = fs.readFileSync(path.join(work, 'fixable.outreach.md'), 'utf8');
      const placeholder = result?.messages.find((m) => m.ruleId === 'unfilled-placeholder');
      assert.ok(placeholder?.fix);
      assert.equal(text.slice(placeholder.fix.range[0], placeholder.fix.range[1]), '[Company]');
      assert.equal(placeholder.fix.text, 'Acme');
    });

    it('sarif 2.1.0 lists every rule with its docs URL and reports results with regions', () => {
      const { code, stdout } = cli(['errors.outreach.md', '--format', 'sarif']);
      assert.equal(code, 1);
      const log = JSON.parse(stdout);
      assert.equal(log.version, '2.1.0');
      const driver = log.runs[0].tool.driver;
      assert.deepEqual(driver.rules.map((r: { id: string }) => r.id).sort(), [...RULE_IDS].sort());
      for (const rule of driver.rules) assert.match(rule.helpUri, /docs\/rules\/[a-z-]+\.md$/);
      const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'default-invitation');
      assert.equal(result.level, 'error');
      assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 7, startColumn: 1, endLine: 7, endColumn: 59 });
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'errors.outreach.md');
      assert.equal(driver.rules[result.ruleIndex].id, 'default-invitation');
    });
  });

  describe('exit codes', () => {
    it('0 for a clean file, with no output', () => {
      const { code, stdout } = cli(['clean.outreach.md']);
      assert.equal(code, 0);
      assert.equal(stdout, '');
    });

    it('0 for warnings only, 1 when they exceed --max-warnings', () => {
      assert.equal(cli(['warnings.outreach.md']).code, 0);
      // The file has exactly two warnings: two are allowed, one is not.
      assert.equal(cli(['warnings.outreach.md', '--max-warnings', '2']).code, 0);
      const over = cli(['warnings.outreach.md', '--max-warnings', '1']);
      assert.equal(over.code, 1);
      assert.match(over.stderr, /too many warnings \(maximum: 1\)/);
    });

    for (const [name, args, message] of [
      ['an unknown option', ['--frobnicate'], /Unknown option '--frobnicate'/],
      ['an unknown format', ['--format', 'xml', 'clean.outreach.md'], /Unknown format "xml"/],
      ['a missing file', ['nope.outreach.md'], /No such file or directory: nope\.outreach\.md/],
      ['a glob that matches nothing', ['**/*.nothing.md'], /No files matching the pattern/],
      ['a bad --max-warnings', ['--max-warnings', 'lots', 'clean.outreach.md'], /--max-warnings takes a whole number/],
      ['--stdin-filename without --stdin', ['--stdin-filename', 'x.outreach.md'], /--stdin-filename needs --stdin/],
      ['a missing --config file', ['--config', 'missing.json', 'clean.outreach.md'], /Cannot read config file missing\.json: no such file/],
    ] as const) {
      it(`2 for ${name}, with one line on stderr and no stack trace`, () => {
        const { code, stdout, stderr } = cli([...args]);
        assert.equal(code, 2);
        assert.equal(stdout, '');
        assert.match(stderr, message);
        assert.equal(stderr.trim().split('\n').length, 1, stderr);
        assert.doesNotMatch(stderr, /\n\s+at /);
      });
    }

    it('2 for an unreadable file', () => {
      // Root reads files whatever their mode; /proc/self/mem is a file that fails to read for everyone.
      const asRoot = process.getuid?.() === 0 && fs.existsSync('/proc/self/mem');
      if (!asRoot) fs.chmodSync(path.join(work, 'clean.outreach.md'), 0o000);
      const target = asRoot ? '/proc/self/mem' : 'clean.outreach.md';
      const { code, stdout, stderr } = cli([target]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, asRoot ? /^outreach-lint: Cannot read .*proc\/self\/mem: E[A-Z]+\n$/ : /^outreach-lint: Cannot read clean\.outreach\.md: EACCES\n$/);
    });
  });

  describe('files', () => {
    it('a directory means its **/*.outreach.md files, sorted', () => {
      const { stdout } = cli(['dir', '--format', 'json']);
      const results = JSON.parse(stdout) as JsonResult[];
      assert.deepEqual(results.map((r) => path.relative(work, r.filePath)), ['dir/a.outreach.md', 'dir/nested/b.outreach.md']);
    });

    it('globs are expanded', () => {
      const { stdout } = cli(['*.outreach.md', '--format', 'json']);
      const names = (JSON.parse(stdout) as JsonResult[]).map((r) => path.basename(r.filePath));
      assert.deepEqual(names, ['bom.outreach.md', 'clean.outreach.md', 'crlf.outreach.md', 'errors.outreach.md', 'fixable.outreach.md', 'warnings.outreach.md']);
    });

    it('--stdin with --stdin-filename reports under that name', () => {
      const { code, stdout } = cli(['--stdin', '--stdin-filename', 'note.outreach.md', '--format', 'json'], { input: "I'd like to connect." });
      assert.equal(code, 1);
      const [result] = JSON.parse(stdout) as JsonResult[];
      assert.equal(result?.filePath, path.join(work, 'note.outreach.md'));
      assert.equal(result?.messages[0]?.ruleId, 'default-invitation');
    });
  });

  describe('--fix', () => {
    it('applies safe fixes, writes the file, and reports what remains', () => {
      const file = path.join(work, 'fixable.outreach.md');
      const { code, stdout } = cli(['fixable.outreach.md', '--fix', '--format', 'json']);
      // Two pleasantries in a specific note are padding and go; the last one left is manners and stays.
      assert.equal(fs.readFileSync(file, 'utf8'), '## Jane Doe — Acme\n\nHi Jane, I read your post on Acme\'s pricing. Have a great day!\n');
      const [result] = JSON.parse(stdout) as JsonResult[];
      assert.deepEqual(result?.messages.map((m) => m.ruleId), []);
      assert.equal(code, 0);
    });

    it('keeps CRLF line endings and a byte-order mark', () => {
      cli(['crlf.outreach.md', 'bom.outreach.md', '--fix']);
      assert.equal(fs.readFileSync(path.join(work, 'crlf.outreach.md'), 'utf8'), '## Jane Doe — Acme\r\n\r\nHi Jane, I read your post.\r\n');
      assert.equal(fs.readFileSync(path.join(work, 'bom.outreach.md'), 'utf8'), '\uFEFF## Jane Doe — Acme\n\nHi Jane, I read your post.\n');
    });

    it('leaves files without fixes untouched, and leaves no temporary files', () => {
      const file = path.join(work, 'errors.outreach.md');
      const past = new Date('2020-01-01T00:00:00Z');
      fs.utimesSync(file, past, past);
      const before = fs.readFileSync(file, 'utf8');
      cli(['errors.outreach.md', '--fix']);
      assert.equal(fs.readFileSync(file, 'utf8'), before);
      assert.equal(fs.statSync(file).mtimeMs, past.getTime());
      assert.deepEqual(fs.readdirSync(work).filter((name) => name.endsWith('.tmp')), []);
    });

    it('refuses --fix with --stdin', () => {
      const { code, stderr } = cli(['--stdin', '--fix'], { input: 'x' });
      assert.equal(code, 2);
      assert.match(stderr, /--fix cannot write to standard input/);
    });
  });

  describe('configuration', () => {
    it('--config switches rules off and changes severities', () => {
      const { stdout } = cli(['errors.outreach.md', '--config', 'rules-off.json', '--format', 'json']);
      const [result] = JSON.parse(stdout) as JsonResult[];
      const rules = result?.messages.map((m) => `${m.ruleId}:${m.severity}`);
      assert.ok(rules?.includes('default-invitation:1'));
      assert.ok(!rules?.some((r) => r.startsWith('stock-phrase') || r.startsWith('unfilled-placeholder')));
    });

    it('finds .outreach-lint.json by walking up from the working directory', () => {
      fs.copyFileSync(path.join(work, 'rules-off.json'), path.join(work, '.outreach-lint.json'));
      const { stdout } = cli(['../errors.outreach.md', '--format', 'json'], { cwd: path.join(work, 'dir') });
      const [result] = JSON.parse(stdout) as JsonResult[];
      assert.ok(!result?.messages.some((m) => m.ruleId === 'stock-phrase'));
    });

    it('invalid JSON: one clear message with the line, and the defaults apply', () => {
      const { code, stderr, stdout } = cli(['errors.outreach.md', '--config', 'bad-syntax.json', '--format', 'json']);
      assert.equal(code, 1);
      assert.match(stderr, /^outreach-lint: bad-syntax\.json: invalid JSON at line 2, column \d+: .*using the defaults$/m);
      const [result] = JSON.parse(stdout) as JsonResult[];
      assert.ok(result?.messages.some((m) => m.ruleId === 'stock-phrase'));
    });

    it('bad values are named by key; the rest of the config applies', () => {
      const { stderr, stdout } = cli(['errors.outreach.md', '--config', 'bad-values.json', '--format', 'json']);
      assert.match(stderr, /bad-values\.json: rules\.stock-phrase: expected one of error, warning, info, hint, off, got "loud"/);
      assert.match(stderr, /bad-values\.json: channels\.linkedin-connect\.limit: expected a limit between 1 and/);
      const [result] = JSON.parse(stdout) as JsonResult[];
      assert.ok(result?.messages.some((m) => m.ruleId === 'stock-phrase' && m.severity === 1), 'stock-phrase keeps its default');
    });

    it('front matter problems appear as messages without a rule id', () => {
      fs.writeFileSync(path.join(work, 'yaml.outreach.md'), '---\nchannel: [oops\n---\nJane, your talk was great.\n');
      const { stdout } = cli(['yaml.outreach.md', '--format', 'json']);
      const [result] = JSON.parse(stdout) as JsonResult[];
      const problem = result?.messages.find((m) => m.ruleId === null);
      assert.match(problem?.message ?? '', /front matter: invalid YAML on line 2: /);
      assert.equal(problem?.line, 2);
    });
  });

  describe('--jobs', () => {
    const workersFile = () => path.join(work, 'workers-started.txt');
    /** Node's Worker, counted: a preload that writes how many worker threads the CLI started when it exits. */
    const countWorkers = () => {
      const preload = path.join(work, 'count-workers.mjs');
      fs.writeFileSync(
        preload,
        `import fs from 'node:fs';
import threads from 'node:worker_threads';
if (threads.isMainThread) {
  const Original = threads.Worker;
  let started = 0;
  threads.Worker = class extends Original { constructor(...args) { super(...args); started++; } };
  process.on('exit', () => fs.writeFileSync(${JSON.stringify(workersFile())}, String(started)));
}
`,
      );
      return ['--import', pathToFileURL(preload).href];
    };
    const workersStarted = () => Number(fs.readFileSync(workersFile(), 'utf8'));
    /** Starts workers for any amount of text, so a test directory of small files goes through them. */
    const anyText = { OUTREACH_LINT_BYTES_PER_WORKER: '0' };

    /** 60 small files in `many/`, nested three ways, with a mix of problems; many have fixes, a few CRLF or a BOM. */
    function writeMany(root: string): string {
      const dir = path.join(root, 'many');
      const people = ['Jane Doe — Acme', 'Bob Smith — Initech', 'Ana Ruiz — Globex', 'Kofi Osei — Hooli', 'Mei Tanaka — Umbrella'];
      const bodies = [
        (first: string) => `Dear Sir/Madam, I just read your post on [Company]'s pricing, ${first}. Hope this email finds you well. Have a great day!`,
        () => "I'd like to add you to my professional network on LinkedIn.",
        (first: string) => `Hi ${first}, real synergy around [Topic].`,
        (first: string) => `${first}, your Strange Loop talk on idempotency keys changed how we retry payouts at Wise. Could I send you the two-page design we based on it?`,
        (first: string) => `${first}, your post on pricing was sharp; could we touch base about the annual plan?`,
        () => 'Hi there, I came across your profile and was impressed. I was wondering if we could connect. Let me know if interested.',
        (first: string) => `Dear Sir/Madam, ${first}, I just read your post. Thanks in advance!`,
      ];
      for (let i = 0; i < 60; i++) {
        const parts: string[] = [];
        if (i % 7 === 0) parts.push('---\nchannel: email\n---\n');
        if (i === 17) parts.push('---\nchannel: [oops\n---\n');
        for (let m = 0; m < 1 + (i % 3 === 0 ? 1 : 0); m++) {
          const person = people[(i + m) % people.length] as string;
          parts.push(`## ${person}\n\n${(bodies[(i * 3 + m) % bodies.length] as (first: string) => string)(person.split(' ')[0] as string)}\n`);
        }
        let text = parts.join('\n');
        if (i % 11 === 3) text = text.replace(/\n/g, '\r\n');
        if (i % 13 === 5) text = `\uFEFF${text}`;
        const file = path.join(dir, `group-${i % 3}`, i % 4 === 0 ? 'nested' : '', `note-${String(i).padStart(2, '0')}.outreach.md`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, text);
      }
      return dir;
    }

    for (const args of [['--format', 'json'], ['--format', 'stylish'], ['--format', 'sarif', '--quiet'], ['--max-warnings', '3']]) {
      it(`2 workers print what 1 thread prints, byte for byte, with the same exit code: ${args.join(' ')}`, () => {
        writeMany(work);
        const one = cli(['many', ...args, '--jobs', '1']);
        const two = cli(['many', ...args, '--jobs', '2'], { env: anyText, nodeArgs: countWorkers() });
        assert.equal(workersStarted(), 2);
        assert.ok(one.stdout.length > 1000);
        assert.equal(two.stdout, one.stdout);
        assert.equal(two.stderr, one.stderr);
        assert.equal(two.code, one.code);
      });
    }

    /** Every file under root/many/ and its text. */
    function contents(root: string): Map<string, string> {
      const dir = path.join(root, 'many');
      const names = fs.readdirSync(dir, { recursive: true }).map(String).sort();
      return new Map(names.filter((name) => fs.statSync(path.join(dir, name)).isFile()).map((name) => [name, fs.readFileSync(path.join(dir, name), 'utf8')]));
    }

    it('--fix with 2 workers writes the same files and prints the same report as 1 thread', () => {
      const oneDir = path.join(work, 'one');
      const twoDir = path.join(work, 'two');
      writeMany(oneDir);
      writeMany(twoDir);
      const original = contents(oneDir);
      const one = cli(['many', '--fix', '--format', 'json', '--jobs', '1'], { cwd: oneDir });
      const two = cli(['many', '--fix', '--format', 'json', '--jobs', '2'], { cwd: twoDir, env: anyText, nodeArgs: countWorkers() });
      assert.equal(workersStarted(), 2);
      assert.equal(two.code, one.code);
      assert.equal(two.stdout, one.stdout.split(oneDir).join(twoDir));
      const fixed = contents(oneDir);
      assert.deepEqual(contents(twoDir), fixed);
      const changed = [...fixed.keys()].filter((name) => fixed.get(name) !== original.get(name));
      assert.ok(changed.length >= 20, `fixes were written (${changed.length} files)`);
      assert.deepEqual([...fixed.keys()].filter((name) => name.endsWith('.tmp')), []);
    });

    it('config problems are printed once', () => {
      writeMany(work);
      const one = cli(['many', '--config', 'bad-values.json', '--jobs', '1']);
      const two = cli(['many', '--config', 'bad-values.json', '--jobs', '2'], { env: anyText });
      assert.match(two.stderr, /bad-values\.json: rules\.stock-phrase: expected one of/);
      assert.equal(two.stderr, one.stderr);
      assert.equal(two.stdout, one.stdout);
    });

    it('an unreadable file stops the run as on 1 thread: the first in order is named, exit 2, nothing on stdout', function () {
      // /proc/self/mem fails to read for everyone, root included.
      if (!fs.existsSync('/proc/self/mem')) this.skip();
      const many = writeMany(work);
      fs.symlinkSync('/proc/self/mem', path.join(many, 'group-2', 'note-40b.outreach.md'));
      fs.symlinkSync('/proc/self/mem', path.join(many, 'group-1', 'note-55b.outreach.md'));
      const one = cli(['many', '--jobs', '1']);
      const two = cli(['many', '--jobs', '2'], { env: anyText });
      assert.equal(one.code, 2);
      assert.match(one.stderr, /^outreach-lint: Cannot read many\/group-1\/note-55b\.outreach\.md: E[A-Z]+\n$/);
      assert.deepEqual(two, one);
    });

    it('starts no worker for a few small files, nor for --stdin', () => {
      writeMany(work);
      const files = cli(['many', '--format', 'json', '--jobs', '4'], { nodeArgs: countWorkers() });
      assert.equal(workersStarted(), 0);
      assert.equal(files.stdout, cli(['many', '--format', 'json', '--jobs', '1']).stdout);
      const stdin = cli(['--stdin', '--format', 'json', '--jobs', '4'], { input: "I'd like to connect.", env: anyText, nodeArgs: countWorkers() });
      assert.equal(workersStarted(), 0);
      assert.equal(stdin.code, 1);
    });

    for (const value of ['0', '-1', 'x', '1.5']) {
      it(`2 for --jobs ${value}, with one clear line`, () => {
        const { code, stdout, stderr } = cli(['clean.outreach.md', '--jobs', value]);
        assert.equal(code, 2);
        assert.equal(stdout, '');
        assert.equal(stderr, `outreach-lint: --jobs takes a whole number of threads, 1 or more, got "${value}".\n`);
      });
    }
  });

  it('--version and --help', () => {
    const version = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version;
    assert.equal(cli(['--version']).stdout.trim(), version);
    const help = cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--format <name>/);
    assert.match(help.stdout, /-j, --jobs <n> +lint on up to n worker threads, one per MB of text \(default: the number of CPUs,\n +here \d+\)/);
  });
});

describe('CLI worker threads (run() in-process, from the tsc build)', function () {
  this.timeout(60000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'outreach-jobs-'));
    for (let i = 0; i < 12; i++) {
      const text = i % 2 ? `## Jane Doe — Acme\n\nHi there, synergy around [Topic] (${i}).\n` : `## Bob Smith — Initech\n\nBob, your talk on retries at Strange Loop ${i} was sharp. Could I send you our design?\n`;
      fs.writeFileSync(path.join(dir, `n${String(i).padStart(2, '0')}.outreach.md`), text);
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function runCli(args: string[], workerEntry?: string) {
    const { run } = await import('../../src/cli/main.js');
    let stdout = '';
    let stderr = '';
    const code = await run(args, {
      cwd: dir,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      readStdin: async () => '',
      isTTY: false,
      // Workers for any amount of text: these files are few and small.
      env: { OUTREACH_LINT_BYTES_PER_WORKER: '0' },
      ...(workerEntry ? { workerEntry } : {}),
    });
    return { code, stdout, stderr };
  }

  /** A worker script in the temporary directory, standing in for the CLI's entry. */
  function script(name: string, code: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, code);
    return file;
  }

  it('workers started from bin.js (ESM) give what one thread gives', async () => {
    const one = await runCli(['.', '--format', 'json', '--jobs', '1']);
    const two = await runCli(['.', '--format', 'json', '--jobs', '3']);
    assert.equal(one.code, 1);
    assert.deepEqual(two, one);
  });

  for (const [what, code, message] of [
    ['throws as it starts', "throw new Error('boom\\nsecond line');", 'a lint worker failed: boom'],
    ['exits in the middle', "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));", 'a lint worker stopped (exit code 3)'],
    [
      'reports a file that threw',
      "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (batch) => parentPort.postMessage(batch.map(([index]) => [index, { crashed: `cannot lint file ${index}` }])));",
      'cannot lint file 0',
    ],
  ] as const) {
    it(`a worker that ${what}: exit 2 with one line, no output, no hang`, async () => {
      const result = await runCli(['.', '--jobs', '2'], script(`worker-${what.replace(/\W+/g, '-')}.mjs`, code));
      assert.deepEqual(result, { code: 2, stdout: '', stderr: `outreach-lint: unexpected error: ${message}\n` });
    });
  }
});
