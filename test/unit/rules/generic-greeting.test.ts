import assert from 'node:assert/strict';
import { ruleTester } from '../ruleTester.js';

ruleTester('generic-greeting', {
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
