import assert from 'node:assert/strict';
import { compilePhrases } from '../../src/core/phrases/matcher.js';
import { expandPattern, inflections, parsePattern, PatternError } from '../../src/core/phrases/pattern.js';
import { tokenize } from '../../src/core/phrases/tokenize.js';
import type { PhraseEntry } from '../../src/core/phrases/types.js';

const entry = (phrase: string): PhraseEntry => ({ phrase, category: 'opener', why: 'Why.', instead: 'Instead.' });

/** What the patterns match in `text`, as the written spans. */
function spans(patterns: string[], text: string): string[] {
  const matcher = compilePhrases(patterns.map(entry));
  assert.deepEqual(matcher.errors.map((e) => e.message), []);
  return matcher.match(tokenize(text)).map((m) => text.slice(m.start, m.end));
}

function parseError(pattern: string): string {
  try {
    parsePattern(pattern);
  } catch (error) {
    assert.ok(error instanceof PatternError, `${pattern}: ${String(error)}`);
    return error.message;
  }
  assert.fail(`"${pattern}" parsed without an error`);
}

describe('phrase patterns: the syntax', () => {
  it('alternatives pick one of their options, each a sequence of words', () => {
    const pattern = '(came|stumbled|ran) (across|upon) your profile';
    assert.deepEqual(spans([pattern], 'I came across your profile.'), ['came across your profile']);
    assert.deepEqual(spans([pattern], 'Ran upon your profile today.'), ['Ran upon your profile']);
    assert.deepEqual(spans([pattern], 'I walked across your profile.'), []);
    assert.deepEqual(spans(['(take a look|have a look) at'], 'Could you have a look at it?'), ['have a look at']);
  });

  it('optional groups may be there or not, and the longer reading wins', () => {
    const pattern = '(i )?came across your (linkedin )?profile';
    assert.deepEqual(spans([pattern], 'I came across your LinkedIn profile and'), ['I came across your LinkedIn profile']);
    assert.deepEqual(spans([pattern], 'Came across your profile and'), ['Came across your profile']);
    assert.deepEqual(spans([pattern], 'we came across your profile'), ['came across your profile']);
    assert.deepEqual(spans([pattern], 'came across your twitter profile'), []);
  });

  it('nested groups', () => {
    const pattern = 'hope (you are|you and your (family|team) are) (well|safe)';
    assert.deepEqual(spans([pattern], 'I hope you and your family are safe.'), ['hope you and your family are safe']);
    assert.deepEqual(spans([pattern], 'Hope you are well!'), ['Hope you are well']);
    assert.deepEqual(spans([pattern], 'hope you and your dog are well'), []);
  });

  it('an inflection group matches the word and its regular forms', () => {
    assert.deepEqual(spans(['hope~ to connect~'], 'Hoping to connect. Hoped to connecting. Hopes to connected.'), [
      'Hoping to connect',
      'Hoped to connecting',
      'Hopes to connected',
    ]);
    assert.deepEqual(spans(['chat~'], 'We chatted; chatting; chats; chat.'), ['chatted', 'chatting', 'chats', 'chat']);
    assert.deepEqual(spans(['reach~ out'], 'reaching out, reached out, reaches out'), ['reaching out', 'reached out', 'reaches out']);
    assert.deepEqual(spans(['try~'], 'tries tried trying'), ['tries', 'tried', 'trying']);
    assert.deepEqual(spans(['love~'], 'loved loving loves lovely'), ['loved', 'loving', 'loves']);
  });

  it('inflections cover the regular English forms', () => {
    assert.deepEqual(new Set(inflections('connect')), new Set(['connect', 'connects', 'connected', 'connecting']));
    assert.ok(inflections('love').includes('loving') && inflections('love').includes('loved'));
    assert.ok(inflections('apply').includes('applies') && inflections('apply').includes('applied'));
    assert.ok(inflections('reach').includes('reaches'));
    assert.ok(inflections('stop').includes('stopped') && inflections('stop').includes('stopping'));
    assert.ok(inflections('tie').includes('tying'));
    assert.ok(!inflections('see').includes('seing'));
  });

  it('a gap skips up to its number of words, and no more', () => {
    const pattern = 'would love to *2 connect';
    assert.deepEqual(spans([pattern], 'I would love to connect.'), ['would love to connect']);
    assert.deepEqual(spans([pattern], 'I would love to get connected.'), []);
    assert.deepEqual(spans([pattern], 'I would love to also connect.'), ['would love to also connect']);
    assert.deepEqual(spans([pattern], 'I would love to maybe also connect.'), ['would love to maybe also connect']);
    assert.deepEqual(spans([pattern], 'I would love to maybe one day connect.'), []);
  });

  it('a gap never crosses a sentence end', () => {
    assert.deepEqual(spans(['would love to *3 connect'], 'I would love to. Connect with me.'), []);
  });

  it('ranges are exact: from the first matched word to the last, whatever surrounds them', () => {
    const text = '  Hi!  (Came\nacross   your  LinkedIn profile), so…';
    const matcher = compilePhrases([entry('(i )?came across your (linkedin )?profile')]);
    const [match] = matcher.match(tokenize(text));
    assert.ok(match);
    assert.equal(match.start, text.indexOf('Came'));
    assert.equal(match.end, text.indexOf('profile') + 'profile'.length);
  });

  it('never matches across a sentence end, with any sentence punctuation', () => {
    for (const end of ['.', '!', '?', '…', '."', '!)']) {
      assert.deepEqual(spans(['(i )?came across your profile'], `I came${end} Across your profile`), [], end);
    }
    // A decimal point or an abbreviation's dot inside a word is no sentence end.
    assert.deepEqual(spans(['version 3 5 (is|was) out'], 'version 3.5 is out'), ['version 3.5 is out']);
  });

  it('apostrophes and contractions are normalized on both sides', () => {
    const pattern = "(i'd|i would) love to connect";
    assert.deepEqual(spans([pattern], 'I’d love to connect'), ['I’d love to connect']);
    assert.deepEqual(spans([pattern], 'I would love to connect'), ['I would love to connect']);
    assert.deepEqual(spans(["hope (you're|you are) well"], 'Hope you are well. Hope you’re well.'), ['Hope you are well', 'Hope you’re well']);
    // A match never starts inside a contraction: "I'd" is one source word.
    assert.deepEqual(spans(['would love to'], "I'd love to"), []);
  });

  it('the longest match wins at a position; on a tie, the earlier entry', () => {
    const matcher = compilePhrases([entry('came across your profile'), entry('came across your (linkedin )?profile'), entry('came across')]);
    const found = matcher.match(tokenize('came across your LinkedIn profile; came across your profile; came across it'));
    assert.deepEqual(
      found.map((m) => m.phrase.phrase),
      ['came across your (linkedin )?profile', 'came across your profile', 'came across'],
    );
  });

  it('user phrases stay literal: pattern characters are punctuation there', () => {
    const matcher = compilePhrases([], [entry('(a|b) c?')]);
    assert.deepEqual(matcher.errors, []);
    const text = 'a b c and a c';
    assert.deepEqual(matcher.match(tokenize(text)).map((m) => text.slice(m.start, m.end)), ['a b c']);
  });

  it('every sequence a pattern stands for is listed by expandPattern', () => {
    const words = expandPattern(parsePattern('(i )?(came|ran) across *1 profile')).map((w) => w.join(' '));
    assert.deepEqual(new Set(words), new Set(['i came across profile', 'i came across * profile', 'i ran across profile', 'i ran across * profile', 'came across profile', 'came across * profile', 'ran across profile', 'ran across * profile']));
  });
});

describe('phrase patterns: mistakes are named, with their place', () => {
  const cases: [string, RegExp][] = [
    ['(came|ran across', /at character 1: a group is not closed/],
    ['came) across', /a "\)" has no "\("/],
    ['(came||ran) across', /empty alternative/],
    ['? came', /"\?" must follow a group/],
    ['came ~', /"~" must follow a word directly/],
    ['(came|ran)~ across', /"~" inflects one word/],
    ['*2 across', /start with a gap/],
    ['across *2', /end with a gap/],
    ['(*2 )?across x', /start with a gap/],
    ['came *9 across', /a gap is 1 to 4 words/],
    ['came * across', /"\*" needs the largest gap/],
    ['(you )?', /match nothing at all/],
    ['connect(ed|ing)', /space between a word and the group/],
    ['(re)connect', /space between a group and the word/],
  ];
  for (const [pattern, expected] of cases) {
    it(pattern, () => assert.match(parseError(pattern), expected));
  }

  it('a broken built-in pattern is left out and reported, the rest still matches', () => {
    const matcher = compilePhrases([entry('(broken'), entry('touch base')]);
    assert.equal(matcher.errors.length, 1);
    assert.deepEqual(matcher.match(tokenize('touch base')).length, 1);
  });
});

describe('loose matches: a run of a listed pattern, starting anywhere in it', () => {
  const entries: PhraseEntry[] = [
    { phrase: 'a (simple|quick) yes or no (is|would be) (fine|great)', category: 'closer', why: 'Why.', instead: 'Instead.' },
    { phrase: 'we help (companies|teams) like yours grow faster', category: 'sales-pitch', why: 'Why.', instead: 'Instead.' },
    { phrase: 'hope you are doing well', category: 'well-wishing', why: 'Why.', instead: 'Instead.' },
    { phrase: 'just checking in', category: 'filler', why: 'Why.', instead: 'Instead.' },
    { phrase: 'synergy *2 partnership across teams', category: 'buzzword', why: 'Why.', instead: 'Instead.' },
  ];
  const loose = (text: string, options: { user?: PhraseEntry[]; allowed?: string[] } = {}) => {
    const matcher = compilePhrases(entries, options.user ?? [], options.allowed ?? []);
    const tokens = tokenize(text);
    return matcher.matchLoose(tokens, matcher.match(tokens)).map((m) => `${m.phrase.category}: ${text.slice(m.start, m.end)}`);
  };

  it('four words in a row from inside a pattern, as far as the pattern goes on', () => {
    assert.deepEqual(loose('Honestly, yes or no is fine by me.'), ['closer: yes or no is fine']);
    assert.deepEqual(loose('Our tools help companies like yours grow.'), ['sales-pitch: help companies like yours grow']);
  });

  it('three words are not enough', () => {
    assert.deepEqual(loose('Is yes or no the question?'), []);
  });

  it('never where an exact match stands, never across a sentence end', () => {
    assert.deepEqual(loose('A quick yes or no is fine.'), []);
    assert.deepEqual(loose('Say yes or. No is fine'), []);
  });

  it('runs of function words alone do not count', () => {
    const matcher = compilePhrases([{ phrase: 'i would be so happy to do it for you', category: 'closer', why: 'W.', instead: 'I.' }]);
    const text = 'it would be so kind';
    assert.deepEqual(matcher.matchLoose(tokenize(text), []).map((m) => text.slice(m.start, m.end)), []);
  });

  it('runs that many entries share are glue, not one phrase', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((letter): PhraseEntry => ({ phrase: `would love to hear more ${letter}${letter}`, category: 'closer', why: 'W.', instead: 'I.' }));
    const matcher = compilePhrases(many);
    const text = 'I would love to hear more about it';
    assert.deepEqual(matcher.matchLoose(tokenize(text), []), []);
    const few = compilePhrases(many.slice(0, 3));
    assert.deepEqual(few.matchLoose(tokenize(text), []).map((m) => text.slice(m.start, m.end)), ['would love to hear more']);
  });

  it('a gap is not a listed word: it neither starts nor carries a loose run', () => {
    assert.deepEqual(loose('real synergy and bold partnership across teams'), []);
  });

  it('never from filler, greetings, invitations or bare requests, never from user phrases, never inside an allowed phrase', () => {
    assert.deepEqual(loose('Well, checking in again today'), []);
    const user: PhraseEntry[] = [{ phrase: 'our quarterly business review meeting', category: 'buzzword', why: 'W.', instead: 'I.' }];
    assert.deepEqual(loose('a quarterly business review meeting', { user }), []);
    assert.deepEqual(loose('Honestly, yes or no is fine by me.', { allowed: ['yes or no is fine'] }), []);
  });
});
