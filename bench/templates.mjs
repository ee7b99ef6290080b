// @ts-check
/**
 * The campaign-template fixture for the benchmark: a template file of 200 messages (Liquid fields, a
 * fallback, spintax, a personal field) and a recipients CSV of 5,000 rows with varied values (quoted cells
 * with commas, a few empty companies, long and short hooks). Deterministic, like generate.mjs; no message
 * has an error for any row, so `render` writes rather than refuses.
 *
 * Standalone: node bench/templates.mjs DIR   (writes DIR/campaign.outreach.md and DIR/recipients.csv)
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from './generate.mjs';

const FIRST = ['Ana', 'Tomás', 'Kofi', 'Mei', 'Priya', 'Lars', 'Ngozi', 'Diego', 'Aiko', 'Sven', 'Fatima', 'Joon-ho', 'Chloé', 'Ravi', 'Olu', 'Marta', 'Wei', 'Hannah', 'Yusuf', 'Ines'];
const LAST = ['Ruiz', 'Osei', 'Tanaka', 'Nair', 'Berg', 'Okafor', 'Santos', 'Kim', 'Haddad', 'Novak', 'Moreau', 'Patel', 'Adeyemi', 'Kowalski', 'Chen', 'Schmidt', 'Demir', 'Silva'];
const COMPANY = ['Acme, Inc.', 'Globex', 'Initech', 'Hooli', 'Brightwell Labs', 'Northwind Traders', 'Umbrella Health', 'Fieldstone', 'Lumen Labs', 'Pied Piper', 'Vandelay Industries', 'Blue Harbor Logistics, GmbH'];
const ROLE = ['platform lead', 'staff engineer', 'head of payments', 'SRE manager', 'data engineer', 'CTO', 'engineering manager', 'principal architect'];
const CITY = ['Lisbon', 'Accra', 'Osaka', 'Pune', 'Oslo', 'Lagos', 'São Paulo', 'Seoul', 'Beirut', 'Prague', 'Lyon', 'Toronto'];
const TOPIC = ['retry budgets', 'ledger drift', 'queue back-pressure', 'idempotency keys', 'cron sprawl', 'schema migrations', 'feature flags', 'on-call load', 'cost per request', 'p99 latency'];
const HOOK_OPENERS = ['Your talk on', 'Your post about', 'Your write-up of', 'The thread you started on', 'Your slides on'];
const HOOK_ENDINGS = ['stuck with me.', 'changed how we plan our quarter.', 'was the clearest account of it I have read.', 'settled an argument on our team, in your favour.', 'made me rethink our rollout, one service at a time.'];

/** @param {() => number} rnd @template T @param {readonly T[]} list @returns {T} */
function pick(rnd, list) {
  return /** @type {T} */ (list[Math.floor(rnd() * list.length)]);
}

/** One CSV cell, quoted when it must be. @param {string} cell */
function csvCell(cell) {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** 5,000 recipients: first_name, last_name, company, role, city, topic, hook. @param {number} rows */
export function generateRecipients(rows = 5000, seed = 20260601) {
  const rnd = prng(seed);
  const lines = [['first_name', 'last_name', 'company', 'role', 'city', 'topic', 'hook'].join(',')];
  for (let i = 0; i < rows; i++) {
    const topic = pick(rnd, TOPIC);
    const hook = `${pick(rnd, HOOK_OPENERS)} ${topic}${rnd() < 0.3 ? ` at the ${pick(rnd, CITY)} meetup` : ''} ${pick(rnd, HOOK_ENDINGS)}`;
    // About one in 25 has no company: the template's fallback covers it.
    const company = rnd() < 0.04 ? '' : pick(rnd, COMPANY);
    lines.push([pick(rnd, FIRST), pick(rnd, LAST), company, pick(rnd, ROLE), pick(rnd, CITY), topic, hook].map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

const ASKS = ['Could I send you the two-page design we based on it?', 'Would a 20-minute call next week be useful?', 'May I share the runbook we wrote after it?', 'Would you read our draft and tell us where it is wrong?'];
const ABOUT = [
  'We run the payouts ledger at Brightwell, and {{ company | default: "your team" }} seems to have solved what we are stuck on.',
  'I lead the platform group at Brightwell; our {{ topic }} numbers look like yours did a year ago.',
  'At Brightwell we moved 400 jobs off cron last spring, and {{ role }}s like you asked the questions we missed.',
  'We are a team of six in {{ city }} working on the same problem from the payments side.',
];

/** A template file of `count` messages, each with Liquid fields, a fallback, spintax and the personal hook. */
export function generateTemplate(count = 200, seed = 20260602) {
  const rnd = prng(seed);
  const parts = ['---', 'template: liquid', 'channel: linkedin-message', 'data: recipients.csv', 'personal: [hook]', '---', '', '# Spring campaign, generated for the benchmark', ''];
  for (let i = 0; i < count; i++) {
    const greeting = pick(rnd, ['{Hi|Hello|Hey}', '{Hi|Hello}', '{Good morning|Hello|Hi}']);
    const close = pick(rnd, ['{Thanks|Thank you|Cheers}, Sam', '{Best|All the best}, Sam', '— Sam']);
    parts.push(
      `## Variant ${i + 1}`,
      '',
      `${greeting} {{ first_name | default: "there" }}, {{ hook }} ${pick(rnd, ABOUT)} ${pick(rnd, ASKS)}`,
      '',
      close,
      '',
    );
  }
  return parts.join('\n');
}

/** Writes both files into `dir`; returns their paths. @param {string} dir */
export function writeTemplateFixture(dir, messages = 200, rows = 5000) {
  const file = path.join(dir, 'campaign.outreach.md');
  const csv = path.join(dir, 'recipients.csv');
  writeFileSync(file, generateTemplate(messages));
  writeFileSync(csv, generateRecipients(rows));
  return { file, csv };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '.';
  console.log(writeTemplateFixture(dir));
}
