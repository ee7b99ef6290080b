import { ruleTester } from '../ruleTester.js';

ruleTester('vague-ask', {
  severity: 'warning',
  valid: [
    'Hi Jane, could I ask you one question about the rollback step in your migration guide, by email or in a 15-minute call on Tuesday?',
    {
      name: 'an ask in a note with a personal detail has its topic: the detail',
      text: 'Hi Sven, I read your Nordic Geotechnical Meeting paper on frost heave under rail sleepers. Could we do a quick call?',
    },
    { name: 'pick your brain, after the detail it is about', text: 'Hi Amara, I read your Lagos Fintech Week panel notes on agent float. Could I pick your brain on one point?' },
  ],
  invalid: [
    { text: 'Hi Jane, I would love to «pick your brain» sometime.', messageIds: ['vague'], output: null },
    { name: 'end of a note', text: 'Hi Jane, we build pricing tools. «Let me know if interested»!', messageIds: ['vague'] },
    { name: 'the same ask when nothing in the note is about them', text: 'Hi Sven, we sell sensors for rail sleepers. Could we «do a quick call»?', messageIds: ['vague'] },
    { name: 'a job request any applicant could send', text: 'Hi Jane, «is your team hiring» at the moment?', messageIds: ['job-request'] },
  ],
});
