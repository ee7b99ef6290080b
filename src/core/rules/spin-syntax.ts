import { defineMessageRule } from './rule.js';
import { fallbackSyntax, type TemplateSyntaxError } from '../template/syntax.js';
import type { Suggestion } from '../types.js';

/**
 * Template syntax a sending tool would misread: an unclosed field or spin, an empty spin option, a filter the
 * syntax does not know. Each mistake is one finding at its place; the rest of the message is still read (the
 * tokenizer keeps what it cannot read as text).
 */

const WHY: Record<TemplateSyntaxError['messageId'], string> = {
  'unclosed-field': 'A sending tool prints an unclosed field as it stands: the recipient reads the braces and the field name.',
  'bad-field': 'A sending tool cannot fill a field it cannot read: the recipient gets the raw text, or the send fails.',
  'unknown-filter': 'A filter the template syntax does not know stops the merge or prints the field raw.',
  'unclosed-spin': 'An unclosed spin swallows the rest of the message into its last option, or prints as raw braces.',
  'stray-close': 'A closing brace with nothing open prints as it stands, or closes a spin early.',
  'empty-option': 'An empty option sends some recipients nothing at this place, usually a broken sentence.',
  tag: 'Only output fields are checked; a tag would be read differently by each sending tool.',
};

const INSTEAD: Record<TemplateSyntaxError['messageId'], string> = {
  'unclosed-field': 'Close the field with "}}".',
  'bad-field': 'Write a field as {{field}}, with a fallback as the syntax takes it.',
  'unknown-filter': 'Use default, capitalize, downcase or upcase.',
  'unclosed-spin': 'Close the spin with "}" after its last option.',
  'stray-close': 'Remove the brace, or open the spin it closes.',
  'empty-option': 'Remove the empty option, or write the words it stands for.',
  tag: 'Use output fields ({{ field }}) and write the variants out.',
};

export const spinSyntax = defineMessageRule(
  {
    id: 'spin-syntax',
    description: 'Template syntax a sending tool would misread: unclosed field or spin, empty spin option, unknown filter.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    readsTemplate: true,
    messages: {
      'unclosed-field': 'The field "{name}" is not closed.',
      'bad-field': 'Cannot read "{text}" as a {syntax} field.',
      'unknown-filter': 'Unknown filter "{filter}" on the field "{name}".',
      'unclosed-spin': 'This spin is not closed.',
      'stray-close': 'A closing brace with no spin or field open.',
      'empty-option': 'An empty spin option.',
      tag: 'Liquid tags such as "{text}" are not supported.',
    },
  },
  (context, report) => {
    const template = context.template;
    if (!template || context.row) return;
    const { parsed } = template;
    for (const error of parsed.errors) {
      const range = context.sourceRange(error.start, Math.max(error.end, error.start + 1));
      const suggestions: Suggestion[] = [];
      // Liquid read a braces-style fallback ({{ name | there }}) as a filter: offer Liquid's default.
      if (error.messageId === 'unknown-filter' && parsed.syntax === 'liquid') {
        const fallback = error.data.filter ?? '';
        const bar = context.plain.text.lastIndexOf('|', error.start);
        if (bar !== -1 && fallback && !/\s/.test(fallback)) {
          const replace = context.sourceRange(bar, error.end);
          suggestions.push({ title: `Use it as the fallback: ${fallbackSyntax('liquid', fallback).trim()}`, edits: [{ range: { start: replace.start - (context.plain.text[bar - 1] === ' ' ? 1 : 0), end: replace.end }, text: fallbackSyntax('liquid', fallback) }] });
        }
      }
      if (error.messageId === 'unclosed-field') {
        const at = context.sourceRange(error.end, error.end);
        suggestions.push({ title: 'Close the field with "}}"', edits: [{ range: at, text: '}}' }] });
      }
      report({
        messageId: error.messageId,
        data: { ...error.data, syntax: parsed.syntax },
        range,
        why: WHY[error.messageId],
        instead: INSTEAD[error.messageId],
        ...(suggestions.length > 0 ? { suggestions } : {}),
      });
    }
  },
);
