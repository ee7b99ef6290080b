import path from 'node:path';
import { parseArgs } from 'node:util';
import { createLinter, fixAll, splitBom, type Linter } from '../core/index.js';
import { resolveFiles, UsageError } from './files.js';
import { loadConfig } from './configFile.js';
import { buildReport, type FileReport } from './report.js';
import { FORMATS, formatJson, formatSarif, formatStylish, makeColors, type FormatName } from './formatters.js';
import { writeFileAtomic, readTextFile, type TextFile } from './textFile.js';
import { VERSION } from './version.js';

export const USAGE = `Usage: outreach-lint [files, directories or globs] [options]

Lints outreach messages in *.outreach.md files: generic phrasing, placeholders, length against the
channel's limit. A directory means every *.outreach.md file under it; no argument means ".".

Options:
  --format <name>        stylish (default), json (ESLint-compatible) or sarif (SARIF 2.1.0)
  --fix                  apply safe fixes and write files that changed
  --max-warnings <n>     exit 1 when there are more than n warnings (info counts as a warning)
  --config <file>        use this config file instead of the nearest .outreach-lint.json
  --stdin                lint text from standard input
  --stdin-filename <f>   the name to report for standard input (and to find the config from)
  --quiet                report errors only
  --color, --no-color    force colours on or off (default: on for a terminal, off when NO_COLOR is set)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 problems remain, 2 bad usage or a crash.
`;

export interface CliIO {
  cwd: string;
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
  color: boolean | undefined;
  help: boolean;
  version: boolean;
  patterns: string[];
}

function parseOptions(argv: readonly string[]): Options {
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
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // Node's messages name the option; keep the first line and point at --help.
    const message = ((error as Error).message.split('\n')[0] ?? '').replace(/\. To specify a positional argument.*$/, '');
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
  if (values['stdin-filename'] !== undefined && !values.stdin) throw new UsageError('--stdin-filename needs --stdin.');
  if (values.stdin && values.fix) throw new UsageError('--fix cannot write to standard input; lint a file instead.');
  if (values.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin takes no file arguments.');
  return {
    format: format as FormatName,
    fix: values.fix ?? false,
    maxWarnings,
    config: values.config,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    quiet: values.quiet ?? false,
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    patterns: parsed.positionals,
  };
}

function lintOne(linter: Linter, file: TextFile, filePath: string, fix: boolean, quiet: boolean): { report: FileReport; fixed?: string } {
  let text = file.text;
  let fixed: string | undefined;
  if (fix) {
    const result = fixAll(linter, text);
    if (result.changed) {
      fixed = result.output;
      text = result.output;
    }
  }
  return { report: buildReport(filePath, text, linter.lint(text), quiet), ...(fixed !== undefined ? { fixed } : {}) };
}

/** Runs the CLI; returns the exit code. Never throws: a crash is reported in one line with exit code 2. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options.help) {
      io.stdout(USAGE);
      return 0;
    }
    if (options.version) {
      io.stdout(`${VERSION}\n`);
      return 0;
    }

    const configStart = options.stdin && options.stdinFilename ? path.dirname(path.resolve(io.cwd, options.stdinFilename)) : io.cwd;
    const loaded = loadConfig(options.config, configStart);
    const configName = loaded.path ? path.relative(io.cwd, loaded.path) || loaded.path : undefined;
    if (loaded.problem) io.stderr(`outreach-lint: ${configName}: ${loaded.problem}\n`);
    const linter = createLinter({ config: loaded.data === undefined ? [] : [loaded.data], configSources: configName ? [configName] : [] });
    for (const problem of linter.configProblems) {
      io.stderr(`outreach-lint: ${problem.source ?? 'config'}: ${problem.key}: ${problem.message}\n`);
    }

    const reports: FileReport[] = [];
    if (options.stdin) {
      const text = await io.readStdin();
      const filePath = path.resolve(io.cwd, options.stdinFilename ?? '<stdin>');
      const { text: body } = splitBom(text);
      reports.push(lintOne(linter, { text: body, bom: false, eol: '\n' }, filePath, false, options.quiet).report);
    } else {
      const files = await resolveFiles(options.patterns, io.cwd);
      for (const file of files) {
        let textFile: TextFile;
        try {
          textFile = readTextFile(file);
        } catch (error) {
          throw new UsageError(`Cannot read ${path.relative(io.cwd, file)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
        }
        const { report, fixed } = lintOne(linter, textFile, file, options.fix, options.quiet);
        if (fixed !== undefined) writeFileAtomic(file, textFile, fixed);
        reports.push(report);
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
