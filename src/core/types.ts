import type { PhraseCategory } from './phrases/types.js';

/**
 * Shared vocabulary of the engine. Everything here is plain data so that the CLI, the editor and the
 * tests can hold, compare and serialize it. Offsets are UTF-16 code-unit offsets into the document
 * text exactly as given (CRLF counts as two), which is what VS Code's `offsetAt` and JavaScript strings use.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type RuleSetting = Severity | 'off';

export const RULE_IDS = [
  'default-invitation',
  'stock-phrase',
  'vague-ask',
  'generic-greeting',
  'filler',
  'unfilled-placeholder',
  'over-limit',
  'missing-recipient-name',
  'self-centered',
  'duplicate-message',
  'no-personal-detail',
  'spin-syntax',
  'unknown-merge-field',
  'merge-field-fallback',
  'empty-merge-value',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as readonly string[]).includes(value);
}

/** Half-open range `[start, end)` of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/** Replace `range` of the document with `text`. */
export interface TextEdit {
  range: Range;
  text: string;
}

/** A fix that is safe to apply without review: `--fix` in the CLI, "fix all" in the editor. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/**
 * A change the user may choose but should review. When `snippet` is set, an editor that supports
 * snippets inserts it (with tab stops) over `snippetRange` instead of applying `edits`.
 */
export interface Suggestion {
  title: string;
  edits: TextEdit[];
  snippet?: { range: Range; body: string };
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: RuleId;
  /** Stable id of the message template within the rule (tests and translations key on it). */
  messageId: string;
  severity: Severity;
  /** One line: what is wrong and what to do instead. */
  message: string;
  range: Range;
  /** Why a recipient reads this as generic. */
  why: string;
  /** What to write instead. */
  instead: string;
  /** Index of the outreach message the finding belongs to. */
  messageIndex: number;
  /** For phrase rules: the matched text as written (used by "ignore this phrase"). */
  phrase?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
  /** For a template checked per recipient (CLI `--data`): the row whose values gave this finding. */
  row?: RowReference;
}

/** A recipient of a template: a row of the recipients CSV. */
export interface RowReference {
  /** 1-based data row (the header is row 0). */
  number: number;
  /** 1-based line of the CSV where the row starts. */
  line: number;
  /** The values the message used, by field name. */
  values: Record<string, string>;
}

/** A problem with configuration or front matter: reported, never fatal. */
export interface ConfigProblem {
  /** Dotted key path such as `rules.stock-phrase` or `channels.email.limit`, or `front matter`. */
  key: string;
  message: string;
  /** Where in the document, when the problem comes from the document itself. */
  range?: Range;
  /** Where it came from: a settings source, a config file path, or the document. */
  source?: string;
}

export interface RuleMeta {
  id: RuleId;
  description: string;
  defaultSeverity: Severity;
  docsUrl: string;
  /** Offers safe fixes that `--fix` and fix-all apply. */
  fixable: boolean;
  /** Offers suggestions the user picks in the editor. */
  hasSuggestions: boolean;
  /** `message` rules see one message at a time; `file` rules compare messages. */
  scope: 'message' | 'file';
  /** Message templates by id; `{name}` marks a value. */
  messages: Record<string, string>;
  /** For rules that report phrase-list matches: the categories they report, and the one a user's extra phrase for the rule gets. */
  phrases?: { categories: readonly PhraseCategory[]; userCategory: PhraseCategory };
  /**
   * Runs on a message too large to parse, which the engine only counts: the rule needs nothing but the
   * message's length. Every other rule skips such a message.
   */
  readsOnlyLength?: boolean;
  /** Reads a template's syntax and fields (template mode only); the other rules read its renderings. */
  readsTemplate?: boolean;
}
