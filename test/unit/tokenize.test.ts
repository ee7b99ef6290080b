import assert from 'node:assert/strict';
import { tokenize, phraseKey, expandContraction } from '../../src/core/phrases/tokenize.js';

describe('tokenize: words as the phrase matcher sees them', () => {
  it('lower-cases, straightens apostrophes and expands contractions', () => {
    assert.deepEqual(tokenize('I’d like, you’re, I\'m, can\'t, don\'t, let\'s, it\'s').words, [
      'i', 'would', 'like', 'you', 'are', 'i', 'am', 'can', 'not', 'do', 'not', 'let', 'us', 'it', 'is',
    ]);
  });

  it('keeps possessives and names with apostrophes whole', () => {
    assert.deepEqual(tokenize("Jane's O’Brien").words, ["jane's", "o'brien"]);
  });

  it('splits on hyphens and punctuation; "follow-up" is "follow up"', () => {
    assert.equal(phraseKey('Follow-up'), phraseKey('follow up'));
    assert.equal(phraseKey('Dear Sir/Madam'), 'dear sir madam');
  });

  it('marks sentence ends, not decimals', () => {
    const tokens = tokenize('We met. Then 3.5 miles! Ok');
    assert.deepEqual(tokens.words, ['we', 'met', 'then', '3', '5', 'miles', 'ok']);
    assert.deepEqual(tokens.breakBefore, [true, false, true, false, false, false, true]);
  });

  it('handles letters beyond ASCII', () => {
    assert.deepEqual(tokenize('Tomás Ñandú 東京 Łódź').words, ['tomás', 'ñandú', '東京', 'łódź']);
  });

  it('expands the n\'t family generically', () => {
    assert.deepEqual(expandContraction("wouldn't"), ['would', 'not']);
    assert.deepEqual(expandContraction("won't"), ['will', 'not']);
  });

  it('non-prose characters break words and phrases', () => {
    const text = 'touch base';
    const kinds = new Uint8Array(text.length);
    kinds[5] = 1; // the space is code: a boundary
    const tokens = tokenize(text, kinds);
    assert.deepEqual(tokens.words, ['touch', 'base']);
    assert.deepEqual(tokens.breakBefore, [true, true]);
  });
});
