import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLinter, splitBom, type Linter } from '../core/index.js';
import { resolveFiles, UsageError } from './files.js';
import { readCliConfig } from './configFile.js';
import type { FileReport } from './report.js';
import { FORMATS, formatJson, formatSarif, formatStylish, makeColors, type FormatName } from './formatters.js';
import { lintFileOnDisk, lintText, reportOrThrow } from './lintFile.js';
import { fileCosts, lintInWorkers, workerCount } from './parallel.js';
import { VERSION } from './version.js';
import { clearDataCache, type DataOption } from './data.js';
import { runRender } from './render.js';

export const USAGE = `Usage: outreach-lint [files, directories or globs] [options]
       outreach-lint render FILE [--data FILE.csv] [--format json|csv] [--output FILE]

Lints outreach messages in *.outreach.md files: generic phrasing, placeholders, length against the
channel's limit. A directory means every *.outreach.md file under it; no argument means ".".
A campaign template (front matter "template:") is checked once more for each recipient of its data:
the CSV named by its front matter "data:" (relative to the file), or --data. "render" writes each
recipient's messages for a sending tool (see outreach-lint render --help).

Options:
  --format <name>        stylish (default), json (ESLint-compatible) or sarif (SARIF 2.1.0)
  --fix                  apply safe fixes and write files that changed
  --max-warnings <n>     exit 1 when there are more than n warnings (info counts as a warning)
  --config <file>        use this config file instead of the nearest .outreach-lint.json
  --stdin                lint text from standard input
  --stdin-filename <f>   the name to report for standard input (and to find the config from)
  --quiet                report errors only
  --data <file.csv>      recipients for every template linted (instead of each one's "data:"): each
                         message is checked for each row, and findings name the row
  -j, --jobs <n>         lint on up to n worker threads, one per MB of text (default: the number of CPUs,
                         here JOBS); 1 lints on the main thread only
  --color, --no-color    force colours on or off (default: on for a terminal, off when NO_COLOR is set)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems remain, 2 bad usage, an
unreadable file or recipients CSV, or a crash.
`;

export interface CliIO {
  cwd: string;
  /**
   * The script a worker thread runs for --jobs: the CLI's own entry, which lints instead of running the CLI
   * when started as a worker. Defaults to bin.js beside this module (the tsc build).
   */
  workerEntry?: string | URL;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

interface Options {
  format: FormatName;
  fix: boolean;
  maxWarnings: number | undefined;
  config: string | undefined;
  stdin: boolean;
  stdinFilename: string | undefined;
  quiet: boolean;
  data: string | undefined;
  jobs: number;
  color: boolean | undefined;
  help: boolean;
  version: boolean;
  patterns: string[];
}

function jobsError(raw: string): UsageError {
  return new UsageError(`--jobs takes a whole number of threads, 1 or more, got "${raw}".`);
}

function parseOptions(argv: readonly string[]): Options {
  // parseArgs reads "-1" after --jobs as an option, not a value: say what --jobs takes instead.
  for (const [index, arg] of argv.entries()) {
    const next = argv[index + 1];
    if ((arg === '--jobs' || arg === '-j') && next !== undefined && /^-\d/.test(next)) throw jobsError(next);
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        fix: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        config: { type: 'string', short: 'c' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        quiet: { type: 'boolean' },
        data: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // Node's messages name the option; keep the first line and point at --help.
    const message = ((error as Error).message.split('\n')[0] ?? '').replace(/\. To specify a positional argument.*$/, '').replace(/\.$/, '');
    throw new UsageError(`${message}. See --help.`);
  }
  const values = parsed.values;
  const format = values.format ?? 'stylish';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`Unknown format "${format}"; use one of ${FORMATS.join(', ')}.`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings'];
    if (!/^-?\d+$/.test(raw)) throw new UsageError(`--max-warnings takes a whole number, got "${raw}".`);
    maxWarnings = Number(raw);
  }
  let jobs = os.availableParallelism();
  if (values.jobs !== undefined) {
    const raw = values.jobs;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw jobsError(raw);
    jobs = Number(raw);
  }
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin.');
  if (values.stdin && values.fix) throw new UsageError('--fix cannot write to standard input; lint a file instead.');
  if (values.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin takes no file arguments.');
  if (values.data === '') throw new UsageError('--data takes the path of a CSV file.');
  return {
    format: format as FormatName,
    fix: values.fix ?? false,
    maxWarnings,
    config: values.config,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    quiet: values.quiet ?? false,
    data: values.data,
    jobs,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    patterns: parsed.positionals,
  };
}

/** Runs the CLI; returns the exit code. Never throws: a crash is reported in one line with exit code 2. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  // A subcommand only as the first word: a file named "render" elsewhere on the line is still a file.
  clearDataCache();
  if (argv[0] === 'render') return runRender(argv.slice(1), io);
  try {
    const options = parseOptions(argv);
    if (options.help) {
      io.stdout(USAGE.replace('JOBS', String(os.availableParallelism())));
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }

    const configStart = options.stdin && options.stdinFilename ? path.dirname(path.resolve(io.cwd, options.stdinFilename)) : io.cwd;
    const config = readCliConfig(options.config, configStart, io);
    // Created only when this thread lints: creating one compiles the phrase list.
    let linter: Linter | undefined;
    const ownLinter = () => (linter ??= createLinter(config));
    const data: DataOption | undefined = options.data === undefined ? undefined : { file: path.resolve(io.cwd, options.data), source: options.data };
    const settings = { fix: options.fix, quiet: options.quiet, cwd: io.cwd, ...(data ? { data } : {}) };

    const reports: FileReport[] = [];
    if (options.stdin) {
      const text = await io.readStdin();
      const filePath = path.resolve(io.cwd, options.stdinFilename ?? '<stdin>');
      const { text: body } = splitBom(text);
      reports.push(lintText(ownLinter(), { text: body, bom: false, eol: '\n' }, filePath, { ...settings, fix: false }).report);
    } else {
      const files = await resolveFiles(options.patterns, io.cwd);
      const costs = options.jobs > 1 ? fileCosts(files) : [];
      const override = io.env.OUTREACH_LINT_BYTES_PER_WORKER;
      const workers = workerCount(options.jobs, costs, override !== undefined && /^\d+$/.test(override) ? Number(override) : undefined);
      if (workers > 1) {
        // The bundle is CommonJS and is bin.js itself; tsc's build has bin.js beside this module.
        const entry = io.workerEntry ?? (typeof __filename === 'string' ? __filename : new URL('./bin.js', import.meta.url));
        const outcomes = await lintInWorkers(files, costs, workers, { ...config, ...settings }, entry);
        // In file order: the first file that failed stops the run, as on one thread.
        for (const [index, file] of files.entries()) {
          const outcome = outcomes[index];
          if (!outcome) throw new Error(`no lint result for ${path.relative(io.cwd, file)}`);
          reports.push(reportOrThrow(outcome, file, io.cwd));
        }
      } else {
        for (const file of files) reports.push(reportOrThrow(lintFileOnDisk(ownLinter(), file, settings), file, io.cwd));
      }
    }

    const color = options.color ?? (io.isTTY && !io.env.NO_COLOR);
    let output: string;
    if (options.format === 'json') output = formatJson(reports);
    else if (options.format === 'sarif') output = formatSarif(reports, VERSION, io.cwd);
    else output = formatStylish(reports, makeColors(color), io.cwd);
    if (output) io.stdout(output);

    const errors = reports.reduce((sum, report) => sum + report.errorCount, 0);
    const warnings = reports.reduce((sum, report) => sum + report.warningCount, 0);
    if (errors > 0) return 1;
    if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
      io.stderr(`outreach-lint found too many warnings (maximum: ${options.maxWarnings}).\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`outreach-lint: ${error.message}\n`);
    } else {
      io.stderr(`outreach-lint: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    }
    return 2;
  }
}
