import assert from 'node:assert/strict';
import { ruleTester } from '../ruleTester.js';
import { duplicateMessage, updateDuplicates, type DuplicateMemory } from '../../../src/core/rules/duplicate-message.js';
import type { MessageFingerprint } from '../../../src/core/rules/rule.js';

const blast = (name: string, company: string) =>
  `Hi ${name}, I help companies like ${company} cut their cloud bill by a third in ninety days. Would you be open to a short chat next week?`;

// Two notes of 28 words that share their first `shared` words: the shared trigrams are `shared - 2` of the
// longer note's 26, so 17 shared words are 15/26 = 0.58 of it (under the 0.6 threshold) and 18 are 16/26 = 0.62.
const auditNote = 'our team rebuilt the billing export last spring and every invoice now carries the customer region tax code currency batch number approval date plus signed totals for auditors'.split(' ');
const otherWords = 'meanwhile seven orange kites drift above quiet harbour cranes while distant ferries hum softly near granite piers today again'.split(' ');
const sharingFirst = (shared: number) => [...auditNote.slice(0, shared), ...otherWords.slice(0, auditNote.length - shared)].join(' ');
const pair = (first: string, second: string, mark = false) => `## Jane\n\n${first}.\n\n${mark ? '«## Bob»' : '## Bob'}\n\n${second}.\n`;

ruleTester('duplicate-message', {
  severity: 'warning',
  valid: [
    { name: 'sharing 0.58 of the longer note, just under the 0.6 threshold', text: pair(auditNote.join(' '), sharingFirst(17)) },
    { name: 'seven identical words, one under the eight-word minimum', text: pair(auditNote.slice(0, 7).join(' '), auditNote.slice(0, 7).join(' ')) },
    {
      name: 'different notes',
      text: `## Jane Doe — Acme\n\nHi Jane, your post on pricing annual plans was sharp and changed how we bill.\n\n## Bob Smith — Initech\n\nHi Bob, your talk on Postgres vacuum tuning at PGConf saved our on-call team a week.`,
    },
    { name: 'short notes are never duplicates', text: '## Jane Doe\n\nThanks for connecting, Jane!\n\n## Bob Smith\n\nThanks for connecting, Bob!' },
  ],
  invalid: [
    { name: 'sharing 0.62 of the longer note, just over the 0.6 threshold', text: pair(auditNote.join(' '), sharingFirst(18), true), messageIds: ['duplicate'] },
    { name: 'eight identical words, the minimum', text: pair(auditNote.slice(0, 8).join(' '), auditNote.slice(0, 8).join(' '), true), messageIds: ['duplicate'] },
    {
      name: 'the same note with the name and company swapped',
      text: `## Jane Doe — Acme\n\n${blast('Jane', 'Acme')}\n\n«## Bob Smith — Initech»\n\n${blast('Bob', 'Initech')}\n\n«## Carla Gómez — Globex»\n\n${blast('Carla', 'Globex')}\n`,
      messageIds: ['duplicate', 'duplicate'],
      check: (findings, text) => {
        for (const finding of findings) {
          assert.match(finding.message, /"Jane Doe — Acme" \(line 1\)/);
          assert.equal(text.slice(finding.related?.[0]?.range.start, finding.related?.[0]?.range.end), '## Jane Doe — Acme');
        }
      },
    },
    {
      name: 'a personalised first line on a blast is still a blast',
      text: `## Jane Doe\n\nLoved your post on pricing. ${blast('Jane', 'Acme')}\n\n«## Bob Smith»\n\nGreat talk at PGConf. ${blast('Bob', 'Initech')}\n`,
      messageIds: ['duplicate'],
    },
  ],
});

describe('duplicate-message after edits', () => {
  // A small vocabulary and shared sentences make near-duplicates common, so edits move messages in and out of buckets.
  const SENTENCES = [
    'i help teams like yours cut their cloud bill by a third in ninety days',
    'would you be open to a short chat next week about your data platform',
    'our customers usually see results within the first month of the pilot',
    'your talk on vacuum tuning at the conference saved our on call team a week',
  ];
  const VOCABULARY = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima'.split(' ');
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const note = (): MessageFingerprint => {
    const words: string[] = [];
    const parts = 1 + Math.floor(random() * 3);
    for (let k = 0; k < parts; k++) words.push(...(random() < 0.75 ? pick(SENTENCES).split(' ') : Array.from({ length: 3 + Math.floor(random() * 8) }, () => pick(VOCABULARY))));
    return duplicateMessage.fingerprint({ words, nameWords: new Set() }) as MessageFingerprint;
  };
  const fresh = (fingerprints: MessageFingerprint[]) => {
    const memory = duplicateMessage.createMemory?.() as DuplicateMemory;
    updateDuplicates(memory, fingerprints);
    return memory;
  };

  it('an updated memory equals one built from scratch, over 400 random edits', () => {
    let fingerprints = Array.from({ length: 40 }, note);
    const memory = fresh(fingerprints);
    let reported = 0;
    for (let step = 0; step < 400; step++) {
      const kind = random();
      fingerprints = [...fingerprints];
      if (kind < 0.7) fingerprints[Math.floor(random() * fingerprints.length)] = note(); // a keystroke
      else if (kind < 0.85) for (let k = 0; k < 3; k++) fingerprints[Math.floor(random() * fingerprints.length)] = note(); // a paste
      else if (kind < 0.93) fingerprints.splice(Math.floor(random() * fingerprints.length), 0, note()); // a new message
      else fingerprints.splice(Math.floor(random() * fingerprints.length), 1); // a deleted one
      updateDuplicates(memory, fingerprints);
      const expected = fresh(fingerprints);
      assert.deepEqual([...memory.best], [...expected.best], `step ${step}`);
      assert.deepEqual([...memory.similarity], [...expected.similarity], `step ${step}`);
      reported += expected.best.filter((best) => best !== -1).length;
    }
    // Not vacuous: most checks have duplicates to find.
    assert.ok(reported > 400 * 5, `${reported} duplicates over all steps`);
  });
});
