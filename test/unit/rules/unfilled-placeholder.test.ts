import assert from 'node:assert/strict';
import { ruleTester } from '../ruleTester.js';

ruleTester('unfilled-placeholder', {
  severity: 'error',
  valid: [
    { name: 'a markdown link', text: 'Hi Jane, I read [your post](https://example.com/post) on pricing.' },
    { name: 'a reference link', text: 'Hi Jane, I read [your post][1].\n\n[1]: https://example.com/post' },
    { name: 'an autolink', text: 'Hi Jane, the demo is at <https://example.com/demo>.' },
    { name: 'an e-mail autolink', text: 'Hi Jane, write to <sam@example.com>.' },
    { name: 'real HTML', text: 'Hi Jane,<br>your post was <b>sharp</b>.' },
    { name: 'a checkbox and a footnote number', text: 'Hi Jane, [x] done and [1] cited.' },
    { name: 'code', text: 'Hi Jane, `{{first_name}}` is the syntax our tool uses.' },
    { name: 'todo as a normal word', text: 'Hi Jane, your todo app is neat.' },
    { name: 'a footnote reference', text: 'Hi Jane, your paper[^1] was great.\n\n[^1]: Proceedings, 2024.' },
    { name: 'ordinary capitalised words are no field names', text: 'Hi Jane, the Name of the Rose and your Company page, Date Night and Link are fine.' },
    { name: 'field-like words in a sentence written in capitals', text: 'Hi Jane, OUR COMPANY NAME IS ON THE LIST. Your DATE FORMAT PR helped.' },
    { name: 'two underscores', text: 'Hi Jane, snake__case is fine.' },
  ],
  invalid: [
    { text: 'Hi «[Name]», I loved «{{first_name}}»’s talk at «<Company>».', messageIds: ['slot', 'slot', 'slot'] },
    { name: 'single braces', text: 'Hi «{first name}», your post was great.', messageIds: ['slot'] },
    { name: 'notes to self', text: 'Hi Jane, «TODO» mention the talk. «XXX» «INSERT HOOK HERE».', messageIds: ['marker', 'marker', 'marker'] },
    {
      name: 'filled from the heading',
      text: '## Jane Doe — Acme\n\nHi «[First Name]», congrats on «[Company]»’s launch.',
      messageIds: ['slot', 'slot'],
      output: '## Jane Doe — Acme\n\nHi Jane, congrats on Acme’s launch.',
    },
    {
      name: 'filled from the front matter, sender too',
      text: '---\nrecipient:\n  name: Jane Doe\n  school: MIT\nsender:\n  name: Sam Lee\n---\nHi «{{first_name}}», fellow «[school]» alum here. — «[Your Name]»',
      messageIds: ['slot', 'slot', 'slot'],
      output: '---\nrecipient:\n  name: Jane Doe\n  school: MIT\nsender:\n  name: Sam Lee\n---\nHi Jane, fellow MIT alum here. — Sam Lee',
    },
    { name: 'no value known: no fix', text: 'Hi «[Name]», nice post.', messageIds: ['slot'], output: null },
    { name: 'a blank to write on', text: 'Hi «____», I loved your talk at «_____».', messageIds: ['blank', 'blank'] },
    { name: 'xxx in lower case', text: 'Hi Jane, your «xxx» project is great.', messageIds: ['marker'] },
    {
      name: 'field names in capitals, filled from the heading',
      text: '## Jane Doe — Acme\n\nHi «NAME», I loved «COMPANY»’s launch and your «FIRST_NAME» joke.',
      messageIds: ['slot', 'slot', 'slot'],
      output: '## Jane Doe — Acme\n\nHi Jane Doe, I loved Acme’s launch and your Jane joke.',
    },
    { name: 'angle slots that are no HTML tags', text: "Hi «<first_name>», congrats to «<FIRST_NAME>» and «<Company's name>».", messageIds: ['slot', 'slot', 'slot'] },
    {
      name: 'a marker offers to write the missing part',
      text: 'Hi Jane, «TODO».',
      messageIds: ['marker'],
      check: (findings) => assert.deepEqual(findings[0]?.suggestions?.map((s) => s.title), ['Write the missing part']),
    },
  ],
});
