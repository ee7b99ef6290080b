import type { ConfigProblem, Finding, Fix, Range, RelatedLocation, RuleId, Severity, Suggestion } from './types.js';
import { outlineDocument, type MessageSlice, type DocumentOutline } from './document/outline.js';
import { parseFrontMatter, parseMessageSettings, keyRange, MESSAGE_SETTINGS_PATTERN, type DocumentSettings, type Person } from './document/settings.js';
import { parseDirective, type Directive } from './document/directives.js';
import { toPlainText, plainRangeToSource, parseHazard, type PlainText } from './markdown/plainText.js';
import { tokenize } from './phrases/tokenize.js';
import { compilePhrases, type PhraseMatch, type PhraseMatcher } from './phrases/matcher.js';
import type { PhraseCategory, PhraseEntry } from './phrases/types.js';
import { resolveConfig, validateConfigInput, type ConfigInput, type OutreachConfig, type PhraseRuleId } from './config/config.js';
import { DEFAULT_CHANNEL, LINKEDIN_CONNECT_LIMITS, countWords, type ChannelSpec } from './config/channels.js';
import { MESSAGE_RULES, FILE_RULES, DEFAULT_SEVERITIES, RULE_META } from './rules/index.js';
import type { FileRuleMessage, MessageContext, MessageFingerprint, RuleReport } from './rules/rule.js';
import { formatMessage } from './rules/rule.js';
import { fingerprintWords } from './rules/duplicate-message.js';
import { recipientFromHeading, firstNameOf } from './recipient.js';
import { offsetToLineColumn } from './text/lines.js';
import { readPersonal, type DetailKind, type DetailOptions, type PersonalReading } from './personal/evidence.js';

/**
 * The engine. `lint(text)` splits the document with a line scan, analyses each message on its own and
 * caches the analysis by the message's text and the file settings it depends on, then assembles
 * document-wide results: file rules from cached fingerprints, inline directives, absolute ranges.
 * Re-linting after a keystroke therefore parses only the message that changed.
 */

/** What the counter, the copy command and the status bar need to know about one message. */
export interface MessageInfo {
  index: number;
  title?: string;
  /** From the heading line (or first body line) to the start of the next message or region. */
  range: Range;
  headingRange?: Range;
  bodyRange: Range;
  /** The text as it will be pasted: markup removed, heading excluded. */
  text: string;
  /** Length of `text` in UTF-16 code units: what a browser's maxlength counts. */
  length: number;
  words: number;
  channelId: string;
  channelLabel: string;
  limit: number | null;
  recipientName?: string;
  /** What makes the message personal, as `no-personal-detail` found it (empty for a message it reports). */
  details: MessageDetail[];
}

/** A personal detail of a message, with its document range and words. */
export interface MessageDetail {
  kind: DetailKind;
  range: Range;
  text: string;
}

export interface LintResult {
  findings: Finding[];
  messages: MessageInfo[];
  /** Problems with the front matter, settings comments, directives or configuration. */
  problems: ConfigProblem[];
  lineStarts: number[];
}

export interface Linter {
  readonly config: OutreachConfig;
  /** Problems found while reading the configuration layers. */
  readonly configProblems: readonly ConfigProblem[];
  lint(text: string): LintResult;
  /** Like `lint`, yielding to the event loop between slices of work; rejects with an AbortError when `signal` aborts. */
  lintAsync(text: string, options?: LintAsyncOptions): Promise<LintResult>;
  /** Drops cached analyses (for tests and memory pressure). */
  clearCache(): void;
  /** Number of messages analysed (not taken from the cache) since the linter was created. */
  readonly analysedCount: number;
}

export interface LintAsyncOptions {
  /** Milliseconds of work between yields to the event loop. */
  budgetMs?: number;
  signal?: AbortSignal;
}

export interface LinterOptions {
  /** Configuration layers, lowest first; each is validated on its own. */
  config?: ConfigInput | readonly unknown[] | unknown;
  /** Where the layers came from, for problem messages (same order as `config`). */
  configSources?: readonly string[];
  /** The phrase list. `createLinter` from the engine's index passes the built-in list. */
  phrases: readonly PhraseEntry[];
  /** How many message analyses to keep. */
  cacheSize?: number;
  /** Messages longer than this are counted but not parsed or checked for wording (see docs/limits). */
  maxMessageLength?: number;
}

export const DEFAULT_MAX_MESSAGE_LENGTH = 200_000;

/** Shared by every message with no personal detail (most of a large generic file): nothing to allocate. */
const NO_DETAILS = Object.freeze([]) as unknown as MessageDetail[];

/** A message analysed on its own; ranges are relative to the message start. */
interface MessageAnalysis {
  /** The lint call that last used this analysis (for eviction). */
  lastUsed: number;
  plain: PlainText;
  findings: Finding[];
  directives: Directive[];
  problems: ConfigProblem[];
  channelId: string;
  channel: ChannelSpec;
  limit: number | null;
  words: number;
  recipientName?: string;
  fingerprint?: MessageFingerprint;
  /** Personal details, with ranges relative to the message start. */
  details: MessageDetail[];
}

interface FileContext {
  key: string;
  settings: DocumentSettings;
  problems: ConfigProblem[];
}

/** The category a user's extra phrase gets: its rule's `userCategory`. */
function userCategory(rule: PhraseRuleId): PhraseCategory {
  const phrases = RULE_META[rule].phrases;
  if (!phrases) throw new Error(`${rule} reports no phrases`);
  return phrases.userCategory;
}

function shiftRange(range: Range, by: number): Range {
  return { start: range.start + by, end: range.end + by };
}

function shiftFix<T extends Fix | Suggestion>(fix: T, by: number): T {
  const shifted = { ...fix, edits: fix.edits.map((edit) => ({ range: shiftRange(edit.range, by), text: edit.text })) };
  if ('snippet' in fix && fix.snippet) (shifted as Suggestion).snippet = { range: shiftRange(fix.snippet.range, by), body: fix.snippet.body };
  return shifted;
}

function shiftFinding(finding: Finding, by: number, messageIndex: number): Finding {
  const shifted: Finding = { ...finding, range: shiftRange(finding.range, by), messageIndex };
  if (finding.fix) shifted.fix = shiftFix(finding.fix, by);
  if (finding.suggestions) shifted.suggestions = finding.suggestions.map((s) => shiftFix(s, by));
  if (finding.related) shifted.related = finding.related.map((r): RelatedLocation => ({ range: shiftRange(r.range, by), message: r.message }));
  return shifted;
}

function composeMessage(meta: { messages: Record<string, string> }, report: RuleReport): string {
  const template = meta.messages[report.messageId] ?? report.messageId;
  return `${formatMessage(template, report.data)} ${report.instead}`;
}

function toLayers(config: LinterOptions['config']): unknown[] {
  if (config === undefined) return [];
  return Array.isArray(config) ? [...config] : [config];
}

/**
 * Validates and merges the configuration layers, as a linter does on creation, without compiling the phrase
 * list: for a caller that reports configuration problems but leaves the linting to others (the CLI's --jobs).
 */
export function readConfigLayers(options: Pick<LinterOptions, 'config' | 'configSources'>): { config: OutreachConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const layers = toLayers(options.config).map((layer, index) => {
    const validated = validateConfigInput(layer, options.configSources?.[index]);
    problems.push(...validated.problems);
    return validated.input;
  });
  const resolved = resolveConfig(DEFAULT_SEVERITIES, layers, options.configSources ?? []);
  problems.push(...resolved.problems);
  return { config: resolved.config, problems };
}

export function createLinterWithPhrases(options: LinterOptions): Linter {
  const { config, problems: configProblems } = readConfigLayers(options);
  const userPhrases: PhraseEntry[] = config.extraPhrases.map((extra) => ({
    phrase: extra.phrase,
    category: userCategory(extra.rule),
    why: extra.why ?? 'It is on your team\'s list of phrases to avoid.',
    instead: extra.instead ?? 'Say the specific thing this phrase stands in for.',
  }));
  const matcher: PhraseMatcher = compilePhrases(options.phrases, userPhrases, config.allowedPhrases);
  const activeMessageRules = MESSAGE_RULES.filter((rule) => config.rules[rule.meta.id] !== 'off');
  const activeFileRules = FILE_RULES.filter((rule) => config.rules[rule.meta.id] !== 'off');
  const needFingerprints = activeFileRules.length > 0;
  const maxMessageLength = options.maxMessageLength ?? DEFAULT_MAX_MESSAGE_LENGTH;
  const cacheSize = options.cacheSize ?? 20_000;
  // Never fewer entries than the document being linted has messages: an LRU smaller than the file
  // evicts every entry before its next use, and each lint (and lintAsync's final pass) re-parses all.
  let capacity = cacheSize;
  /** Analyses by file settings key, then by message text. */
  const cache = new Map<string, Map<string, MessageAnalysis>>();
  let cachedCount = 0;
  /** Counts lint calls; an analysis remembers the last one that used it, for eviction. */
  let generation = 0;
  const shiftedCache = new WeakMap<MessageAnalysis, { start: number; index: number; findings: Finding[] }>();
  let fileContextCache: FileContext | undefined;
  let analysedCount = 0;

  function fileContext(text: string, outline: DocumentOutline): FileContext {
    const raw = outline.frontMatter ? text.slice(outline.frontMatter.contentRange.start, outline.frontMatter.contentRange.end) : '';
    const key = outline.frontMatter ? `${outline.frontMatter.contentRange.start}\u0000${raw}` : '';
    if (fileContextCache && fileContextCache.key === key) return fileContextCache;
    const parsed = outline.frontMatter ? parseFrontMatter(raw, outline.frontMatter.contentRange.start) : { settings: {} as DocumentSettings, problems: [] as ConfigProblem[] };
    // An unknown channel in the front matter is one mistake: reported once, on its key, then the default applies.
    if (parsed.settings.channel !== undefined && !config.channels[parsed.settings.channel] && outline.frontMatter) {
      parsed.problems.push({
        key: 'front matter: channel',
        message: `unknown channel "${parsed.settings.channel}"; known channels are ${Object.keys(config.channels).join(', ')}. Messages use "${config.defaultChannel}".`,
        range: keyRange(raw, 'channel', outline.frontMatter.contentRange.start),
      });
      delete parsed.settings.channel;
    }
    fileContextCache = { key, settings: parsed.settings, problems: parsed.problems };
    return fileContextCache;
  }

  /** The channel's limit under a plan, honouring a configured connection-note limit over the plan's. */
  function channelLimit(channelId: string, plan: 'free' | 'premium' | undefined): number | null {
    const spec = config.channels[channelId];
    if (!spec) return null;
    if (channelId === 'linkedin-connect' && plan && config.planSetsConnectLimit) return LINKEDIN_CONNECT_LIMITS[plan];
    return spec.limit;
  }

  function analyse(source: string, slice: MessageSlice, file: FileContext): MessageAnalysis {
    analysedCount++;
    const bodyOffset = slice.bodyStart - slice.start;
    const body = source.slice(bodyOffset);
    const problems: ConfigProblem[] = [];
    // Too big, or shaped so that the markdown parser would take seconds: counted, not parsed.
    const unparsed = body.length > maxMessageLength
      ? `has ${body.length.toLocaleString('en-US')} characters, more than the ${maxMessageLength.toLocaleString('en-US')} the linter checks for wording`
      : parseHazard(body);
    const oversized = unparsed !== undefined;
    const plain = oversized ? rawPlainText(body) : toPlainText(body);
    const toMessageRange = (range: Range): Range => shiftRange(range, bodyOffset);

    // The message's own settings and directives live in its HTML comments.
    let own: DocumentSettings = {};
    let ownChannelRange: Range | undefined;
    // Where a problem of this message shows when it has no place of its own: the heading, else the start.
    const messageAnchor: Range = slice.headingRange ? shiftRange(slice.headingRange, -slice.start) : { start: bodyOffset, end: bodyOffset };
    const directives: Directive[] = [];
    for (const comment of plain.comments) {
      const range = toMessageRange(comment.range);
      const directive = parseDirective(comment.body, range);
      if (directive) {
        if (directive.directive) directives.push(directive.directive);
        problems.push(...directive.problems);
        continue;
      }
      const settingsMatch = MESSAGE_SETTINGS_PATTERN.exec(comment.body);
      if (settingsMatch) {
        const parsed = parseMessageSettings(settingsMatch[1] as string, range);
        own = { ...own, ...parsed.settings };
        if (parsed.settings.channel !== undefined) ownChannelRange = range;
        problems.push(...parsed.problems);
      }
    }
    if (oversized) {
      problems.push({
        key: 'message size',
        message: `this message ${unparsed}; only its length is checked`,
        range: messageAnchor,
      });
    }

    // Channel and limit: the message's own comment, then the front matter, then configuration.
    const fileSettings = file.settings;
    let channelId = own.channel ?? fileSettings.channel ?? config.defaultChannel;
    if (!config.channels[channelId]) {
      problems.push({
        key: 'outreach comment: channel',
        message: `unknown channel "${channelId}"; known channels are ${Object.keys(config.channels).join(', ')}. This message uses "${config.defaultChannel}".`,
        range: ownChannelRange ?? messageAnchor,
      });
      channelId = config.channels[config.defaultChannel] ? config.defaultChannel : DEFAULT_CHANNEL;
    }
    const channel = config.channels[channelId] as ChannelSpec;
    const plan = own.plan ?? fileSettings.plan;
    let limit: number | null;
    if (own.limit !== undefined) limit = own.limit;
    else if (own.channel === undefined && fileSettings.limit !== undefined) limit = fileSettings.limit;
    else limit = channelLimit(channelId, plan);

    // Who the note is to: its own comment, then its heading, then the front matter.
    const fromHeading = slice.headingLevel === 2 && slice.title ? recipientFromHeading(slice.title) : undefined;
    const recipient: Person | undefined = mergePeople(own.recipient, fromHeading, slice.headingLevel === 2 && fromHeading ? undefined : fileSettings.recipient);
    const firstName = recipient ? firstNameOf(recipient) : undefined;
    const sender = own.sender ?? fileSettings.sender;

    const tokens = oversized ? { words: [], starts: [], ends: [], breakBefore: [] } : tokenize(plain.text, plain.kinds);
    const matches = oversized ? [] : matcher.match(tokens);
    const context: MessageContext = {
      source,
      bodyOffset,
      ...(slice.title !== undefined ? { title: slice.title } : {}),
      ...(slice.headingRange ? { headingRange: shiftRange(slice.headingRange, -slice.start) } : {}),
      plain,
      tokens,
      matches,
      ...(recipient ? { recipient } : {}),
      ...(firstName ? { firstName } : {}),
      ...(sender ? { sender } : {}),
      channelId,
      channel,
      limit,
      config,
      get personal() {
        personal ??= readPersonal(plain.text, tokens, detailOptions(recipient, sender));
        return personal;
      },
      get looseMatches() {
        looseMatches ??= oversized || this.personal.details.length > 0 ? [] : specificLooseMatchesDropped(matcher.matchLoose(tokens, matches), tokens, this.personal);
        return looseMatches;
      },
      sourceRange: (start, end) => toMessageRange(plainRangeToSource(plain, start, end)),
    };
    let personal: PersonalReading | undefined;
    let looseMatches: PhraseMatch[] | undefined;

    const findings: Finding[] = [];
    for (const rule of activeMessageRules) {
      if (oversized && !rule.meta.readsOnlyLength) continue;
      const severity = config.rules[rule.meta.id] as Severity;
      try {
        rule.check(context, (report) => findings.push(toFinding(rule.meta.id, severity, report, 0)));
      } catch (error) {
        problems.push({ key: `rules.${rule.meta.id}`, message: `the rule failed on this message and was skipped: ${(error as Error).message}`, range: messageAnchor });
      }
    }
    findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);

    let fingerprint: MessageFingerprint | undefined;
    if (needFingerprints && !oversized) {
      const exclude = new Set<string>();
      for (const value of [recipient?.name, recipient?.company, firstName]) {
        for (const word of tokenize(value ?? '').words) exclude.add(word);
      }
      fingerprint = fingerprintWords(tokens.words, exclude);
    }

    return {
      lastUsed: 0,
      plain,
      findings,
      directives,
      problems,
      channelId,
      channel,
      limit,
      words: countWords(plain.text),
      ...(recipient?.name ? { recipientName: recipient.name } : {}),
      ...(fingerprint ? { fingerprint } : {}),
      details: context.personal.details.length === 0 ? NO_DETAILS : context.personal.details.map((detail) => ({
        kind: detail.kind,
        range: context.sourceRange(detail.start, detail.end),
        text: plain.text.slice(detail.start, detail.end),
      })),
    };
  }

  function toFinding(ruleId: RuleId, severity: Severity, report: RuleReport, messageIndex: number): Finding {
    const meta = RULE_META[ruleId];
    return {
      ruleId,
      messageId: report.messageId,
      severity,
      message: composeMessage(meta, report),
      range: report.range,
      why: report.why,
      instead: report.instead,
      messageIndex,
      ...(report.phrase !== undefined ? { phrase: report.phrase } : {}),
      ...(report.fix ? { fix: report.fix } : {}),
      ...(report.suggestions ? { suggestions: report.suggestions } : {}),
      ...(report.related ? { related: report.related } : {}),
    };
  }

  function cachedAnalysis(text: string, slice: MessageSlice, file: FileContext): MessageAnalysis {
    // The message's own text is the key (a slice shares the document's memory); the file settings it
    // depends on pick the inner map. The heading level follows from the text, so it needs no key.
    const source = text.slice(slice.start, slice.end);
    let messagesOfFile = cache.get(file.key);
    if (!messagesOfFile) {
      messagesOfFile = new Map();
      cache.set(file.key, messagesOfFile);
    }
    const hit = messagesOfFile.get(source);
    if (hit) {
      hit.lastUsed = generation;
      return hit;
    }
    let analysis: MessageAnalysis;
    try {
      analysis = analyse(source, slice, file);
    } catch (error) {
      analysis = failedAnalysis(source, slice, config, error as Error);
    }
    analysis.lastUsed = generation;
    messagesOfFile.set(source, analysis);
    cachedCount++;
    if (cachedCount > capacity) evictStale();
    return analysis;
  }

  /** Drops the analyses used longest ago, down to three quarters of the capacity. */
  function evictStale(): void {
    const entries: { map: Map<string, MessageAnalysis>; key: string; lastUsed: number }[] = [];
    for (const map of cache.values()) for (const [key, analysis] of map) entries.push({ map, key, lastUsed: analysis.lastUsed });
    entries.sort((a, b) => a.lastUsed - b.lastUsed);
    const drop = entries.length - Math.floor(capacity * 0.75);
    for (let i = 0; i < drop; i++) {
      const entry = entries[i] as (typeof entries)[number];
      // Never evict what the current lint uses.
      if (entry.lastUsed === generation) break;
      entry.map.delete(entry.key);
      cachedCount--;
    }
    for (const [fileKey, map] of cache) if (map.size === 0) cache.delete(fileKey);
  }

  function lint(text: string): LintResult {
    generation++;
    const outline = outlineDocument(text);
    capacity = Math.max(cacheSize, outline.messages.length + 64);
    return compose(text, outline);
  }

  /**
   * The same result as `lint`, with the parsing spread over several turns of the event loop: messages
   * not in the cache are analysed in slices of about `budgetMs`, and `signal` stops the work as soon as
   * a newer edit makes it pointless. The editor uses this so a large file never blocks for long.
   */
  async function lintAsync(text: string, options: LintAsyncOptions = {}): Promise<LintResult> {
    const budget = options.budgetMs ?? 8;
    generation++;
    const outline = outlineDocument(text);
    capacity = Math.max(cacheSize, outline.messages.length + 64);
    const file = fileContext(text, outline);
    // Analyses and their shifted findings are gathered in slices too, so the final, synchronous
    // compose does not look every message up again (for a big file that took seconds at once).
    const analyses: MessageAnalysis[] = [];
    let sliceStart = now();
    for (const [index, slice] of outline.messages.entries()) {
      if (options.signal?.aborted) throw abortError();
      const analysis = cachedAnalysis(text, slice, file);
      analyses.push(analysis);
      shiftedFindings(analysis, slice, index);
      if (now() - sliceStart > budget) {
        await yieldToEventLoop();
        sliceStart = now();
      }
    }
    if (options.signal?.aborted) throw abortError();
    return compose(text, outline, analyses);
  }

  /** A message's findings in document offsets, reused while the message stays at the same place and index. */
  function shiftedFindings(analysis: MessageAnalysis, slice: MessageSlice, index: number): Finding[] {
    const previous = shiftedCache.get(analysis);
    if (previous && previous.start === slice.start && previous.index === index) return previous.findings;
    const findings = analysis.findings.map((finding) => shiftFinding(finding, slice.start, index));
    shiftedCache.set(analysis, { start: slice.start, index, findings });
    return findings;
  }

  function compose(text: string, outline: DocumentOutline, precomputed?: readonly MessageAnalysis[]): LintResult {
    const file = fileContext(text, outline);
    const problems: ConfigProblem[] = [...file.problems];
    const messages: MessageInfo[] = [];
    const analyses: MessageAnalysis[] = [];
    const perMessage: Finding[][] = [];

    outline.messages.forEach((slice, index) => {
      const analysis = precomputed?.[index] ?? cachedAnalysis(text, slice, file);
      analyses.push(analysis);
      perMessage.push(shiftedFindings(analysis, slice, index));
      for (const problem of analysis.problems) {
        problems.push(problem.range ? { ...problem, range: shiftRange(problem.range, slice.start) } : problem);
      }
      messages.push({
        index,
        ...(slice.title !== undefined ? { title: slice.title } : {}),
        range: { start: slice.start, end: slice.end },
        ...(slice.headingRange ? { headingRange: slice.headingRange } : {}),
        bodyRange: { start: slice.bodyStart, end: slice.end },
        text: analysis.plain.text,
        length: analysis.plain.text.length,
        words: analysis.words,
        channelId: analysis.channelId,
        channelLabel: analysis.channel.label,
        limit: analysis.limit,
        ...(analysis.recipientName ? { recipientName: analysis.recipientName } : {}),
        details: analysis.details.length === 0 ? NO_DETAILS : analysis.details.map((detail) => ({ ...detail, range: shiftRange(detail.range, slice.start) })),
      });
    });

    // File rules compare messages through their cached fingerprints: no parsing here.
    if (activeFileRules.length > 0) {
      const fileMessages: FileRuleMessage[] = [];
      outline.messages.forEach((slice, index) => {
        const fingerprint = analyses[index]?.fingerprint;
        if (!fingerprint) return;
        const anchor = slice.headingRange ?? firstLineRange(text, slice);
        fileMessages.push({
          index,
          ...(slice.title !== undefined ? { title: slice.title } : {}),
          anchor,
          line: offsetToLineColumn(outline.lineStarts, anchor.start).line + 1,
          fingerprint,
        });
      });
      for (const rule of activeFileRules) {
        const severity = config.rules[rule.meta.id] as Severity;
        try {
          rule.checkFile(fileMessages, config, (report) => {
            const list = perMessage[report.messageIndex];
            if (!list) return;
            const finding = toFinding(rule.meta.id, severity, report, report.messageIndex);
            // Copy before adding: the per-message list may be shared with the shift cache.
            perMessage[report.messageIndex] = [finding, ...list].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
          });
        } catch (error) {
          problems.push({ key: `rules.${rule.meta.id}`, message: `the rule failed and was skipped: ${(error as Error).message}` });
        }
      }
    }

    const directives = collectDirectives(text, outline, analyses, problems);
    let findings = perMessage.flat();
    if (directives.length > 0) findings = applyDirectives(findings, directives, outline.lineStarts);
    return { findings, messages, problems, lineStarts: outline.lineStarts };
  }

  return {
    config,
    configProblems,
    lint,
    lintAsync,
    clearCache: () => {
      cache.clear();
      cachedCount = 0;
      fileContextCache = undefined;
    },
    get analysedCount() {
      return analysedCount;
    },
  };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function abortError(): Error {
  const error = new Error('Linting was cancelled by a newer edit');
  error.name = 'AbortError';
  return error;
}

/** When parsing fails or a message is too big to parse: the raw text, one source character per character. */
function rawPlainText(body: string): PlainText {
  const text = body.replace(/\r\n?/g, '\n').trim();
  const start = body.length - body.trimStart().length;
  const offsets = new Int32Array(text.length + 1);
  const widths = new Map<number, number>();
  let source = start;
  for (let i = 0; i < text.length; i++) {
    offsets[i] = source;
    if (body.charCodeAt(source) === 13 && body.charCodeAt(source + 1) === 10) {
      widths.set(i, 2);
      source += 2;
    } else {
      source += 1;
    }
  }
  offsets[text.length] = source;
  return { text, kinds: new Uint8Array(text.length), sourceOffsets: offsets, sourceWidths: widths, comments: [] };
}

function failedAnalysis(source: string, slice: MessageSlice, config: OutreachConfig, error: Error): MessageAnalysis {
  const body = source.slice(slice.bodyStart - slice.start);
  const plain = rawPlainText(body);
  const channel = config.channels[config.defaultChannel] as ChannelSpec;
  return {
    lastUsed: 0,
    plain,
    findings: [],
    directives: [],
    problems: [
      {
        key: 'internal',
        message: `this message could not be checked (${error.message}); please report it with the message text`,
        range: slice.headingRange ? shiftRange(slice.headingRange, -slice.start) : { start: slice.bodyStart - slice.start, end: slice.bodyStart - slice.start },
      },
    ],
    channelId: config.defaultChannel,
    channel,
    limit: channel.limit,
    words: countWords(plain.text),
    details: [],
  };
}

/**
 * A loose match is a guess from part of a phrase, so it yields to specifics: a run with a number in it ("in a
 * 15-minute call") or followed at once by specific words ("could I ask you one question about the rollback
 * step") is the writer being concrete, not stock.
 */
function specificLooseMatchesDropped(loose: PhraseMatch[], tokens: { words: readonly string[] }, personal: PersonalReading): PhraseMatch[] {
  return loose.filter((match) => {
    for (let i = match.firstToken; i < match.endToken; i++) if (/^\d/.test(tokens.words[i] as string)) return false;
    return !personal.specificAfter(match.endToken, 6);
  });
}

/** The names a personal detail cannot be (the recipient's and sender's own), and the front matter's hooks. */
function detailOptions(recipient: Person | undefined, sender: Person | undefined): DetailOptions {
  const names = [recipient?.name, recipient?.company, recipient?.fields.firstname, recipient?.fields.lastname, sender?.name, sender?.company];
  return { names, hooks: recipient?.hooks ?? [] };
}

function mergePeople(...people: (Person | undefined)[]): Person | undefined {
  const present = people.filter((p): p is Person => p !== undefined);
  if (present.length === 0) return undefined;
  const merged: Person = { fields: {}, hooks: [] };
  for (const person of [...present].reverse()) {
    Object.assign(merged.fields, person.fields);
    if (person.name) merged.name = person.name;
    if (person.company) merged.company = person.company;
    if (person.role) merged.role = person.role;
    if (person.hooks.length > 0) merged.hooks = person.hooks;
  }
  return merged;
}

function firstLineRange(text: string, slice: MessageSlice): Range {
  let start = slice.bodyStart;
  while (start < slice.end && /\s/.test(text[start] as string)) start++;
  let end = start;
  while (end < slice.end && text[end] !== '\n' && text[end] !== '\r') end++;
  return { start, end };
}

interface PlacedDirective extends Directive {
  /** Zero-based line of the comment's start and end. */
  line: number;
  endLine: number;
}

function collectDirectives(text: string, outline: DocumentOutline, analyses: readonly MessageAnalysis[], problems: ConfigProblem[]): PlacedDirective[] {
  const placed: PlacedDirective[] = [];
  const place = (directive: Directive) => {
    placed.push({
      ...directive,
      line: offsetToLineColumn(outline.lineStarts, directive.range.start).line,
      endLine: offsetToLineColumn(outline.lineStarts, Math.max(directive.range.start, directive.range.end - 1)).line,
    });
  };
  // Directives outside messages (the preamble, notes under a `#` heading) apply from where they stand.
  for (const region of outline.nonMessageRanges) {
    const regionText = text.slice(region.start, region.end);
    if (!regionText.includes('outreach-lint-')) continue;
    const hazard = parseHazard(regionText);
    if (hazard) {
      problems.push({ key: 'outreach-lint directives', message: `this part of the file, outside any message, ${hazard}; its outreach-lint comments are not read`, range: region });
      continue;
    }
    for (const comment of toPlainText(regionText).comments) {
      const parsed = parseDirective(comment.body, shiftRange(comment.range, region.start));
      if (!parsed) continue;
      if (parsed.directive) place(parsed.directive);
      problems.push(...parsed.problems);
    }
  }
  outline.messages.forEach((slice, index) => {
    for (const directive of analyses[index]?.directives ?? []) place({ ...directive, range: shiftRange(directive.range, slice.start) });
  });
  return placed.sort((a, b) => a.range.start - b.range.start);
}

/**
 * Drops findings that inline comments switch off, in one sweep: findings and directives are both in
 * document order, so the on/off state only moves forward.
 */
function applyDirectives(findings: Finding[], directives: readonly PlacedDirective[], lineStarts: readonly number[]): Finding[] {
  const fileWide = new Set<RuleId | '*'>();
  // Lines a disable-line or disable-next-line comment covers, with the rules it names ('*' for all).
  const lineRules = new Map<number, Set<RuleId | '*'>>();
  for (const directive of directives) {
    const rules: readonly (RuleId | '*')[] = directive.rules.length ? directive.rules : ['*'];
    if (directive.kind === 'disable-file') for (const rule of rules) fileWide.add(rule);
    if (directive.kind === 'disable-line' || directive.kind === 'disable-next-line') {
      const line = directive.kind === 'disable-line' ? directive.line : directive.endLine + 1;
      const set = lineRules.get(line) ?? new Set();
      for (const rule of rules) set.add(rule);
      lineRules.set(line, set);
    }
  }
  const ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  // The latest disable/enable for each rule ('*' for "all rules"), with its order: the later one decides.
  const state = new Map<RuleId | '*', { disabled: boolean; order: number }>();
  let next = 0;
  let line = 0;
  return findings.filter((finding) => {
    if (fileWide.has('*') || fileWide.has(finding.ruleId)) return false;
    while (next < ranged.length && (ranged[next] as PlacedDirective).range.start <= finding.range.start) {
      const directive = ranged[next] as PlacedDirective;
      for (const rule of directive.rules.length ? directive.rules : (['*'] as const)) state.set(rule, { disabled: directive.kind === 'disable', order: next });
      next++;
    }
    const own = state.get(finding.ruleId);
    const all = state.get('*');
    const decisive = own && all ? (own.order > all.order ? own : all) : (own ?? all);
    if (decisive?.disabled) return false;
    if (lineRules.size === 0) return true;
    while (line + 1 < lineStarts.length && (lineStarts[line + 1] as number) <= finding.range.start) line++;
    const rules = lineRules.get(line);
    return !(rules && (rules.has('*') || rules.has(finding.ruleId)));
  });
}
