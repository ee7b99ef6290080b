import { defineMessageRule } from './rule.js';
import { closestName } from '../template/fields.js';

/**
 * A field that is neither declared in the front matter (`fields:`) nor a column of the recipients data: the
 * sending tool prints it empty or raw for every recipient. Only checked when the file declares fields or has
 * data, since otherwise nothing says which names exist.
 */
export const unknownMergeField = defineMessageRule(
  {
    id: 'unknown-merge-field',
    description: 'A merge field that is neither declared in the front matter nor a column of the recipients data.',
    defaultSeverity: 'error',
    fixable: false,
    hasSuggestions: true,
    readsTemplate: true,
    messages: {
      unknown: 'Unknown field "{name}": {where}.',
      'did-you-mean': 'Unknown field "{name}": did you mean "{suggestion}"?',
    },
  },
  (context, report) => {
    const template = context.template;
    if (!template || context.row || !template.file.checksNames) return;
    const { file } = template;
    const data = file.data;
    const where = data ? `not declared and not a column of ${data.source}` : 'not declared in the front matter\'s fields';
    for (const field of template.parsed.fields) {
      if (file.facts(field.name).known) continue;
      const suggestion = closestName(field.name, file.knownNames);
      const range = context.sourceRange(field.nameStart, field.nameEnd);
      report({
        messageId: suggestion ? 'did-you-mean' : 'unknown',
        data: { name: field.name, where, ...(suggestion ? { suggestion } : {}) },
        range,
        why: 'A field the sending tool has no value for is sent empty or as raw braces to every recipient.',
        instead: suggestion
          ? `Use "${suggestion}"${data ? `, a column of ${data.source}` : ''}, or declare "${field.name}" under fields.`
          : `Declare it under fields in the front matter${data ? ` or add a "${field.name}" column to ${data.source}` : ''}. Known fields: ${file.knownNames.slice(0, 8).join(', ') || 'none'}.`,
        ...(suggestion ? { suggestions: [{ title: `Change to "${suggestion}"`, edits: [{ range, text: suggestion }] }] } : {}),
      });
    }
  },
);
