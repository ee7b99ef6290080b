import assert from 'node:assert/strict';
import { toPlainText } from '../../src/core/index.js';
import { plainRangeToSource, CharKind } from '../../src/core/markdown/plainText.js';

const plain = (source: string) => toPlainText(source).text;

describe('plain text: what gets pasted', () => {
  it('removes emphasis, keeps words', () => {
    assert.equal(plain('Hi **Jane**, _loved_ ~~the~~ `talk`.'), 'Hi Jane, loved ~~the~~ talk.');
  });

  it('keeps soft line breaks and separates paragraphs with a blank line', () => {
    assert.equal(plain('Hi Jane,\nline two\n\nBest,\nSam\n'), 'Hi Jane,\nline two\n\nBest,\nSam');
  });

  it('a comment line between two lines does not add a blank line', () => {
    assert.equal(plain('Hi Jane,\n<!-- outreach-lint-disable-next-line filler -->\nI just read it.'), 'Hi Jane,\nI just read it.');
  });

  it('lists become "- item" and "1. item" lines', () => {
    assert.equal(plain('Two things:\n\n- one\n- two\n\n3. three\n4. four'), 'Two things:\n\n- one\n- two\n\n3. three\n4. four');
  });

  it('links keep their URL, autolinks are the URL, images are dropped', () => {
    assert.equal(plain('See [my post](https://e.com/p) and <https://e.com> ![x](i.png)'), 'See my post (https://e.com/p) and https://e.com');
  });

  it('decodes escapes and entities', () => {
    assert.equal(plain('5 \\* 3 &amp; &copy;'), '5 * 3 & ©');
  });

  it('drops HTML comments but collects them', () => {
    const result = toPlainText('Hi <!-- a --> Jane\n\n<!-- b -->\n');
    assert.equal(result.text, 'Hi  Jane');
    assert.deepEqual(result.comments.map((c) => c.body), [' a ', ' b ']);
  });

  it('normalizes CRLF to one character', () => {
    assert.equal(plain('a\r\nb\rc'), 'a\nb\nc');
  });

  it('marks code, URLs and HTML as non-prose', () => {
    const result = toPlainText('a `b` https://x.y <Company>');
    const kinds = [...result.kinds];
    assert.equal(kinds[result.text.indexOf('b')], CharKind.Code);
    assert.equal(kinds[result.text.indexOf('https')], CharKind.Url);
    assert.equal(kinds[result.text.indexOf('<Company>')], CharKind.Html);
    assert.equal(kinds[0], CharKind.Prose);
  });

  it('maps every prose character back to the same character in the source', () => {
    const source = '> Hi **Jane** &amp; \\*team\\*,\n> - loved [your post](https://e.com)\r\n\r\nThanks!';
    const result = toPlainText(source);
    for (let i = 0; i < result.text.length; i++) {
      if (result.kinds[i] !== CharKind.Prose && result.kinds[i] !== CharKind.Url) continue;
      const range = plainRangeToSource(result, i, i + 1);
      const sourceText = source.slice(range.start, range.end);
      const char = result.text[i] as string;
      const decoded = sourceText === '&amp;' ? '&' : sourceText.replace(/^\\/, '').replace(/\r\n?/, '\n');
      assert.equal(decoded, char, `char ${i} ${JSON.stringify(char)} maps to ${JSON.stringify(sourceText)}`);
    }
  });
});
