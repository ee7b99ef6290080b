import type { LintResult, MessageInfo, MessageTemplateInfo } from './linter.js';
import { escapeMarkdown } from './markdown/escape.js';

/**
 * The character counter, editor-free: which message the cursor is in, and what to show for it. The
 * status bar reads the latest lint result, so moving the cursor costs a binary search, not a parse.
 */

/** From this share of the limit on, the counter warns. */
export const NEAR_LIMIT = 0.9;

export interface CounterView {
  /** Status bar text without an icon: `187/300`, or `187` for a channel without a limit. */
  text: string;
  /** Markdown for the tooltip. */
  tooltip: string;
  level: 'none' | 'ok' | 'near' | 'over';
  /** Plain words for screen readers. */
  accessibleLabel: string;
}

/** The message containing `offset`; undefined in the preamble or between messages. */
export function messageAt(result: LintResult, offset: number): MessageInfo | undefined {
  const { messages } = result;
  let low = 0;
  let high = messages.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const message = messages[mid] as MessageInfo;
    const isLast = mid === messages.length - 1;
    if (offset < message.range.start) high = mid - 1;
    else if (offset > message.range.end || (offset === message.range.end && !isLast)) low = mid + 1;
    else return message;
  }
  return undefined;
}

export function describeCounter(message: MessageInfo | undefined): CounterView {
  if (!message) {
    return {
      text: 'no message',
      tooltip: 'The cursor is outside any message: text before the first `##` heading is notes, not a message.',
      level: 'none',
      accessibleLabel: 'Outreach: the cursor is not in a message',
    };
  }
  const name = message.title ? `**${escapeMarkdown(message.title)}** · ` : '';
  if (message.template) return describeTemplateCounter(message, message.template, name);
  const words = `${message.words} word${message.words === 1 ? '' : 's'}`;
  const copy = `${personalLine(message)}Click to copy the message as plain text.`;
  if (message.limit === null) {
    return {
      text: `${message.length}`,
      tooltip: `${name}${message.channelLabel}, no hard limit\n\n${message.length} characters · ${words}\n\n${copy}`,
      level: 'ok',
      accessibleLabel: `Outreach message: ${message.length} characters, ${words}, no limit. Copy as plain text.`,
    };
  }
  const remaining = message.limit - message.length;
  const left = remaining >= 0 ? `${remaining} left` : `${-remaining} over`;
  return {
    text: `${message.length}/${message.limit}`,
    tooltip: `${name}${message.channelLabel}\n\n${message.length} of ${message.limit} characters · ${words} · ${left}\n\n${copy}`,
    level: remaining < 0 ? 'over' : message.length >= message.limit * NEAR_LIMIT ? 'near' : 'ok',
    accessibleLabel: `Outreach message: ${message.length} of ${message.limit} characters, ${left}. Copy as plain text.`,
  };
}

/**
 * A template's counter is a range: its shortest and longest rendering over the spin options and the fields'
 * known values. The level follows the longest, since that is the recipient whose note would be cut off.
 */
function describeTemplateCounter(message: MessageInfo, template: MessageTemplateInfo, name: string): CounterView {
  const { minLength: min, maxLength: max } = template;
  const limit = message.limit;
  const range = min === max ? `${max}` : `${min}–${max}`;
  const spoken = min === max ? `${max}` : `${min} to ${max}`;
  const notes = [
    'The range runs from the shortest rendering to the longest: each spin\'s shortest or longest option, each field\'s shortest or longest value.',
    ...templateCaveats(template),
  ].join('\n\n');
  const copy = `${personalLine(message)}Click to copy the template as written.`;
  if (limit === null) {
    return {
      text: range,
      tooltip: `${name}${message.channelLabel}, no hard limit\n\n${range} characters per recipient\n\n${notes}\n\n${copy}`,
      level: 'ok',
      accessibleLabel: `Outreach template: ${spoken} characters per recipient, no limit. Copy the template.`,
    };
  }
  const remaining = limit - max;
  const left = remaining >= 0 ? `${remaining} left in the longest` : `the longest is ${-remaining} over`;
  return {
    text: `${range}/${limit}`,
    tooltip: `${name}${message.channelLabel}\n\n${range} of ${limit} characters per recipient · ${left}\n\n${notes}\n\n${copy}`,
    level: remaining < 0 ? 'over' : max >= limit * NEAR_LIMIT ? 'near' : 'ok',
    accessibleLabel: `Outreach template: ${spoken} of ${limit} characters per recipient, ${left}. Copy the template.`,
  };
}

/** What the range does not cover: fields counted as written, combinations not rendered. */
function templateCaveats(template: MessageTemplateInfo): string[] {
  const caveats: string[] = [];
  if (!template.lengthKnown) {
    // A field with no sample, data or declared maximum is what makes the length unknown.
    const unmeasured = [...new Set(template.fields.filter((field) => !field.lengthKnown).map((field) => field.name))];
    // Names inside code spans stay as written (escapes would show); field names hold no backticks.
    const names = unmeasured.map((field) => `\`${field.replace(/`/g, "'")}\``).join(', ');
    caveats.push(
      unmeasured.length > 0
        ? `Counted as written, with no values to measure: ${names}. Give ${unmeasured.length === 1 ? 'it' : 'them'} samples under \`fields:\` or a \`data:\` file.`
        : 'Some fields have no values to measure and are counted as written.',
    );
  }
  if (!template.exhaustive) {
    const total = `${template.combinations.toLocaleString('en-US')}${template.combinationsCapped ? '+' : ''}`;
    caveats.push(`${template.checked.toLocaleString('en-US')} of ${total} spin combinations were checked for wording; the lengths cover them all.`);
  }
  return caveats;
}


/** What makes the note personal, as the tooltip's reminder: the first detail found, or that there is none yet. */
function personalLine(message: MessageInfo): string {
  const detail = message.details[0];
  if (message.words === 0) return '';
  if (!detail) return 'No personal detail yet: name something only they would recognise.\n\n';
  const text = detail.text.length > 60 ? `${detail.text.slice(0, 59)}…` : detail.text;
  return `Personal detail: “${escapeMarkdown(text)}”\n\n`;
}
