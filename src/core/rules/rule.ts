import type { Fix, Range, RelatedLocation, RuleId, RuleMeta, Severity, Suggestion } from '../types.js';
import type { PlainText } from '../markdown/plainText.js';
import type { Tokens } from '../phrases/tokenize.js';
import type { PhraseMatch } from '../phrases/matcher.js';
import type { Person } from '../document/settings.js';
import type { ChannelSpec } from '../config/channels.js';
import type { OutreachConfig } from '../config/config.js';
import type { PersonalReading } from '../personal/evidence.js';
import type { ParsedTemplate } from '../template/syntax.js';
import type { TemplateFileContext } from '../template/fields.js';

/**
 * What a rule sees of one message. Ranges a rule reports are relative to the message start (its heading
 * line), so a message's findings can be cached and reused wherever the message moves in the file.
 */
export interface MessageContext {
  /** The message's source, heading line included. */
  readonly source: string;
  /** Offset of the body within `source`. */
  readonly bodyOffset: number;
  /** The heading's text, when the message has one. */
  readonly title?: string;
  readonly headingRange?: Range;
  /** The pasted text and its map back to the body. */
  readonly plain: PlainText;
  /** Words of the prose (code, URLs and separators excluded). */
  readonly tokens: Tokens;
  /** Phrase-list matches in the prose, computed once for all phrase rules. */
  readonly matches: readonly PhraseMatch[];
  /**
   * Loose matches (a run of four words or more from a listed pattern), found only in a note that names no
   * personal detail, where no exact match stands: the phrase rules report them like exact ones, without a
   * safe fix. Computed on first use.
   */
  readonly looseMatches: readonly PhraseMatch[];
  readonly recipient?: Person;
  /** The recipient's first name, when known. */
  readonly firstName?: string;
  readonly sender?: Person;
  readonly channelId: string;
  readonly channel: ChannelSpec;
  /** The limit that applies to this message (after front matter and the message's own settings), or null. */
  readonly limit: number | null;
  readonly config: OutreachConfig;
  /** What in the prose only this recipient would recognise (read on first use, then kept). */
  readonly personal: PersonalReading;
  /** Maps a plain-text range to a range relative to the message start. */
  sourceRange(plainStart: number, plainEnd: number): Range;
  /**
   * In template mode, for the template rules: the template as read from `plain`, and what the file knows of
   * its fields. The other rules never see a template: they run on its renderings (engine/templateAnalysis.ts).
   */
  readonly template?: TemplateView;
  /** For a template checked per recipient: the row, for rules that report on one recipient. */
  readonly row?: { index: number };
}

export interface TemplateView {
  parsed: ParsedTemplate;
  file: TemplateFileContext;
  /** The recipients are checked one row at a time (CLI --data): a rule reports per row, on `row`. */
  perRow: boolean;
}

/** A finding as a rule reports it; the engine adds the rule id, severity and message index. */
export interface RuleReport {
  messageId: string;
  /** Values for the `{name}` slots of the message template. */
  data?: Record<string, string | number>;
  range: Range;
  why: string;
  instead: string;
  phrase?: string;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: RelatedLocation[];
}

export type Report = (report: RuleReport) => void;

export interface MessageRule {
  readonly meta: RuleMeta & { scope: 'message' };
  check(context: MessageContext, report: Report): void;
}

/** The fingerprint `duplicate-message` keeps of each message. */
export interface MessageFingerprint {
  /** MinHash signature of `shingles`, for finding candidate pairs without comparing every pair. */
  signature: Uint32Array;
  /** One hash per band of the signature: messages that agree on a band are candidates. */
  bands: Uint32Array;
  /** Sorted, distinct hashes of the message's word trigrams (names removed). */
  shingles: Uint32Array;
  /** Number of words considered. */
  wordCount: number;
}

/** What a file rule may read of one message to make its fingerprint. */
export interface FingerprintInput {
  /** Words of the prose, as the tokenizer gives them. */
  words: readonly string[];
  /** Words of the recipient's name and company: a mass blast swaps exactly these. */
  nameWords: ReadonlySet<string>;
}

export interface FileRuleMessage<F = unknown> {
  index: number;
  title?: string;
  /** Document range to report on (heading line, or the message's first line). */
  anchor: Range;
  /** One-based line of the anchor, for messages that point at other messages. */
  line: number;
  /** What the rule's `fingerprint` made of this message. */
  fingerprint: F;
}

/** A finding of a file rule, with document ranges. */
export interface FileRuleReport extends RuleReport {
  messageIndex: number;
}

/**
 * A rule that compares the messages of a file. It never sees a whole document: it keeps a fingerprint of
 * each message, made once when the message is analysed and cached with it, so after a keystroke only the
 * edited message's fingerprint is new.
 */
export interface FileRule<F = unknown, M = unknown> {
  readonly meta: RuleMeta & { scope: 'file' };
  /** The rule's fingerprint of one message; undefined leaves the message out of the comparison. */
  fingerprint(message: FingerprintInput): F | undefined;
  /**
   * Reports on the messages. `memory` is what the rule kept from its last check by the same linter (made by
   * `createMemory`), so that after a keystroke it redoes only what the edited message changes.
   */
  checkFile(messages: readonly FileRuleMessage<F>[], config: OutreachConfig, report: (report: FileRuleReport) => void, memory?: M): void;
  createMemory?(): M;
}

export type Rule = MessageRule | FileRule;

const DOCS_BASE = 'https://github.com/outreach-lint/outreach-lint/blob/main/docs/rules/';

export function docsUrl(id: RuleId): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Fills `{name}` slots of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function defineMessageRule(
  meta: Omit<RuleMeta, 'docsUrl' | 'scope'>,
  check: (context: MessageContext, report: Report) => void,
): MessageRule {
  return { meta: { ...meta, docsUrl: docsUrl(meta.id), scope: 'message' }, check };
}

export function defineFileRule<F, M = undefined>(
  meta: Omit<RuleMeta, 'docsUrl' | 'scope'>,
  fingerprint: FileRule<F, M>['fingerprint'],
  checkFile: FileRule<F, M>['checkFile'],
  createMemory?: () => M,
): FileRule<F, M> {
  return { meta: { ...meta, docsUrl: docsUrl(meta.id), scope: 'file' }, fingerprint, checkFile, ...(createMemory ? { createMemory } : {}) };
}

export type { Severity };
