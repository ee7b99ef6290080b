import type { Linter, RuleId } from '../../src/core/index.js';
import { asDocument, CHANNELS, type CorpusMessage, type Span } from './corpus.js';

/**
 * Scores a judge (our linter, or a peer) on labelled messages. A judge says, per message, whether it
 * flags it and which ranges of its text it marks. "Generic flagged" is recall on generic messages,
 * "personal clean" the share of personal messages with nothing flagged, "span recall" the share of marked
 * stock wording in generic messages that a marked range overlaps; precision and F1 treat a flagged message
 * as a "generic" verdict.
 */

export interface Verdict {
  flagged: boolean;
  /** Ranges of the message text the judge marks as generic wording. */
  ranges: Span[];
}

export type Judge = (message: CorpusMessage) => Verdict;

/** Rules whose findings mean "this reads as generic" for the benchmark. */
export const GENERIC_RULES: readonly RuleId[] = ['default-invitation', 'stock-phrase', 'vague-ask', 'generic-greeting', 'no-personal-detail'];
/** Of those, the rules that mark wording (no-personal-detail marks a whole line, not a phrase). */
export const WORDING_RULES: readonly RuleId[] = ['default-invitation', 'stock-phrase', 'vague-ask', 'generic-greeting'];

export function ourJudge(linter: Linter): Judge {
  return (message) => {
    const { text, bodyOffset } = asDocument(message);
    const findings = linter.lint(text).findings.filter((f) => GENERIC_RULES.includes(f.ruleId));
    return {
      flagged: findings.length > 0,
      ranges: findings.filter((f) => WORDING_RULES.includes(f.ruleId)).map((f) => ({ start: f.range.start - bodyOffset, end: f.range.end - bodyOffset })),
    };
  };
}

export interface Scores {
  messages: number;
  generic: number;
  personal: number;
  hard: number;
  genericFlagged: number;
  personalClean: number;
  hardClean: number;
  spans: number;
  spansFound: number;
}

export interface Rates {
  genericFlagged: number;
  personalClean: number;
  hardClean: number;
  spanRecall: number;
  precision: number;
  f1: number;
}

function overlaps(span: Span, ranges: readonly Span[]): boolean {
  return ranges.some((range) => range.start < span.end && span.start < range.end);
}

export function score(messages: readonly CorpusMessage[], judge: Judge): Scores {
  const scores: Scores = { messages: 0, generic: 0, personal: 0, hard: 0, genericFlagged: 0, personalClean: 0, hardClean: 0, spans: 0, spansFound: 0 };
  for (const message of messages) {
    const verdict = judge(message);
    scores.messages++;
    if (message.label === 'generic') {
      scores.generic++;
      if (verdict.flagged) scores.genericFlagged++;
      for (const span of message.spans) {
        scores.spans++;
        if (overlaps(span, verdict.ranges)) scores.spansFound++;
      }
    } else {
      scores.personal++;
      if (!verdict.flagged) scores.personalClean++;
      if (message.hard) {
        scores.hard++;
        if (!verdict.flagged) scores.hardClean++;
      }
    }
  }
  return scores;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function rates(scores: Scores): Rates {
  const recall = ratio(scores.genericFlagged, scores.generic);
  const falsePositives = scores.personal - scores.personalClean;
  const precision = ratio(scores.genericFlagged, scores.genericFlagged + falsePositives);
  return {
    genericFlagged: recall,
    personalClean: ratio(scores.personalClean, scores.personal),
    hardClean: ratio(scores.hardClean, scores.hard),
    spanRecall: ratio(scores.spansFound, scores.spans),
    precision,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
}

/** Scores per channel and overall, in the order of CHANNELS. */
export function scoreByChannel(messages: readonly CorpusMessage[], judge: Judge): { group: string; scores: Scores }[] {
  const rows = CHANNELS.map((channel) => ({ group: channel as string, scores: score(messages.filter((m) => m.channel === channel), judge) }));
  rows.push({ group: 'all', scores: score(messages, judge) });
  return rows;
}

const percent = (value: number) => `${(value * 100).toFixed(0)} %`;

/** A markdown table of one judge's scores per channel. */
export function scoreTable(rows: readonly { group: string; scores: Scores }[]): string {
  const lines = [
    '| channel | messages (generic / personal) | generic flagged | personal clean | hard negatives clean | stock-span recall | precision | F1 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { group, scores } of rows) {
    const r = rates(scores);
    lines.push(
      `| ${group} | ${scores.generic} / ${scores.personal} | ${percent(r.genericFlagged)} | ${percent(r.personalClean)} | ${percent(r.hardClean)} | ${percent(r.spanRecall)} | ${r.precision.toFixed(2)} | ${r.f1.toFixed(2)} |`,
    );
  }
  return lines.join('\n');
}
