import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtInPhrases, packPhraseList, unpackPhraseList, type PhraseEntry } from '../../src/core/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const SAMPLE: PhraseEntry[] = [
  { phrase: '(quick|short|brief|casual|informal) (call|chat)', category: 'vague-ask', why: 'w1', instead: 'i1', structure: 's1' },
  { phrase: 'hop on a (quick|short|brief|casual|informal) (call|chat)', category: 'vague-ask', why: 'w2', instead: 'i2', removal: 'none' },
  { phrase: 'just', category: 'filler', why: 'w3', instead: 'i3', removal: 'word' },
];

describe('the packed phrase list (dist/phrases.json)', () => {
  it('unpacks to exactly the entries it was packed from: the built-in list', () => {
    const packed = packPhraseList(builtInPhrases);
    assert.ok(packed.groups.length > 0, 'the built-in list has recurring groups to store once');
    assert.deepEqual(unpackPhraseList(JSON.parse(JSON.stringify(packed))), builtInPhrases);
  });

  it('stores a recurring group once and refers to it from each phrase', () => {
    const packed = packPhraseList(SAMPLE);
    assert.deepEqual(packed.groups, ['(quick|short|brief|casual|informal)']);
    assert.deepEqual(packed.phrase, ['{0} (call|chat)', 'hop on a {0} (call|chat)', 'just']);
    assert.deepEqual(packed.structure, ['s1', null, null]);
    assert.deepEqual(packed.removal, [null, 'none', 'word']);
    assert.deepEqual(unpackPhraseList(packed), SAMPLE);
  });

  it('is what the build shipped: dist/phrases.json unpacks to the built-in list', () => {
    const file = path.join(repo, 'dist/phrases.json');
    assert.ok(fs.existsSync(file), 'dist/phrases.json exists (npm run build)');
    assert.deepEqual(unpackPhraseList(JSON.parse(fs.readFileSync(file, 'utf8'))), builtInPhrases);
  });

  it('refuses a phrase with a brace, which would read as a group reference', () => {
    assert.throws(() => packPhraseList([{ phrase: 'a {0} b', category: 'filler', why: 'w', instead: 'i' }]), /holds a brace/);
  });

  it('says what is wrong with data that is not a packed list', () => {
    const good = packPhraseList(SAMPLE);
    assert.throws(() => unpackPhraseList([]), /format undefined/);
    assert.throws(() => unpackPhraseList(null), /expected an object/);
    assert.throws(() => unpackPhraseList({ ...good, format: 'other/2' }), /format "other\/2"/);
    assert.throws(() => unpackPhraseList({ ...good, why: ['only one'] }), /"why" is not a list of 3 values/);
    assert.throws(() => unpackPhraseList({ ...good, instead: ['a', 2, 'c'] }), /"instead" holds a value that is not text/);
    assert.throws(() => unpackPhraseList({ ...good, groups: [1] }), /"groups" is not a list of strings/);
    assert.throws(() => unpackPhraseList({ ...good, phrase: ['{7} x', 'b', 'c'] }), /refers to group \{7\}, which does not exist/);
  });
});
