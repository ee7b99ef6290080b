// @ts-check
/**
 * Deterministic outreach files for the benchmark: front matter, a `#` title, then many `##` messages that
 * mix stock phrases with specific sentences, lists, links, inline and fenced code, emphasis, placeholders,
 * settings comments, directives and the odd duplicate. The same (size, seed) always gives the same bytes:
 * the text depends only on this file, never on the engine's phrase list, so runs stay comparable while the
 * engine changes. The runner records each fixture's SHA-256 next to the results.
 *
 * Standalone: node bench/generate.mjs [bytes] > file.outreach.md
 */

/** A small, fast, seedable PRNG (mulberry32). @param {number} seed */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Clichés of outreach writing, written for this benchmark (many are also on the engine's list, some are not).
const STOCK = [
  "I'd like to add you to my professional network on LinkedIn.",
  'I hope this message finds you well.',
  'I came across your profile and was impressed by your experience.',
  "I'm reaching out because I'd love to connect.",
  'Would love to pick your brain sometime.',
  'Let me know if you would be up for a quick chat.',
  'Looking forward to hearing from you!',
  "I'm expanding my network with like-minded professionals.",
  'We should explore potential opportunities for synergy.',
  'I just wanted to touch base.',
  'Just following up on my previous message.',
  'I know you are busy, so I will keep this short.',
  'Let me know if interested.',
  'Hope you are doing well!',
  'I would love to learn more about what you do.',
  'Our innovative, cutting-edge solution is a game changer.',
  'We help companies leverage best-in-class, world-class tools.',
  'Can we hop on a call to discuss?',
  'Please find attached my resume.',
  'Thanks in advance for your time and consideration.',
  'Feel free to reach out anytime.',
  'I basically just really wanted to say hi.',
  'Let me know your thoughts.',
  'Dear Sir or Madam,',
  'To whom it may concern,',
  'Hi there,',
  'Happy to help in any way I can.',
  'Circling back on this one.',
  'It would be great to connect and share ideas.',
  'We are a results-driven team of passionate self-starters.',
];

const FIRST = ['Dana', 'Leo', 'Priya', 'Marco', 'Aisha', 'Tomás', 'Mei', 'Olu', 'Sven', 'Inês', 'Kofi', 'Hana', 'Rafael', 'Zoe', 'Arjun', 'Lena', 'Noor', 'Jonas', 'Yuki', 'Carmen'];
const LAST = ['Whitfield', 'Marchand', 'Nair', 'Bianchi', 'Bello', 'Okafor', 'Lindqvist', 'Duarte', 'Tanaka', 'Ruiz', 'Kowalski', 'Haddad', 'Moreau', 'Schmidt', 'Osei', 'Fischer', 'Park', 'Silva', 'Novak', 'Ibrahim'];
const COMPANY = ['Acme Analytics', 'Brightwave', 'Lumen Labs', 'Fieldstone', 'Northwind', 'Cobalt Health', 'Harbor Freight AI', 'Quill & Co', 'Redwood Robotics', 'Tessellate', 'Ordinal Bank', 'Plume Energy'];
const TOPIC = ['metric layers', 'dbt tests', 'churn models', 'feature stores', 'on-call rotations', 'pricing experiments', 'data contracts', 'warehouse costs', 'forecasting pipelines', 'hiring a first analyst', 'LLM evaluation', 'schema migrations'];
const EVENT = ['Data Council in Austin', 'the PyData meetup in Berlin', 'KubeCon Paris', 'your webinar on retention', 'the Lisbon analytics dinner', 'SaaStr Annual'];
const VERB = ['described', 'argued for', 'walked through', 'benchmarked', 'open-sourced', 'wrote up', 'questioned', 'rebuilt'];
const NUM = ['two', 'three', 'four', 'six', 'twelve', '20', '45', '90'];
const TOOL = ['Dagster', 'Airflow', 'Snowflake', 'DuckDB', 'Postgres', 'Kafka', 'Looker', 'Metabase'];

/** @param {() => number} rnd @param {readonly string[]} list */
function pick(rnd, list) {
  return /** @type {string} */ (list[Math.floor(rnd() * list.length)]);
}

/** @param {() => number} rnd @param {string} first */
function specificSentence(rnd, first) {
  switch (Math.floor(rnd() * 8)) {
    case 0:
      return `${first}, we met at ${pick(rnd, EVENT)}: you ${pick(rnd, VERB)} ${pick(rnd, TOPIC)} and I still quote your slide on ${pick(rnd, TOPIC)}.`;
    case 1:
      return `Your post on ${pick(rnd, TOPIC)} ${pick(rnd, VERB)} the exact trade-off my team hit last quarter when we moved ${pick(rnd, NUM)} jobs to ${pick(rnd, TOOL)}.`;
    case 2:
      return `Could I ask you ${pick(rnd, NUM)} questions about how ${pick(rnd, COMPANY)} handled ${pick(rnd, TOPIC)}? A written answer is fine.`;
    case 3:
      return `We cut ${pick(rnd, TOPIC)} time from ${pick(rnd, NUM)} hours to ${pick(rnd, NUM)} minutes with **${pick(rnd, TOOL)}**; happy to share the notebook.`;
    case 4:
      return `Since you ${pick(rnd, VERB)} *${pick(rnd, TOPIC)}* at ${pick(rnd, COMPANY)}, you may like the write-up in [our retro](https://example.com/retro/${Math.floor(rnd() * 9000 + 1000)}).`;
    case 5:
      return `The \`${pick(rnd, TOOL).toLowerCase()}_sync\` job you mentioned is what we run nightly; see <https://example.org/jobs/${Math.floor(rnd() * 900 + 100)}>.`;
    case 6:
      return `Would 20 minutes on ${pick(rnd, ['Tuesday', 'Thursday', 'the 14th', 'next week'])} work to compare notes on ${pick(rnd, TOPIC)}?`;
    default:
      return `${pick(rnd, FIRST)} ${pick(rnd, LAST)} suggested I write to you about ${pick(rnd, TOPIC)}; she said you ${pick(rnd, VERB)} it at ${pick(rnd, COMPANY)}.`;
  }
}

/** @param {() => number} rnd @param {number} index @param {string[]} bodies */
function message(rnd, index, bodies) {
  const first = pick(rnd, FIRST);
  const last = pick(rnd, LAST);
  const company = pick(rnd, COMPANY);
  const lines = [`## ${first} ${last} — ${company}`, ''];
  // Now and then, the same note sent twice: the duplicate-message rule's case.
  if (bodies.length > 0 && rnd() < 0.06) {
    lines.push(/** @type {string} */ (bodies[Math.floor(rnd() * bodies.length)]), '');
    return lines.join('\n');
  }
  const blocks = [];
  if (rnd() < 0.15) blocks.push(`<!-- outreach channel: ${pick(rnd, ['email', 'linkedin-inmail', 'linkedin-message', 'linkedin-connect'])} -->`);
  if (rnd() < 0.05) blocks.push(`<!-- outreach-lint-disable-next-line ${pick(rnd, ['stock-phrase', 'filler', 'vague-ask'])} -->`);
  const paragraphs = 1 + Math.floor(rnd() * 4);
  const greeting = rnd() < 0.3 ? pick(rnd, ['Hi there,', 'Hello,', 'Dear Sir or Madam,']) : `Hi ${first},`;
  for (let p = 0; p < paragraphs; p++) {
    const sentences = [];
    if (p === 0) sentences.push(greeting);
    const count = 1 + Math.floor(rnd() * 4);
    for (let s = 0; s < count; s++) sentences.push(rnd() < 0.45 ? pick(rnd, STOCK) : specificSentence(rnd, first));
    if (rnd() < 0.08) sentences.push(pick(rnd, ['Hi [Name], ', 'Your work at {{company}} ', 'TODO: add hook. ', 'I loved <Company>. ']) + 'Thanks.');
    blocks.push(sentences.join(rnd() < 0.2 ? '\n' : ' '));
    const extra = rnd();
    if (extra < 0.18) {
      const marker = rnd() < 0.5 ? '-' : '1.';
      const items = 2 + Math.floor(rnd() * 3);
      const list = [];
      for (let i = 0; i < items; i++) list.push(`${marker === '-' ? '-' : `${i + 1}.`} ${rnd() < 0.4 ? pick(rnd, STOCK) : specificSentence(rnd, first)}`);
      blocks.push(list.join('\n'));
    } else if (extra < 0.26) {
      const tool = pick(rnd, TOOL).toLowerCase();
      blocks.push(['```sql', `select team, count(*) as ${tool}_runs`, `from ${tool}.jobs -- I'd love to connect`, `where started_at > now() - interval '${pick(rnd, NUM)} days'`, 'group by team;', '```'].join('\n'));
    } else if (extra < 0.3) {
      blocks.push(`> ${pick(rnd, STOCK)} ${specificSentence(rnd, first)}`);
    }
  }
  if (rnd() < 0.5) blocks.push(rnd() < 0.5 ? `— Sam` : `Best,\nSam Rivera, [portfolio](https://example.com/sam)`);
  const body = blocks.join('\n\n');
  bodies.push(body);
  if (bodies.length > 50) bodies.shift();
  lines.push(body, '');
  return lines.join('\n');
}

/**
 * An outreach file of about `targetBytes` UTF-8 bytes (it stops at the first message that reaches the size).
 * @param {number} targetBytes
 * @param {number} [seed]
 */
export function generateOutreach(targetBytes, seed = 20240611) {
  const rnd = prng(seed);
  const parts = [
    ['---', 'channel: linkedin-inmail', 'plan: premium', 'sender:', '  name: Sam Rivera', '  company: Northwind', '---', ''].join('\n'),
    '# Benchmark outreach file\n\nNotes for the data-team campaign. Nothing under this title is a message.\n',
  ];
  let bytes = Buffer.byteLength(parts.join('\n'));
  /** @type {string[]} */
  const bodies = [];
  for (let index = 0; bytes < targetBytes; index++) {
    let part = message(rnd, index, bodies);
    // A second `#` region now and then: text that belongs to no message.
    if (index > 0 && index % 97 === 0) part = `# Batch ${index / 97 + 1}\n\nInternal notes, not sent.\n\n${part}`;
    parts.push(part);
    bytes += Buffer.byteLength(part) + 1;
  }
  return parts.join('\n');
}

/**
 * `count` small outreach files, as a team keeps one note per person: each 600–1,500 UTF-8 bytes, one or two
 * `##` messages, front matter in some. Seeded like generateOutreach: the same count and seed give the same
 * files. Returns [name, text] pairs, the names spread over ten directories.
 * @param {number} count
 * @param {number} [seed]
 * @returns {[string, string][]}
 */
export function generateSmallFiles(count, seed = 20250101) {
  const rnd = prng(seed);
  /** @type {string[]} */
  const bodies = [];
  /** @type {[string, string][]} */
  const files = [];
  while (files.length < count) {
    const parts = [];
    if (rnd() < 0.3) parts.push(['---', `channel: ${pick(rnd, ['email', 'linkedin-inmail', 'linkedin-message', 'linkedin-connect'])}`, '---', ''].join('\n'));
    const messages = rnd() < 0.4 ? 2 : 1;
    for (let m = 0; m < messages; m++) parts.push(message(rnd, files.length, bodies));
    const text = parts.join('\n');
    const bytes = Buffer.byteLength(text);
    // Drawn again until the size fits: the sizes stay in range and the sequence stays seeded.
    if (bytes < 600 || bytes > 1500) continue;
    const index = files.length;
    files.push([`team-${index % 10}/note-${String(index).padStart(4, '0')}.outreach.md`, text]);
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(generateOutreach(Number(process.argv[2] ?? 10_000)));
}
