import type { ConfigProblem, Finding, Range, Severity } from '../types.js';
import type { MessageSlice } from '../document/outline.js';
import type { Directive } from '../document/directives.js';
import type { Person } from '../document/settings.js';
import { toPlainText, plainRangeToSource, parseHazard, CharKind, type PlainText } from '../markdown/plainText.js';
import { tokenize, type Tokens } from '../phrases/tokenize.js';
import type { PhraseMatch, PhraseMatcher } from '../phrases/matcher.js';
import type { OutreachConfig } from '../config/config.js';
import { countWords, type ChannelSpec } from '../config/channels.js';
import type { FileRule, MessageContext, MessageRule, RuleReport, TemplateView } from '../rules/rule.js';
import { parseTemplate } from '../template/syntax.js';
import { checkTemplateRenderings, type MessageTemplateInfo } from './templateAnalysis.js';
import { firstNameOf } from '../recipient.js';
import { readPersonal, type DetailKind, type DetailOptions, type PersonalReading } from '../personal/evidence.js';
import { byRange, shiftRange } from '../text/range.js';
import { toFinding } from './findings.js';
import { readMessageComments, resolveMessageSettings, type FileContext } from './messageSettings.js';

/**
 * One message on its own: plain text, settings, phrase matches, every message rule, and the fingerprints
 * the file rules compare. Everything here depends only on the message's text and the file settings, which
 * is what lets the engine cache it by text. Ranges are relative to the message start.
 */

/** A personal detail of a message, with its range and words. */
export interface MessageDetail {
  kind: DetailKind;
  range: Range;
  text: string;
}

export interface MessageAnalysis {
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
  /** Each active file rule's fingerprint of the message, in the order of the file rules. */
  fingerprints: readonly unknown[];
  details: MessageDetail[];
  /** For a message in template mode: its fields, spins and length range. */
  template?: MessageTemplateInfo;
}

/** Shared by every message with no personal detail (most of a large generic file): nothing to allocate. */
export const NO_DETAILS = Object.freeze([]) as unknown as MessageDetail[];
const NO_FINGERPRINTS: readonly unknown[] = Object.freeze([]);
const NO_TOKENS: Tokens = { words: [], starts: [], ends: [], breakBefore: [] };

export interface AnalyzerOptions {
  config: OutreachConfig;
  matcher: PhraseMatcher;
  messageRules: readonly MessageRule[];
  fileRules: readonly FileRule[];
  /** Messages longer than this are counted, not parsed. */
  maxMessageLength: number;
}

/** Analyses one message: `source` runs from its heading line to the next message. */
export type Analyze = (source: string, slice: MessageSlice, file: FileContext) => MessageAnalysis;

interface ContextExtras {
  template?: TemplateView;
  row?: number;
  /** Plain ranges the template guarantees are personal (an always-filled personal field). */
  details?: { start: number; end: number }[];
}

export function createAnalyzer({ config, matcher, messageRules, fileRules, maxMessageLength }: AnalyzerOptions): Analyze {
  const templateRules = messageRules.filter((rule) => rule.meta.readsTemplate);
  const textRules = messageRules.filter((rule) => !rule.meta.readsTemplate);
  return function analyse(source, slice, file) {
    const bodyOffset = slice.bodyStart - slice.start;
    const body = source.slice(bodyOffset);
    // Too big, or shaped so that the markdown parser would take seconds: counted, not parsed.
    const unparsed = body.length > maxMessageLength
      ? `has ${body.length.toLocaleString('en-US')} characters, more than the ${maxMessageLength.toLocaleString('en-US')} the linter checks for wording`
      : parseHazard(body);
    const oversized = unparsed !== undefined;
    const plain = oversized ? rawPlainText(body) : toPlainText(body);
    const toMessageRange = (range: Range): Range => shiftRange(range, bodyOffset);

    // Where a problem of this message shows when it has no place of its own: the heading, else the start.
    const messageAnchor: Range = slice.headingRange ? shiftRange(slice.headingRange, -slice.start) : { start: bodyOffset, end: bodyOffset };
    const comments = readMessageComments(plain.comments, toMessageRange);
    const problems: ConfigProblem[] = [...comments.problems];
    if (oversized) problems.push({ key: 'message size', message: `this message ${unparsed}; only its length is checked`, range: messageAnchor });
    const { problems: settingsProblems, ...resolved } = resolveMessageSettings(config, comments, file.settings, slice, messageAnchor);
    problems.push(...settingsProblems);
    const { recipient, firstName } = resolved;

    const baseContext = {
      source,
      bodyOffset,
      ...(slice.title !== undefined ? { title: slice.title } : {}),
      ...(slice.headingRange ? { headingRange: shiftRange(slice.headingRange, -slice.start) } : {}),
      ...resolved,
      config,
    };

    /** A rule context for `text` (the message's plain text, or a rendering of its template). */
    function contextFor(text: PlainText, people: { recipient?: Person; firstName?: string; sender?: Person }, extra: ContextExtras = {}): MessageContext {
      const tokens = oversized ? NO_TOKENS : tokenize(text.text, text.kinds);
      const matches = oversized ? [] : matcher.match(tokens);
      let personal: PersonalReading | undefined;
      let looseMatches: PhraseMatch[] | undefined;
      const { recipient: person, sender: from } = people;
      return {
        ...baseContext,
        recipient: person,
        firstName: people.firstName,
        plain: text,
        tokens,
        matches,
        ...(extra.template ? { template: extra.template } : {}),
        ...(extra.row !== undefined ? { row: { index: extra.row } } : {}),
        get personal() {
          if (!personal) {
            const reading = readPersonal(text.text, tokens, detailOptions(person, from));
            // A personal field filled for every recipient is the note's personal detail.
            personal = extra.details && extra.details.length > 0
              ? { details: [...extra.details.map((range) => ({ kind: 'hook' as const, ...range })), ...reading.details], specificAfter: (end, window) => reading.specificAfter(end, window) }
              : reading;
          }
          return personal;
        },
        get looseMatches() {
          looseMatches ??= oversized || this.personal.details.length > 0 ? [] : specificLooseMatchesDropped(matcher.matchLoose(tokens, matches), tokens, this.personal);
          return looseMatches;
        },
        sourceRange: (start, end) => toMessageRange(plainRangeToSource(text, start, end)),
      } as MessageContext;
    }

    function run(rules: readonly MessageRule[], context: MessageContext, adjust?: (report: RuleReport, rule: MessageRule) => RuleReport | undefined): Finding[] {
      const found: Finding[] = [];
      for (const rule of rules) {
        if (oversized && !rule.meta.readsOnlyLength) continue;
        const severity = config.rules[rule.meta.id] as Severity;
        try {
          rule.check(context, (report) => {
            const adjusted = adjust ? adjust(report, rule) : report;
            if (adjusted) found.push(toFinding(rule.meta.id, severity, adjusted, 0));
          });
        } catch (error) {
          problems.push({ key: `rules.${rule.meta.id}`, message: `the rule failed on this message and was skipped: ${(error as Error).message}`, range: messageAnchor });
        }
      }
      return found;
    }

    const syntax = comments.own.template ?? file.settings.template;
    const view: TemplateView | undefined = syntax && !oversized
      ? { parsed: parseTemplate(plain.text, syntax, (offset) => plain.kinds[offset] !== CharKind.Prose), file: file.template, perRow: file.perRow }
      : undefined;
    // In template mode this context is the template rules' (the other rules read renderings); else every rule's.
    const context = contextFor(plain, resolved, view ? { template: view } : {});
    let findings: Finding[];
    let words: readonly string[] = context.tokens.words;
    let template: MessageTemplateInfo | undefined;
    let templateDetails: MessageDetail[] = [];
    if (view) {
      // The recipient of a rendering is the one its fields name; without name fields, the message's own
      // (its comment, a heading that names a person, the front matter), as outside template mode.
      const outcome = checkTemplateRenderings(view.parsed, plain, file, textRules, {
        contextFor: (text, fromFields, details, row) => {
          const person = fromFields ?? resolved.recipient;
          const first = fromFields ? firstNameOf(fromFields) : resolved.firstName;
          return contextFor(text, { ...(person ? { recipient: person } : {}), ...(first ? { firstName: first } : {}), ...(resolved.sender ? { sender: resolved.sender } : {}) }, { details, ...(row !== undefined ? { row } : {}) });
        },
        run,
        severityOf: (rule) => config.rules[rule],
        toFinding: (rule, report) => toFinding(rule, config.rules[rule] as Severity, report, 0),
        runTemplateRules: (row) => {
          // One recipient: the same template context, told the row (no re-tokenizing per row).
          return run(templateRules, row === undefined ? context : Object.assign(Object.create(context) as MessageContext, { row: { index: row } }));
        },
      }, context.sourceRange);
      findings = outcome.findings;
      words = outcome.words;
      template = outcome.info;
      templateDetails = outcome.details.map((detail) => ({ kind: 'hook', ...detail }));
    } else {
      findings = run(textRules, context);
    }
    findings.sort(byRange);

    let fingerprints = NO_FINGERPRINTS;
    if (fileRules.length > 0 && !oversized) {
      const nameWords = new Set<string>();
      for (const value of [recipient?.name, recipient?.company, firstName]) {
        for (const word of tokenize(value ?? '').words) nameWords.add(word);
      }
      fingerprints = fileRules.map((rule) => rule.fingerprint({ words, nameWords }));
    }

    return {
      lastUsed: 0,
      plain,
      findings,
      directives: comments.directives,
      problems,
      channelId: resolved.channelId,
      channel: resolved.channel,
      limit: resolved.limit,
      words: countWords(plain.text),
      ...(recipient?.name ? { recipientName: recipient.name } : {}),
      fingerprints,
      details: template
        ? (templateDetails.length === 0 ? NO_DETAILS : templateDetails)
        : context.personal.details.length === 0 ? NO_DETAILS : context.personal.details.map((detail) => ({
          kind: detail.kind,
          range: context.sourceRange(detail.start, detail.end),
          text: plain.text.slice(detail.start, detail.end),
        })),
      ...(template ? { template } : {}),
    };
  };
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

/** The analysis of a message the engine failed on: counted, with one problem that says so, never a crash. */
export function failedAnalysis(source: string, slice: MessageSlice, config: OutreachConfig, error: Error): MessageAnalysis {
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
    fingerprints: NO_FINGERPRINTS,
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
