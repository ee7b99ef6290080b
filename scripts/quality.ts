/**
 * `npm run quality`: how well the linter tells generic outreach from personal, on the labelled corpus in
 * test/quality/corpus, next to the prose linters people use today (write-good, retext-simplify, alex) on the
 * same text. Prints one table per judge for the check half (and the tuning half with --tuning), per channel
 * and overall.
 *
 *   npm run quality                  check half: ours and the peers
 *   npm run quality -- --half both   the tuning half as well (--half tuning: only the tuning half)
 *   npm run quality -- --misses      what ours gets wrong in the TUNING half (never the check half)
 *   npm run quality -- --dev         the development set (test/quality/dev), written apart from the corpus to
 *                                    see whether a change generalizes before the check half is looked at
 *   npm run quality -- --json FILE   every number, for docs and CI
 *   npm run quality -- --write-docs  put the check half's tables into docs/quality.md and the README
 *
 * The corpus was split once (test/quality/split.json); tune on the tuning half only, so the check half
 * keeps measuring text the engine was not tuned on.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { createLinter, type Linter } from '../src/core/index.js';
import path from 'node:path';
import { CHANNELS, corpusDir, loadCorpus, type CorpusMessage } from '../test/quality/corpus.js';
import { GENERIC_RULES, ourJudge, rates, scoreByChannel, scoreTable, type Judge, type Verdict } from '../test/quality/score.js';
import { splitCorpus } from '../test/quality/split.js';
import { peerJudges } from '../test/quality/peers.js';

const { values } = parseArgs({
  options: {
    half: { type: 'string', default: 'check' },
    misses: { type: 'boolean', default: false },
    dev: { type: 'boolean', default: false },
    'no-peers': { type: 'boolean', default: false },
    json: { type: 'string' },
    'write-docs': { type: 'boolean', default: false },
  },
});

/** Our engine with each channel's defaults, as a user's file for that channel would be linted. */
function ourJudgeByChannel(): Judge {
  const judges = new Map<string, Judge>();
  const linters = new Map<string, Linter>();
  for (const channel of CHANNELS) {
    const linter = createLinter({ config: { defaultChannel: channel } });
    linters.set(channel, linter);
    judges.set(channel, ourJudge(linter));
  }
  return (message) => (judges.get(message.channel) as Judge)(message);
}

async function main(): Promise<void> {
  const corpus = loadCorpus();
  const { tuning, check } = splitCorpus(corpus);
  const judges: { name: string; judge: Judge }[] = [{ name: 'Outreach Lint', judge: ourJudgeByChannel() }];
  if (!values['no-peers']) judges.push(...(await peerJudges()));

  const halves: { name: string; messages: CorpusMessage[] }[] = [];
  if (values.half === 'tuning' || values.half === 'both') halves.push({ name: 'tuning half', messages: tuning });
  if (values.half === 'check' || values.half === 'both') halves.push({ name: 'check half', messages: check });
  if (halves.length === 0) throw new Error(`--half must be check, tuning or both, got "${values.half}"`);
  if (values.dev) halves.push({ name: 'development set', messages: loadCorpus(path.join(corpusDir, '..', 'dev')) });

  const json: Record<string, Record<string, unknown>> = {};
  /** The check half's tables, for --write-docs: ours per channel, and every judge overall. */
  const docTables: { ours?: string; judges?: string } = {};
  for (const half of halves) {
    const byJudge: Record<string, unknown> = {};
    json[half.name] = byJudge;
    const summary: string[] = ['| judge | generic flagged | personal clean | stock-span recall | precision | F1 |', '|---|---:|---:|---:|---:|---:|'];
    for (const { name, judge } of judges) {
      const rows = scoreByChannel(half.messages, judge);
      byJudge[name] = rows.map((row) => ({ group: row.group, ...row.scores, ...rates(row.scores) }));
      console.log(`\n### ${name}, ${half.name} (${half.messages.length} messages)\n`);
      console.log(scoreTable(rows));
      if (half.name === 'check half' && name === 'Outreach Lint') docTables.ours = scoreTable(rows);
      const all = rates((rows[rows.length - 1] as (typeof rows)[number]).scores);
      const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
      summary.push(`| ${name} | ${pct(all.genericFlagged)} | ${pct(all.personalClean)} | ${pct(all.spanRecall)} | ${all.precision.toFixed(2)} | ${all.f1.toFixed(2)} |`);
    }
    console.log(`\n### All judges, ${half.name}, overall\n`);
    console.log(summary.join('\n'));
    if (half.name === 'check half') docTables.judges = summary.join('\n');
  }

  if (values['write-docs']) {
    if (!docTables.ours || !docTables.judges || values['no-peers']) throw new Error('--write-docs needs the check half and the peers');
    writeBetweenMarkers('docs/quality.md', 'ours', docTables.ours);
    writeBetweenMarkers('docs/quality.md', 'judges', docTables.judges);
    writeBetweenMarkers('README.md', 'judges', docTables.judges);
    console.log('\nwrote the check half\'s tables into docs/quality.md and README.md');
  }

  if (values.misses) printMisses(tuning);
  if (values.json) fs.writeFileSync(values.json, `${JSON.stringify(json, null, 1)}\n`);
}

/** Replaces what stands between `<!-- quality:NAME -->` and `<!-- /quality:NAME -->` in a file of the repository. */
function writeBetweenMarkers(file: string, name: string, content: string): void {
  const full = path.join(corpusDir, '..', '..', '..', file);
  const text = fs.readFileSync(full, 'utf8');
  const open = `<!-- quality:${name} -->`;
  const close = `<!-- /quality:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start === -1 || end < start) throw new Error(`${file} has no ${open} … ${close} markers`);
  fs.writeFileSync(full, `${text.slice(0, start + open.length)}\n${content}\n${text.slice(end)}`);
}

/** The tuning half's mistakes: personal messages flagged (with the findings) and generic ones missed. */
function printMisses(tuning: readonly CorpusMessage[]): void {
  const linters = new Map(CHANNELS.map((channel) => [channel, createLinter({ config: { defaultChannel: channel } })]));
  console.log('\n## Misses in the tuning half\n');
  for (const message of tuning) {
    const linter = linters.get(message.channel) as Linter;
    const document = message.to ? `## ${message.to}\n\n${message.text}\n` : `${message.text}\n`;
    const result = linter.lint(document);
    const findings = result.findings.filter((f) => GENERIC_RULES.includes(f.ruleId));
    const verdict: Verdict = { flagged: findings.length > 0, ranges: [] };
    const wrong = message.label === 'generic' ? !verdict.flagged : verdict.flagged;
    const details = result.messages[0]?.details ?? [];
    if (message.label === 'generic') {
      const offset = message.to ? message.to.length + 5 : 0;
      const missed = message.spans.filter((span) => !findings.some((f) => f.ruleId !== 'no-personal-detail' && f.range.start - offset < span.end && span.start < f.range.end - offset));
      if (!wrong && missed.length === 0) continue;
      console.log(`--- ${message.id} generic${wrong ? ' NOT FLAGGED' : ''}; details: ${details.map((d) => `[${d.kind}] ${d.text}`).join(' | ') || 'none'}`);
      console.log(message.text);
      if (missed.length) console.log(`  missed spans: ${missed.map((span) => JSON.stringify(message.text.slice(span.start, span.end))).join(', ')}`);
    } else if (wrong) {
      console.log(`--- ${message.id} personal${message.hard ? ' (hard)' : ''} FLAGGED; details: ${details.map((d) => `[${d.kind}] ${d.text}`).join(' | ') || 'none'}`);
      console.log(message.text);
      for (const f of findings) console.log(`  ${f.ruleId}: ${JSON.stringify(document.slice(f.range.start, f.range.end))}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
