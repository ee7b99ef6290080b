import path from 'node:path';
import { parseArgs } from 'node:util';
import { csvFormatRows } from 'd3-dsv';
import { computeLineStarts, createLinter, offsetToLineColumn, renderMessage, rowValues, type Finding, type MessageInfo, type TemplateData } from '../core/index.js';
import { UsageError } from './files.js';
import { loadDataFor } from './data.js';
import { rowLabel } from './formatters.js';
import type { CliIO } from './main.js';
import { readCliConfig } from './configFile.js';
import { readTextFile, writeFileAtomic, type TextFile } from './textFile.js';

/**
 * `outreach-lint render`: what each recipient receives, for the sending tool. It lints the template against
 * every row first and writes nothing while an error applies to any recipient: a merged file is what goes
 * out, so it must never hold a message the linter calls broken.
 */

export const RENDER_USAGE = `Usage: outreach-lint render FILE [--data FILE.csv] [--format json|csv] [--output FILE]

Writes each recipient's messages, merged and with spintax chosen, for a sending tool. The recipients are
--data, or the CSV the file's front matter names ("data:", relative to the file). Every message is
checked for every row first: when any error applies (to the template, or to one row), nothing is
written and each error is listed on stderr as file:line:column rule message, with its row.

Options:
  --data <file.csv>      the recipients (default: the front matter's "data:")
  --format <name>        json (default): [{ row, line, values, messages: [{ index, title, text, length,
                         limit }] }]; csv: the input columns, then one column per message
  -o, --output <file>    write there instead of standard output
  -c, --config <file>    use this config file instead of the nearest .outreach-lint.json
  -h, --help             show this help

Each recipient gets spin option (row index + the spin's position) of each spin, so consecutive rows
differ. Exit codes: 0 written, 1 refused (errors found), 2 bad usage, an unreadable file or a crash.
`;

const RENDER_FORMATS = ['json', 'csv'] as const;
type RenderFormat = (typeof RENDER_FORMATS)[number];

interface RenderOptions {
  file: string;
  data: string | undefined;
  format: RenderFormat;
  output: string | undefined;
  config: string | undefined;
}

function parseRenderOptions(argv: readonly string[]): RenderOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const message = ((error as Error).message.split('\n')[0] ?? '').replace(/\. To specify a positional argument.*$/, '').replace(/\.$/, '');
    throw new UsageError(`render: ${message}. See outreach-lint render --help.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  const format = values.format ?? 'json';
  if (!(RENDER_FORMATS as readonly string[]).includes(format)) throw new UsageError(`render: unknown format "${format}"; use json or csv.`);
  if (positionals.length !== 1) throw new UsageError(`render takes one template file, got ${positionals.length === 0 ? 'none' : positionals.length}. See outreach-lint render --help.`);
  if (values.data === '') throw new UsageError('--data takes the path of a CSV file.');
  if (values.output === '') throw new UsageError('--output takes a file name.');
  return { file: positionals[0] as string, data: values.data, format: format as RenderFormat, output: values.output, config: values.config };
}

/** One recipient's messages, as the JSON output lists them. */
interface RenderedRow {
  row: number;
  line: number;
  values: Record<string, string>;
  messages: { index: number; title: string | null; text: string; length: number; limit: number | null }[];
}

export async function runRender(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    const options = parseRenderOptions(argv);
    if (options === 'help') {
      io.stdout(RENDER_USAGE);
      return 0;
    }
    const filePath = path.resolve(io.cwd, options.file);
    const shown = path.relative(io.cwd, filePath) || filePath;
    let file: TextFile;
    try {
      file = readTextFile(filePath);
    } catch (error) {
      throw new UsageError(`Cannot read ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const dataOption = options.data === undefined ? undefined : { file: path.resolve(io.cwd, options.data), source: options.data };
    const loaded = loadDataFor(filePath, file.text, dataOption, io.cwd);
    if ('error' in loaded) throw new UsageError(loaded.error);
    if ('none' in loaded) throw new UsageError(`render needs recipients: pass --data FILE.csv, or name the CSV with "data:" in the front matter of ${shown}.`);
    const data = loaded.data;
    const outputPath = options.output === undefined ? undefined : path.resolve(io.cwd, options.output);
    const dataPath = dataOption?.file ?? path.resolve(path.dirname(filePath), data.source);
    // The inputs are never written: an --output that names one is a slip, not a request.
    if (outputPath !== undefined && (outputPath === dataPath || outputPath === filePath)) {
      throw new UsageError(`--output ${options.output} is ${outputPath === dataPath ? 'the recipients file' : 'the template'}; render never overwrites its input.`);
    }

    const linter = createLinter(readCliConfig(options.config, path.dirname(filePath), io));
    const result = linter.lint(file.text, { data, perRow: true });
    const lineStarts = result.lineStarts.length > 0 ? result.lineStarts : computeLineStarts(file.text);
    const where = (offset: number) => {
      const position = offsetToLineColumn(lineStarts, offset);
      return `${shown}:${position.line + 1}:${position.column + 1}`;
    };
    // Data and front matter problems do not stop a render (missing cells count as empty and are checked as such), but are shown.
    for (const problem of result.problems) io.stderr(`${where(problem.range?.start ?? 0)}: warning: ${problem.key}: ${problem.message}\n`);

    const errors = result.findings.filter((finding) => finding.severity === 'error');
    if (errors.length > 0) {
      for (const finding of errors) io.stderr(`${where(finding.range.start)} ${finding.ruleId} ${oneLine(finding.message)} ${scope(finding)}\n`);
      const template = errors.filter((finding) => !finding.row).length;
      const rows = new Set(errors.flatMap((finding) => (finding.row ? [finding.row.number] : [])));
      const parts = [...(template > 0 ? [`${template} in the template`] : []), ...(rows.size > 0 ? [`${errors.length - template} in ${rows.size === 1 ? '1 recipient\'s row' : `${rows.size} recipients' rows`}`] : [])];
      io.stderr(`outreach-lint render: refused, ${errors.length} error${errors.length === 1 ? '' : 's'} (${parts.join(', ')}); nothing written. Fix them, or set their rules to "warning" in the config to send anyway.\n`);
      return 1;
    }

    const rendered = renderRows(result.messages, data);
    for (const name of rendered.missing) io.stderr(`outreach-lint render: warning: no value for "${name}" (not a column of ${data.source}): it is left as written.\n`);
    const output = options.format === 'json' ? `${JSON.stringify(rendered.rows, null, 2)}\n` : renderedCsv(rendered.rows, data, result.messages);
    if (outputPath !== undefined) {
      writeFileAtomic(outputPath, { text: '', bom: false, eol: '\n' } satisfies TextFile, output);
      io.stderr(`outreach-lint render: ${rendered.rows.length} recipient${rendered.rows.length === 1 ? '' : 's'} × ${result.messages.length} message${result.messages.length === 1 ? '' : 's'} written to ${options.output}.\n`);
    } else io.stdout(output);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) io.stderr(`outreach-lint: ${error.message}\n`);
    else io.stderr(`outreach-lint: unexpected error: ${(error as Error)?.message ?? String(error)}\n`);
    return 2;
  }
}

/** Whom an error concerns: one row, or the template (what it says holds whichever row is merged). */
function scope(finding: Finding): string {
  return finding.row ? rowLabel(finding.row) : '(template)';
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function renderRows(messages: readonly MessageInfo[], data: TemplateData): { rows: RenderedRow[]; missing: string[] } {
  const missing = new Set<string>();
  const rows = data.rows.map((cells, index) => {
    const values: Record<string, string> = {};
    // A repeated column name reads as its first column, as the engine reads it.
    data.columns.forEach((column, i) => {
      if (column !== '' && !Object.prototype.hasOwnProperty.call(values, column)) values[column] = cells[i] ?? '';
    });
    const valueOf = rowValues(data, index);
    return {
      row: index + 1,
      line: data.rowLines[index] ?? 0,
      values,
      messages: messages.map((message) => {
        // The row index rotates the spin options, so neighbouring recipients get different combinations.
        const out = renderMessage(message, valueOf, index);
        for (const name of out.missing) missing.add(name);
        return { index: message.index + 1, title: message.title ?? null, text: out.text, length: out.length, limit: message.limit };
      }),
    };
  });
  return { rows, missing: [...missing] };
}

/** The input columns, then one column per message headed by its title (or "message N"), each header unique. */
function renderedCsv(rows: readonly RenderedRow[], data: TemplateData, messages: readonly MessageInfo[]): string {
  const taken = new Set(data.columns);
  const messageHeaders = messages.map((message) => {
    const base = message.title?.trim() || `message ${message.index + 1}`;
    let header = base;
    for (let n = 2; taken.has(header); n++) header = `${base} (${n})`;
    taken.add(header);
    return header;
  });
  const table = [[...data.columns, ...messageHeaders], ...rows.map((row, index) => [...(data.rows[index] ?? []), ...row.messages.map((message) => message.text)])];
  return `${csvFormatRows(table)}\n`;
}
