import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { api, closeAll, describeDiagnostics, open, scratchFile, settled } from './helpers.js';

/** A campaign file of many messages, the shape users keep whole campaigns in. */
function largeCampaign(count: number): string {
  const parts = ['---\nchannel: linkedin-connect\n---\n\n# Large campaign\n'];
  for (let i = 0; i < count; i++) {
    parts.push(
      `## Person${i} Example${i} — Company ${i}\n\nPerson${i}, your post number ${i} on topic ${i % 17} was sharp. I came across your profile and would love to pick your brain about item ${i}.\n`,
    );
  }
  return parts.join('\n');
}

describe('incremental linting in the editor', () => {
  afterEach(closeAll);

  it('an edit in one message of a large file re-parses only that message, and only its diagnostics change', async () => {
    const outreach = await api();
    const uri = await scratchFile('large.outreach.md', largeCampaign(800));
    const { document, editor } = await open(uri);
    const before = describeDiagnostics(await settled(document));
    assert.ok(before.length >= 800, `${before.length} diagnostics`);
    const analysedBefore = outreach.analysedCount();

    // Insert a stock phrase in the middle of message 400, without adding a line.
    const line = document.getText().split('\n').findIndex((text) => text.startsWith('Person400,'));
    await editor.edit((edit) => edit.insert(new vscode.Position(line, document.lineAt(line).text.length), ' Let us find some synergy.'));
    const after = describeDiagnostics(await settled(document));

    assert.equal(outreach.analysedCount() - analysedBefore, 1, 'one message parsed');
    const added = after.filter((d) => !before.includes(d));
    const removed = before.filter((d) => !after.includes(d));
    assert.deepEqual(removed, []);
    assert.equal(added.length, 1);
    assert.match(added[0] ?? '', new RegExp(`^stock-phrase ${line + 1}:`));
  });

  it('rapid edits end with the diagnostics of the final text', async () => {
    const uri = await scratchFile('rapid.outreach.md', '## Jane Doe\n\nJane, your post was sharp.\n');
    const { document, editor } = await open(uri);
    await settled(document);
    for (const word of [' Let', ' us', ' touch', ' base', '.', ' Just', ' checking', ' in', '.']) {
      await editor.edit((edit) => edit.insert(document.lineAt(2).range.end, word));
    }
    const final = describeDiagnostics(await settled(document));
    assert.deepEqual(final, ['no-personal-detail 3:1-3:64', 'stock-phrase 3:47-3:63', 'vague-ask 3:35-3:45']);
  });
});
