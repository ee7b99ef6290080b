import assert from 'node:assert/strict';
import { ruleTester } from '../ruleTester.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i % 10}`).join(' ');
// 300 characters exactly: 100 words of two characters and 99 spaces, plus one.
const exactly300 = `${words(100)}x`;

ruleTester('over-limit', {
  severity: 'error',
  valid: [
    { name: 'exactly at the default 300', text: exactly300 },
    { name: 'email has no limit', text: `---\nchannel: email\n---\n${words(400)}` },
    { name: 'heading and markup do not count', text: `## Jane Doe\n\n**${exactly300}**` },
    {
      name: 'a configured limit is not overridden by the plan in the front matter',
      text: `---\nplan: free\n---\n${'a'.repeat(250)}`,
      config: { channels: { 'linkedin-connect': { limit: 300 } } },
    },
    { name: 'a link counts as its text and URL', text: `[a](https://e.com) ${'x'.repeat(300 - 'a (https://e.com) '.length)}` },
  ],
  invalid: [
    {
      name: 'one over the default premium limit',
      text: `${exactly300}«y»`,
      messageIds: ['over'],
      check: (findings) => assert.match(findings[0]?.message ?? '', /^301\/300 characters: 1 over/),
    },
    {
      name: 'free plan in the front matter',
      text: `---\nplan: free\n---\n${'a'.repeat(200)}«bb»`,
      messageIds: ['over'],
    },
    {
      name: 'a limit in the front matter',
      text: `---\nlimit: 10\n---\n0123456789«abc»`,
      messageIds: ['over'],
    },
    {
      name: 'the message comment overrides the channel',
      text: `## Jane Doe\n<!-- outreach channel: linkedin-connect; limit: 5 -->\n12345«678»`,
      messageIds: ['over'],
    },
    {
      name: 'CRLF counts as one character',
      text: `---\r\nlimit: 5\r\n---\r\nab\r\ncd«\r\ne»`,
      messageIds: ['over'],
      check: (findings) => assert.match(findings[0]?.message ?? '', /^7\/5/),
    },
    {
      name: 'astral characters count as two code units',
      text: `---\nlimit: 4\n---\n😀😀«😀»`,
      messageIds: ['over'],
    },
    {
      name: 'collapsing repeated spaces is the fix when that is enough',
      text: `---\nlimit: 12\n---\nHi    Jane, «yo»`,
      messageIds: ['over'],
      output: `---\nlimit: 12\n---\nHi Jane, yo`,
    },
    {
      name: 'config limit and plan',
      text: `${'a'.repeat(200)}«b»`,
      messageIds: ['over'],
      config: { plan: 'free' },
    },
  ],
});
