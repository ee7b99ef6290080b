import assert from 'node:assert/strict';
import {
  MAX_RECIPIENT_BYTES,
  MAX_RECIPIENT_ROWS,
  readRecipientTable,
  type RecipientTable,
} from '../../src/core/template/recipients.js';

const read = (text: string, limits?: { maxBytes?: number; maxRows?: number }) => readRecipientTable(text, 'prospects.csv', limits);

/** The parts of a table a test usually checks, in one comparable value. */
const shape = (table: RecipientTable) => ({ columns: table.columns, rows: table.rows, rowLines: table.rowLines, problems: table.problems });

describe('recipients CSV', () => {
  it('reads a plain table, keeping the source and trimming cells at both ends only', () => {
    const table = read('first_name, company ,email\n  Dana ,Acme  Corp,dana@acme.test\nLee,Initech,lee@initech.test\n');
    assert.equal(table.source, 'prospects.csv');
    assert.deepEqual(shape(table), {
      columns: ['first_name', 'company', 'email'],
      rows: [
        ['Dana', 'Acme  Corp', 'dana@acme.test'],
        ['Lee', 'Initech', 'lee@initech.test'],
      ],
      rowLines: [2, 3],
      problems: [],
    });
  });

  it('reads quoted cells holding commas, doubled quotes and line breaks, and counts the lines they span', () => {
    const csv = [
      'name,hook,company',
      '"Okafor, Amara","Wrote ""Retries, revisited""",Acme',
      '"Dana","Line one',
      'line two',
      'line three",Initech',
      'Lee,"",Globex',
      '"Priya","x\r\ny",Stripe',
      'Tomás,last,Shopify',
    ].join('\n');
    const table = read(csv);
    assert.deepEqual(table.problems, []);
    assert.deepEqual(table.rows, [
      ['Okafor, Amara', 'Wrote "Retries, revisited"', 'Acme'],
      ['Dana', 'Line one\nline two\nline three', 'Initech'],
      ['Lee', '', 'Globex'],
      ['Priya', 'x\r\ny', 'Stripe'],
      ['Tomás', 'last', 'Shopify'],
    ]);
    // Dana's row spans lines 3-5; the CRLF inside Priya's quoted cell is one line break.
    assert.deepEqual(table.rowLines, [2, 3, 6, 7, 9]);
  });

  it('reads CRLF line endings without leaving carriage returns in cells', () => {
    const table = read('name,company\r\nDana,Acme\r\n\r\nLee,Initech\r\n');
    assert.deepEqual(shape(table), {
      columns: ['name', 'company'],
      rows: [
        ['Dana', 'Acme'],
        ['Lee', 'Initech'],
      ],
      rowLines: [2, 4],
      problems: [],
    });
  });

  it('reads lone CR line endings (old Mac exports) as line breaks', () => {
    const table = read('name,company\rDana,Acme\r"Lee\rJr.",Initech\rPriya,Stripe');
    assert.deepEqual(table.columns, ['name', 'company']);
    assert.deepEqual(table.rows, [
      ['Dana', 'Acme'],
      ['Lee\rJr.', 'Initech'],
      ['Priya', 'Stripe'],
    ]);
    assert.deepEqual(table.rowLines, [2, 3, 5]);
    assert.deepEqual(table.problems, []);
  });

  it('strips a byte order mark, so the first column keeps its name even when quoted', () => {
    // Before the quote, a BOM would make the quote literal; trimming alone would leave "first_name" quoted.
    const table = read('\uFEFF"first_name",email\nDana,dana@acme.test\n');
    assert.deepEqual(table.columns, ['first_name', 'email']);
    assert.deepEqual(table.problems, []);
  });

  it('fills missing cells with empty strings and reports each short row, five at most, then a count', () => {
    const short = Array.from({ length: 8 }, (_, i) => `P${i},x`);
    const table = read(['a,b,c,d', 'Full,1,2,3', ...short, 'One'].join('\n'));
    assert.equal(table.rows.length, 10);
    assert.deepEqual(table.rows[0], ['Full', '1', '2', '3']);
    assert.deepEqual(table.rows[1], ['P0', 'x', '', '']);
    assert.deepEqual(table.rows[9], ['One', '', '', '']);
    assert.ok(table.rows.every((row) => row.length === 4));
    assert.deepEqual(table.problems, [
      'line 3 (row 2) has 2 cells, the header has 4: missing cells count as empty',
      'line 4 (row 3) has 2 cells, the header has 4: missing cells count as empty',
      'line 5 (row 4) has 2 cells, the header has 4: missing cells count as empty',
      'line 6 (row 5) has 2 cells, the header has 4: missing cells count as empty',
      'line 7 (row 6) has 2 cells, the header has 4: missing cells count as empty',
      'and 4 more rows with fewer cells than the header: missing cells count as empty',
    ]);
  });

  it('drops extra cells, reporting rows whose extra cells hold something and not a mere trailing comma', () => {
    const table = read('name,company\nDana,Acme,\nLee,Initech,,\nPriya,Stripe,Berlin,\n');
    assert.deepEqual(table.rows, [
      ['Dana', 'Acme'],
      ['Lee', 'Initech'],
      ['Priya', 'Stripe'],
    ]);
    assert.deepEqual(table.problems, ['line 4 (row 3) has 4 cells, the header has 2: the extra cells are ignored']);
  });

  it('skips blank lines, whitespace-only lines and rows of bare commas, and still numbers lines as the file does', () => {
    const table = read('\n\nname,company\n\nDana,Acme\n   \n,\n\t,  \nLee,Initech\n\n\n');
    assert.deepEqual(shape(table), {
      columns: ['name', 'company'],
      rows: [
        ['Dana', 'Acme'],
        ['Lee', 'Initech'],
      ],
      rowLines: [5, 9],
      problems: [],
    });
  });

  it('reports empty, repeated and look-alike column names by number; the first of a repeated name wins', () => {
    const table = read('email,,First Name,email,first_name\na@x.test,skip,Dana,b@x.test,Dee\n');
    assert.deepEqual(table.columns, ['email', '', 'First Name', 'email', 'first_name']);
    assert.deepEqual(table.problems, [
      'column 2 of the header (line 1) is empty: give it a name, or no field can use its cells',
      'column 4 of the header (line 1), "email", repeats column 1: fields named so use column 1',
      'column 5 of the header (line 1), "first_name", differs from column 3, "First Name", only in case or punctuation: a field uses the column it names exactly, so check which one the template means',
    ]);
  });

  it('reports an unclosed quote at the line where it opens, and reads the rest of the file into that cell', () => {
    const table = read('name,hook\nDana,fine\nLee,"unclosed\nPriya,lost\nTomás,lost too\n');
    assert.deepEqual(table.rows, [
      ['Dana', 'fine'],
      ['Lee', 'unclosed\nPriya,lost\nTomás,lost too'],
    ]);
    assert.deepEqual(table.rowLines, [2, 3]);
    assert.deepEqual(table.problems, ['line 3 (row 2): a quote opens here and never closes, so everything after it is read as one cell']);
  });

  it('finds an unclosed quote that opens on a later line of a row spanning lines, or in the header', () => {
    const later = read('name,hook,note\n"Dana","two\nlines","open\nmore');
    assert.deepEqual(later.rowLines, [2]);
    assert.deepEqual(later.rows, [['Dana', 'two\nlines', 'open\nmore']]);
    assert.deepEqual(later.problems, ['line 3 (row 1): a quote opens here and never closes, so everything after it is read as one cell']);

    const header = read('name,"hook\nDana,x\n');
    assert.deepEqual(header.columns, ['name', 'hook\nDana,x']);
    assert.deepEqual(header.problems, [
      'has a header row (line 1) but no rows of recipients under it',
      'line 1 (the header): a quote opens here and never closes, so everything after it is read as one cell',
    ]);
  });

  it('tells a doubled quote at the very end from a closing one', () => {
    assert.deepEqual(read('a,b\nx,"ends ""quoted"""\n').problems, []);
    assert.deepEqual(read('a,b\nx,"ends ""quoted""').problems, ['line 2 (row 1): a quote opens here and never closes, so everything after it is read as one cell']);
    assert.deepEqual(read('a,b\nx,"').problems, ['line 2 (row 1): a quote opens here and never closes, so everything after it is read as one cell']);
  });

  it('reports an empty file, or one of blank lines, or a lone byte order mark, as empty', () => {
    for (const text of ['', '\n\n\r\n', '\uFEFF', ' , \n']) {
      assert.deepEqual(shape(read(text)), { columns: [], rows: [], rowLines: [], problems: ['is empty: expected a header row of field names'] }, JSON.stringify(text));
    }
  });

  it('reads a header with no rows under it as columns and no recipients, and says so', () => {
    assert.deepEqual(shape(read('name,company\n')), {
      columns: ['name', 'company'],
      rows: [],
      rowLines: [],
      problems: ['has a header row (line 1) but no rows of recipients under it'],
    });
  });

  it('reads 10,000 rows of 8 columns quickly and exactly', () => {
    const columns = ['first_name', 'last_name', 'company', 'role', 'email', 'city', 'hook', 'note'];
    const lines = [columns.join(',')];
    for (let i = 0; i < 10_000; i++) {
      // Every 100th row has a quoted cell spanning two lines, so row lines drift from row numbers.
      const hook = i % 100 === 0 ? `"Post #${i}, ""on retries""\nsecond line"` : `Post #${i}`;
      lines.push(`Name${i},Last${i},Co ${i % 37},Role,n${i}@x.test,City ${i % 11},${hook},note ${i}`);
    }
    const text = lines.join('\r\n');
    readRecipientTable(text, 'warm-up.csv');
    const started = performance.now();
    const table = read(text);
    const elapsed = performance.now() - started;
    assert.deepEqual(table.problems, []);
    assert.equal(table.rows.length, 10_000);
    assert.deepEqual(table.rows[4200], ['Name4200', 'Last4200', 'Co 19', 'Role', 'n4200@x.test', 'City 9', 'Post #4200, "on retries"\nsecond line', 'note 4200']);
    assert.equal(table.rows[9999]?.[7], 'note 9999');
    // Header on line 1; rows 0, 100, …, 9900 (100 of them) take two lines each.
    assert.equal(table.rowLines[9999], 1 + 10_000 + 100);
    assert.equal(table.rowLines[101], 2 + 101 + 2);
    // Well under 100 ms on a quiet machine (about 10 ms); the margin is for shared CI cores.
    assert.ok(elapsed < 250, `${elapsed.toFixed(1)} ms`);
  });

  it('refuses text over the size limit at once, naming both sizes', () => {
    const text = `name\n${'x'.repeat(MAX_RECIPIENT_BYTES - 4)}`;
    assert.equal(text.length, MAX_RECIPIENT_BYTES + 1);
    const started = performance.now();
    const table = read(text);
    assert.ok(performance.now() - started < 50);
    assert.deepEqual(shape(table), {
      columns: [],
      rows: [],
      rowLines: [],
      problems: ['is 20.0 MB (20,971,521 characters); the limit is 20 MB (20,971,520 characters). Split the file or pass fewer rows'],
    });
    // Exactly at the limit is still read.
    const atLimit = read(text.slice(0, -1));
    assert.deepEqual(atLimit.problems, []);
    assert.equal(atLimit.rows[0]?.[0]?.length, MAX_RECIPIENT_BYTES - 5);
    assert.deepEqual(read('name\nDana\n', { maxBytes: 9 }).problems, ['is 10 characters; the limit is 9 characters. Split the file or pass fewer rows']);
  });

  it('keeps the first rows up to the row limit and says how many were dropped', () => {
    assert.equal(MAX_RECIPIENT_ROWS, 100_000);
    const table = read('name\nA\nB\n\nC\nD\nE\n', { maxRows: 3 });
    assert.deepEqual(table.rows, [['A'], ['B'], ['C']]);
    assert.deepEqual(table.rowLines, [2, 3, 5]);
    assert.deepEqual(table.problems, ['has 5 rows; only the first 3 are read, 2 dropped. Split the file to use them all']);
    assert.deepEqual(read('name\nA\nB\nC\n', { maxRows: 3 }).problems, []);
  });
});
