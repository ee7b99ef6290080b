import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The labelled corpus behind `npm run quality`: invented outreach messages, one file per channel, each
 * labelled generic or personal, with the stock wording of generic ones marked ⟦like this⟧. See
 * test/quality/README.md for the format and how the corpus was written.
 */

export const CHANNELS = ['linkedin-connect', 'linkedin-inmail', 'email', 'linkedin-message'] as const;
export type CorpusChannel = (typeof CHANNELS)[number];
export type Label = 'generic' | 'personal';

export interface Span {
  start: number;
  end: number;
}

export interface CorpusMessage {
  id: string;
  channel: CorpusChannel;
  label: Label;
  /** A personal message that uses wording a naive linter flags ("connect", "quick call") in a specific context. */
  hard: boolean;
  /** The recipient as a section heading would name them ("Dana Kim — Lumen Labs"). */
  to?: string;
  /** The message with the marks removed. */
  text: string;
  /** Marked stock wording, as offsets into `text`. */
  spans: Span[];
  /** One-based line of the record's header in its file, for messages. */
  line: number;
}

const OPEN = '⟦';
const CLOSE = '⟧';

/** The corpus beside this module's source (compiled into out/test/quality), or under the working directory. */
export const corpusDir = ((): string => {
  const besideSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/quality/corpus');
  return fs.existsSync(besideSource) ? besideSource : path.resolve('test/quality/corpus');
})();

/** Parses one corpus file; throws with the file's line on a malformed record. */
export function parseCorpus(source: string, channel: CorpusChannel, file: string = channel): CorpusMessage[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const messages: CorpusMessage[] = [];
  let current: { header: string[]; line: number; body: string[] } | undefined;
  const fail = (line: number, reason: string): never => {
    throw new Error(`${file}:${line}: ${reason}`);
  };
  const finish = () => {
    if (!current) return;
    const [id, label, ...rest] = current.header;
    if (!id || !/^[a-z]{2}-\d{3}$/.test(id)) fail(current.line, `bad id "${id ?? ''}"`);
    if (label !== 'generic' && label !== 'personal') fail(current.line, `label must be generic or personal, got "${label ?? ''}"`);
    let hard = false;
    let to: string | undefined;
    for (const field of rest) {
      if (field === 'hard') hard = true;
      else if (field.startsWith('to:')) to = field.slice(3).trim();
      else fail(current.line, `unknown field "${field}"`);
    }
    if (hard && label !== 'personal') fail(current.line, 'only personal messages can be hard');
    const raw = current.body.join('\n').trim();
    let text = '';
    const spans: Span[] = [];
    let open = -1;
    for (const c of raw) {
      if (c === OPEN) {
        if (open !== -1) fail(current.line, 'marks nest');
        open = text.length;
      } else if (c === CLOSE) {
        if (open === -1) fail(current.line, 'a mark closes that never opened');
        spans.push({ start: open, end: text.length });
        open = -1;
      } else {
        if (c === '\n' && open !== -1) fail(current.line, 'a mark crosses a line break');
        text += c;
      }
    }
    if (open !== -1) fail(current.line, 'a mark is never closed');
    if (label === 'personal' && spans.length > 0) fail(current.line, 'personal messages carry no marks');
    if (!text) fail(current.line, 'empty message');
    messages.push({ id: id as string, channel, label: label as Label, hard, ...(to ? { to } : {}), text, spans, line: current.line });
  };
  lines.forEach((line, index) => {
    if (line.startsWith('=== ')) {
      finish();
      current = { header: line.slice(4).split('|').map((part) => part.trim()), line: index + 1, body: [] };
    } else if (current) {
      current.body.push(line);
    } else if (line.trim() && !line.startsWith('#')) {
      fail(index + 1, 'text before the first record');
    }
  });
  finish();
  return messages;
}

export function loadCorpus(dir = corpusDir): CorpusMessage[] {
  const all: CorpusMessage[] = [];
  for (const channel of CHANNELS) {
    const file = path.join(dir, `${channel}.txt`);
    all.push(...parseCorpus(fs.readFileSync(file, 'utf8'), channel, path.relative(process.cwd(), file)));
  }
  const seen = new Set<string>();
  for (const message of all) {
    if (seen.has(message.id)) throw new Error(`duplicate id ${message.id}`);
    seen.add(message.id);
  }
  return all;
}

/** The message as a user's outreach file would hold it: a section under the recipient's heading, or the bare text. */
export function asDocument(message: CorpusMessage): { text: string; bodyOffset: number } {
  if (!message.to) return { text: `${message.text}\n`, bodyOffset: 0 };
  const heading = `## ${message.to}\n\n`;
  return { text: `${heading}${message.text}\n`, bodyOffset: heading.length };
}
