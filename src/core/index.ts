/**
 * Outreach Lint's engine: pure TypeScript with no editor or Node.js imports, so the same code runs in
 * the VS Code extension (desktop and vscode.dev), in the CLI and in tests.
 */
export * from './types.js';
export { createLinterWithPhrases, readConfigLayers, DEFAULT_MAX_MESSAGE_LENGTH, type Linter, type LinterOptions, type LintAsyncOptions, type LintResult, type MessageInfo, type MessageDetail } from './linter.js';
export { findPersonalDetails, type DetailKind, type PersonalDetail } from './personal/evidence.js';
export { messageAt, describeCounter, NEAR_LIMIT, type CounterView } from './counter.js';
export { applyFixes, fixAll, type ApplyResult, type FixAllResult } from './fixes.js';
export { ALL_RULES, MESSAGE_RULES, FILE_RULES, RULE_META, DEFAULT_SEVERITIES } from './rules/index.js';
export { docsUrl } from './rules/rule.js';
export { validateConfigInput, resolveConfig, PHRASE_RULE_IDS, SEVERITIES, type ConfigInput, type OutreachConfig, type UserPhrase, type PhraseRuleId } from './config/config.js';
export { BUILT_IN_CHANNELS, DEFAULT_CHANNEL, LINKEDIN_CONNECT_LIMITS, countWords, type ChannelSpec, type LinkedInPlan } from './config/channels.js';
export { computeLineStarts, offsetToLineColumn, lineColumnToOffset, type LineColumn } from './text/lines.js';
export { outlineDocument, type DocumentOutline, type MessageSlice } from './document/outline.js';
export { toPlainText, type PlainText } from './markdown/plainText.js';
export { escapeMarkdown } from './markdown/escape.js';
export { CONFIG_FILE_NAME, OUTREACH_GLOB, splitBom } from './files.js';
export { builtInPhrases } from './phrases/data/index.js';
export { renderMessage, rowValues, sampleValues, templateDataPath, type RenderedMessage } from './template/preview.js';
export { parseTemplate, TEMPLATE_SYNTAXES, type TemplateSyntax, type ParsedTemplate, type FieldNode, type SpinNode } from './template/syntax.js';
export type { TemplateData, DataInput } from './template/fields.js';
export { readRecipientTable, MAX_RECIPIENT_BYTES, MAX_RECIPIENT_ROWS, type RecipientTable, type RecipientLimits } from './template/recipients.js';
export type { LintInput, MessageTemplateInfo } from './linter.js';
export { packPhraseList, unpackPhraseList, type PackedPhraseList } from './phrases/packed.js';

import { builtInPhrases } from './phrases/data/index.js';
import { createLinterWithPhrases, type Linter, type LinterOptions } from './linter.js';

/**
 * A linter with the built-in phrase list. The extension loads the list from a JSON file shipped beside
 * its bundle instead (see src/editor/settings.ts), keeping 770 KB of text out of the code it evaluates.
 */
export function createLinter(options: Omit<LinterOptions, 'phrases'> & { phrases?: LinterOptions['phrases'] } = {}): Linter {
  return createLinterWithPhrases({ ...options, phrases: options.phrases ?? builtInPhrases });
}
export type { PhraseEntry, PhraseCategory } from './phrases/types.js';
