import * as vscode from 'vscode';
import { RULE_META, escapeMarkdown, type DataInput, type DetailKind, type MessageTemplateInfo } from '../core/index.js';
import { toVscodeRange } from '../diagnostics/convert.js';
import type { LintService } from './lintService.js';

type TemplateFieldInfo = MessageTemplateInfo['fields'][number];

/** How the hover names each kind of personal detail. */
const DETAIL_LABELS: Record<DetailKind, string> = {
  work: 'their work',
  meeting: 'where you met or what you share',
  referral: 'who sent you',
  action: 'something they did',
  quote: 'a title you quote',
  hook: 'a hook from the front matter',
};

/**
 * Adds the "why" to a finding's hover. The diagnostic already says what is wrong and what to write
 * instead; the reason a recipient reads it as generic is what convinces a writer to change it. Over a
 * personal detail, the hover says what no-personal-detail found there, so a passing note shows why it passes.
 */
export class WhyHover implements vscode.HoverProvider {
  constructor(private readonly service: LintService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.service.latest(document);
    if (!result || this.service.latestVersion(document) !== document.version) return undefined;
    const offset = document.offsetAt(position);
    const findings = result.findings.filter((f) => f.range.start <= offset && offset <= f.range.end && f.range.start !== f.range.end);
    // The personal detail under the cursor: what makes no-personal-detail quiet for this note.
    const details = result.messages.flatMap((message) => message.details).filter((d) => d.range.start <= offset && offset <= d.range.end);
    if (findings.length === 0 && details.length === 0) return undefined;
    const markdown = new vscode.MarkdownString();
    for (const finding of findings) {
      const meta = RULE_META[finding.ruleId];
      // appendText would turn spaces into non-breaking ones, so the reason could only wrap mid-word.
      markdown.appendMarkdown(`**Why** ([${finding.ruleId}](${meta.docsUrl})): ${escapeMarkdown(finding.why)}\n\n`);
    }
    for (const detail of details) {
      const docs = RULE_META['no-personal-detail'].docsUrl;
      markdown.appendMarkdown(`**Personal detail** ([no-personal-detail](${docs}), ${DETAIL_LABELS[detail.kind]}): "${escapeMarkdown(detail.text)}". Only this recipient would recognise it, so the note does not read as a mass request.\n\n`);
    }
    const first = findings[0]?.range ?? details[0]?.range;
    return new vscode.Hover(markdown, first ? toVscodeRange(result.lineStarts, first) : undefined);
  }
}

/** Values of a column listed in the hover: enough to see what the field holds. */
const HOVER_VALUES = 5;
/** Empty rows named in the hover, by number. */
const HOVER_EMPTY_ROWS = 5;

/**
 * What a merge field stands for, on hover: its name and fallback, where its values come from (declared
 * samples, the recipients data), how many recipients have none, and whether it is the personal line.
 * Built from the lint result's template info, so it shows only in template mode.
 */
export class MergeFieldHover implements vscode.HoverProvider {
  constructor(
    private readonly service: LintService,
    private readonly data: (document: vscode.TextDocument) => DataInput | undefined,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.service.latest(document);
    if (!result || this.service.latestVersion(document) !== document.version) return undefined;
    const offset = document.offsetAt(position);
    for (const message of result.messages) {
      if (!message.template || offset < message.range.start || offset > message.range.end) continue;
      const field = message.template.fields.find((f) => f.range.start <= offset && offset <= f.range.end);
      if (!field) return undefined;
      return new vscode.Hover(describeField(field, this.data(document)), toVscodeRange(result.lineStarts, field.range));
    }
    return undefined;
  }
}

export function describeField(field: TemplateFieldInfo, data: DataInput | undefined): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString();
  const table = data && !('error' in data) ? data : undefined;
  const column = table ? table.columns.indexOf(field.name) : -1;
  const lines: string[] = [`**Merge field** ${codeSpan(field.name)}`];
  if (!field.known) {
    const where = table ? `nor a column of ${escapeMarkdown(table.source)}` : 'and the file names no `data:`';
    lines.push(`Unknown: not declared under \`fields:\` ${where}. Recipients would get it as written.`);
  } else if (table && column !== -1) {
    lines.push(`Column ${column + 1} of ${escapeMarkdown(table.source)}.`);
  } else {
    lines.push('Declared under `fields:` in the front matter.');
  }
  lines.push(field.fallback !== undefined ? `Fallback: "${escapeMarkdown(field.fallback)}", for recipients with no value.` : 'No fallback: a recipient with no value gets nothing in its place.');
  if (field.personal) lines.push('Personal: listed under `personal:`, so its value is the detail that makes each note personal.');
  if (field.samples.length > 0) lines.push(`Sample values: ${field.samples.slice(0, HOVER_VALUES).map((value) => `"${escapeMarkdown(value)}"`).join(', ')}${field.samples.length > HOVER_VALUES ? ', …' : ''}`);
  if (table && column !== -1) {
    const values = table.rows.slice(0, HOVER_VALUES).map((row) => row[column] ?? '');
    const emptyRows: number[] = [];
    table.rows.forEach((row, index) => {
      if ((row[column] ?? '') === '') emptyRows.push(index + 1);
    });
    lines.push(`First rows: ${values.map((value) => (value === '' ? '(empty)' : `"${escapeMarkdown(value)}"`)).join(', ')}`);
    const named = emptyRows.slice(0, HOVER_EMPTY_ROWS).join(', ') + (emptyRows.length > HOVER_EMPTY_ROWS ? ', …' : '');
    lines.push(emptyRows.length === 0 ? `Filled in all ${table.rows.length} rows.` : `Empty in ${emptyRows.length} of ${table.rows.length} rows (row${emptyRows.length === 1 ? '' : 's'} ${named}).`);
  } else if (field.emptyRows > 0) {
    lines.push(`Empty in ${field.emptyRows} row${field.emptyRows === 1 ? '' : 's'} of the data.`);
  } else if (field.canBeEmpty) {
    lines.push('Can be empty (an empty sample is declared).');
  }
  markdown.appendMarkdown(lines.join('\n\n'));
  return markdown;
}

/** Inline code as written: markdown escapes do not work inside a code span, so a backtick in the name widens the fence instead. */
function codeSpan(text: string): string {
  const fence = text.includes('`') ? '`` ' : '`';
  return `${fence}${text}${fence.split('').reverse().join('')}`;
}
