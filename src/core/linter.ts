import type { ConfigProblem, Finding, Range } from './types.js';
import { outlineDocument, type DocumentOutline } from './document/outline.js';
import { collectDirectives, applyDirectives } from './document/directives.js';
import { compilePhrases } from './phrases/matcher.js';
import type { PhraseCategory, PhraseEntry } from './phrases/types.js';
import { resolveConfig, validateConfigInput, type ConfigInput, type OutreachConfig, type PhraseRuleId } from './config/config.js';
import { MESSAGE_RULES, FILE_RULES, DEFAULT_SEVERITIES, RULE_META } from './rules/index.js';
import { shiftRange } from './text/range.js';
import { createAnalyzer, NO_DETAILS, type MessageAnalysis, type MessageDetail } from './engine/analysis.js';
import { AnalysisCache } from './engine/cache.js';
import { FileSettingsReader, type FileContext, type LintInput } from './engine/messageSettings.js';
import type { MessageTemplateInfo } from './engine/templateAnalysis.js';
import { runFileRules } from './engine/fileRules.js';
import { shiftFinding } from './engine/findings.js';

export type { MessageDetail, LintInput, MessageTemplateInfo };

/**
 * The engine, as a pipeline. `lint(text)`:
 * 1. outlines the document with a line scan (document/outline.ts): front matter, messages, other regions;
 * 2. reads the front matter once per its text (engine/messageSettings.ts);
 * 3. takes each message's analysis from the cache, or analyses it (engine/cache.ts, engine/analysis.ts):
 *    plain text, its own settings (channel, plan, limit, recipient), phrase matches, the message rules and
 *    the fingerprints the file rules compare, all relative to the message;
 * 4. runs the file rules over the cached fingerprints (engine/fileRules.ts);
 * 5. applies inline directives (document/directives.ts);
 * 6. returns findings, messages and problems in document offsets.
 * Re-linting after a keystroke therefore analyses only the message that changed.
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
  /** In template mode: the template's fields and spins, its shortest and longest rendering (docs/templates.md). */
  template?: MessageTemplateInfo;
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
  /** `input.data` gives a template file its recipients (the caller reads the CSV; the engine never reads files). */
  lint(text: string, input?: LintInput): LintResult;
  /** Like `lint`, yielding to the event loop between slices of work; rejects with an AbortError when `signal` aborts. */
  lintAsync(text: string, options?: LintAsyncOptions & LintInput): Promise<LintResult>;
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

/** The category a user's extra phrase gets: its rule's `userCategory`. */
function userCategory(rule: PhraseRuleId): PhraseCategory {
  const phrases = RULE_META[rule].phrases;
  if (!phrases) throw new Error(`${rule} reports no phrases`);
  return phrases.userCategory;
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
  const matcher = compilePhrases(options.phrases, userPhrases, config.allowedPhrases);
  const fileRules = FILE_RULES.filter((rule) => config.rules[rule.meta.id] !== 'off');
  const analyse = createAnalyzer({
    config,
    matcher,
    messageRules: MESSAGE_RULES.filter((rule) => config.rules[rule.meta.id] !== 'off'),
    fileRules,
    maxMessageLength: options.maxMessageLength ?? DEFAULT_MAX_MESSAGE_LENGTH,
  });
  const fileRuleMemories = fileRules.map((rule) => rule.createMemory?.());
  const cache = new AnalysisCache(options.cacheSize ?? 20_000, analyse, config);
  const fileSettings = new FileSettingsReader(config);
  const shiftedCache = new WeakMap<MessageAnalysis, { start: number; index: number; findings: Finding[] }>();

  function lint(text: string, input: LintInput = {}): LintResult {
    const outline = outlineDocument(text);
    cache.beginLint(outline.messages.length);
    return compose(text, outline, fileSettings.read(text, outline, input));
  }

  /**
   * The same result as `lint`, with the analyses spread over several turns of the event loop: messages
   * not in the cache are analysed in slices of about `budgetMs`, and `signal` stops the work as soon as
   * a newer edit makes it pointless. The editor uses this so a large file never blocks for long.
   */
  async function lintAsync(text: string, options: LintAsyncOptions & LintInput = {}): Promise<LintResult> {
    const budget = options.budgetMs ?? 8;
    const outline = outlineDocument(text);
    cache.beginLint(outline.messages.length);
    const file = fileSettings.read(text, outline, options);
    // Analyses and their shifted findings are gathered in slices too, so the final, synchronous
    // compose does not look every message up again (for a big file that took seconds at once).
    const analyses: MessageAnalysis[] = [];
    let sliceStart = now();
    for (const [index, slice] of outline.messages.entries()) {
      if (options.signal?.aborted) throw abortError();
      const analysis = cache.get(text, slice, file);
      analyses.push(analysis);
      shiftedFindings(analysis, slice.start, index);
      if (now() - sliceStart > budget) {
        await yieldToEventLoop();
        sliceStart = now();
      }
    }
    if (options.signal?.aborted) throw abortError();
    return compose(text, outline, file, analyses);
  }

  /** A message's findings in document offsets, reused while the message stays at the same place and index. */
  function shiftedFindings(analysis: MessageAnalysis, start: number, index: number): Finding[] {
    const previous = shiftedCache.get(analysis);
    if (previous && previous.start === start && previous.index === index) return previous.findings;
    const findings = analysis.findings.map((finding) => shiftFinding(finding, start, index));
    shiftedCache.set(analysis, { start, index, findings });
    return findings;
  }

  function compose(text: string, outline: DocumentOutline, file: FileContext, precomputed?: readonly MessageAnalysis[]): LintResult {
    const problems: ConfigProblem[] = [...file.problems];
    const messages: MessageInfo[] = [];
    const analyses: MessageAnalysis[] = [];
    const perMessage: Finding[][] = [];

    outline.messages.forEach((slice, index) => {
      const analysis = precomputed?.[index] ?? cache.get(text, slice, file);
      analyses.push(analysis);
      perMessage.push(shiftedFindings(analysis, slice.start, index));
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
        ...(analysis.template ? { template: shiftTemplateInfo(analysis.template, slice.start) } : {}),
      });
    });

    if (fileRules.length > 0) runFileRules(fileRules, fileRuleMemories, config, text, outline, analyses, perMessage, problems);

    const directives = collectDirectives(text, outline, analyses.map((analysis) => analysis.directives), problems);
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
      fileSettings.clear();
    },
    get analysedCount() {
      return cache.analysedCount;
    },
  };
}

/** A template's ranges in document offsets (its parsed template keeps offsets into the message's text). */
function shiftTemplateInfo(info: MessageTemplateInfo, by: number): MessageTemplateInfo {
  return {
    ...info,
    fields: info.fields.map((field) => ({ ...field, range: shiftRange(field.range, by) })),
    spins: info.spins.map((spin) => ({ range: shiftRange(spin.range, by), separators: spin.separators.map((range) => shiftRange(range, by)) })),
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
