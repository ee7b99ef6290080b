import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { outlineDocument } from '../../src/core/index.js';
import { fastPlainText } from '../../src/core/markdown/fastPlainText.js';
import { CharKind, remarkPlainText, toPlainText, type PlainText } from '../../src/core/markdown/plainText.js';
import { asDocument, loadCorpus } from '../quality/corpus.js';

/**
 * The fast path of toPlainText against the parser path it stands in for. Wherever fastPlainText accepts
 * a message, its result must equal remarkPlainText's in every field: text, kinds, source offsets, source
 * widths and comments. Checked on hand-written cases, on generated text biased toward markdown syntax, on
 * every CommonMark spec example, and on the realistic messages of the examples and the corpora, where
 * it must also accept most of them (or it would save nothing).
 */

const comparable = (plain: PlainText) => ({
  text: plain.text,
  kinds: Array.from(plain.kinds),
  sourceOffsets: Array.from(plain.sourceOffsets),
  sourceWidths: [...plain.sourceWidths].sort((a, b) => a[0] - b[0]),
  comments: plain.comments,
});

/** Whether the fast path accepts `source`; when it does, asserts that its result equals the parser's. */
function accepts(source: string): boolean {
  const fast = fastPlainText(source);
  if (fast === undefined) return false;
  assert.deepEqual(comparable(fast), comparable(remarkPlainText(source)), `fast path differs from the parser on ${JSON.stringify(source)}`);
  return true;
}

/** Asserts that the fast path accepts `source` (and equals the parser) and returns its text. */
function fastText(source: string): string {
  assert.ok(accepts(source), `declined ${JSON.stringify(source)}`);
  return (fastPlainText(source) as PlainText).text;
}

const read = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const bodies = (text: string) => outlineDocument(text).messages.map((m) => text.slice(m.bodyStart, m.end));

describe('plain text fast path: accepted markdown', () => {
  it('paragraphs, soft line breaks, leading and trailing spaces', () => {
    assert.equal(fastText('\nHi Jane,\n\nI read your post.\nThanks!\n\n'), 'Hi Jane,\n\nI read your post.\nThanks!');
    assert.equal(fastText('   Hi Jane, \n  two   spaces inside \n\n\n   next'), 'Hi Jane,\ntwo   spaces inside\n\nnext');
    assert.equal(fastText('a\n        deeply indented continuation'), 'a\ndeeply indented continuation');
    assert.equal(fastText(''), '');
    assert.equal(fastText('   \n  \n'), '');
  });

  it('hard line breaks: two or more trailing spaces, not at the end of a paragraph', () => {
    const plain = fastPlainText('Best,   \nSam  \n\nP.S.  ') as PlainText;
    assert.ok(accepts('Best,   \nSam  \n\nP.S.  '));
    assert.equal(plain.text, 'Best,\nSam\n\nP.S.');
    // The break is generated: no source width, placed where the trailing spaces start.
    assert.equal(plain.sourceWidths.get(5), 0);
    assert.equal(plain.sourceOffsets[5], 5);
  });

  it('CRLF and CR line endings: one "\\n" each, as wide as its source', () => {
    const source = 'a\r\nb\rc\r\n\r\nd  \r\ne';
    assert.equal(fastText(source), 'a\nb\nc\n\nd\ne');
    const plain = fastPlainText(source) as PlainText;
    assert.equal(plain.sourceWidths.get(1), 2);
    assert.equal(plain.sourceWidths.has(3), false);
  });

  it('punctuation, non-ASCII, and markdown characters that are text where they stand', () => {
    for (const source of [
      'Zoë, O’Brien’s “talk” — naïve? (Yes!) 👋 🇺🇸 résumé; 3.5/5: ok.',
      'Q&A, Quill & Co, a < b, 1 > 0, {{company}}, {{ first_name }}, | pipes |, ~tilde~',
      '#hashtag and #1 on a line start',
      '-5% off, +1 from me',
      '3.5 hours\n2024 was good\n1234567890. is too long a number for a list',
      'a - b + c * d _ e',
    ]) {
      assert.equal(fastText(source), source);
    }
  });

  it('HTML comment blocks: collected, invisible, a blank line inside kept apart from the separators', () => {
    const source = '<!-- outreach channel: email -->\nHi Jane,\n  <!-- outreach-lint-disable-next-line filler -->\nI just read it.\n\n<!-- a\n\nb -->  \n\nBest';
    assert.equal(fastText(source), 'Hi Jane,\nI just read it.\n\nBest');
    const plain = fastPlainText(source) as PlainText;
    assert.deepEqual(
      plain.comments.map((c) => [c.body, source.slice(c.range.start, c.range.end)]),
      [
        [' outreach channel: email ', '<!-- outreach channel: email -->'],
        [' outreach-lint-disable-next-line filler ', '<!-- outreach-lint-disable-next-line filler -->'],
        [' a\n\nb ', '<!-- a\n\nb -->'],
      ],
    );
    // A comment block between two paragraphs with a blank line inside it reads as a blank line between them.
    assert.equal(fastText('a\n<!--\n\n-->\nb'), 'a\n\nb');
    // Several comments on one line, text after the first close dropped, as the parser path does.
    assert.deepEqual((fastPlainText('<!-- a --> <!-- b -->') as PlainText).comments.map((c) => c.body), [' a ', ' b ']);
    assert.equal(fastText('<!-- a --> b -->\nc'), 'c');
    assert.equal(fastText('<!-->\nx'), 'x');
  });

  it('inline HTML comments, on one line or several', () => {
    assert.equal(fastText('Hi <!-- a --> Jane'), 'Hi  Jane');
    assert.equal(fastText('a  <!-- x -->  \nb'), 'a  \nb');
    // The parser drops up to three spaces of indentation from a continuation line of the comment's
    // value, and the comment's range counts that value: the range ends short of the comment (a quirk of
    // the parser path, kept here so that both paths agree).
    const source = 'Hi <!-- a\n      b --> c';
    assert.equal(fastText(source), 'Hi  c');
    const [comment] = (fastPlainText(source) as PlainText).comments;
    assert.deepEqual(comment, { range: { start: 3, end: 18 }, body: ' a\n   b ' });
    assert.equal(source.indexOf('-->') + 3, 21);
  });

  it('one-line HTML tags: open, closing, with attributes, as HTML; a "<" that opens no tag is text', () => {
    const source = 'I loved <Company>, <First Name> and a </b> c <br/> <a href="https://e.com" title=\'x > y\' data-x=1 hidden>.';
    assert.equal(fastText(source), source);
    const plain = fastPlainText('a <b>c</b>') as PlainText;
    assert.deepEqual([...plain.kinds], [0, 0, 3, 3, 3, 0, 3, 3, 3, 3]);
    // A continuation line may start with a lone tag: only a new block's line would make it an HTML block.
    assert.equal(fastText('Hi,\n<First Name>\nthanks'), 'Hi,\n<First Name>\nthanks');
    assert.equal(fastText('<Company> is great\n- <b>x</b> y'), '<Company> is great\n- <b>x</b> y');
    // Not tags, so text: micromark's attribute and value rules decide.
    for (const text of ['I <3 it', 'a <First Name\'s> b', 'a <b c=d/e> f', 'x <a/ > y', 'x </ a> y', 'x <1a> <a_b> <a =b> <a b==c>', 'x <b', 'x <b c="d']) {
      assert.equal(fastText(text), text);
      assert.ok(!(fastPlainText(text) as PlainText).kinds.includes(CharKind.Html), text);
    }
  });

  it('literal brackets and braces: placeholders without links', () => {
    assert.equal(fastText('Hi [Name], your work at {{company}} [sic] [ ] [x] ]['), 'Hi [Name], your work at {{company}} [sic] [ ] [x] ][');
    assert.equal(fastText('[Name],\nI saw [your talk] [1][2].'), '[Name],\nI saw [your talk] [1][2].');
  });

  it('emphasis and strong emphasis, by the delimiter-run rules', () => {
    assert.equal(fastText('*a* **b** _c_ __d__ ***e*** *a **b** c*'), 'a b c d e a b c');
    assert.equal(fastText('snake_case_name, 2*3*4, a * b, ** c **, _x'), 'snake_case_name, 234, a * b, ** c **, _x');
    assert.equal(fastText('**Subject:** hi\n*multi\nline*'), 'Subject: hi\nmulti\nline');
    assert.equal(fastText('*foo**bar**baz*'), 'foobarbaz');
    assert.equal(fastText('foo***bar***baz ****x****'), 'foobarbaz x');
  });

  it('code spans: content as code, one space of padding dropped, unmatched backticks as text', () => {
    assert.equal(fastText('run `npm test`, `` a`b ``, ` `, ` \u00a0 `.'), 'run npm test, a`b,  , \u00a0.');
    assert.equal(fastText('a``b `c ```d'), 'a``b `c ```d');
    assert.equal(fastText('`a``b, ``x`'), 'a``b, ``x');
    const plain = fastPlainText('`*a* [b](c) <!-- d -->`') as PlainText;
    assert.equal(plain.text, '*a* [b](c) <!-- d -->');
    assert.ok([...plain.kinds].every((kind) => kind === CharKind.Code));
    // The parser path maps a backtick inside the code onto the opening fence; so does the fast path.
    assert.equal(fastText('`` `a` ``'), '`a`');
    assert.equal((fastPlainText('`` `a` ``') as PlainText).sourceOffsets[0], 0);
  });

  it('inline links and autolinks', () => {
    assert.equal(fastText('See [my post](https://e.com/p), <https://e.com> and <jane@example.com>.'), 'See my post (https://e.com/p), https://e.com and jane@example.com.');
    assert.equal(fastText('<a+b.c/d@x-y.example.com> <mailto:j@e.com> <made-up+scheme.1:any:thing>'), 'a+b.c/d@x-y.example.com mailto:j@e.com made-up+scheme.1:any:thing');
    assert.equal(fastText('[https://e.com](https://e.com) [top](#top) [none]() [](https://e.com)'), 'https://e.com top none  (https://e.com)');
    assert.equal(fastText('[*my* post](https://e.com/a_b*c*) *[x](y)*'), 'my post (https://e.com/a_b*c*) x (y)');
    // No links in links; a bracket that closes nothing is text.
    assert.equal(fastText('[a [b](u) c](v) ] [d [e] f](w)'), '[a b (u) c](v) ] d [e] f (w)');
    const plain = fastPlainText('[a](https://e.com)') as PlainText;
    assert.deepEqual([...plain.kinds].slice(0, 4), [CharKind.Prose, CharKind.Marker, CharKind.Marker, CharKind.Url]);
  });

  it('lists: bullet and ordered, tight and loose, with lazy lines; numbered from the first item', () => {
    assert.equal(fastText('Two things:\n- one\n- two\n\n3. three\n9. four'), 'Two things:\n- one\n- two\n\n3. three\n4. four');
    assert.equal(fastText('* a\n\n* b\n  more of b\nlazy b\n\nafter'), '- a\n\n- b\nmore of b\nlazy b\n\nafter');
    assert.equal(fastText(' + a\n + b'), '- a\n- b');
    assert.equal(fastText('1) a\n2) b\n<!-- c -->\n- d'), '1. a\n2. b\n- d');
    assert.equal(fastText('Intro\n1. first\n2. second'), 'Intro\n1. first\n2. second');
    assert.equal(fastText('- [Name], *hi* [post](https://e.com)'), '- [Name], hi post (https://e.com)');
    // A fence or a quote right after an item's line ends the list rather than continuing the item.
    assert.equal(fastText('- a\n```\nb\n```\n1. c\n> d'), '- a\nb\n1. c\nd');
  });

  it('fenced code blocks: content as code, without the fence\'s indentation, closed or to the end', () => {
    assert.equal(fastText('Hi,\n```sql\nselect 1;\n  from x\n```\nBest'), 'Hi,\nselect 1;\n  from x\nBest');
    assert.equal(fastText('a\n\n  ~~~ info `ok` here\n    b\n   c\n\n d\n  ~~~~  \n\ne'), 'a\n\n  b\n c\n\nd\n\ne');
    // A shorter or other fence does not close it; without a closing fence it runs to the end.
    assert.equal(fastText('````\n```\n~~~~\n<!-- not a comment -->\n- not a list'), '```\n~~~~\n<!-- not a comment -->\n- not a list');
    assert.equal(fastText('```\n```\nafter'), 'after');
    assert.equal(fastText('x\r\n```\r\na\r\n\r\nb\r\n```\r\n'), 'x\na\n\nb');
    const plain = fastPlainText('```\n*a*\n```') as PlainText;
    assert.equal(plain.text, '*a*');
    assert.ok([...plain.kinds].every((kind) => kind === CharKind.Code));
    assert.deepEqual([...plain.sourceOffsets], [4, 5, 6, 7]);
  });

  it('block quotes of one paragraph: its text without the markers, lazy lines included', () => {
    assert.equal(fastText('Hi,\n> I loved *your\n> talk*  \n  >  on Rust\nlazy <Company>\n\nBest'), 'Hi,\nI loved your\ntalk\non Rust\nlazy <Company>\n\nBest');
    assert.equal(fastText('>a\r\n>b\r\n\r\n> c'), 'a\nb\n\nc');
    // Emphasis at a line's start sees the line ending before it, not the ">".
    assert.equal(fastText('> a\n>*b*'), 'a\nb');
    const plain = fastPlainText('> ab') as PlainText;
    assert.deepEqual([...plain.sourceOffsets], [2, 3, 4]);
  });

  it('toPlainText gives the fast result when the fast path accepts, the parser result otherwise', () => {
    for (const source of ['Hi *Jane*', '> > quoted', '`code`']) {
      assert.deepEqual(comparable(toPlainText(source)), comparable(remarkPlainText(source)));
    }
  });
});

describe('plain text fast path: what it leaves to the parser', () => {
  const cases: [reason: string, source: string][] = [
    ['a tab', 'a\tb'],
    ['a control character', 'a\u0000b'],
    ['a byte-order mark', '\uFEFFHi'],
    ['a code span across lines', 'run `npm\ntest`'],
    ['a fence in a list item', '- a\n  ```\n  code\n  ```'],
    ['a backtick fence with a backtick in its info string (text, not a fence)', '```a`\nb'],
    ['a tab in a fenced code block', '```\n\tcode\n```'],
    ['a backslash escape', 'a \\* b'],
    ['a backslash hard break', 'a\\\nb'],
    ['a character reference', 'Tom &amp; Jerry'],
    ['an unknown character reference', 'Tom &bogus; Jerry'],
    ['an image', '![logo](x.png)'],
    ['a link reference definition', '[Name]: https://e.com'],
    ['an HTML tag alone on a new block\'s line (an HTML block)', 'Hi,\n\n<Company>\nis great'],
    ['an HTML tag alone on a list item\'s first line', '- <b>'],
    ['a line ending in a tag where a block starts', '<b>a</b>'],
    ['a block element\'s tag interrupting a paragraph', 'a\n<div class="x">b'],
    ['a raw-text element\'s tag', 'a\n<pre>b'],
    ['a tag spread over lines', 'a <b\nclass="x"> c'],
    ['a quoted attribute value spread over lines', 'a <b title="x\ny"> c'],
    ['a declaration', 'a <!DOCTYPE html> b'],
    ['a processing instruction', 'a <?php echo 1; ?> b'],
    ['a CDATA section', 'a <![CDATA[x]]> b'],
    ['a tag in a link\'s text', '[a <b>c</b>](https://e.com)'],
    ['an e-mail-like "<...>" that is no autolink ("!" is not allowed before the "@")', '<a!b@example.com>'],
    ['an unclosed comment', 'Hi <!-- a'],
    ['an unclosed comment block', '<!-- a\n\nb'],
    ['text after a comment block on its line', '<!-- a --> b'],
    ['a comment block indented four spaces after a paragraph', 'a\n    <!-- x -->'],
    ['an ATX heading', '# Title'],
    ['a setext underline', 'Title\n====='],
    ['a setext dash underline', 'Title\n---'],
    ['a thematic break', '***'],
    ['a nested block quote', '> > quoted'],
    ['a block quote of two paragraphs', '> a\n>\n> b'],
    ['a list in a block quote', '> - a'],
    ['a block quote in a list item', '- a\n  > b'],
    ['a fence indented into a list item', '- a\n  ```\n  b'],
    ['indented code in a block quote', '>     code'],
    ['a lazy line that starts a block', '> a\n- b'],
    ['a setext underline in a block quote', '> a\n> ---'],
    ['a multi-line comment in a block quote', '> a <!-- x\n> y --> b'],
    ['indented code', '    code'],
    ['indented code after a comment block', '<!-- x -->\n    code'],
    ['an empty list item', '-\n- a'],
    ['a list item starting with four spaces more', '-     a'],
    ['a nested list', '- a\n  - b'],
    ['a second paragraph in a list item', '- a\n\n  b'],
    ['a list of another marker', '- a\n+ b'],
    ['an ordered list that does not start at 1 interrupting a paragraph', 'a\n2. b'],
    ['a multi-line comment in a list item', '- a <!-- x\n  y -->'],
    ['a link with a title', '[a](https://e.com "title")'],
    ['a link with spaces around the destination', '[a]( https://e.com )'],
    ['a link whose text spans lines', '[a\nb](https://e.com)'],
    ['a link with a comment in its text', '[a <!-- c -->](https://e.com)'],
    ['a link with parentheses in its destination', '[a](https://e.com/(x))'],
  ];
  for (const [reason, source] of cases) {
    it(reason, () => {
      assert.equal(fastPlainText(source), undefined, JSON.stringify(source));
    });
  }
});

describe('plain text fast path: equal to the parser path', function () {
  this.timeout(120_000);
  const SEED = 20_240_611;

  // Pieces of text biased toward what markdown reads as syntax, and what outreach messages hold.
  const PIECES = [
    ' ', ' ', '  ', '   ', '    ', '\n', '\n', '\n\n', '  \n', '\r\n', '\r', '\t',
    '*', '**', '***', '_', '__', '`', '``', ' `x` ', '```', '[', ']', '(', ')', '](', '!', '<', '>', '<!--', '-->', ' <!-- c -->', '\n<!-- d -->\n',
    '- ', '1. ', '2) ', '\n- ', '\n* ', '\n+ ', '\n1. ', '\n10. ', '\n  - ', '\n\n- ', '\n   ', '#', '# ', '=', '~', '+', '|', ':', '/', '-', '\\', '&amp;', '&', '{{', '}}', '{{company}}', '[Name]',
    'Jane', 'a', 'b', 'hi', 'x', 'I', 'just', 'wanted', 'to', 'connect', '42', '3.', 'é', '—', '😀', '\u00a0', '’', '"', "'", '.', ',', '?',
    'https://x.io', '<https://x.io>', '<a@b.co>', '<a!b@c.d>', '<x+y@', '@b.co>', '<ab:', '\u2028', '\u3000', '¡', '€', '$', '(https://x.io)', '[a](https://x.io)', ' * ', ' _ ',
  ];
  /** Runs the equality property over `runs` generated sources and checks the fast path took more than `floor` of them. */
  function assertAcceptsShare(arbitrary: fc.Arbitrary<string>, runs: number, floor: number): void {
    let accepted = 0;
    fc.assert(
      fc.property(arbitrary, (source) => {
        if (accepts(source)) accepted++;
      }),
      { seed: SEED, numRuns: runs },
    );
    assert.ok(accepted > runs * floor, `accepted ${accepted} of ${runs}`);
  }

  const markdownish = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

  it('on generated text biased toward markdown syntax, and accepts a fair share of it', () => {
    // Measured: 3274 of 6000 (55%) with this seed.
    assertAcceptsShare(markdownish, 6000, 0.45);
  });

  // Lines that may open blocks: list markers, comments, indentation, setext and thematic lines.
  const line = fc
    .tuple(
      fc.constantFrom('', ' ', '  ', '   ', '    ', '     ', '      '),
      fc.constantFrom('', '', '- ', '* ', '+ ', '1. ', '2) ', '1) ', '10. ', '-  ', '-     ', '-', '1.', '<!-- c -->', '<!-- c', '-->', '---', '===', '#', '> '),
      fc.constantFrom('', 'a', 'b c', '*x*', '[N]', '`k`', 'd  ', '- e', '# h', 'f <!-- g\nh -->', '[l](u)', '<u:x>'),
    )
    .map(([indent, marker, content]) => indent + marker + content);
  const lines = fc.tuple(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\r\n')).map(([all, lineEnd]) => all.join(lineEnd));

  it('on generated lines of block structure, and accepts a fair share of them', () => {
    // Measured: 665 of 4000 (17%) with this seed: most such lines open blocks it leaves to the parser.
    assertAcceptsShare(lines, 4000, 0.13);
  });

  // Lines heavy in code fences, raw HTML tags and quote markers, with indentation that matters to them.
  const fencedLine = fc
    .tuple(
      fc.constantFrom('', '', ' ', '  ', '   ', '    ', '     '),
      fc.constantFrom('', '', '```', '````', '~~~', '~~~~', '``', '```js', '``` a b ', '~~~ x`y', '```a`', '> ', '>', '> > ', '- ', '1. ', '<!-- c -->', '<Company>', '</b>', '<br/>', '<div>', '<First Name>', '<a href="x">', '<p>', '# ', '---', '==='),
      fc.constantFrom('', '', ' ', '  ', 'a', 'b c', '*x*', '`k`', ' <Company> ', 'x <b>y</b> z', '<a b=c d=\'e\' f="g" h>', '<x-1 />', '</ x>', '<a/ >', '<a_b>', '<a =b>', '<1>', "<a'>", 'q  ', '```', '~~~', "i <First Name's> j", '> q', '*a <b> c*', '[l](u) <i>', '<u:x>'),
    )
    .map((parts) => parts.join(''));
  const fencedLines = fc
    .tuple(fc.array(fencedLine, { maxLength: 10 }), fc.constantFrom('\n', '\r\n', '\r'), fc.constantFrom('', '\n', '\n\n'))
    .map(([all, lineEnd, tail]) => (all.join('\n') + tail).replace(/\n/g, lineEnd));

  it('on generated lines of code fences, HTML tags and quotes, and accepts a fair share of them', () => {
    // Measured: 1000 of 3000 (33%) with this seed.
    assertAcceptsShare(fencedLines, 3000, 0.2);
  });

  // Messages as people write them: sentences of outreach words, a little markup, settings comments.
  const WORDS = ['Hi', 'Jane', 'your', 'talk', 'on', 'Rust', 'was', 'great', 'I', 'we', 'built', 'the', 'team', 'at', 'Acme', 'next', 'Tuesday', 'coffee', 'résumé', 'Zoë', 'O’Brien', "I'd", 'can’t', '42', '3.5', '20%', '{{company}}', '[Name]', 'Q&A', '&', '—', '-', '(really)', '"quoted"', 'https://x.io/p', 'jane@x.io', '👋'];
  const word = fc.oneof(
    { weight: 400, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 5, arbitrary: fc.constantFrom(...WORDS).map((w) => `*${w}*`) },
    { weight: 5, arbitrary: fc.constantFrom(...WORDS).map((w) => `**${w}**`) },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS).map((w) => `_${w}_`) },
    { weight: 5, arbitrary: fc.constantFrom(...WORDS).map((w) => `[${w}](https://x.io/${w.length})`) },
    { weight: 3, arbitrary: fc.constantFrom(...WORDS).map((w) => `\`${w}\``) },
    { weight: 2, arbitrary: fc.constant('<https://x.io/a>') },
    { weight: 2, arbitrary: fc.constant('<!-- outreach-lint-disable-line filler -->') },
    // What the fast path leaves to the parser, now and then.
    { weight: 1, arbitrary: fc.constantFrom('&amp;', '<Company>', '\\*', '![logo](x.png)') },
  );
  const sentence = fc
    .tuple(fc.array(word, { minLength: 2, maxLength: 12 }), fc.constantFrom('.', '!', '?', ',', ':', ''))
    .map(([words, end]) => words.join(' ') + end);
  const paragraph = fc
    .tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom(' ', '\n', '  \n'))
    .map(([sentences, join]) => sentences.join(join));
  const listBlock = fc
    .tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom('- ', '* ', '1. '), fc.constantFrom('\n', '\n\n'))
    .map(([items, marker, join]) => items.map((item, i) => (marker === '1. ' ? `${i + 1}. ` : marker) + item).join(join));
  const blockArb = fc.oneof(
    { weight: 8, arbitrary: paragraph },
    { weight: 2, arbitrary: listBlock },
    { weight: 1, arbitrary: fc.constantFrom('<!-- outreach channel: email -->', '<!-- outreach-lint-disable-next-line stock-phrase -->', '<!--\nnotes\n\nfor me\n-->') },
  );
  const message = fc
    .tuple(fc.array(blockArb, { minLength: 1, maxLength: 5 }), fc.constantFrom('\n\n', '\n'), fc.boolean(), fc.constantFrom('', '\n', '\n\n'))
    .map(([blocks, join, crlf, lead]) => {
      const text = `${lead}${blocks.join(join)}\n`;
      return crlf ? text.replace(/\n/g, '\r\n') : text;
    });

  it('on generated realistic messages, and accepts most of them', () => {
    // Measured: 1594 of 2000 (80%) with this seed; the declined ones hold references, HTML, escapes or images.
    assertAcceptsShare(message, 2000, 0.75);
  });

  interface SpecExample {
    markdown: string;
    number: number;
  }
  // The spec writes tabs as "→" so that they are visible.
  const examples = (createRequire(import.meta.url)('commonmark-spec') as { tests: SpecExample[] }).tests.map((example) => ({
    ...example,
    markdown: example.markdown.replace(/→/g, '\t'),
  }));
  for (const [variant, transform] of [
    ['as written', (text: string) => text],
    ['with CRLF line ends', (text: string) => text.replace(/\n/g, '\r\n')],
  ] as const) {
    const accepted = examples.filter((example) => fastPlainText(transform(example.markdown)) !== undefined).length;
    it(`on the CommonMark spec examples ${variant}: the ${accepted} of ${examples.length} it accepts`, () => {
      const failures: string[] = [];
      for (const example of examples) {
        try {
          accepts(transform(example.markdown));
        } catch (error) {
          failures.push(`example ${example.number}: ${(error as Error).message}`);
        }
      }
      assert.deepEqual(failures, []);
      assert.equal(examples.length, 652);
      // Measured: 257 (most of the emphasis section, fenced code, raw HTML tags, block quotes, plain paragraphs, code spans, links, autolinks, simple lists).
      assert.ok(accepted >= 210, `accepted ${accepted}`);
    });
  }

  const realistic: [name: string, floor: number, messages: () => string[]][] = [
    ['the examples', 0.9, () => ['examples/generic.outreach.md', 'examples/personal.outreach.md'].flatMap((path) => bodies(read(path)))],
    ['the test corpora', 0.98, () => ['test/fixtures/corpus/generic.outreach.md', 'test/fixtures/corpus/personal.outreach.md'].flatMap((path) => bodies(read(path)))],
    ['the quality corpus', 0.99, () => loadCorpus().flatMap((message) => bodies(asDocument(message).text))],
  ];
  for (const [name, floor, load] of realistic) {
    it(`on the message bodies of ${name}, and accepts most of them`, () => {
      const messages = load();
      const accepted = messages.filter(accepts).length;
      // Measured: all 10 examples, all 105 corpus notes, all 426 quality-corpus messages.
      assert.ok(messages.length >= 10, `${messages.length} messages`);
      assert.ok(accepted >= messages.length * floor, `accepted ${accepted} of ${messages.length}`);
    });
  }
});
