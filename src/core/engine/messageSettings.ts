import type { ConfigProblem, Range } from '../types.js';
import type { DocumentOutline, MessageSlice } from '../document/outline.js';
import { parseFrontMatter, parseMessageSettings, keyRange, MESSAGE_SETTINGS_PATTERN, type DocumentSettings, type Person } from '../document/settings.js';
import { parseDirective, type Directive } from '../document/directives.js';
import type { HtmlComment } from '../markdown/plainText.js';
import type { OutreachConfig } from '../config/config.js';
import { DEFAULT_CHANNEL, LINKEDIN_CONNECT_LIMITS, type ChannelSpec } from '../config/channels.js';
import { recipientFromHeading, firstNameOf } from '../recipient.js';
import { createTemplateContext, type DataInput, type TemplateFileContext } from '../template/fields.js';

/**
 * Which settings apply to a message: its own `<!-- outreach … -->` comment first, then the file's front
 * matter, then the configuration. Channel, limit, recipient and sender are all resolved here, so rules
 * only read the outcome.
 */

/** The front matter's settings, read once per front matter text. */
export interface FileContext {
  /** Identifies the front matter: analyses cached under one key share these settings. */
  key: string;
  settings: DocumentSettings;
  problems: ConfigProblem[];
  /** What the file knows of merge fields (declared fields, the recipients data). */
  template: TemplateFileContext;
  /** Template messages are also checked once per recipient row (the CLI's --data). */
  perRow: boolean;
}

/** What a lint is given besides the text. */
export interface LintInput {
  /**
   * The recipients of a template file, read by the caller (the editor or CLI reads the file; the core never
   * does). Cached analyses are keyed by this object: pass the same object while the file is unchanged, or
   * every lint re-analyses every template message.
   */
  data?: DataInput;
  /** Check each template message for each row of `data`, reporting what differs per recipient. */
  perRow?: boolean;
}

/** A number per data object, so cached analyses know which data they were made with. */
const dataIds = new WeakMap<object, number>();
let nextDataId = 1;
function dataKey(data: DataInput | undefined): string {
  if (!data) return '';
  let id = dataIds.get(data);
  if (id === undefined) {
    id = nextDataId++;
    dataIds.set(data, id);
  }
  return `d${id}`;
}

/** Reads the front matter of a document, keeping the last result: most lints see the same front matter. */
export class FileSettingsReader {
  private last: FileContext | undefined;

  constructor(private readonly config: OutreachConfig) {}

  read(text: string, outline: DocumentOutline, input: LintInput = {}): FileContext {
    const frontMatter = outline.frontMatter;
    const raw = frontMatter ? text.slice(frontMatter.contentRange.start, frontMatter.contentRange.end) : '';
    const key = `${frontMatter ? `${frontMatter.contentRange.start}\u0000${raw}` : ''}\u0000${dataKey(input.data)}${input.perRow ? 'r' : ''}`;
    if (this.last && this.last.key === key) return this.last;
    const parsed = frontMatter ? parseFrontMatter(raw, frontMatter.contentRange.start) : { settings: {} as DocumentSettings, problems: [] as ConfigProblem[] };
    const config = this.config;
    // An unknown channel in the front matter is one mistake: reported once, on its key, then the default applies.
    if (parsed.settings.channel !== undefined && !config.channels[parsed.settings.channel] && frontMatter) {
      parsed.problems.push({
        key: 'front matter: channel',
        message: `unknown channel "${parsed.settings.channel}"; known channels are ${Object.keys(config.channels).join(', ')}. Messages use "${config.defaultChannel}".`,
        range: keyRange(raw, 'channel', frontMatter.contentRange.start),
      });
      delete parsed.settings.channel;
    }
    const settings = parsed.settings;
    // Data problems concern template files only: a CLI run with --data over a mixed folder names them once per template.
    const data = settings.template !== undefined || settings.data !== undefined ? input.data : undefined;
    if (data && 'error' in data) {
      parsed.problems.push({ key: 'front matter: data', message: data.error, range: frontMatter ? keyRange(raw, 'data', frontMatter.contentRange.start) : { start: 0, end: 0 } });
    } else if (data) {
      const at = frontMatter ? keyRange(raw, 'data', frontMatter.contentRange.start) : { start: 0, end: 0 };
      for (const problem of data.problems) parsed.problems.push({ key: 'front matter: data', message: `${data.source} ${problem}`, range: at });
    }
    const template = createTemplateContext(settings.template, settings.fields, settings.personalFields, input.data);
    this.last = { key, settings, problems: parsed.problems, template, perRow: input.perRow === true && input.data !== undefined && !('error' in input.data) };
    return this.last;
  }

  clear(): void {
    this.last = undefined;
  }
}

/** What a message's HTML comments say: its own settings and its directives. Ranges are relative to the message. */
export interface MessageComments {
  own: DocumentSettings;
  /** Where the message's own channel was set, for a problem about it. */
  ownChannelRange?: Range;
  directives: Directive[];
  problems: ConfigProblem[];
}

export function readMessageComments(comments: readonly HtmlComment[], toMessageRange: (range: Range) => Range): MessageComments {
  const read: MessageComments = { own: {}, directives: [], problems: [] };
  for (const comment of comments) {
    const range = toMessageRange(comment.range);
    const directive = parseDirective(comment.body, range);
    if (directive) {
      if (directive.directive) read.directives.push(directive.directive);
      read.problems.push(...directive.problems);
      continue;
    }
    const settingsMatch = MESSAGE_SETTINGS_PATTERN.exec(comment.body);
    if (settingsMatch) {
      const parsed = parseMessageSettings(settingsMatch[1] as string, range);
      read.own = { ...read.own, ...parsed.settings };
      if (parsed.settings.channel !== undefined) read.ownChannelRange = range;
      read.problems.push(...parsed.problems);
    }
  }
  return read;
}

export interface MessageSettings {
  channelId: string;
  channel: ChannelSpec;
  limit: number | null;
  recipient?: Person;
  firstName?: string;
  sender?: Person;
  problems: ConfigProblem[];
}

/**
 * The settings of one message. `anchor` is where a problem shows when it has no place of its own (the
 * heading, else the start of the body), relative to the message.
 */
export function resolveMessageSettings(config: OutreachConfig, comments: MessageComments, file: DocumentSettings, slice: MessageSlice, anchor: Range): MessageSettings {
  const { own } = comments;
  const problems: ConfigProblem[] = [];
  let channelId = own.channel ?? file.channel ?? config.defaultChannel;
  if (!config.channels[channelId]) {
    problems.push({
      key: 'outreach comment: channel',
      message: `unknown channel "${channelId}"; known channels are ${Object.keys(config.channels).join(', ')}. This message uses "${config.defaultChannel}".`,
      range: comments.ownChannelRange ?? anchor,
    });
    channelId = config.channels[config.defaultChannel] ? config.defaultChannel : DEFAULT_CHANNEL;
  }
  const channel = config.channels[channelId] as ChannelSpec;
  const plan = own.plan ?? file.plan;
  let limit: number | null;
  if (own.limit !== undefined) limit = own.limit;
  else if (own.channel === undefined && file.limit !== undefined) limit = file.limit;
  else limit = channelLimit(config, channelId, plan);

  // Who the note is to: its own comment, then its heading, then the front matter.
  const fromHeading = slice.headingLevel === 2 && slice.title ? recipientFromHeading(slice.title) : undefined;
  const recipient = mergePeople(own.recipient, fromHeading, slice.headingLevel === 2 && fromHeading ? undefined : file.recipient);
  const firstName = recipient ? firstNameOf(recipient) : undefined;
  const sender = own.sender ?? file.sender;
  return {
    channelId,
    channel,
    limit,
    ...(recipient ? { recipient } : {}),
    ...(firstName ? { firstName } : {}),
    ...(sender ? { sender } : {}),
    problems,
  };
}

/** The channel's limit under a plan, honouring a configured connection-note limit over the plan's. */
function channelLimit(config: OutreachConfig, channelId: string, plan: 'free' | 'premium' | undefined): number | null {
  const spec = config.channels[channelId];
  if (!spec) return null;
  if (channelId === 'linkedin-connect' && plan && config.planSetsConnectLimit) return LINKEDIN_CONNECT_LIMITS[plan];
  return spec.limit;
}

/** People merged field by field, the earlier argument winning. */
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
