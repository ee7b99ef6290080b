import { defineMessageRule } from './rule.js';
import { fallbackSyntax, type FieldNode } from '../template/syntax.js';
import { normalizeFieldName } from '../document/settings.js';
import type { Suggestion, Fix } from '../types.js';

/**
 * A field that can be empty, with no fallback, where its absence breaks the sentence: after a greeting
 * ("Hi ,"), at the start of a sentence (", your team…"), or before a possessive ("'s launch"). Elsewhere a
 * missing value often still reads; there, it tells the recipient they are a row in a spreadsheet.
 */

const GREETING_BEFORE = /(?:^|[\s>])(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening)|hiya|howdy|thanks|thank you)[ \t]*$/iu;

/** Fallbacks that read for common fields; others get a snippet to fill in. */
function fallbackFor(field: FieldNode, where: 'greeting' | 'sentence' | 'possessive'): string | undefined {
  const key = normalizeFieldName(field.name);
  if (where === 'greeting' && /name|first|contact/.test(key)) return 'there';
  if (/company|organi[sz]ation|org|account/.test(key)) return where === 'sentence' ? 'Your team' : 'your team';
  if (where === 'greeting') return 'there';
  return undefined;
}

/** The last words before the field, as the recipient reads them (no template syntax). */
function lastWords(text: string): string {
  const tail = text.slice(text.lastIndexOf('}') + 1);
  return (/(?:\S+\s+){0,2}\S*\s*$/u.exec(tail)?.[0] ?? '').trimStart();
}

function firstWords(text: string): string {
  const head = text.split(/[\n{]/)[0] ?? '';
  return /^\S*(?:\s+\S+){0,2}/u.exec(head)?.[0] ?? '';
}

export const mergeFieldFallback = defineMessageRule(
  {
    id: 'merge-field-fallback',
    description: 'A field that can be empty, without a fallback, where its absence breaks the sentence (a greeting, a sentence start).',
    defaultSeverity: 'warning',
    fixable: true,
    hasSuggestions: true,
    readsTemplate: true,
    messages: {
      greeting: '"{name}" can be empty and has no fallback: some recipients would get "{example}".',
      sentence: '"{name}" can be empty and starts a sentence without a fallback: some recipients would get "{example}".',
      possessive: '"{name}" can be empty and has no fallback before "{after}": some recipients would get "{example}".',
    },
  },
  (context, report) => {
    const template = context.template;
    if (!template || context.row) return;
    const { parsed, file } = template;
    const text = context.plain.text;
    const reported = new Set<string>();
    for (const field of parsed.fields) {
      if (field.fallback !== undefined && field.fallback.trim() !== '') continue;
      const facts = file.facts(field.name);
      if (!facts.known && file.checksNames) continue; // unknown-merge-field says it
      // Empty when the data or the samples say so; unknown when nothing gives its values.
      const mayBeEmpty = facts.canBeEmpty || (facts.samples.length === 0 && facts.declaration?.maxLength === undefined);
      if (!mayBeEmpty) continue;
      const lineStart = text.lastIndexOf('\n', field.start - 1) + 1;
      const before = text.slice(lineStart, field.start);
      const after = text.slice(field.end, field.end + 3);
      // A spin right before the field ("{Hi|Hello} {{name}}") greets in any of its options.
      const spinBefore = parsed.spins.find((spin) => spin.end <= field.start && spin.start >= lineStart && text.slice(spin.end, field.start).trim() === '');
      const befores = spinBefore ? spinBefore.options.map((option) => text.slice(option.start, option.end) + text.slice(spinBefore.end, field.start)) : [before];
      let where: 'greeting' | 'sentence' | 'possessive' | undefined;
      if (befores.some((candidate) => GREETING_BEFORE.test(candidate))) where = 'greeting';
      else if (/^['’]s\b/.test(after)) where = 'possessive';
      else if (/(?:^|[.!?:]\s*)$/.test(before.trimEnd()) || before.trim() === '') where = 'sentence';
      if (!where || reported.has(`${field.name}\u0000${field.start}`)) continue;
      reported.add(`${field.name}\u0000${field.start}`);
      const example = `${lastWords(befores[0] ?? before)}${firstWords(text.slice(field.end, field.end + 60))}`.replace(/\s+/g, ' ');
      const fallback = fallbackFor(field, where);
      const at = context.sourceRange(field.fallbackAt, field.fallbackAt);
      const hasEmptyFallback = field.fallback !== undefined;
      let fix: Fix | undefined;
      const suggestions: Suggestion[] = [];
      if (!hasEmptyFallback) {
        if (fallback) fix = { title: `Add the fallback "${fallback}"`, edits: [{ range: at, text: fallbackSyntax(parsed.syntax, fallback) }] };
        const snippetText = fallbackSyntax(parsed.syntax, '\u0000').replace('\u0000', '${1:fallback}');
        suggestions.push({ title: 'Add a fallback…', edits: [{ range: at, text: fallbackSyntax(parsed.syntax, 'fallback') }], snippet: { range: at, body: snippetText } });
      }
      report({
        messageId: where,
        data: { name: field.name, example, after: after.slice(0, 2) },
        range: context.sourceRange(field.start, field.end),
        why: facts.canBeEmpty
          ? `${facts.emptyRows.length > 0 ? `${facts.emptyRows.length} of the recipients have` : 'The samples include'} no ${field.name}; a greeting or sentence with a hole in it shows the note is a mail merge.`
          : `Nothing says ${field.name} is always filled (no data or samples), and a missing value here leaves a hole that shows the note is a mail merge.`,
        instead: fallback ? `Add a fallback, such as "${fallback}".` : 'Add a fallback that reads in its place.',
        ...(fix ? { fix } : {}),
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
);
