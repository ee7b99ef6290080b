import assert from 'node:assert/strict';
import { outlineDocument } from '../../src/core/index.js';

const titles = (text: string) => outlineDocument(text).messages.map((m) => m.title ?? null);
const bodies = (text: string) => outlineDocument(text).messages.map((m) => text.slice(m.bodyStart, m.end));

describe('outline: splitting a file into messages with a line scan', () => {
  it('one message per ## section; the preamble is not a message', () => {
    const text = '# Campaign\n\nnotes to self\n\n## Jane Doe\n\nHi Jane\n\n## Bob\n\nHi Bob\n';
    assert.deepEqual(titles(text), ['Jane Doe', 'Bob']);
    assert.deepEqual(bodies(text), ['\nHi Jane\n\n', '\nHi Bob\n']);
    assert.deepEqual(outlineDocument(text).nonMessageRanges, [{ start: 0, end: 27 }]);
  });

  it('a file without ## is one message, and its leading # title is left out of the body', () => {
    const text = '---\nchannel: email\n---\n\n# Note to Jane\nHi Jane\n';
    const outline = outlineDocument(text);
    assert.equal(outline.sectioned, false);
    assert.deepEqual(titles(text), ['Note to Jane']);
    assert.deepEqual(bodies(text), ['Hi Jane\n']);
    assert.equal(outline.messages[0]?.headingLevel, 1);
  });

  it('a file without headings is one message starting after the front matter', () => {
    const text = '---\na: 1\n---\nHi Jane\n';
    assert.deepEqual(bodies(text), ['Hi Jane\n']);
    assert.equal(outlineDocument(text).frontMatter?.contentRange.start, 4);
  });

  it('## inside fenced code, HTML blocks, front matter or indented code is not a heading', () => {
    const text = [
      '---',
      '## not a heading: front matter',
      '---',
      '## One',
      '```md',
      '## not a heading: fenced',
      '```',
      '~~~~',
      '## not: tilde fence',
      '~~~',
      '## still inside: the closing fence is too short',
      '~~~~',
      '<!--',
      '## not: comment',
      '-->',
      '<div>',
      '## not: HTML block until a blank line',
      '',
      '    ## not: indented code',
      '## Two ##',
      '',
    ].join('\n');
    assert.deepEqual(titles(text), ['One', 'Two']);
  });

  it('a # heading after messages ends the message before it', () => {
    const text = '## Jane\nHi Jane\n# Week 2\nnotes\n## Bob\nHi Bob';
    const outline = outlineDocument(text);
    assert.deepEqual(bodies(text), ['Hi Jane\n', 'Hi Bob']);
    assert.deepEqual(outline.nonMessageRanges.map((r) => text.slice(r.start, r.end)), ['# Week 2\nnotes\n']);
  });

  it('handles CRLF and lone CR line endings', () => {
    assert.deepEqual(titles('## A\r\nx\r\n## B\rx'), ['A', 'B']);
  });

  it('an unclosed front matter fence is not front matter', () => {
    const outline = outlineDocument('---\nHi Jane\n');
    assert.equal(outline.frontMatter, undefined);
    assert.equal(outline.messages.length, 1);
  });

  it('###### and #hashtags are not message headings', () => {
    assert.deepEqual(titles('## A\n### Sub\n#hashtag\n## B'), ['A', 'B']);
  });
});
