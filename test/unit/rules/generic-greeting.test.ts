import assert from 'node:assert/strict';
import { ruleTester } from '../ruleTester.js';

ruleTester('generic-greeting', {
  severity: 'warning',
  valid: ['Hi Jane, your post on pricing was sharp.', 'Dear Jane, your post on pricing was sharp.'],
  invalid: [
    {
      name: 'fixed with the name from the heading',
      text: '## Jane Doe — Acme\n\n«Dear Sir/Madam»,\n\nYour post on pricing was sharp.',
      messageIds: ['generic'],
      output: '## Jane Doe — Acme\n\nHi Jane,\n\nYour post on pricing was sharp.',
    },
    {
      name: 'fixed with the name from the front matter',
      text: '---\nrecipient:\n  name: Jane Doe\n---\n«To whom it may concern»: your post on pricing was sharp.',
      messageIds: ['generic'],
      output: '---\nrecipient:\n  name: Jane Doe\n---\nHi Jane: your post on pricing was sharp.',
    },
    {
      name: 'replacing with a structure does not double the comma',
      text: '«Respected Sir», your post on pricing was sharp.',
      messageIds: ['generic'],
      check: (findings, text) => {
        for (const suggestion of findings[0]?.suggestions ?? []) {
          const edit = suggestion.edits[0];
          assert.ok(edit);
          const after = text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
          assert.doesNotMatch(after, /,,|^, /, `${suggestion.title}: ${after}`);
        }
      },
    },
    {
      name: 'without a known name only a snippet suggestion',
      text: '«Hi there», your post on pricing was sharp.',
      messageIds: ['generic'],
      output: null,
      check: (findings) => {
        const bodies = (findings[0]?.suggestions ?? []).map((s) => s.snippet?.body);
        assert.ok(bodies.includes('Hi ${1:first name}'));
      },
    },
  ],
});
