import assert from 'node:assert/strict';
import { ruleTester } from '../ruleTester.js';

const blast = (name: string, company: string) =>
  `Hi ${name}, I help companies like ${company} cut their cloud bill by a third in ninety days. Would you be open to a short chat next week?`;

ruleTester('duplicate-message', {
  valid: [
    {
      name: 'different notes',
      text: `## Jane Doe — Acme\n\nHi Jane, your post on pricing annual plans was sharp and changed how we bill.\n\n## Bob Smith — Initech\n\nHi Bob, your talk on Postgres vacuum tuning at PGConf saved our on-call team a week.`,
    },
    { name: 'short notes are never duplicates', text: '## Jane Doe\n\nThanks for connecting, Jane!\n\n## Bob Smith\n\nThanks for connecting, Bob!' },
  ],
  invalid: [
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
