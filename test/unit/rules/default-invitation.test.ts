import { ruleTester } from '../ruleTester.js';

ruleTester('default-invitation', {
  severity: 'error',
  valid: [
    "Hi Jane, your talk at PyCon on async cancellation fixed a bug we had chased for weeks. I'd like to connect.",
    { name: 'a bare ask with substance around it', text: "Hi Jane, I maintain the Rust port of your parser and would value your eyes on one API question. Let's connect." },
    { name: 'default text in a code block', text: "Hi Jane, LinkedIn suggests:\n\n```\nI'd like to add you to my professional network on LinkedIn\n```\n\nI would rather say why: your CRDT paper." },
  ],
  invalid: [
    { text: "«I'd like to add you to my professional network on LinkedIn».", messageIds: ['default'] },
    { name: 'expanded contraction', text: '«I would like to add you to my professional network on LinkedIn».', messageIds: ['default'] },
    { name: 'curly apostrophe', text: '«I’d like to add you to my professional network on LinkedIn».', messageIds: ['default'] },
    { name: 'default text even inside a longer note', text: "Hi Jane, your CRDT paper was great. «I'd like to add you to my professional network on LinkedIn».", messageIds: ['default'] },
    { name: 'the old default', text: '«Since you are a person I trust, I wanted to invite you to join my network on LinkedIn».', messageIds: ['default'] },
    { name: 'a note that is only the bare ask', text: "«I'd like to connect».", messageIds: ['bare'] },
    { name: 'bare ask with greeting and sign-off', text: "Hi Jane,\n\n«I'd like to join your network».\n\nBest,\nSam", messageIds: ['bare'] },
    {
      name: 'names from the heading and the sender do not count as substance',
      text: "---\nsender: Sam Lee\n---\n## Jane Doe — Acme\n\nHi Jane, «I'd like to connect». Thanks, Sam Lee",
      messageIds: ['bare'],
    },
  ],
});
