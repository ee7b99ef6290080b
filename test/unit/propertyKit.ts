/**
 * Generators and invariants for property-based testing of the engine, shared by the unit tests
 * (test/unit/property.test.ts, a fixed seed and a few thousand runs) and the fuzzer (scripts/fuzz.ts,
 * 100,000 runs). Not a test file itself: mocha only runs `*.test.js`.
 *
 * A generated case is a document (random markdown structure with stock phrases, placeholders, emoji,
 * combining marks, right-to-left text, control characters, long lines, deep nesting, every kind of line
 * ending) plus a configuration layer (small limits so that over-limit and its fix fire often, user
 * phrases that look like regular expressions, allowed phrases, rule switches).
 */
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import {
  builtInPhrases,
  createLinter,
  applyFixes,
  fixAll,
  messageAt,
  type Finding,
  type Fix,
  type LintResult,
  type Linter,
  type Range,
  type RuleId,
  RULE_IDS,
} from '../../src/core/index.js';
import { expandPattern, hasPatternSyntax, parsePattern } from '../../src/core/phrases/pattern.js';

// ---------------------------------------------------------------------------------------------------
// Building blocks

/**
 * Stock wording as people write it: each pattern's first, middle and last word sequence (a gap filled with
 * "also"). Odd text comes from the other building blocks; a pattern's raw syntax, with every alternative at
 * once, is no text anyone writes.
 */
const PHRASES = builtInPhrases.flatMap((entry) => {
  if (!hasPatternSyntax(entry.phrase)) return [entry.phrase];
  const all = expandPattern(parsePattern(entry.phrase), 200).map((words) => words.map((w) => (w === '*' ? 'also' : w)).join(' '));
  return [...new Set([all[0], all[Math.floor(all.length / 2)], all[all.length - 1]])].filter((phrase): phrase is string => phrase !== undefined);
});
const WORDS = ['Jane', 'your', 'talk', 'on', 'Rust', 'compilers', 'was', 'great', 'I', 'me', 'my', 'you', 'we', 'built', 'a', 'the', 'team', 'at', 'Acme', 'next', 'Tuesday', 'coffee', 'résumé', 'naïve', 'Zoë', 'O’Brien', "I'd", 'can’t', 'it’s', 'Ji-woo', '42', '3.5'];
const PUNCTUATION = ['.', ',', '!', '?', '…', ':', ';', ' — ', ' - ', '"', '“', '”', '(', ')', "'", '’', '.)', '?!', '...'];
const EMOJI = ['👋', '🇺🇸', '👩‍💻', '❤️', '🙂', '😀', '🧑🏽‍🚀', '#️⃣', '\u{1F600}'];
const COMBINING = ['e\u0301', 'n\u0303', 'a\u0308\u0323', '\u0301', 'Z\u0351\u0352\u0353', 'ก\u0e31', '\u20DD'];
const RTL = ['שלום', 'مرحبا بك', '\u202Eabc\u202C', '\u200F', '\u200E', 'سلام just', 'عربى I hope you are well'];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000B', '\u000C', '\u001B', '\u007F', '\u0085', '\u2028', '\u2029', '\uFEFF', '\u200B', '\u00A0', '\t', '\uD800', '\uDC00', '\uDBFF\uDFFF'];
const PLACEHOLDERS = ['[Name]', '[first name]', '{{first_name}}', '{{ company }}', '{company}', '<Company>', '<first_name>', 'TODO', 'XXX', 'TBD', 'INSERT NAME HERE', '[ ]', '[x]', '[^1]', '[Your Name]', '[Company]', '{Role}'];
const INLINE_MARKUP = [
  '**bold just**',
  '_really_',
  '*actually*',
  '`I hope this finds you well`',
  '``code ` tick``',
  '[my post](https://e.com/p)',
  '[just](https://e.com/just "title")',
  '<https://e.com>',
  '<jane@example.com>',
  '![img](x.png)',
  '\\*',
  '\\[Name\\]',
  '&amp;',
  '&#x1F600;',
  '&nbsp;',
  '&copy;',
  '&#0;',
  '&bogus;',
  '~~just~~',
  '<b>just</b>',
  '<br>',
  '<!-- c -->',
  '<!-- outreach-lint-disable-line filler -->',
  '<!--',
  '-->',
  'https://example.com/just/really',
  'www.example.com',
  'jane.doe@example.com',
  '[ref]',
  '[ref][]',
  '[my post][ref]',
  '[just][ref]',
  '<span title="TODO">x</span>',
  '\\',
  '*',
  '_',
  '`',
];
const TITLES = ['Jane Doe — Acme', 'Dr. Amara Okafor (Lagos)', 'Priya Raman | Stripe', 'Tomás @ Shopify', 'Follow-up', 'Template A', '', '  ', 'Zoë Ünal', 'שלום', '👋', 'Jane Doe ##', '#', 'O’Brien, Sean', 'Ji-woo Kim'];
const SETTINGS_COMMENTS = [
  '<!-- outreach channel: email -->',
  '<!-- outreach template: liquid -->',
  '<!-- outreach template: braces; channel: email -->',
  '<!-- outreach channel: linkedin-inmail; limit: 60 -->',
  '<!-- outreach limit: 80; recipient: Jane Doe -->',
  '<!-- outreach: name: Sam Lee; company: Initech -->',
  '<!-- outreach channel: nope -->',
  '<!-- outreach limit: zero -->',
  '<!-- outreach garbage -->',
  '<!-- outreach plan: free; sender: Pat Kim -->',
  '<!-- outreach-lint-disable -->',
  '<!-- outreach-lint-enable -->',
  '<!-- outreach-lint-disable filler stock-phrase -->',
  '<!-- outreach-lint-enable filler -->',
  '<!-- outreach-lint-disable-next-line -->',
  '<!-- outreach-lint-disable-line over-limit -->',
  '<!-- outreach-lint-disable-file unfilled-placeholder -->',
  '<!-- outreach-lint-disable not-a-rule -->',
  '<!-- outreach-lint-disable filler -- because -->',
  '<!-- outreach\nchannel: linkedin-inmail\nlimit: 50\nrecipient: Jane Doe\n-->',
  '<!--\noutreach-lint-disable-next-line\nfiller\n-->',
];
const FRONT_MATTERS = [
  '---\nchannel: email\n---\n',
  '---\nplan: free\n---\n',
  '---\nchannel: linkedin-connect\nlimit: 90\n---\n',
  '---\nrecipient:\n  name: Jane Doe\n  company: Acme\n  first name: Jane\n  hooks: [her talk]\nsender: Sam Lee\n---\n',
  '---\nrecipient: Jane Doe\nlimit: 40\n---\n',
  '---\nchannel: [\n---\n',
  '---\n: : :\n---\n',
  '---\n- a\n- b\n---\n',
  '---\nchannel: nope\nlimit: -5\nplan: gold\nrecipient: 5\n---\n',
  '---\na: &x [*x, *x]\nb: *x\n---\n',
  '---\nchannel: email\n',
  '---\n---\n',
  '---\n...\n',
  '--- \nlimit: "12"\n... \n',
  '---\ntitle: "unterminated\n---\n',
  '---\nrecipient: { name: "[Name]", company: TODO }\n---\n',
  '---\ntemplate: liquid\nfields:\n  first_name: [Ana, Bartholomew, ""]\n  company: { samples: [Lumen], max: 60 }\n  icebreaker: [your talk on metric layers]\npersonal: [icebreaker]\n---\n',
  '---\ntemplate: braces\nfields: [first_name, company]\n---\n',
  '---\ntemplate: liquid\n---\n',
  '---\ntemplate: mustache\nfields: 5\npersonal: {a: 1}\n---\n',
  '---\n\u0000: \u0001\n---\n',
];

/** Case and apostrophe variations of a phrase: matching must not depend on them. */
function vary(phrase: string, variant: number): string {
  switch (variant) {
    case 1:
      return phrase.toUpperCase();
    case 2:
      return phrase.charAt(0).toUpperCase() + phrase.slice(1);
    case 3:
      return phrase.replace(/'/g, '’');
    case 4:
      return phrase.replace(/ /g, '\n');
    case 5:
      return phrase.replace(/ /g, '  ');
    default:
      return phrase;
  }
}

const phraseArb = fc.tuple(fc.constantFrom(...PHRASES), fc.nat(7)).map(([phrase, variant]) => vary(phrase, variant));
const sentencePhraseArb = phraseArb.chain((phrase) => fc.constantFrom(`${phrase}.`, `${phrase},`, `${phrase}!`, phrase, `${phrase}?`, `“${phrase}.”`));
const anyCharsArb = fc.string({ unit: 'binary', maxLength: 12 });

/** One inline piece of a paragraph. */
/** Merge fields and spintax, well and badly formed: read as template syntax in template mode only. */
const TEMPLATE_PIECES = [
  '{{first_name}}',
  '{{ first_name }},',
  '{{ company | default: "your team" }}',
  '{{ first_name | capitalize | default: "there" }}',
  '{{first_name|there}}',
  '{{ icebreaker }}',
  '{{ compny }}',
  '{Hi|Hello|Hey}',
  '{quick|short} {question|note}',
  '{a|{b|c {{first_name}}}}',
  '{|x}',
  '{a||b}',
  '{Hi|Hello',
  '}}',
  '{{',
  '{{ name',
  '{% if first_name %}',
  '{{ name | bogus }}',
  '{{ x | default: "unclosed }}',
  '{single}',
];

const inlineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: sentencePhraseArb },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
  { weight: 3, arbitrary: fc.constantFrom(...INLINE_MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...RTL) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 1, arbitrary: anyCharsArb },
  { weight: 1, arbitrary: fc.constantFrom('  \n', '\\\n', '\n', '   ', '\t\t') },
  { weight: 2, arbitrary: fc.constantFrom(...TEMPLATE_PIECES) },
);

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : rest) + line)
    .join('\n');
}

export type LineEnding = 'lf' | 'crlf' | 'cr' | 'mixed';

export function convertLineEndings(text: string, mode: LineEnding, choices: readonly number[] = [0]): string {
  if (mode === 'lf') return text;
  if (mode === 'crlf') return text.replace(/\n/g, '\r\n');
  if (mode === 'cr') return text.replace(/\n/g, '\r');
  let i = 0;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][(choices[i++ % choices.length] ?? 0) % 3] as string);
}

/** A splice of arbitrary text at a position given as a fraction of the document. */
interface Splice {
  at: number;
  remove: number;
  insert: string;
}

function applySplice(text: string, splice: Splice): string {
  const at = Math.min(text.length, Math.floor(splice.at * (text.length + 1)));
  return text.slice(0, at) + splice.insert + text.slice(Math.min(text.length, at + splice.remove));
}

// ---------------------------------------------------------------------------------------------------
// Configurations

const USER_PHRASES = ['(a+)+$', '(x+x+)+y', '^(a|a)*$', '.*', '[Name]', 'just', 'synergy', 'Acme rocks', '\\d+', '(?=a)', 'a{1,99999}', 'ünïcödé wörds', 'i’d love', '$1 $&'];

export const configArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    rules: fc.dictionary(
      fc.constantFrom(...RULE_IDS),
      fc.constantFrom('error', 'warning', 'info', 'hint', 'off'),
      { maxKeys: 3 },
    ),
    channels: fc.record({ 'linkedin-connect': fc.record({ limit: fc.oneof(fc.integer({ min: 1, max: 400 }), fc.constant(null)) }) }),
    extraPhrases: fc.array(fc.oneof(fc.constantFrom(...USER_PHRASES), fc.record({ phrase: fc.constantFrom(...USER_PHRASES), rule: fc.constantFrom('filler', 'vague-ask', 'stock-phrase') })), { maxLength: 3 }),
    allowedPhrases: fc.array(fc.constantFrom('just', 'I hope you are well', 'touch base', '(a+)+$'), { maxLength: 2 }),
    plan: fc.constantFrom('free', 'premium'),
  },
  { requiredKeys: [] },
);

export interface Case {
  text: string;
  config: Record<string, unknown>;
}

/** How big generated documents get: small for the unit tests, full for the fuzzer. */
export interface Scale {
  /** Inline pieces per paragraph. */
  pieces: number;
  /** Blocks per message body. */
  blocks: number;
  /** Items per list. */
  items: number;
  /** `##` messages per document. */
  messages: number;
  /** Longest generated line. */
  longLine: number;
  /** Deepest generated nesting (the engine parses up to 100 levels). */
  depth: number;
}

export const SMALL: Scale = { pieces: 10, blocks: 4, items: 3, messages: 3, longLine: 800, depth: 110 };
export const FULL: Scale = { pieces: 14, blocks: 6, items: 4, messages: 5, longLine: 3000, depth: 140 };

export function arbitraries(scale: Scale): { caseArb: fc.Arbitrary<Case>; documentArb: fc.Arbitrary<string>; garbageArb: fc.Arbitrary<string> } {
  const paragraphArb = fc
    .tuple(fc.array(inlineArb, { minLength: 1, maxLength: scale.pieces }), fc.array(fc.constantFrom(' ', '', '  ', '\n'), { minLength: scale.pieces, maxLength: scale.pieces }))
    .map(([pieces, separators]) => pieces.map((piece, i) => (i === 0 ? piece : `${separators[i] ?? ' '}${piece}`)).join(''));

  /** A long line: one phrase or word repeated, or filler characters. */
  const longLineArb = fc
    .tuple(fc.constantFrom('I just wanted to touch base. ', 'x', 'word ', '👋', 'a\u0301', '[Name] ', '*', '`', '> ', '- ', '*a **a ', '_a ', '![', '[a ', 'a** '), fc.integer({ min: 200, max: scale.longLine }))
    .map(([unit, count]) => unit.repeat(Math.ceil(count / unit.length)));

  /** Block structure, recursive through lists and block quotes. */
  const { block: blockArb } = fc.letrec<{ block: string; blocks: string }>((tie) => ({
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 12, arbitrary: paragraphArb },
      { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), paragraphArb).map(([level, text]) => `${'#'.repeat(level)} ${text.replace(/\n/g, ' ')}`) },
      { weight: 1, arbitrary: fc.tuple(paragraphArb, fc.constantFrom('===', '---', '-')).map(([text, underline]) => `${text}\n${underline}`) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. '), fc.array(tie('blocks'), { minLength: 1, maxLength: scale.items }), fc.boolean())
          .map(([marker, items, loose]) => items.map((item) => prefixLines(item, marker, ' '.repeat(marker.length))).join(loose ? '\n\n' : '\n')),
      },
      { weight: 3, arbitrary: tie('blocks').map((inner) => prefixLines(inner, '> ', '> ')) },
      { weight: 1, arbitrary: tie('blocks').map((inner) => prefixLines(inner, '>', '')) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.constantFrom('```', '~~~', '````', '```js', '~~~ info'), fc.array(fc.oneof(paragraphArb, sentencePhraseArb, fc.constantFrom(...PLACEHOLDERS)), { maxLength: 4 }), fc.boolean())
          .map(([fence, lines, closed]) => `${fence}\n${lines.join('\n')}${closed ? `\n${fence.replace(/[^`~]/g, '')}` : ''}`),
      },
      { weight: 1, arbitrary: fc.array(fc.oneof(sentencePhraseArb, paragraphArb), { minLength: 1, maxLength: 3 }).map((lines) => lines.map((line) => `    ${line.replace(/\n/g, ' ')}`).join('\n')) },
      { weight: 2, arbitrary: fc.constantFrom(...SETTINGS_COMMENTS) },
      { weight: 1, arbitrary: paragraphArb.map((text) => `<!--\n${text}\n-->`) },
      { weight: 1, arbitrary: paragraphArb.map((text) => `<div>\n${text}\n</div>`) },
      { weight: 1, arbitrary: paragraphArb.map((text) => `<pre>\n## not a heading ${text}\n</pre>`) },
      { weight: 1, arbitrary: fc.constantFrom('***', '---', '___', '- - -') },
      { weight: 1, arbitrary: fc.tuple(paragraphArb, paragraphArb).map(([a, b]) => `| ${a.replace(/[\n|]/g, ' ')} | b |\n|---|---|\n| ${b.replace(/[\n|]/g, ' ')} | TODO |`) },
      { weight: 1, arbitrary: fc.constantFrom('[ref]: https://example.com "Title"', '[^1]: a footnote just', '[Name]: <>') },
      { weight: 1, arbitrary: longLineArb },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom('\t', '-\t', '>\t\t', ' \t', '*\t\t', '1.\t', '- a\n\n\t\t', '>\t', '    \t', '-\t\t'), paragraphArb)
          .map(([prefix, text]) => `${prefix}${text}`),
      },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    ),
    blocks: fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((blocks) => blocks.join('\n\n')),
  }));

  /** Deep nesting: block quotes or lists up to `scale.depth` levels, past the engine's bound of 100. */
  const deepArb = fc
    .tuple(fc.constantFrom('> ', '- ', '* ', '1. ', '>- ', '> 1. '), fc.integer({ min: 20, max: scale.depth }), paragraphArb, fc.boolean())
    .map(([marker, depth, text, staircase]) => {
      if (!staircase || marker.startsWith('>')) return `${marker.repeat(depth)}${text}`;
      const lines: string[] = [];
      for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i * marker.length)}${marker}${i} just`);
      return `${lines.join('\n')}\n${text}`;
    });

  const messageBodyArb = fc.array(fc.oneof({ weight: 10, arbitrary: blockArb }, { weight: 1, arbitrary: deepArb }), { maxLength: scale.blocks }).chain((blocks) =>
    fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n'), { minLength: blocks.length, maxLength: blocks.length }).map((seps) => blocks.map((b, i) => (i === 0 ? b : `${seps[i]}${b}`)).join('')),
  );

  const headingArb = fc
    .tuple(fc.constantFrom('## ', '##\t', '  ## ', '## ', '##'), fc.oneof(fc.constantFrom(...TITLES), paragraphArb.map((p) => p.replace(/\n/g, ' '))))
    .map(([marks, title]) => `${marks}${title}`);

  const messageArb = fc
    .tuple(headingArb, fc.option(fc.constantFrom(...SETTINGS_COMMENTS), { nil: undefined }), messageBodyArb)
    .map(([heading, settings, body]) => [heading, settings, body].filter((part) => part !== undefined).join('\n\n'));

  const frontMatterArb = fc.oneof(fc.constantFrom(...FRONT_MATTERS), fc.string({ unit: 'binary', maxLength: 30 }).map((yaml) => `---\n${yaml}\n---\n`));

  /** A whole document as written with "\n" line ends (converted afterwards). */
  const lfDocumentArb = fc
    .tuple(
      fc.option(frontMatterArb, { nil: undefined }),
      fc.option(messageBodyArb, { nil: undefined }),
      fc.option(paragraphArb.map((title) => `# ${title.replace(/\n/g, ' ')}`), { nil: undefined }),
      fc.array(messageArb, { maxLength: scale.messages }),
      fc.option(fc.tuple(paragraphArb, messageBodyArb).map(([title, body]) => `# ${title.replace(/\n/g, ' ')}\n\n${body}`), { nil: undefined }),
      fc.boolean(),
    )
    .map(([front, preamble, title, messages, trailer, finalNewline]) => {
      const parts = [title, preamble, ...messages, trailer].filter((part): part is string => part !== undefined);
      return `${front ?? ''}${parts.join('\n\n')}${finalNewline ? '\n' : ''}`;
    });

  const spliceArb: fc.Arbitrary<Splice> = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    remove: fc.nat(8),
    insert: fc.oneof(fc.string({ unit: 'binary', maxLength: 8 }), sentencePhraseArb, fc.constantFrom(...PLACEHOLDERS, ...CONTROL, '\n## ', '\n```\n', '<!--', '\r', '\n---\n')),
  });


  const documentArb: fc.Arbitrary<string> = fc
    .tuple(lfDocumentArb, fc.constantFrom<LineEnding>('lf', 'lf', 'crlf', 'cr', 'mixed'), fc.array(fc.nat(2), { minLength: 1, maxLength: 7 }), fc.array(spliceArb, { maxLength: 2 }))
    .map(([text, ending, choices, splices]) => splices.reduce(applySplice, convertLineEndings(text, ending, choices)));

  /** Raw strings with no structure at all, over the whole UTF-16 range. */
  const garbageArb: fc.Arbitrary<string> = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.string({ unit: fc.constantFrom('#', '#', ' ', '\n', '\r', '-', '>', '`', '~', '<', '!', '[', ']', '*', '_', 'a', 'j', 'u', 's', 't', '\u0000', '\t', '1', '.', ')', '&', ';', '\\', '|', ':'), maxLength: 300 }),
  );

  const caseArb: fc.Arbitrary<Case> = fc.record({
    text: fc.oneof({ weight: 9, arbitrary: documentArb }, { weight: 1, arbitrary: garbageArb }),
    config: configArb,
  });

  return { caseArb, documentArb, garbageArb };
}

// ---------------------------------------------------------------------------------------------------
// Invariants

/** Rules whose findings are about wording: none may fire inside code. */
export const WORDING_RULES: readonly RuleId[] = ['default-invitation', 'stock-phrase', 'vague-ask', 'generic-greeting', 'filler', 'unfilled-placeholder'];

export class InvariantError extends Error {
  override name = 'InvariantError';
}

function fail(message: string): never {
  throw new InvariantError(message);
}

function checkRange(range: Range | undefined, length: number, what: string, nonEmpty = false): void {
  if (!range) return;
  const { start, end } = range;
  if (!Number.isInteger(start) || !Number.isInteger(end)) fail(`${what}: non-integer range ${JSON.stringify(range)}`);
  if (start < 0 || end > length) fail(`${what}: range ${start}-${end} outside the document (length ${length})`);
  if (nonEmpty ? start >= end : start > end) fail(`${what}: range ${start}-${end} does not start before it ends`);
}

/** A range boundary that splits a surrogate pair or a CRLF would corrupt the text an edit touches. */
function checkBoundary(text: string, offset: number, what: string): void {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) fail(`${what}: boundary ${offset} splits a surrogate pair`);
  if (before === 13 && after === 10) fail(`${what}: boundary ${offset} splits a CRLF`);
}

function rangesOf(finding: Finding): { range: Range; what: string; edit: boolean }[] {
  const all: { range: Range; what: string; edit: boolean }[] = [{ range: finding.range, what: 'finding', edit: false }];
  for (const edit of finding.fix?.edits ?? []) all.push({ range: edit.range, what: 'fix edit', edit: true });
  for (const suggestion of finding.suggestions ?? []) {
    for (const edit of suggestion.edits) all.push({ range: edit.range, what: 'suggestion edit', edit: true });
    if (suggestion.snippet) all.push({ range: suggestion.snippet.range, what: 'snippet', edit: true });
  }
  for (const related of finding.related ?? []) all.push({ range: related.range, what: 'related', edit: false });
  return all;
}

/** Linting never throws; every range is inside the document; the engine reports no internal failure. */
export function checkResult(text: string, result: LintResult): void {
  for (const finding of result.findings) {
    const label = `${finding.ruleId} ${JSON.stringify(text.slice(finding.range.start, finding.range.end).slice(0, 60))}`;
    for (const { range, what, edit } of rangesOf(finding)) {
      checkRange(range, text.length, `${label} ${what}`, what === 'finding');
      if (edit) {
        checkBoundary(text, range.start, `${label} ${what}`);
        checkBoundary(text, range.end, `${label} ${what}`);
      }
    }
    if (!result.messages[finding.messageIndex]) fail(`${label}: message index ${finding.messageIndex} does not exist`);
    if (!finding.message || !finding.why || !finding.instead) fail(`${label}: empty message, why or instead`);
  }
  for (const problem of result.problems) {
    checkRange(problem.range, text.length, `problem ${problem.key}`);
    if (problem.key === 'internal' || (problem.key.startsWith('rules.') && /the rule failed/.test(problem.message))) {
      fail(`engine failure reported as a problem: ${problem.key}: ${problem.message}`);
    }
  }
  let previousEnd = -1;
  for (const message of result.messages) {
    checkRange(message.range, text.length, `message ${message.index}`);
    checkRange(message.bodyRange, text.length, `message ${message.index} body`);
    checkRange(message.headingRange, text.length, `message ${message.index} heading`);
    if (message.range.start < previousEnd) fail(`message ${message.index} overlaps the one before`);
    previousEnd = message.range.end;
  }
  for (let i = 1; i < result.findings.length; i++) {
    const a = result.findings[i - 1] as Finding;
    const b = result.findings[i] as Finding;
    if (a.messageIndex > b.messageIndex) fail('findings are not in message order');
  }
  let line = -1;
  for (const start of result.lineStarts) {
    if (start <= line || start > text.length) fail(`line starts are not increasing inside the document: ${start}`);
    line = start;
  }
}

/**
 * The counter and the copy command read one text (`MessageInfo.text` through `messageAt`), and it is
 * the plain text over-limit measures. `overLimitOn`: whether the rule is switched on.
 */
export function checkCounter(text: string, result: LintResult, overLimitOn = true): void {
  const hasDirectives = text.includes('outreach-lint-');
  for (const message of result.messages) {
    if (message.length !== message.text.length) fail(`message ${message.index}: length ${message.length} but text has ${message.text.length}`);
    for (const offset of [message.range.start, message.bodyRange.start, Math.floor((message.range.start + message.range.end) / 2)]) {
      if (offset >= message.range.end && message.index !== result.messages.length - 1) continue;
      const found = messageAt(result, offset);
      if (found !== message) fail(`messageAt(${offset}) is message ${found?.index} instead of ${message.index}`);
      if (found.text.length !== found.length) fail('messageAt text and length disagree');
    }
    const overLimit = result.findings.filter((f) => f.ruleId === 'over-limit' && f.messageIndex === message.index);
    for (const finding of overLimit) {
      const counted = /^(\d+)\/(\d+) characters/.exec(finding.message);
      if (!counted) fail(`over-limit message has no count: ${finding.message}`);
      // A template is measured by its longest rendering, which the counter shows as the top of its range.
      const measured = message.template ? message.template.maxLength : message.text.length;
      if (Number(counted[1]) !== measured) fail(`over-limit counts ${counted[1]} but the ${message.template ? 'longest rendering' : 'copied text'} has ${measured}`);
      if (Number(counted[2]) !== message.limit) fail(`over-limit says the limit is ${counted[2]}, the counter ${message.limit}`);
    }
    if (overLimit.length > 1) fail(`message ${message.index} has ${overLimit.length} over-limit findings`);
    const longest = message.template ? message.template.maxLength : message.length;
    if (!hasDirectives && message.limit !== null && longest > message.limit && overLimit.length === 0 && overLimitOn) {
      fail(`message ${message.index} has ${longest}/${message.limit} characters but no over-limit finding`);
    }
    if (overLimit.length > 0 && message.limit !== null && message.length <= message.limit) fail(`over-limit fired on a message within its limit`);
  }
  for (const offset of [0, text.length, Math.floor(text.length / 3)]) {
    const found = messageAt(result, offset);
    if (found && (offset < found.range.start || offset > found.range.end)) fail(`messageAt(${offset}) returned a message that does not contain it`);
  }
}


/** Code ranges of a markdown body by the parser as an oracle: inline code spans and code blocks. */
export function codeRanges(source: string, offset = 0): Range[] {
  const ranges: Range[] = [];
  interface Node {
    type: string;
    children?: Node[];
    position?: { start: { offset?: number }; end: { offset?: number } };
  }
  const walk = (node: Node) => {
    if ((node.type === 'code' || node.type === 'inlineCode') && node.position) {
      ranges.push({ start: (node.position.start.offset ?? 0) + offset, end: (node.position.end.offset ?? 0) + offset });
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(unified().use(remarkParse).parse(source) as unknown as Node);
  return ranges;
}

/** No wording rule fires inside code. */
export function checkNothingInCode(result: LintResult, code: readonly Range[], label = ''): void {
  for (const finding of result.findings) {
    if (!WORDING_RULES.includes(finding.ruleId)) continue;
    const inside = code.find((range) => finding.range.start >= range.start && finding.range.end <= range.end);
    if (inside) fail(`${label}${finding.ruleId} fired inside code at ${finding.range.start}-${finding.range.end} (code ${inside.start}-${inside.end})`);
  }
}

function checkCode(text: string, result: LintResult): void {
  for (const message of result.messages) {
    if (message.bodyRange.end - message.bodyRange.start > 20_000) continue;
    const code = codeRanges(text.slice(message.bodyRange.start, message.bodyRange.end), message.bodyRange.start);
    if (code.length === 0) continue;
    checkNothingInCode({ ...result, findings: result.findings.filter((f) => f.messageIndex === message.index) }, code, `message ${message.index}: `);
  }
}

/** Comparable form of a result: everything but object identity. */
export function comparable(result: LintResult): string {
  return JSON.stringify({ findings: result.findings, messages: result.messages, problems: result.problems, lineStarts: result.lineStarts });
}

function hull(fix: Fix): Range {
  return { start: Math.min(...fix.edits.map((e) => e.range.start)), end: Math.max(...fix.edits.map((e) => e.range.end)) };
}

/** Where an offset of the text before a fix lands after it (inside an edit: the edit's start). */
function mapOffset(fix: Fix, offset: number): number {
  let shift = 0;
  for (const edit of fix.edits) {
    if (edit.range.end <= offset) shift += edit.text.length - (edit.range.end - edit.range.start);
    else if (edit.range.start < offset) return edit.range.start + shift + edit.text.length;
  }
  return offset + shift;
}

function touching(findings: readonly Finding[], ruleId: RuleId, range: Range): number {
  return findings.filter((f) => f.ruleId === ruleId && f.range.start <= range.end && f.range.end >= range.start).length;
}

/** Applying one fix: the result lints cleanly and has fewer findings of the rule where the fix applied. */
export function checkSingleFixes(linter: Linter, text: string, result: LintResult, maxFixes = 6): void {
  const withFix = result.findings.filter((f) => f.fix);
  for (const finding of withFix.slice(0, maxFixes)) {
    const fix = finding.fix as Fix;
    const applied = applyFixes(text, [fix]);
    if (applied.applied.length !== 1) fail(`${finding.ruleId} fix "${fix.title}" could not be applied on its own (edits overlap or lie outside)`);
    const after = linter.lint(applied.output);
    checkResult(applied.output, after);
    // The place: what the fix edits and what the finding covers (over-limit's fix edits spaces anywhere).
    const edited = hull(fix);
    const before = { start: Math.min(edited.start, finding.range.start), end: Math.max(edited.end, finding.range.end) };
    const place = { start: mapOffset(fix, before.start), end: mapOffset(fix, before.end) };
    const countBefore = touching(result.findings, finding.ruleId, before);
    const countAfter = touching(after.findings, finding.ruleId, place);
    if (countAfter >= countBefore) {
      fail(`${finding.ruleId} fix "${fix.title}" left ${countAfter} finding(s) of the rule at ${place.start}-${place.end} (had ${countBefore}); output ${JSON.stringify(applied.output.slice(Math.max(0, place.start - 40), place.end + 40))}`);
    }
  }
}

/** Fix-all reaches a fixed point: a second fix-all changes nothing; its output lints cleanly. */
export function checkFixAll(linter: Linter, text: string): void {
  const first = fixAll(linter, text);
  checkResult(first.output, linter.lint(first.output));
  const second = fixAll(linter, first.output);
  if (second.changed) {
    fail(`fix-all is not idempotent: a second run applied ${second.fixCount} fix(es) after ${first.passes} pass(es)`);
  }
}

/** The cached, incremental path gives what a fresh linter gives (`fresh`: a new linter's result for `text`). */
export function checkIncremental(linter: Linter, previous: string, text: string, fresh: LintResult): void {
  linter.lint(previous);
  const incremental = linter.lint(text);
  if (comparable(incremental) !== comparable(fresh)) fail('incremental result differs from a full lint');
}

export async function checkAsync(config: Record<string, unknown>, text: string, expected: LintResult): Promise<void> {
  const fresh = createLinter({ config });
  const result = await fresh.lintAsync(text, { budgetMs: 0 });
  if (comparable(result) !== comparable(expected)) fail('lintAsync differs from lint');
}

/**
 * LF, CRLF and lone CR are one line break each in the pasted text: a document written with any of them
 * gives the same messages, counts, findings, fixes and problems (only offsets differ). Skips documents
 * that already mix line ends.
 */
export function checkLineEndings(linter: Linter, text: string): void {
  if (text.includes('\r')) return;
  const summary = (result: LintResult) =>
    JSON.stringify({
      messages: result.messages.map((m) => [m.title, m.text, m.length, m.limit, m.channelId, m.recipientName]),
      findings: result.findings.map((f) => [f.ruleId, f.messageId, f.message, f.fix?.title, f.fix?.edits.map((e) => e.text)]),
      problems: result.problems.map((p) => [p.key, p.message]),
    });
  const expected = summary(linter.lint(text));
  for (const eol of ['\r\n', '\r']) {
    const converted = text.replace(/\n/g, eol);
    const result = linter.lint(converted);
    checkResult(converted, result);
    const actual = summary(result);
    if (actual !== expected) {
      let at = 0;
      while (at < actual.length && actual[at] === expected[at]) at++;
      fail(`${JSON.stringify(eol)} line ends change the result: …${expected.slice(Math.max(0, at - 80), at + 80)}… became …${actual.slice(Math.max(0, at - 80), at + 80)}…`);
    }
  }
}

export interface CheckOptions {
  fixes?: boolean;
  code?: boolean;
  incremental?: boolean;
  lineEndings?: boolean;
}

/** Every synchronous invariant on one case. Throws an InvariantError (or the engine's own error). */
export function checkCase(c: Case, options: CheckOptions = { fixes: true, code: true, incremental: true, lineEndings: true }): { linter: Linter; result: LintResult } {
  const linter = createLinter({ config: c.config });
  const rules = (c.config.rules ?? {}) as Record<string, string>;
  for (const problem of linter.configProblems) {
    // A phrase of punctuation only (".*") is refused, rightly; anything else means the generator is wrong.
    if (!/needs at least one letter or digit/.test(problem.message)) fail(`generated config has a problem: ${problem.key}: ${problem.message}`);
  }
  const result = linter.lint(c.text);
  checkResult(c.text, result);
  checkCounter(c.text, result, rules['over-limit'] !== 'off');
  if (options.code) checkCode(c.text, result);
  if (options.fixes) {
    checkSingleFixes(linter, c.text, result);
    checkFixAll(linter, c.text);
  }
  if (options.lineEndings) checkLineEndings(linter, c.text);
  if (options.incremental) {
    // A one-character edit in the middle, then back: the cache must not leak the old analysis.
    const at = Math.floor(c.text.length / 2);
    const edited = `${c.text.slice(0, at)}x${c.text.slice(at)}`;
    checkIncremental(linter, edited, c.text, result);
  }
  return { linter, result };
}
