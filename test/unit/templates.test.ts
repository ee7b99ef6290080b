import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  applyFixes,
  createLinter,
  parseTemplate,
  readRecipientTable,
  renderMessage,
  rowValues,
  type Finding,
  type LintResult,
  type TemplateData,
  type TemplateSyntax,
} from '../../src/core/index.js';
import { onlyRule, ruleTester, stripMarks } from './ruleTester.js';
import { checkResult } from './propertyKit.js';

/**
 * Campaign templates: the four template rules as tables, the tokenizer's exact ranges, that template mode
 * changes nothing for a message without template syntax, the longest case, personal fields, and properties
 * of random templates and recipient tables.
 */

const repoUrl = (path: string) => new URL(`../../../${path}`, import.meta.url);

/** A one-message document with the given front matter lines. */
const doc = (frontMatter: string, body: string) => `---\n${frontMatter}\n---\n## Note\n\n${body}\n`;
const liquid = (fields: string, body: string) => doc(`template: liquid\n${fields}`, body);
const braces = (fields: string, body: string) => doc(`template: braces\n${fields}`, body);

describe('templates', () => {
  describe('rule tables', () => {
    ruleTester('spin-syntax', {
      severity: 'error',
      valid: [
        { name: 'fields, filters, fallbacks and nested spins', text: liquid('', '{Hi|Hello} {{ first_name | capitalize | default: "there" }}, {your {post|talk}|the {{ topic }} thread} was sharp.') },
        { name: 'braces fallback', text: braces('', 'Hi {{first_name|there}}, {thanks|cheers} for the {{topic}} thread.') },
        { name: 'a group without a bar is literal text', text: liquid('', 'Hi Ana, our {build} step is slow.') },
        { name: 'template syntax in code is not read', text: liquid('', 'Hi Ana, we write `{{ x | titlecase }}` and `{a|}` in our tool.') },
        { name: 'outside template mode nothing is read', text: 'Hi Ana, {a|} and {% if %} and a stray } here.' },
        { name: 'braces mode has no tags', text: braces('', 'Hi Ana, the {% sign is fine here.') },
      ],
      invalid: [
        { name: 'unclosed field', text: liquid('', 'Hi «{{ first_name», good to meet you.'), messageIds: ['unclosed-field'] },
        { name: 'unclosed field without spaces', text: braces('', 'Hi «{{first_name», good to meet you.'), messageIds: ['unclosed-field'] },
        { name: 'unclosed spin', text: liquid('', 'Hi Ana, «{»could|would you share it?'), messageIds: ['unclosed-spin'] },
        { name: 'stray close', text: liquid('', 'Hi Ana, how did it go«}»?'), messageIds: ['stray-close'] },
        { name: 'empty first option', text: liquid('', 'Hi Ana, «{|»could you share it?}'), messageIds: ['empty-option'] },
        { name: 'empty last option', text: liquid('', 'Hi Ana, {could«|}» you share it?'), messageIds: ['empty-option'] },
        { name: 'unknown filter', text: liquid('', 'Hi Ana, {{ company | «titlecase» }} is hiring.'), messageIds: ['unknown-filter'] },
        { name: 'liquid tags', text: liquid('', 'Hi Ana, «{% if company %}»at {{ company }}«{% endif %}».'), messageIds: ['tag', 'tag'] },
        { name: 'a name with a space', text: liquid('', 'Hi «{{ first name }}», good to meet you.'), messageIds: ['bad-field'] },
        {
          name: 'closing an unclosed field puts }} after the name',
          text: braces('', 'Hi «{{first_name», good to meet you.'),
          messageIds: ['unclosed-field'],
          check: (findings, text) => {
            const edits = findings[0]?.suggestions?.[0]?.edits ?? [];
            assert.equal(applyFixes(text, [{ title: 'close', edits }]).output.includes('Hi {{first_name}}, good'), true);
          },
        },
        {
          name: 'a braces fallback in liquid is offered as default',
          text: liquid('', 'Hi {{ first_name | «there» }}, good to meet you.'),
          messageIds: ['unknown-filter'],
          check: (findings, text) => {
            const edits = findings[0]?.suggestions?.[0]?.edits ?? [];
            assert.match(applyFixes(text, [{ title: 'fallback', edits }]).output, /Hi \{\{ first_name \| default: "there" \}\}, good/);
          },
        },
      ],
    });

    const declared = 'fields:\n  first_name: [Ana, Bartholomew]\n  company: [Lumen, Northwind Traders]';
    ruleTester('unknown-merge-field', {
      severity: 'error',
      valid: [
        { name: 'declared fields', text: liquid(declared, 'Hi {{ first_name }}, how does {{ company }} run on-call?') },
        { name: 'a list of names', text: liquid('fields: [first_name, company]', 'Hi {{ first_name }}, how does {{ company }} run on-call?') },
        { name: 'nothing declared: no name is unknown', text: liquid('', 'Hi {{ whoever }}, how does {{ anything }} run on-call?') },
      ],
      invalid: [
        { name: 'a typo', text: liquid(declared, 'Hi {{ first_name }}, how does {{ «compny» }} run on-call?'), messageIds: ['did-you-mean'] },
        { name: 'a name far from any', text: liquid(declared, 'Hi {{ first_name }}, how is on-call in {{ «region» }}?'), messageIds: ['unknown'] },
        { name: 'inside a spin, braces', text: braces(declared, 'Hi {{first_name}}, {how is|what is new at} {{«compnay»}}?'), messageIds: ['did-you-mean'] },
        {
          name: 'the suggestion changes only the name',
          text: liquid(declared, 'Hi {{ first_name }}, how does {{ «compny» | default: "your team" }} run it?'),
          messageIds: ['did-you-mean'],
          check: (findings, text) => {
            const edits = findings[0]?.suggestions?.[0]?.edits ?? [];
            assert.match(applyFixes(text, [{ title: 'rename', edits }]).output, /\{\{ company \| default: "your team" \}\}/);
          },
        },
      ],
    });

    const canBeEmpty = 'fields:\n  first_name: [Ana, ""]\n  company: [Lumen, ""]\n  team: [payments, ""]';
    ruleTester('merge-field-fallback', {
      severity: 'warning',
      valid: [
        { name: 'a fallback', text: liquid(canBeEmpty, 'Hi {{ first_name | default: "there" }}, nice post.') },
        { name: 'always filled', text: liquid('fields:\n  first_name: [Ana, Bartholomew]', 'Hi {{ first_name }}, nice post.') },
        { name: 'mid-sentence', text: liquid(canBeEmpty, 'Hi there, the post on {{ team }} was sharp.') },
        { name: 'braces fallback', text: braces(canBeEmpty, 'Hi {{first_name|there}}, nice post.') },
        { name: 'unknown names are the other rule\'s', text: liquid(canBeEmpty, 'Hi {{ nickname }}, nice post.') },
      ],
      invalid: [
        {
          name: 'greeting, liquid, fix adds default',
          text: liquid(canBeEmpty, 'Hi «{{ first_name }}», nice post.'),
          messageIds: ['greeting'],
          output: liquid(canBeEmpty, 'Hi {{ first_name | default: "there" }}, nice post.'),
        },
        {
          name: 'greeting, liquid with a filter: the default goes after it',
          text: liquid(canBeEmpty, 'Hello «{{ first_name | capitalize }}», nice post.'),
          messageIds: ['greeting'],
          output: liquid(canBeEmpty, 'Hello {{ first_name | capitalize | default: "there" }}, nice post.'),
        },
        {
          name: 'greeting, braces',
          text: braces(canBeEmpty, 'Hi «{{first_name}}», nice post.'),
          messageIds: ['greeting'],
          output: braces(canBeEmpty, 'Hi {{first_name|there}}, nice post.'),
        },
        {
          name: 'greeting from a spin',
          text: braces(canBeEmpty, '{Hey|Hello} «{{first_name}}», nice post.'),
          messageIds: ['greeting'],
          output: braces(canBeEmpty, '{Hey|Hello} {{first_name|there}}, nice post.'),
        },
        {
          name: 'sentence start and possessive, company fallbacks',
          text: liquid(canBeEmpty, 'Nice post. «{{ company }}» runs Kafka? I liked «{{ company }}»\'s launch.'),
          messageIds: ['sentence', 'possessive'],
          output: liquid(canBeEmpty, 'Nice post. {{ company | default: "Your team" }} runs Kafka? I liked {{ company | default: "your team" }}\'s launch.'),
        },
        {
          name: 'braces: possessive',
          text: braces(canBeEmpty, 'Hi there, I liked «{{company}}»\'s launch.'),
          messageIds: ['possessive'],
          output: braces(canBeEmpty, 'Hi there, I liked {{company|your team}}\'s launch.'),
        },
        { name: 'no obvious fallback: a suggestion only', text: liquid(canBeEmpty, 'Nice post. «{{ team }}» is hiring?'), messageIds: ['sentence'], output: null },
        { name: 'an empty fallback', text: liquid(canBeEmpty, 'Hi «{{ first_name | default: "" }}», nice post.'), messageIds: ['greeting'], output: null },
        { name: 'nothing known of its values', text: liquid('', 'Hi «{{ first_name }}», nice post.'), messageIds: ['greeting'] },
      ],
    });

    it('merge-field-fallback: its fix, applied with applyFixes, writes the fallback in each syntax', () => {
      const fields = 'fields:\n  first_name: [Ana, ""]\n  company: [Lumen, ""]';
      const cases = [
        { text: liquid(fields, 'Hi {{ first_name }}, how does {{ company }}\'s on-call work?'), expected: 'Hi {{ first_name | default: "there" }}, how does {{ company | default: "your team" }}\'s on-call work?' },
        { text: braces(fields, 'Hi {{first_name}}, how does {{company}}\'s on-call work?'), expected: 'Hi {{first_name|there}}, how does {{company|your team}}\'s on-call work?' },
      ];
      const linter = createLinter({ config: onlyRule('merge-field-fallback') });
      for (const { text, expected } of cases) {
        const fixes = linter.lint(text).findings.flatMap((f) => (f.fix ? [f.fix] : []));
        assert.equal(fixes.length, 2);
        const fixed = applyFixes(text, fixes).output;
        assert.ok(fixed.includes(expected), fixed);
        assert.deepEqual(linter.lint(fixed).findings, [], 'nothing left to report');
      }
    });

    describe('rule empty-merge-value (with data)', () => {
      const csv = 'first_name,company\nAna,Lumen\nBartholomew,\nChiara,\n';
      const data = readRecipientTable(csv, 'prospects.csv');
      const lintWith = (text: string, perRow = false): Finding[] =>
        createLinter({ config: onlyRule('empty-merge-value') }).lint(text, { data, perRow }).findings.filter((f) => f.ruleId === 'empty-merge-value');
      const cases: { name: string; text: string; perRow?: boolean; expected: { messageId: string; row?: number; message?: RegExp }[] }[] = [
        { name: 'filled column', text: liquid('', 'Hi there, «{{ first_name }}» wrote it.'), expected: [] },
        { name: 'a fallback', text: liquid('', 'Hi there, {{ company | default: "your team" }} wrote it.'), expected: [] },
        { name: 'braces fallback', text: braces('', 'Hi there, {{company|your team}} wrote it.'), expected: [] },
        { name: 'empty cells, once per field', text: liquid('', 'Hi there, «{{ company }}» and {{ company }} wrote it.'), expected: [{ messageId: 'rows', message: /^2 of 3 recipients have no "company" \(row 2, line 3; row 3, line 4\)/ }] },
        { name: 'per row', text: braces('', 'Hi there, «{{company}}» wrote it.'), perRow: true, expected: [{ messageId: 'row', row: 2 }, { messageId: 'row', row: 3 }] },
      ];
      for (const c of cases) {
        it(c.name, () => {
          const { text, ranges } = stripMarks(c.text);
          const findings = lintWith(text, c.perRow);
          assert.deepEqual(findings.map((f) => f.messageId), c.expected.map((e) => e.messageId));
          findings.forEach((f, i) => {
            const expected = c.expected[i];
            assert.deepEqual(f.range, ranges[0], 'on the field');
            assert.equal(f.severity, 'warning');
            if (expected?.row !== undefined) assert.equal(f.row?.number, expected.row);
            if (expected?.message) assert.match(f.message, expected.message);
          });
        });
      }
      it('without data it says nothing', () => {
        const text = liquid('fields:\n  company: [Lumen, ""]', 'Hi there, {{ company }} wrote it.');
        assert.deepEqual(createLinter({ config: onlyRule('empty-merge-value') }).lint(text).findings, []);
      });
    });
  });

  describe('tokenizer (parseTemplate)', () => {
    const fields = (text: string, syntax: TemplateSyntax = 'liquid') =>
      parseTemplate(text, syntax).fields.map(({ start, end, name, nameStart, nameEnd, fallback, fallbackAt, filters, filtersBeforeFallback }) => ({ start, end, name, nameStart, nameEnd, fallback, fallbackAt, filters, filtersBeforeFallback }));
    const errors = (text: string, syntax: TemplateSyntax = 'liquid') => parseTemplate(text, syntax).errors.map(({ start, end, messageId }) => ({ messageId, text: text.slice(start, end), start }));

    it('reads a liquid field with filters on both sides of its default', () => {
      const text = 'Hi {{ first_name | capitalize | default: "there" | upcase }}!';
      assert.deepEqual(fields(text), [
        { start: 3, end: 60, name: 'first_name', nameStart: 6, nameEnd: 16, fallback: 'there', fallbackAt: 16, filters: ['capitalize', 'upcase'], filtersBeforeFallback: 1 },
      ]);
      assert.deepEqual(parseTemplate(text, 'liquid').errors, []);
    });

    it('puts a new fallback after the filters of a field without one', () => {
      const [field] = fields('{{ name | downcase }}');
      assert.equal(field?.fallbackAt, '{{ name | downcase'.length);
      assert.equal(field?.fallback, undefined);
    });

    it('reads a braces fallback, quotes removed', () => {
      assert.deepEqual(fields('Hi {{first_name|there}}!', 'braces'), [
        { start: 3, end: 23, name: 'first_name', nameStart: 5, nameEnd: 15, fallback: 'there', fallbackAt: 15, filters: [], filtersBeforeFallback: 0 },
      ]);
      assert.equal(fields('{{ company | "your team" }}', 'braces')[0]?.fallback, 'your team');
    });

    it('reads nested spins and fields inside options', () => {
      const text = '{a|{b|c}|{{ x }}} d';
      const parsed = parseTemplate(text, 'liquid');
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(parsed.spins.map((s) => ({ start: s.start, end: s.end, separators: s.separators, options: s.options.map((o) => text.slice(o.start, o.end)) })), [
        { start: 0, end: 17, separators: [2, 8], options: ['a', '{b|c}', '{{ x }}'] },
        { start: 3, end: 8, separators: [5], options: ['b', 'c'] },
      ]);
      assert.deepEqual(parsed.fields.map((f) => [f.name, f.start, f.end]), [['x', 9, 16]]);
      assert.equal(parsed.nodes.length, 2, 'the outer spin and " d"');
    });

    it('reads a spin opening with a spin as a spin, not a field', () => {
      const parsed = parseTemplate('{{a|b}|c}', 'braces');
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(parsed.fields, []);
      assert.deepEqual(parsed.spins.map((s) => [s.start, s.end]), [[0, 9], [1, 6]]);
    });

    it('keeps a group without a bar as literal text', () => {
      const parsed = parseTemplate('{first name} and {a}', 'liquid');
      assert.deepEqual([parsed.errors, parsed.fields, parsed.spins], [[], [], []]);
    });

    it('reports each mistake with its exact range', () => {
      assert.deepEqual(errors('Hi {{ x, y'), [{ messageId: 'unclosed-field', text: '{{ x', start: 3 }]);
      assert.deepEqual(errors('Hi {{  first_name, y'), [{ messageId: 'unclosed-field', text: '{{  first_name', start: 3 }]);
      assert.deepEqual(errors('Hi {a|b'), [{ messageId: 'unclosed-spin', text: '{', start: 3 }]);
      assert.deepEqual(errors('a } b'), [{ messageId: 'stray-close', text: '}', start: 2 }]);
      assert.deepEqual(errors('{|a}'), [{ messageId: 'empty-option', text: '{|', start: 0 }]);
      assert.deepEqual(errors('{a||b}'), [{ messageId: 'empty-option', text: '||', start: 2 }]);
      assert.deepEqual(errors('{a|}'), [{ messageId: 'empty-option', text: '|}', start: 2 }]);
      assert.deepEqual(errors('{{ x | titlecase }}'), [{ messageId: 'unknown-filter', text: 'titlecase', start: 7 }]);
      assert.deepEqual(errors('{% if x %}y{% endif %}'), [
        { messageId: 'tag', text: '{% if x %}', start: 0 },
        { messageId: 'tag', text: '{% endif %}', start: 11 },
      ]);
      assert.deepEqual(errors('{% if x %}', 'braces'), [], 'braces has no tags');
      assert.deepEqual(errors('{{ first name }}').map((e) => e.messageId), ['bad-field']);
    });

    it('a field is not read across a line break', () => {
      assert.deepEqual(errors('Hi {{ x\n}}').map((e) => e.messageId), ['unclosed-field', 'stray-close', 'stray-close']);
    });

    it('reads on after a mistake', () => {
      const parsed = parseTemplate('Hi {{ x | titlecase }}, {a|b} and {{ y }}', 'liquid');
      assert.deepEqual(parsed.fields.map((f) => f.name), ['y']);
      assert.equal(parsed.spins.length, 1);
    });
  });

  /**
   * A message with no template syntax lints the same in template mode: its recipient still comes from its
   * heading, comment or front matter. Only fields that name a person take their place.
   */
  describe('template mode changes nothing without template syntax', () => {
    const files = [
      ...readdirSync(repoUrl('test/fixtures/corpus/')).filter((name) => name.endsWith('.outreach.md')).map((name) => `test/fixtures/corpus/${name}`),
      'examples/generic.outreach.md',
      'examples/personal.outreach.md',
    ];
    /** The file with one more front matter line: `line`, or a YAML comment as long (same offsets and line numbers). */
    const withLine = (text: string, line: string): string =>
      text.startsWith('---\n') ? `---\n${line}\n${text.slice(4)}` : `---\n${line}\n---\n${text}`;
    const comment = (line: string) => '#'.padEnd(line.length, '-');

    it('fields that name the recipient take the place of the heading\'s name', () => {
      const text = '## Alex Morgan — Deloitte\n\nYour talk on pricing pages was sharp. Could I ask how you test them?\n';
      const linter = createLinter({ config: onlyRule('missing-recipient-name') });
      assert.match(linter.lint(text).findings[0]?.message ?? '', /Alex/);
      assert.match(linter.lint(`---\ntemplate: liquid\n---\n${text}`).findings[0]?.message ?? '', /Alex/);
      const named = linter.lint(`---\ntemplate: liquid\nfields:\n  first_name: [Dana]\n---\n${text}`);
      assert.match(named.findings[0]?.message ?? '', /Dana/);
      const greeted = linter.lint(`---\ntemplate: liquid\nfields:\n  first_name: [Dana]\n---\n${text.replace('Your talk', '{{ first_name }}, your talk')}`);
      assert.deepEqual(greeted.findings, []);
    });

    for (const file of files) {
      for (const syntax of ['liquid', 'braces'] as const) {
        it(`${file}, ${syntax}`, () => {
          const text = readFileSync(repoUrl(file), 'utf8');
          const line = `template: ${syntax}`;
          const linter = createLinter();
          const plain = linter.lint(withLine(text, comment(line)));
          const template = linter.lint(withLine(text, line));
          assert.deepEqual(template.problems, plain.problems);
          let compared = 0;
          for (const message of template.messages) {
            const info = message.template;
            assert.ok(info, 'every message is in template mode');
            if (info.fields.length > 0 || info.spins.length > 0 || info.parsed.errors.length > 0) continue;
            compared++;
            const of = (result: LintResult) => result.findings.filter((f) => f.messageIndex === message.index);
            assert.deepEqual(of(template), of(plain), `message ${message.index}`);
            assert.equal(info.minLength, message.length);
            assert.equal(info.maxLength, message.length);
          }
          assert.ok(compared > 0, 'some messages have no template syntax');
        });
      }
    }
  });

  describe('the longest case', () => {
    const long = 'a much longer opening that goes on about the quarterly planning cycle, the offsite and what the team decided there';
    const longCompany = 'Vandermeer-Oyelaran Precision Agricultural Instruments';
    const rest = ', and I read the handover notes your on-call team published last spring; they answered most of what we had. Could I ask one question about how you rotate the secondary pager?';
    const body = `Hi Ana, {short|${long}} at {{ company }}${rest}`;
    const text = liquid(`fields:\n  company: [Lumen, ${longCompany}]`, body);

    it('over-limit reads the longest option and the longest value, and lands past the limit', () => {
      const result = createLinter({ config: onlyRule('over-limit') }).lint(text);
      const info = result.messages[0]?.template;
      const longest = `Hi Ana, ${long} at ${longCompany}${rest}`;
      const shortest = `Hi Ana, short at Lumen${rest}`;
      assert.ok(longest.length > 300 && shortest.length <= 300, 'the case is what it claims');
      assert.equal(info?.maxLength, longest.length);
      assert.equal(info?.minLength, shortest.length);
      const findings = result.findings.filter((f) => f.ruleId === 'over-limit');
      assert.equal(findings.length, 1);
      // Character 300 of the longest rendering falls in the literal text after the field.
      const past = 300 - `Hi Ana, ${long} at ${longCompany}`.length;
      assert.ok(past > 0);
      const restStart = text.indexOf(rest);
      assert.equal(findings[0]?.range.start, restStart + past);
      assert.equal(findings[0]?.range.end, restStart + rest.length);
      assert.match(findings[0]?.message ?? '', new RegExp(`^${longest.length}/300`));
      assert.match(findings[0]?.instead ?? '', /longest spin options/);
    });

    it('the shortest case alone fits', () => {
      const short = liquid('fields:\n  company: [Lumen]', `Hi Ana, short at {{ company }}${rest}`);
      assert.deepEqual(createLinter({ config: onlyRule('over-limit') }).lint(short).findings, []);
    });

    it('a declared max counts when no sample is as long', () => {
      const declared = liquid('fields:\n  company: {samples: [Lumen], max: 200}', `Hi Ana, short at {{ company }}${rest}`);
      const result = createLinter({ config: onlyRule('over-limit') }).lint(declared);
      assert.equal(result.messages[0]?.template?.maxLength, `Hi Ana, short at ${rest}`.length + 200);
      assert.equal(result.findings.length, 1);
    });
  });

  describe('spin variants', () => {
    const spins = (body: string) =>
      createLinter({ config: onlyRule('duplicate-message') }).lint(liquid('', body)).findings.map((f) => `${f.messageId} ${f.message.replace(/\d+%/, 'N%').split(':')[0]}`);
    it('near-identical renderings are one bulk message to a filter', () => {
      assert.deepEqual(spins('{Hi|Hello} Ana, your post on retries and backoff in the payments service was the clearest I have read this year.'), [
        'spin-variants The 2 spin renderings of this template are N% the same wording',
      ]);
    });
    it('options that change whole sentences are not', () => {
      assert.deepEqual(spins('Hi Ana. {Your post on retries was the clearest I have read this year.|We met at the payments meetup in Lisbon, by the coffee queue.} Could I ask one question?'), []);
    });
  });

  describe('personal fields', () => {
    const body = 'Hi {{ first_name }}, {{ icebreaker }} Could we talk about the release process next week?';
    const samples = 'first_name: [Ana, Bartholomew]\n  icebreaker: ["Good to see your work.", "Nice to see your update."';
    const personalFindings = (text: string, data?: TemplateData) =>
      createLinter({ config: onlyRule('no-personal-detail') }).lint(text, data ? { data } : {}).findings.map((f) => f.ruleId);

    it('a personal field filled for every recipient is the personal detail', () => {
      assert.deepEqual(personalFindings(liquid(`personal: [icebreaker]\nfields:\n  ${samples}]`, body)), []);
    });
    it('not declared personal, the same text speaks', () => {
      assert.deepEqual(personalFindings(liquid(`fields:\n  ${samples}]`, body)), ['no-personal-detail']);
    });
    it('an empty sample makes it speak', () => {
      assert.deepEqual(personalFindings(liquid(`personal: [icebreaker]\nfields:\n  ${samples}, ""]`, body)), ['no-personal-detail']);
    });
    it('filled in every row of the data: silent; one empty row: speaks', () => {
      const full = readRecipientTable('first_name,icebreaker\nAna,Good to see your work.\nBo,Nice to see your update.\n', 'p.csv');
      const gap = readRecipientTable('first_name,icebreaker\nAna,Good to see your work.\nBo,\n', 'p.csv');
      const text = liquid('personal: [icebreaker]\ndata: p.csv', body);
      assert.deepEqual(personalFindings(text, full), []);
      assert.deepEqual(personalFindings(text, gap), ['no-personal-detail']);
    });
  });

  describe('properties of random templates and tables', function () {
    this.timeout(120_000);
    const SEED = 20_261_130;
    const NAMES = ['first_name', 'company', 'icebreaker', 'role'];
    // Values use letters whose case mapping keeps their length (see the report on ß and İ), spaces and a comma.
    const valueArb = fc.oneof(
      { weight: 1, arbitrary: fc.constant('') },
      // Trimmed, as the front matter and the CSV reader trim values.
      { weight: 5, arbitrary: fc.stringMatching(/^[A-Za-zé][A-Za-zé ,.'-]{0,30}$/).map((value) => value.trim()) },
    );
    const filterArb = fc.constantFrom('capitalize', 'downcase', 'upcase');
    const fieldArb = (syntax: TemplateSyntax) =>
      fc.record({ name: fc.constantFrom(...NAMES), filters: fc.array(filterArb, { maxLength: 2 }), fallback: fc.option(fc.stringMatching(/^[a-z][a-z ]{0,12}$/), { nil: undefined }), pad: fc.boolean() }).map(({ name, filters, fallback, pad }) => {
        const s = pad ? ' ' : '';
        if (syntax === 'braces') return `{{${s}${name}${fallback !== undefined ? `|${fallback}` : ''}${s}}}`;
        const parts = [name, ...filters, ...(fallback !== undefined ? [`default: "${fallback}"`] : [])];
        return `{{ ${parts.join(' | ')} }}`;
      });
    const wordArb = fc.constantFrom('Hi', 'there', 'your', 'post', 'on', 'retries', 'was', 'sharp.', 'Could', 'we', 'talk', 'about', 'it?', 'the', 'team', ',', ' ', ' ', '\n', 'launch', 'I', 'saw');
    const garbageArb = fc.constantFrom('{', '}', '{{', '}}', '|', '{%', '%}', '{ }', '{{ }}', '{|}', '{{a|b}');

    /** Random template text; `clean` leaves out garbage braces. */
    const templateArb = (syntax: TemplateSyntax, clean: boolean): fc.Arbitrary<string> => {
      const { piece } = fc.letrec<{ piece: string; spin: string }>((tie) => ({
        piece: fc.oneof(
          { depthSize: 'small', withCrossShrink: true },
          { weight: 6, arbitrary: wordArb },
          { weight: 2, arbitrary: fieldArb(syntax) },
          { weight: 1, arbitrary: tie('spin') },
          { weight: clean ? 0 : 1, arbitrary: garbageArb },
        ),
        spin: fc
          .array(fc.array(tie('piece'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' ').replace(/\n/g, ' ')), { minLength: 2, maxLength: 4 })
          .map((options) => `{${options.map((o) => (o.trim() === '' ? 'x' : o)).join('|')}}`),
      }));
      return fc.array(piece, { minLength: 1, maxLength: 24 }).map((parts) => parts.join(' '));
    };

    interface TemplateCase {
      syntax: TemplateSyntax;
      body: string;
      samples: Record<string, string[]>;
      personal: boolean;
      table?: { columns: string[]; rows: string[][] };
    }
    const csvCell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
    const tableArb = fc.subarray(NAMES, { minLength: 1 }).chain((columns) =>
      fc.array(fc.array(valueArb, { minLength: columns.length, maxLength: columns.length }), { maxLength: 8 }).map((rows) => ({ columns, rows })),
    );
    const caseArb = (clean: boolean) =>
      fc.constantFrom<TemplateSyntax>('liquid', 'braces').chain((syntax) =>
        fc.record({
          syntax: fc.constant(syntax),
          body: templateArb(syntax, clean),
          samples: fc.record(Object.fromEntries(NAMES.map((name) => [name, fc.array(valueArb, { minLength: 1, maxLength: 3 })]))) as fc.Arbitrary<Record<string, string[]>>,
          personal: fc.boolean(),
          table: fc.option(tableArb, { nil: undefined }),
        }),
      );
    const documentOf = (c: TemplateCase): { text: string; data?: TemplateData } => {
      const fields = NAMES.map((name) => `  ${name}: [${(c.samples[name] ?? []).map((v) => JSON.stringify(v)).join(', ')}]`).join('\n');
      const text = doc(`template: ${c.syntax}\n${c.personal ? 'personal: [icebreaker]\n' : ''}fields:\n${fields}`, c.body);
      if (!c.table) return { text };
      const csv = [c.table.columns.join(','), ...c.table.rows.map((row) => row.map(csvCell).join(','))].join('\n');
      return { text, data: readRecipientTable(`${csv}\n`, 'p.csv') };
    };
    const run = (property: fc.IPropertyWithHooks<[TemplateCase]> | fc.IProperty<[TemplateCase]>, numRuns: number) =>
      fc.assert(property as fc.IProperty<[TemplateCase]>, { seed: SEED, numRuns, endOnFailure: false });

    /** Each field's value in one rendering: the row's cell, else one of the declared samples ('' is a sample). */
    const valuesFor = (c: TemplateCase, data: TemplateData | undefined, row: number, pick: number) => {
      const fromRow = data && data.rows.length > 0 ? rowValues(data, row % data.rows.length) : undefined;
      return (name: string): string | undefined => {
        const cell = fromRow?.(name);
        if (cell !== undefined) return cell;
        const samples = c.samples[name];
        return samples && samples.length > 0 ? samples[pick % samples.length] : undefined;
      };
    };

    it('lint never throws, every range lies in the document, renderings lie within [minLength, maxLength]', () => {
      run(
        fc.property(caseArb(false), fc.nat(50), (c, seed) => {
          const { text, data } = documentOf(c);
          const linter = createLinter();
          for (const perRow of [false, true]) {
            const result = linter.lint(text, data ? { data, perRow } : {});
            checkResult(text, result);
            for (const message of result.messages) {
              const info = message.template;
              if (!info) continue;
              for (let variant = 0; variant < 4; variant++) {
                const rendered = renderMessage(message, valuesFor(c, data, seed + variant, seed + 2 * variant), variant);
                assert.ok(rendered.length <= info.maxLength, `rendering of ${rendered.length} > maxLength ${info.maxLength}: ${JSON.stringify(rendered.text)}`);
                assert.ok(rendered.length >= info.minLength, `rendering of ${rendered.length} < minLength ${info.minLength}: ${JSON.stringify(rendered.text)}`);
              }
            }
          }
        }) as unknown as fc.IProperty<[TemplateCase]>,
        400,
      );
    });

    it('a template without syntax errors renders no template syntax when every field has a value', () => {
      let checked = 0;
      run(
        fc.property(caseArb(true), fc.nat(50), (c, seed) => {
          const { text, data } = documentOf(c);
          const result = createLinter({ config: onlyRule('spin-syntax') }).lint(text, data ? { data } : {});
          for (const message of result.messages) {
            const info = message.template;
            if (!info || info.parsed.errors.length > 0) continue;
            // Bars in the template's own text (outside spins and fields) may show; none other may.
            const syntax = new Set<number>();
            for (const spin of info.parsed.spins) for (const at of [spin.start, ...spin.separators, spin.end - 1]) syntax.add(at);
            for (const field of info.parsed.fields) for (let i = field.start; i < field.end; i++) syntax.add(i);
            const literalBars = [...message.text].filter((char, i) => char === '|' && !syntax.has(i)).length;
            const literalOpen = [...message.text.matchAll(/\{\{/g)].filter((m) => !syntax.has(m.index)).length;
            for (let variant = 0; variant < 3; variant++) {
              const values = valuesFor(c, data, seed + variant, seed + variant);
              // Only when every field has a value (a missing one stays as written).
              const rendered = renderMessage(message, (name) => values(name) ?? 'x', variant);
              assert.deepEqual(rendered.missing, []);
              assert.ok(rendered.text.split('|').length - 1 <= literalBars, `a template bar in ${JSON.stringify(rendered.text)}`);
              if (literalOpen === 0) assert.ok(!rendered.text.includes('{{'), `"{{" in ${JSON.stringify(rendered.text)}`);
              checked++;
            }
          }
        }) as unknown as fc.IProperty<[TemplateCase]>,
        400,
      );
      assert.ok(checked > 100, `enough error-free templates were rendered (${checked})`);
    });
  });
});

