import type { MessageInfo } from '../linter.js';
import { outlineDocument } from '../document/outline.js';
import { parseFrontMatter } from '../document/settings.js';
import { renderTemplateText, rotatedChoice } from './render.js';
import type { TemplateData } from './fields.js';

/**
 * What one recipient receives: a template message rendered with a row of the data (or the sample values),
 * for the editor's preview and copy command and the CLI's `render`.
 */

export interface RenderedMessage {
  text: string;
  /** UTF-16 code units, as the counter counts. */
  length: number;
  /** Fields the values had nothing for (left as written). */
  missing: string[];
}

/**
 * Renders `message` for `values`. `variant` picks the spin options: rendering n takes option
 * (n + the spin's position) of each spin, so consecutive recipients get different combinations, as a
 * sending tool rotates them.
 */
export function renderMessage(message: MessageInfo, values: (name: string) => string | undefined, variant = 0): RenderedMessage {
  const template = message.template;
  if (!template) return { text: message.text, length: message.text.length, missing: [] };
  const missing = new Set<string>();
  const { parsed } = template;
  const text = renderTemplateText(
    parsed,
    message.text,
    rotatedChoice(parsed, variant),
    (field) => {
      const value = values(field.name);
      if (value === undefined) missing.add(field.name);
      return value;
    },
  );
  return { text, length: text.length, missing: [...missing] };
}

/** A row's values by column name (an empty cell is ''). */
export function rowValues(data: TemplateData, row: number): (name: string) => string | undefined {
  const cells = data.rows[row];
  return (name) => {
    const column = data.columns.indexOf(name);
    return column === -1 || !cells ? undefined : (cells[column] ?? '');
  };
}

/** The sample values of a message's fields: the first sample of each (declared, or from the data). */
export function sampleValues(message: MessageInfo): (name: string) => string | undefined {
  const samples = new Map(message.template?.fields.map((field) => [field.name, field.samples[0]]) ?? []);
  return (name) => samples.get(name);
}

/** The recipients file a template names in its front matter (`data: prospects.csv`), as written. */
export function templateDataPath(text: string): string | undefined {
  const frontMatter = outlineDocument(text).frontMatter;
  if (!frontMatter) return undefined;
  return parseFrontMatter(text.slice(frontMatter.contentRange.start, frontMatter.contentRange.end), frontMatter.contentRange.start).settings.data;
}
