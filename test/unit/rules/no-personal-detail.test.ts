import assert from 'node:assert/strict';
import { ruleTester } from '../ruleTester.js';
import { findPersonalDetails } from '../../../src/core/personal/evidence.js';
import { tokenize } from '../../../src/core/phrases/tokenize.js';

/**
 * Cases come in pairs either side of the rule's decision: the same note with and without the one thing
 * that makes it personal.
 */
ruleTester('no-personal-detail', {
  severity: 'warning',
  valid: [
    { name: 'their talk, with its topic', text: 'Hi Dana, your talk on retrofitting accessibility into old Rails apps was the most useful hour of my year.' },
    { name: 'their work named by its title', text: 'Loved your Rails World talk, Camille. Connecting so I catch the follow-up.' },
    { name: 'where you met', text: 'Hi Caoimhe, we met at the Harbor Health booth at Dublin Tech Summit. Thanks for your patience with my questions!' },
    { name: 'who sent you', text: 'Hi Wen, Priscilla Adjei said you rebuilt the returns flow and that I should ask you about it.' },
    { name: 'something they did', text: 'Hi Sven, you demoed the triage chatbot at the meetup and I still think about the fallback design.' },
    { name: 'something they are doing', text: "Hi Felipe, you're organising the Python Brasil sprint on the docs; I can review the asyncio chapter." },
    { name: 'a quoted title', text: 'Hi Ana, your "Why we left Kubernetes" piece convinced our team.' },
    { name: 'shared history', text: 'Mr. Oyelaran, I was the intern on the Ikeja substation audit in 2017, and I still use the napkin method.' },
    { name: 'what their own page says', text: 'Hi Ilona, your status page lists three incidents in May where label generation stalled.' },
    { name: 'a version of their project', text: 'Hi Emre, with 0.14.2 the dry-run flag still writes the lock file. Happy to send a patch.' },
    { name: "the praise names the work", text: 'Noura, impressive work on the Doha Metro wayfinding signs, especially the Gold Line transfer.' },
    {
      name: 'a hook from the front matter',
      text: '---\nrecipient:\n  name: Dana Kim\n  hooks: [churn write-up]\n---\n\nHi Dana, the churn write-up helped.\n',
    },
    { name: 'an empty message says nothing to report', text: '## Dana Kim\n\n<!-- to do -->\n' },
  ],
  invalid: [
    { name: 'the stock note', text: '«Hi Dana, I came across your profile and would love to connect.»', messageIds: ['none'] },
    { name: 'their post, but not what it said', text: '«Hi Dana, loved your recent post! Would love to connect.»', messageIds: ['none'] },
    { name: 'a topic too vague to be theirs', text: '«Hi Dana, loved your post on leadership and growth.»', messageIds: ['none'] },
    { name: 'a meeting with no place or time', text: '«Hi Caoimhe, great to meet you. Let us stay in touch.»', messageIds: ['none'] },
    // Found by the fuzzer: a "you" in the sentence before made a quoted stock line look like their title.
    { name: 'a quote whose "you" is in another sentence', text: '«Hi Dana, I hope you are well.»\n\n“I would just like to connect with you on here.”', messageIds: ['none'] },
    { name: 'their employer and title are profile facts', text: '«Hi Jing, I see you work at Tidal Commerce as a Senior Product Manager. Let us connect.»', messageIds: ['none'] },
    { name: "their experience at a company is a profile fact", text: '«Hi Femi, your experience at Stripe is a great fit for a Series B fintech in London.»', messageIds: ['none'] },
    {
      name: "the sender's own facts are a pitch, not a detail",
      text: '«Hello Ruth, we are a team of 60+ developers in Lviv building web and mobile apps. Open to a call this week?»',
      messageIds: ['none'],
    },
    { name: 'the recipient named in a vocative', text: '«Congrats on the new role, Tariq! Wishing you all the best.»', messageIds: ['none'] },
    { name: 'the recipient known from the heading', text: '## Dana Kim — Lumen Labs\n\n«Dana, I would love to learn more about Lumen Labs.»', messageIds: ['none'] },
    { name: 'a bare greeting', text: '«Hello 👋»', messageIds: ['none'] },
    {
      name: 'reports on the whole first line of prose (a one-line note is all of it)',
      text: '## Dana\n\n«Hi Dana, great profile.»\nWould love to connect and learn more.\n',
      messageIds: ['none'],
    },
    {
      name: 'reports on the first line of prose, with a suggestion after the greeting',
      text: '## Leo\n\n«Hi Leo, quick question about your hiring plans.»\nAre you open to a chat?',
      messageIds: ['none'],
      check: (findings, text) => {
        const suggestion = findings[0]?.suggestions?.[0];
        assert.ok(suggestion?.snippet);
        assert.equal(text.slice(suggestion.snippet.range.start).startsWith('quick question'), true);
      },
    },
  ],
});

describe('personal details: what the finder reports', () => {
  const found = (text: string, names: string[] = []) =>
    findPersonalDetails(text, tokenize(text), { names }).map((detail) => `${detail.kind}: ${text.slice(detail.start, detail.end)}`);

  it('names the kind and the words of each detail', () => {
    assert.deepEqual(found('Hi Wen, Priscilla Adjei said you rebuilt the returns flow at Kettle & Crumb.'), [
      'referral: Priscilla Adjei said',
      'action: you rebuilt the returns flow at Kettle & Crumb',
    ]);
    assert.deepEqual(found('Your thread on shipping the Kotlin rewrite in 11 weeks was great.'), ['work: Your thread on shipping the Kotlin rewrite in 11 weeks was great']);
  });

  // Found by the fuzzer: deleting the hedge "actually" (the filler fix) moved a "you" into the quote's window.
  it('a quote is theirs by a "you" or "your" in its own sentence, hedge words not counted', () => {
    const quote = ['quote: "Why we left Kubernetes"'];
    assert.deepEqual(found('I hope you are well "Why we left Kubernetes" is on our list.'), quote);
    assert.deepEqual(found('I hope you are well actually "Why we left Kubernetes" is on our list.'), quote);
    assert.deepEqual(found('I hope you are well\nJane\n"Why we left Kubernetes" is on our list.'), quote);
    assert.deepEqual(found('I hope you are well actually\nJane\n"Why we left Kubernetes" is on our list.'), quote);
    assert.deepEqual(found('I hope you are well. "Why we left Kubernetes" is on our list.'), []);
  });

  it('the recipient and sender names given are never a detail', () => {
    assert.deepEqual(found('Priscilla Adjei said hello.', ['Priscilla Adjei']), []);
    assert.deepEqual(found('Priscilla Adjei said hello.'), ['referral: Priscilla Adjei said']);
  });

  it('"Dr." before a name does not end the sentence', () => {
    assert.deepEqual(found("Your comment on Dr. Rao's post about CRF drift between sites was right."), ["work: Your comment on Dr. Rao's post about CRF drift between sites was"]);
  });
});
