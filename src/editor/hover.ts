import * as vscode from 'vscode';
import { RULE_META, escapeMarkdown, type DetailKind } from '../core/index.js';
import { toVscodeRange } from '../diagnostics/convert.js';
import type { LintService } from './lintService.js';

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
