import { ruleTester } from '../ruleTester.js';

ruleTester('self-centered', {
  severity: 'info',
  valid: [
    "Hi Jane, your post on pricing was sharp. I'm building a billing tool and your point on annual plans changed my roadmap. Could I ask you one question?",
    { name: 'few pronouns', text: 'I am Sam. I build billing tools. I liked the post.' },
    { name: 'five I to two you: a ratio of exactly 2.5 does not fire', text: 'I read the report. I liked the charts. I kept a copy. I shared it. I think you did well and your team too.' },
    { name: 'four I and no you: under the minimum of five', text: 'I read the report. I liked the charts. I kept a copy. I shared it.' },
    { name: 'a hyphenated first name counts as you', text: '## Ji-woo Park\n\nJi-woo, I saw Ji-woo speak; I think I, I and I agree with you.' },
  ],
  invalid: [
    {
      name: 'six I/my to two you: a ratio of 3, just over 2.5',
      text: '«I read the report.» I liked the charts. I kept a copy. I shared it. My boss agreed. I think you did well and your team too.',
      messageIds: ['self'],
    },
    {
      name: 'five I and no you: the minimum',
      text: '«I read the report.» I liked the charts. I kept a copy. I shared it. I agree.',
      messageIds: ['self'],
    },
    {
      text: "Hi Jane. «I'm a developer and I built my own tool.» I love my job and I think my work is great. I want to show you my app.",
      messageIds: ['self'],
    },
  ],
});
