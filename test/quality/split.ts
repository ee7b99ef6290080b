import fs from 'node:fs';
import path from 'node:path';
import type { CorpusMessage } from './corpus.js';
import { corpusDir } from './corpus.js';

/** The split made once (test/quality/split.json lists the check half); every other message is for tuning. */
export function splitCorpus(corpus: readonly CorpusMessage[]): { tuning: CorpusMessage[]; check: CorpusMessage[]; unknown: string[] } {
  const file = path.join(corpusDir, '..', 'split.json');
  const { check: ids } = JSON.parse(fs.readFileSync(file, 'utf8')) as { check: string[] };
  const checkIds = new Set(ids);
  const known = new Set(corpus.map((message) => message.id));
  return {
    tuning: corpus.filter((message) => !checkIds.has(message.id)),
    check: corpus.filter((message) => checkIds.has(message.id)),
    unknown: ids.filter((id) => !known.has(id)),
  };
}
