import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import type { OutreachLintApi } from '../../src/extension.js';
import { api, closeAll, codeOf, open, ours, settled, waitUntil, workspaceUri } from './helpers.js';

/**
 * Configuration errors: each case must give one clear message naming the key (the API's
 * configurationProblems() for settings and the config file, the document's diagnostics for front matter),
 * and everything else must keep working. Every setting is restored and every file removed afterwards.
 */

/** Two messages: Dana's (a connection note, 156 characters) and Leo's (an InMail, by its own comment). */
const BASE = `---
channel: linkedin-connect
sender:
  name: Sam Rivera
---

## Dana Whitfield — Acme Analytics

Hi there, I came across your profile and would love to pick your brain about your warehouse migration. I just think it would help. Let us find some synergy.

## Leo Marchand — Brightwave

<!-- outreach channel: linkedin-inmail -->
Leo, your talk on late-arriving data at Data Council answered a question we had for months: how did you size the replay window?
`;

const BASE_FINDINGS = ['filler', 'generic-greeting', 'missing-recipient-name', 'no-personal-detail', 'stock-phrase', 'stock-phrase', 'vague-ask'];

const created: vscode.Uri[] = [];

/** Writes a file for one test; afterEach removes it. */
async function createFile(uri: vscode.Uri, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  created.push(uri);
  return uri;
}

async function scratchDocument(name: string, text: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor; outreach: OutreachLintApi }> {
  const uri = await createFile(workspaceUri('scratch', `08-${Date.now()}-${Math.random().toString(36).slice(2, 8)}-${name}`), text);
  const { document, editor } = await open(uri);
  const outreach = await api();
  await settled(document);
  return { document, editor, outreach };
}

function codes(document: vscode.TextDocument): string[] {
  return ours(document.uri)
    .map((d) => codeOf(d) ?? '-')
    .sort();
}

/** Our diagnostics, described: `code severity line:col "text"`, sorted. */
function described(document: vscode.TextDocument): string[] {
  return ours(document.uri)
    .map((d) => `${codeOf(d) ?? '-'} ${d.severity} ${d.range.start.line + 1}:${d.range.start.character + 1} ${JSON.stringify(document.getText(d.range))}`)
    .sort();
}

/** Sets `outreach.*` user settings for the body, then puts the previous user values back and waits for the baseline diagnostics. */
async function withSettings(document: vscode.TextDocument, settings: Record<string, unknown>, body: () => Promise<void>): Promise<void> {
  const configuration = () => vscode.workspace.getConfiguration('outreach');
  const baseline = described(document);
  const previous = new Map(Object.keys(settings).map((key) => [key, configuration().inspect(key)?.globalValue]));
  try {
    for (const [key, value] of Object.entries(settings)) await configuration().update(key, value, vscode.ConfigurationTarget.Global);
    await body();
  } finally {
    for (const [key, value] of previous) await configuration().update(key, value, vscode.ConfigurationTarget.Global);
  }
  await waitUntil('the diagnostics from before the settings changed', () => JSON.stringify(described(document)) === JSON.stringify(baseline));
}

/** Waits for a new configuration problem matching `pattern`, lets the reloads settle, and returns every problem new since `before`. */
async function newProblems(outreach: OutreachLintApi, before: number, pattern: RegExp): Promise<string[]> {
  try {
    await waitUntil(`a configuration problem matching ${pattern}`, () => outreach.configurationProblems().slice(before).some((p) => pattern.test(p)));
  } catch (error) {
    assert.fail(`${(error as Error).message}; new problems: ${JSON.stringify(outreach.configurationProblems().slice(before))}`);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  return outreach.configurationProblems().slice(before);
}

/** Waits until the document's codes satisfy `check` (the linter follows settings asynchronously). */
async function waitForCodes(document: vscode.TextDocument, what: string, check: (codes: string[]) => boolean): Promise<void> {
  try {
    await waitUntil(what, () => check(codes(document)));
  } catch (error) {
    assert.fail(`${(error as Error).message}; diagnostics: ${JSON.stringify(described(document))}`);
  }
}

function count(list: readonly string[], item: string): number {
  return list.filter((x) => x === item).length;
}

const KEYS = ['run', 'rules', 'allowedPhrases', 'extraPhrases', 'channels', 'defaultChannel', 'plan'];

function userValues(): string {
  const configuration = vscode.workspace.getConfiguration('outreach');
  return JSON.stringify(KEYS.map((key) => [key, configuration.inspect(key)?.globalValue ?? null]));
}

describe('configuration errors', () => {
  let userValuesBefore = '';
  let configFileBefore = '';
  const configFileState = () =>
    Promise.resolve(vscode.workspace.fs.readFile(workspaceUri('.outreach-lint.json'))).then(
      (bytes) => new TextDecoder().decode(bytes),
      () => '(none)',
    );
  before(async () => {
    userValuesBefore = userValues();
    configFileBefore = await configFileState();
  });

  after(async () => {
    assert.equal(userValues(), userValuesBefore, 'every outreach.* user setting is restored');
    assert.equal(await configFileState(), configFileBefore, 'the workspace .outreach-lint.json is as before');
  });

  afterEach(async () => {
    await closeAll();
    while (created.length) {
      const uri = created.pop() as vscode.Uri;
      await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('outreach.rules with a wrong value ("loud"): one problem naming outreach.rules.vague-ask; the rule keeps its default, other rules and settings work', async () => {
    const { document, outreach } = await scratchDocument('rules-type.outreach.md', BASE);
    const before = outreach.configurationProblems().length;
    await withSettings(document, { rules: { 'vague-ask': 'loud', filler: 'off' } }, async () => {
      const problems = await newProblems(outreach, before, /outreach\.rules\.vague-ask/);
      assert.equal(problems.length, 1, `one problem: ${JSON.stringify(problems)}`);
      assert.match(problems[0] as string, /^setting "outreach\.rules\.vague-ask": expected one of error, warning, info, hint, off, got "loud"/);
      await waitForCodes(document, 'filler off, the rest reported', (c) => !c.includes('filler') && c.includes('vague-ask') && count(c, 'stock-phrase') === 2 && c.includes('generic-greeting'));
      const vague = ours(document.uri).find((d) => codeOf(d) === 'vague-ask');
      assert.equal(vague?.severity, vscode.DiagnosticSeverity.Warning, 'vague-ask at its default severity');
    });
  });

  it('outreach.allowedPhrases that is not an array: one problem naming it; the phrase is still reported, other settings work', async () => {
    const { document, outreach } = await scratchDocument('allowed-type.outreach.md', BASE);
    const before = outreach.configurationProblems().length;
    await withSettings(document, { allowedPhrases: 'synergy', rules: { filler: 'off' } }, async () => {
      const problems = await newProblems(outreach, before, /outreach\.allowedPhrases/);
      assert.equal(problems.length, 1, `one problem: ${JSON.stringify(problems)}`);
      assert.match(problems[0] as string, /^setting "outreach\.allowedPhrases": expected an array of phrases, got "synergy"/);
      await waitForCodes(document, 'filler off, both stock phrases still reported', (c) => !c.includes('filler') && count(c, 'stock-phrase') === 2 && c.includes('vague-ask'));
      assert.ok(ours(document.uri).some((d) => document.getText(d.range) === 'synergy'), '"synergy" is still reported');
    });
  });

  it('unknown rule ids in outreach.rules: one problem naming the id; the known rules in the same object apply', async () => {
    const { document, outreach } = await scratchDocument('rules-unknown.outreach.md', BASE);
    const before = outreach.configurationProblems().length;
    await withSettings(document, { rules: { 'stock-phrases': 'off', filler: 'off' } }, async () => {
      const problems = await newProblems(outreach, before, /outreach\.rules\.stock-phrases/);
      assert.equal(problems.length, 1, `one problem: ${JSON.stringify(problems)}`);
      assert.match(problems[0] as string, /^setting "outreach\.rules\.stock-phrases": unknown rule id; known rules are default-invitation, stock-phrase,/);
      await waitForCodes(document, 'filler off, stock-phrase still on', (c) => !c.includes('filler') && count(c, 'stock-phrase') === 2 && c.includes('vague-ask'));
    });
  });

  it('an unknown channel in outreach.defaultChannel ("pigeon"): one problem naming outreach.defaultChannel; messages fall back to linkedin-connect', async () => {
    const text = BASE.replace('channel: linkedin-connect\n', ''); // Dana's message now takes the default channel
    const { document, editor, outreach } = await scratchDocument('default-channel.outreach.md', text);
    const before = outreach.configurationProblems().length;
    await withSettings(document, { defaultChannel: 'pigeon', plan: 'free' }, async () => {
      const problems = await newProblems(outreach, before, /pigeon/);
      // The rest keeps working: the fallback channel with the (valid) free plan, every rule.
      editor.selection = new vscode.Selection(7, 3, 7, 3); // Dana's message
      await waitUntil('the counter on the fallback channel with the free plan', () => outreach.counter().text === '$(note) 156/200');
      assert.deepEqual(outreach.result(document)?.messages.map((m) => m.channelId), ['linkedin-connect', 'linkedin-inmail']);
      await waitForCodes(document, 'every rule still reports', (c) => JSON.stringify(c) === JSON.stringify(BASE_FINDINGS));
      assert.equal(problems.length, 1, `one problem: ${JSON.stringify(problems)}`);
      assert.match(problems[0] as string, /outreach\.defaultChannel/, `names the setting: ${problems[0]}`);
      assert.doesNotMatch(problems[0] as string, /\.outreach-lint\.json/, `does not blame a config file the workspace does not have: ${problems[0]}`);
    });
  });

  it('an unknown channel in the front matter (channel: pigeon): one warning on that line; linting goes on with linkedin-connect', async () => {
    // Both messages take the front matter's channel (Leo's loses its own settings comment).
    const text = BASE.replace('channel: linkedin-connect', 'channel: pigeon').replace('<!-- outreach channel: linkedin-inmail -->\n', '');
    const { document, outreach } = await scratchDocument('front-matter-channel.outreach.md', text);
    const named = () => ours(document.uri).filter((d) => d.message.includes('front matter: channel') && d.message.includes('"pigeon"'));
    await waitUntil('a diagnostic naming the front matter channel', () => named().length > 0);
    assert.equal(named()[0]?.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(outreach.result(document)?.messages.map((m) => m.channelId), ['linkedin-connect', 'linkedin-connect']);
    assert.deepEqual(codes(document).filter((c) => c !== '-'), BASE_FINDINGS, 'every rule still reports');
    const lines = named().map((d) => d.range.start.line + 1);
    assert.deepEqual(lines, [2], `one warning, on the front matter line "channel: pigeon" (line 2); got it on line(s) ${lines.join(', ')}: ${JSON.stringify(named().map((d) => d.message))}`);
  });

  it('an unknown front matter channel is reported also when the message has no heading', async () => {
    const text = '---\nchannel: pigeon\n---\n\nDana, your talk on late-arriving data answered a question we had for months. Let us find some synergy.\n';
    const { document } = await scratchDocument('front-matter-channel-no-heading.outreach.md', text);
    assert.ok(codes(document).includes('stock-phrase'), 'the message is linted');
    await waitUntil(`a diagnostic naming the front matter channel (diagnostics: ${JSON.stringify(described(document))})`, () =>
      ours(document.uri).some((d) => d.message.includes('front matter: channel') && d.message.includes('"pigeon"')),
    3_000);
  });

  it('a negative limit in outreach.channels (limit: -5): one problem naming the key; the channel keeps its limit, the other channel settings apply', async () => {
    const { document, outreach } = await scratchDocument('negative-limit.outreach.md', BASE);
    const before = outreach.configurationProblems().length;
    await withSettings(document, { channels: { 'linkedin-inmail': { limit: -5 }, 'linkedin-connect': { limit: 100 } } }, async () => {
      const problems = await newProblems(outreach, before, /outreach\.channels\.linkedin-inmail\.limit/);
      assert.equal(problems.length, 1, `one problem: ${JSON.stringify(problems)}`);
      assert.match(problems[0] as string, /^setting "outreach\.channels\.linkedin-inmail\.limit": expected a limit between 1 and 1,000,000, got -5/);
      await waitForCodes(document, 'over-limit with the valid 100 for connection notes', (c) => c.includes('over-limit') && c.includes('stock-phrase'));
      assert.deepEqual(outreach.result(document)?.messages.map((m) => [m.channelId, m.limit]), [['linkedin-connect', 100], ['linkedin-inmail', 2000]]);
    });
  });

  it('a negative limit for a new channel in outreach.channels: one problem naming the key', async () => {
    const { document, outreach } = await scratchDocument('negative-limit-new.outreach.md', BASE);
    const before = outreach.configurationProblems().length;
    await withSettings(document, { channels: { 'team-note': { limit: -5 } } }, async () => {
      const problems = await newProblems(outreach, before, /outreach\.channels\.team-note\.limit/);
      await waitForCodes(document, 'every rule still reports', (c) => JSON.stringify(c) === JSON.stringify(BASE_FINDINGS));
      assert.equal(problems.length, 1, `one problem for one mistake: ${JSON.stringify(problems, null, 1)}`);
      assert.match(problems[0] as string, /got -5/);
    });
  });

  describe('the workspace .outreach-lint.json (trusted: the harness disables workspace trust)', () => {
    const configFile = () => workspaceUri('.outreach-lint.json');
    let original: Uint8Array | undefined;

    beforeEach(async () => {
      assert.equal(vscode.workspace.isTrusted, true);
      original = await vscode.workspace.fs.readFile(configFile()).then(
        (bytes) => bytes,
        () => undefined,
      );
    });

    afterEach(async () => {
      if (original) await vscode.workspace.fs.writeFile(configFile(), original);
      else await vscode.workspace.fs.delete(configFile(), { useTrash: false }).then(undefined, () => undefined);
    });

    it('is read: its rules and allowed phrases apply, and outreach.* settings override it', async () => {
      const { document } = await scratchDocument('config-file.outreach.md', BASE);
      const baseline = described(document);
      await vscode.workspace.fs.writeFile(configFile(), new TextEncoder().encode('{ "rules": { "filler": "off" }, "allowedPhrases": ["synergy"] }\n'));
      await waitForCodes(document, 'filler off and "synergy" allowed by the file', (c) => !c.includes('filler') && count(c, 'stock-phrase') === 1 && c.includes('vague-ask'));
      assert.ok(!ours(document.uri).some((d) => document.getText(d.range) === 'synergy'));
      await withSettings(document, { rules: { filler: 'hint' } }, async () => {
        await waitUntil('the setting overriding the file', () => ours(document.uri).some((d) => codeOf(d) === 'filler' && d.severity === vscode.DiagnosticSeverity.Hint));
      });
      await vscode.workspace.fs.delete(configFile(), { useTrash: false });
      await waitUntil('the defaults back without the file', () => JSON.stringify(described(document)) === JSON.stringify(baseline));
    });

    it('with invalid JSON: one problem naming the file; the settings and defaults still apply', async () => {
      const { document, outreach } = await scratchDocument('config-file-invalid.outreach.md', BASE);
      const before = outreach.configurationProblems().length;
      await withSettings(document, { rules: { 'generic-greeting': 'off' } }, async () => {
        await vscode.workspace.fs.writeFile(configFile(), new TextEncoder().encode('{ "rules": { "filler": "off", }\n'));
        const problems = await newProblems(outreach, before, /\.outreach-lint\.json/);
        assert.equal(problems.length, 1, `one problem: ${JSON.stringify(problems)}`);
        assert.match(problems[0] as string, /^\.outreach-lint\.json is not valid JSON \(.+\); using the defaults\.$/);
        await waitForCodes(document, 'generic-greeting off by the setting, filler still on (the file is not applied)', (c) => !c.includes('generic-greeting') && c.includes('filler') && count(c, 'stock-phrase') === 2);
        await vscode.workspace.fs.delete(configFile(), { useTrash: false });
      });
    });
  });

  it('invalid YAML in the front matter: one warning on the front matter naming the line; front matter settings are ignored, the rules still report', async () => {
    const text = BASE.replace('channel: linkedin-connect\n', 'channel: email\nrecipient: Dana Whitfield: CTO at Acme\n');
    const { document, outreach } = await scratchDocument('front-matter-yaml.outreach.md', text);
    const yaml = ours(document.uri).filter((d) => d.message.startsWith('front matter: invalid YAML'));
    assert.equal(yaml.length, 1, `one diagnostic: ${JSON.stringify(yaml.map((d) => d.message))}`);
    const [diagnostic] = yaml as [vscode.Diagnostic];
    assert.match(diagnostic.message, /^front matter: invalid YAML on line 3: .+\. Front matter settings are ignored until it is fixed\.$/);
    assert.equal(diagnostic.range.start.line, 2, 'on line 3, the line with the mistake');
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(codes(document).filter((c) => c !== '-'), BASE_FINDINGS, 'every rule still reports');
    // channel: email is not applied while the YAML is broken.
    assert.deepEqual(outreach.result(document)?.messages.map((m) => m.channelId), ['linkedin-connect', 'linkedin-inmail']);
  });
});
