import * as vscode from 'vscode';
import { RULE_META, escapeMarkdown } from '../core/index.js';
import { toVscodeRange } from '../diagnostics/convert.js';
import type { LintService } from './lintService.js';

/**
 * Adds the "why" to a finding's hover. The diagnostic already says what is wrong and what to write
 * instead; the reason a recipient reads it as generic is what convinces a writer to change it.
 */
export class WhyHover implements vscode.HoverProvider {
  constructor(private readonly service: LintService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.service.latest(document);
    if (!result || this.service.latestVersion(document) !== document.version) return undefined;
    const offset = document.offsetAt(position);
    const findings = result.findings.filter((f) => f.range.start <= offset && offset <= f.range.end && f.range.start !== f.range.end);
    if (findings.length === 0) return undefined;
    const markdown = new vscode.MarkdownString();
    for (const finding of findings) {
      const meta = RULE_META[finding.ruleId];
      // appendText would turn spaces into non-breaking ones, so the reason could only wrap mid-word.
      markdown.appendMarkdown(`**Why** ([${finding.ruleId}](${meta.docsUrl})): ${escapeMarkdown(finding.why)}\n\n`);
    }
    const first = findings[0];
    return new vscode.Hover(markdown, first ? toVscodeRange(result.lineStarts, first.range) : undefined);
  }
}
