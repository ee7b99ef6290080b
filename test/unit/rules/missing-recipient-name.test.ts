import { ruleTester } from '../ruleTester.js';

ruleTester('missing-recipient-name', {
  severity: 'info',
  valid: [
    '## Jane Doe — Acme\n\nHi Jane, your post on pricing was sharp.',
    { name: 'surname with an honorific counts', text: '## Dr. Amara Okafor\n\nDear Dr. Okafor, your paper on malaria vaccines was excellent.' },
    { name: 'possessive counts', text: "## Jane Doe\n\nLoved Jane's post on pricing." },
    { name: 'heading that is not a name', text: '## Follow-up after no reply\n\nYour post on pricing was sharp.' },
    { name: 'no name known', text: 'Your post on pricing was sharp.' },
    { name: 'a hyphenated first name', text: '## Ji-woo Park — Naver\n\nJi-woo, your search ranking talk was superb.' },
    { name: 'a one-letter heading is not a name', text: '## B\n\nYour post on pricing was sharp.' },
    { name: 'name from the front matter', text: '---\nrecipient: Grace Hopper\n---\nGrace, your compiler work changed everything.' },
  ],
  invalid: [
    { text: '## Jane Doe — Acme\n\n«Your post on pricing was sharp.»\nCould we talk?', messageIds: ['missing'], output: null },
    { name: 'a name particle alone does not count', text: '## Ludwig van Beethoven\n\n«Your symphony moved our van full of musicians.»', messageIds: ['missing'] },
    { name: 'name from the message comment', text: '## Intro\n<!-- outreach recipient: Hope Mills -->\n«Your post on pricing was sharp.»', messageIds: ['missing'] },
  ],
});
