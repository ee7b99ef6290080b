import { defineMessageRule } from './rule.js';

/**
 * Recipients whose row of the data has no value for a field the message uses, with no fallback: they get a
 * gap. In the editor, one finding per field names the first rows; checked per row (CLI --data), each row
 * is its own finding.
 */

const LISTED_ROWS = 4;

export const emptyMergeValue = defineMessageRule(
  {
    id: 'empty-merge-value',
    description: 'A recipient row with no value for a field the message uses, and no fallback.',
    defaultSeverity: 'warning',
    fixable: false,
    hasSuggestions: false,
    readsTemplate: true,
    messages: {
      rows: '{count} of {total} recipients have no "{name}" ({rows}): the field has no fallback.',
      row: 'Row {row} (line {line}) of {source} has no "{name}": the field has no fallback.',
    },
  },
  (context, report) => {
    const template = context.template;
    const data = template?.file.data;
    if (!template || !data) return;
    const seen = new Set<string>();
    for (const field of template.parsed.fields) {
      if ((field.fallback !== undefined && field.fallback !== '') || seen.has(field.name)) continue;
      seen.add(field.name);
      const facts = template.file.facts(field.name);
      if (facts.column === -1 || facts.emptyRows.length === 0) continue;
      const range = context.sourceRange(field.start, field.end);
      const why = 'The sending tool fills the field with nothing: the recipient reads the gap, and knows the note was merged.';
      const instead = `Fill in ${field.name} for ${facts.emptyRows.length === 1 ? 'that recipient' : 'those recipients'}, or give the field a fallback.`;
      if (context.row) {
        const row = context.row.index;
        if ((data.rows[row]?.[facts.column] ?? '') !== '') continue;
        report({ messageId: 'row', data: { row: row + 1, line: data.rowLines[row] ?? 0, source: data.source, name: field.name }, range, why, instead });
        continue;
      }
      if (template.perRow) continue; // each row reports for itself
      const listed = facts.emptyRows.slice(0, LISTED_ROWS).map((row) => `row ${row + 1}, line ${data.rowLines[row] ?? 0}`);
      const more = facts.emptyRows.length - listed.length;
      report({
        messageId: 'rows',
        data: { count: facts.emptyRows.length, total: data.rows.length, name: field.name, rows: `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}` },
        range,
        why,
        instead,
      });
    }
  },
);
