import type { Judge } from './score.js';
import type { Span } from './corpus.js';

/**
 * The prose linters a writer might use today, judged like ours: a message counts as flagged when the
 * peer reports anything in it, and its reported ranges are what it marks.
 */

interface Positioned {
  place?: { start?: { offset?: number }; end?: { offset?: number } };
  position?: { start?: { offset?: number }; end?: { offset?: number } };
}

function rangeOf(message: Positioned): Span | undefined {
  const where = message.place ?? message.position;
  const start = where?.start?.offset;
  const end = where?.end?.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

export async function peerJudges(): Promise<{ name: string; judge: Judge }[]> {
  // write-good ships no types.
  const { default: writeGood } = (await import('write-good' as string)) as { default: (text: string) => { index: number; offset: number }[] };
  const { retext } = await import('retext');
  const { default: retextEnglish } = await import('retext-english');
  const { default: retextSimplify } = await import('retext-simplify');
  const { text: alexText } = await import('alex');
  const simplify = retext().use(retextEnglish).use(retextSimplify);
  return [
    {
      name: 'write-good',
      judge: (message) => {
        const found = writeGood(message.text);
        return { flagged: found.length > 0, ranges: found.map((s) => ({ start: s.index, end: s.index + s.offset })) };
      },
    },
    {
      name: 'retext-simplify',
      judge: (message) => {
        const file = simplify.processSync(message.text);
        return { flagged: file.messages.length > 0, ranges: file.messages.map((m) => rangeOf(m as Positioned)).filter((r): r is Span => r !== undefined) };
      },
    },
    {
      name: 'alex',
      judge: (message) => {
        const file = alexText(message.text);
        return { flagged: file.messages.length > 0, ranges: file.messages.map((m) => rangeOf(m as Positioned)).filter((r): r is Span => r !== undefined) };
      },
    },
  ];
}
