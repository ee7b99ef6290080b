import type { LintResult, MessageInfo } from './linter.js';
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

/** What makes the note personal, as the tooltip's reminder: the first detail found, or that there is none yet. */
function personalLine(message: MessageInfo): string {
  const detail = message.details[0];
  if (message.words === 0) return '';
  if (!detail) return 'No personal detail yet: name something only they would recognise.\n\n';
  const text = detail.text.length > 60 ? `${detail.text.slice(0, 59)}…` : detail.text;
  return `Personal detail: “${escapeMarkdown(text)}”\n\n`;
}
