import { ruleTester } from '../ruleTester.js';

ruleTester('vague-ask', {
  valid: ['Hi Jane, could I ask you one question about the rollback step in your migration guide, by email or in a 15-minute call on Tuesday?'],
  invalid: [
    { text: 'Hi Jane, I would love to «pick your brain» sometime.', messageIds: ['vague'], output: null },
    { name: 'end of a note', text: 'Hi Jane, your post on pricing was sharp. «Let me know if interested»!', messageIds: ['vague'] },
  ],
});
