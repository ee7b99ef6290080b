import assert from 'node:assert/strict';
import { ruleTester } from '../ruleTester.js';

ruleTester('stock-phrase', {
  severity: 'warning',
  valid: [
    'Hi Jane, your talk on zero-downtime migrations at StrangeLoop changed how we ship. Could I ask one question about the rollback step?',
    { name: 'inside a fenced code block', text: '## Jane Doe\n\n```\nI came across your profile\n```\n' },
    { name: 'inside inline code', text: 'Hi Jane, `touch base` is a function name in our SDK.' },
    { name: 'inside a link URL', text: 'Hi Jane, see [the RFC](https://example.com/touch-base-synergy).' },
    { name: 'inside a bare URL', text: 'Hi Jane, see https://example.com/touch-base for the notes.' },
    { name: 'inside an HTML comment', text: 'Hi Jane, <!-- I came across your profile --> your paper on CRDTs was great.' },
    { name: 'inside front matter', text: '---\nnote: I came across your profile\n---\nHi Jane, your paper on CRDTs was great.' },
    { name: 'in the preamble, which is not a message', text: '# Notes: never write "touch base"\n\n## Jane Doe\n\nHi Jane, your paper on CRDTs was great.' },
    { name: 'whole words only', text: 'Hi Jane, Synergyx is the name of your startup, right?' },
    { name: 'not across a sentence end', text: 'Hi Jane, we should touch. Base camp is where we met.' },
    { name: 'allowed phrase in config', text: 'Hi Jane, happy to touch base next week.', config: { allowedPhrases: ['Touch Base'] } },
    { name: 'an allowed phrase silences the shorter listed phrase inside it', text: "Hi Jane, I hope you're well.", config: { allowedPhrases: ["I hope you’re well"] } },
    {
      name: 'a stock opener directly followed by the detail it introduces',
      text: 'Hi Jane, I saw your profile in the PyCon speaker list, and your talk on async cancellation is why I am writing.',
    },
    {
      name: 'a stock opener as its own sentence, answered by the next',
      text: 'Thanks for connecting, Valentina! We met at the Women in Logistics breakfast in Rotterdam.',
    },
    {
      name: 'one pleasantry in a note with a personal detail is manners, not generic',
      text: "Hi Jane, hope you're well. Your talk on CRDT tombstones at Strange Loop answered a question I had for a year.",
    },
    {
      name: 'a networking line in a note with a personal detail',
      text: 'Hi Mirela, I am expanding my network in agritech, but mostly: your Romanian Agri Forum demo of LoRa soil sensors was the best thing there.',
    },
  ],
  invalid: [
    { text: 'Hi Jane, «I came across your profile» and liked it.', messageIds: ['opener'] },
    { name: 'case-insensitive', text: 'hi jane, «i CAME across YOUR profile».', messageIds: ['opener'] },
    { name: 'line break between words', text: 'Hi Jane,\n«I came across\nyour profile» and liked it.', messageIds: ['opener'] },
    { name: 'across emphasis markup', text: 'Hi Jane, «I came across **your** profile» and liked it.', messageIds: ['opener'] },
    { name: 'hyphen equals space', text: 'Hi Jane, a «win-win» for both.', messageIds: ['buzzword'] },
    { name: 'several on one line', text: 'Hi Jane, a «win win» with real «synergy».', messageIds: ['buzzword', 'buzzword'] },
    {
      name: 'a whole throwaway sentence is removed by the fix',
      text: 'Hi Jane,\n\n«Hope this email finds you well».\nWe build sync tools for mobile teams.',
      messageIds: ['well-wishing'],
      output: 'Hi Jane,\n\nWe build sync tools for mobile teams.',
    },
    {
      // Markdown wraps long lines: a line that ends in a word goes on into the next, so this is not a sentence of its own.
      name: 'no sentence-removal fix for a phrase that continues a hard-wrapped line',
      text: 'Hi Jane,\n\nAll of us at Lumen\n«hope this email finds you well».\nWe build sync tools for mobile teams.',
      messageIds: ['well-wishing'],
      output: null,
    },
    {
      name: 'a phrase on the line after a greeting line is a sentence of its own',
      text: 'Hi Jane,\n«Hope this email finds you well».\nWe build sync tools for mobile teams.',
      messageIds: ['well-wishing'],
      output: 'Hi Jane,\nWe build sync tools for mobile teams.',
    },
    {
      name: 'no fix when the phrase is only part of a sentence',
      text: 'Hi Jane, «I came across your profile» while reading about CRDTs.',
      messageIds: ['opener'],
      output: null,
      check: (findings) => {
        const suggestion = findings[0]?.suggestions?.find((s) => s.snippet);
        assert.ok(suggestion?.snippet?.body.includes('${1:'), 'offers the structure as a snippet with tab stops');
        assert.ok(!suggestion?.edits[0]?.text.includes('$'), 'the plain-text edit has no snippet syntax');
      },
    },
    {
      name: 'no sentence removal when the sentence goes on after a comma',
      text: 'Hi Jane,\n\n«Hope this email finds you well», and congrats on the launch.',
      messageIds: ['well-wishing'],
      output: null,
      check: (findings) => {
        const deletion = findings[0]?.suggestions?.find((s) => s.title.startsWith('Delete'));
        assert.ok(deletion, 'a Delete suggestion is still offered');
      },
    },
    {
      name: 'a structure ending in punctuation replaces the punctuation after the phrase',
      text: '«Hope this email finds you well». We build sync tools for mobile teams.',
      messageIds: ['well-wishing'],
      check: (findings, text) => {
        const structure = findings[0]?.suggestions?.find((s) => s.snippet);
        const edit = structure?.edits[0];
        assert.ok(edit);
        const after = text.slice(0, edit.range.start) + edit.text + text.slice(edit.range.end);
        assert.doesNotMatch(after, /[.,:;]{2}/, after);
      },
    },
    { name: 'a pleasantry in a note with nothing personal', text: 'Hi Jane, «hope you are well»! We build sync tools for mobile teams.', messageIds: ['well-wishing'] },
    {
      name: 'the same opener with no detail after it, in a note with a detail elsewhere, is still stock',
      text: 'Hi Jane, «I came across your profile» yesterday.\n\nSeparately: your talk on CRDT tombstones at Strange Loop answered a question I had.',
      messageIds: ['opener'],
    },
    {
      name: 'a connection request in a note that names nothing personal',
      text: 'Hi Jane, we build sync tools for mobile teams and «would love to connect».',
      messageIds: ['request'],
    },
    { name: 'recruiter boilerplate', text: 'Hi Jane, «I have an exciting opportunity for you».', messageIds: ['recruiter'] },
    { name: 'a sales line', text: 'Hi Jane, «we help companies like yours» ship faster.', messageIds: ['sales-pitch'] },
    { name: 'praise that names nothing', text: 'Hi Jane, «your background is truly impressive».', messageIds: ['praise'] },
    { name: 'networking for its own sake', text: 'Hi Jane, I am looking to «expand my network» this year.', messageIds: ['networking'] },
    { name: 'an empty follow-up', text: 'Hi Jane, «just following up on my previous email».', messageIds: ['follow-up'] },
    {
      name: 'user phrases from config',
      text: 'Hi Jane, a «quick sync» on the roadmap?',
      messageIds: ['buzzword'],
      config: { extraPhrases: ['quick sync'] },
    },
    {
      name: 'user phrase why and instead are shown',
      text: 'Hi Jane, you are a «ninja».',
      messageIds: ['buzzword'],
      config: { extraPhrases: [{ phrase: 'ninja', rule: 'stock-phrase', why: 'Nobody is a ninja.', instead: 'Name the skill.' }] },
      check: (findings) => {
        assert.equal(findings[0]?.why, 'Nobody is a ninja.');
        assert.match(findings[0]?.message ?? '', /Name the skill\.$/);
      },
    },
  ],
});
