import { ruleTester } from '../ruleTester.js';

ruleTester('self-centered', {
  valid: [
    "Hi Jane, your post on pricing was sharp. I'm building a billing tool and your point on annual plans changed my roadmap. Could I ask you one question?",
    { name: 'few pronouns', text: 'I am Sam. I build billing tools. I liked the post.' },
    { name: 'a hyphenated first name counts as you', text: '## Ji-woo Park\n\nJi-woo, I saw Ji-woo speak; I think I, I and I agree with you.' },
  ],
  invalid: [
    {
      text: "Hi Jane. «I'm a developer and I built my own tool.» I love my job and I think my work is great. I want to show you my app.",
      messageIds: ['self'],
    },
  ],
});
