import { ruleTester } from '../ruleTester.js';

ruleTester('missing-recipient-name', {
  valid: [
    '## Jane Doe — Acme\n\nHi Jane, your post on pricing was sharp.',
    { name: 'surname with an honorific counts', text: '## Dr. Amara Okafor\n\nDear Dr. Okafor, your paper on malaria vaccines was excellent.' },
    { name: 'possessive counts', text: "## Jane Doe\n\nLoved Jane's post on pricing." },
    { name: 'heading that is not a name', text: '## Follow-up after no reply\n\nYour post on pricing was sharp.' },
    { name: 'no name known', text: 'Your post on pricing was sharp.' },
    { name: 'name from the front matter', text: '---\nrecipient: Grace Hopper\n---\nGrace, your compiler work changed everything.' },
  ],
  invalid: [
    { text: '## Jane Doe — Acme\n\n«Your post on pricing was sharp.»\nCould we talk?', messageIds: ['missing'], output: null },
    { name: 'name from the message comment', text: '## Intro\n<!-- outreach recipient: Hope Mills -->\n«Your post on pricing was sharp.»', messageIds: ['missing'] },
  ],
});
