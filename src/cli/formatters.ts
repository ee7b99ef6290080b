import path from 'node:path';
import type { FileReport } from './report.js';
import { ALL_RULES, type Severity } from '../core/index.js';

export type FormatName = 'stylish' | 'json' | 'sarif';
export const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif'];

interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

export function makeColors(enabled: boolean): Colors {
  const wrap = (open: number, close: number) => (text: string) => (enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text);
  return { red: wrap(31, 39), yellow: wrap(33, 39), blue: wrap(34, 39), dim: wrap(2, 22), bold: wrap(1, 22), underline: wrap(4, 24) };
}

/** The recipient a finding is about, after its message: "(row 17, CSV line 18)" (the line, as quoted cells can span lines). */
export function rowLabel(row: { number: number; line: number }): string {
  return `(row ${row.number}, CSV line ${row.line})`;
}

/** ESLint's default layout: a block per file, one line per problem, a summary at the end. */
export function formatStylish(reports: readonly FileReport[], colors: Colors, cwd: string): string {
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const report of reports) {
    if (report.messages.length === 0) continue;
    errors += report.errorCount;
    warnings += report.warningCount;
    fixable += report.fixableErrorCount + report.fixableWarningCount;
    lines.push('', colors.underline(path.relative(cwd, report.filePath) || report.filePath));
    const rows = report.messages.map((message) => {
      const label = message.level;
      const coloured = message.level === 'error' ? colors.red(label) : message.level === 'warning' ? colors.yellow(label) : colors.blue(label);
      const text = message.message.replace(/\s*\n\s*/g, ' ') + (message.row ? ` ${colors.dim(rowLabel(message.row))}` : '');
      return { position: `${message.line}:${message.column}`, label, coloured, text, rule: message.ruleId ?? '' };
    });
    const positionWidth = Math.max(...rows.map((row) => row.position.length));
    const labelWidth = Math.max(...rows.map((row) => row.label.length));
    for (const row of rows) {
      lines.push(`  ${colors.dim(row.position.padEnd(positionWidth))}  ${row.coloured}${' '.repeat(labelWidth - row.label.length)}  ${row.text}  ${colors.dim(row.rule)}`.trimEnd());
    }
  }
  const total = errors + warnings;
  if (total === 0) return '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  lines.push('', errors > 0 ? colors.red(colors.bold(summary)) : colors.yellow(colors.bold(summary)));
  if (fixable > 0) lines.push(colors.dim(`  ${plural(fixable, 'problem')} can be fixed with the \`--fix\` option.`));
  return `${lines.join('\n')}\n`;
}

/** ESLint-compatible JSON. Info and hint findings have severity 1, like warnings. */
export function formatJson(reports: readonly FileReport[]): string {
  const output = reports.map((report) => ({
    filePath: report.filePath,
    messages: report.messages.map(({ level: _level, why: _why, ...message }) => message),
    errorCount: report.errorCount,
    warningCount: report.warningCount,
    fixableErrorCount: report.fixableErrorCount,
    fixableWarningCount: report.fixableWarningCount,
  }));
  // Indented for people, with [start, end] pairs kept on one line.
  return `${JSON.stringify(output, null, 2).replace(/\[\s+(\d+),\s+(\d+)\s+\]/g, '[$1, $2]')}\n`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 for code-scanning tools: the rules with their docs, and results with regions (UTF-16 columns). */
export function formatSarif(reports: readonly FileReport[], version: string, cwd: string): string {
  const rules = ALL_RULES.map((rule) => ({
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    helpUri: rule.meta.docsUrl,
    defaultConfiguration: { level: SARIF_LEVEL[rule.meta.defaultSeverity] },
    properties: { fixable: rule.meta.fixable },
  }));
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap((report) =>
    report.messages.map((message) => {
      const uri = path.relative(cwd, report.filePath).split(path.sep).join('/');
      const result: Record<string, unknown> = {
        ...(message.ruleId ? { ruleId: message.ruleId, ruleIndex: ruleIndex.get(message.ruleId) } : { ruleId: 'configuration' }),
        level: SARIF_LEVEL[message.level],
        message: { text: message.row ? `${message.message} ${rowLabel(message.row)}` : message.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
              region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
            },
          },
        ],
      };
      return result;
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'outreach-lint',
            version,
            informationUri: 'https://github.com/outreach-lint/outreach-lint',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileUri(cwd)}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function pathToFileUri(directory: string): string {
  const normalized = directory.split(path.sep).join('/');
  return `file://${normalized.startsWith('/') ? '' : '/'}${encodeURI(normalized)}`;
}
