import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { api, closeAll, open, scratchCopy, settled, waitUntil } from './helpers.js';

describe('status-bar counter and copy', () => {
  afterEach(closeAll);

  it('shows used/limit for the message under the cursor, follows the cursor and edits', async () => {
    const outreach = await api();
    const { document, editor } = await open(await scratchCopy('campaign.outreach.md'));
    await settled(document);

    editor.selection = new vscode.Selection(19, 5, 19, 5); // Priya's message
    await waitUntil('the counter for Priya', () => outreach.counter().text === '$(note) 99/300');
    assert.equal(outreach.counter().background, undefined);
    assert.match(outreach.counter().tooltip, /Priya Nair — Lumen Labs/);
    assert.match(outreach.counter().tooltip, /99 of 300 characters · 17 words · 201 left/);
    assert.equal(outreach.counter().command, 'outreach.copyMessage');

    editor.selection = new vscode.Selection(23, 0, 23, 0); // Marco's long message
    await waitUntil('the counter for Marco', () => outreach.counter().text === '$(note) 395/300');
    assert.equal(outreach.counter().background, 'statusBarItem.errorBackground');

    editor.selection = new vscode.Selection(8, 0, 8, 0); // the title, not a message
    await waitUntil('no message', () => outreach.counter().text === '$(note) no message');

    // An edit in Priya's message updates the count.
    editor.selection = new vscode.Selection(19, 5, 19, 5);
    await editor.edit((edit) => edit.insert(new vscode.Position(19, 0), 'Hello! '));
    await settled(document);
    await waitUntil('the counter after the edit', () => outreach.counter().text === '$(note) 106/300');
  });

  it('warns near the limit', async () => {
    const outreach = await api();
    const uri = await scratchCopy('clean.outreach.md');
    const { document, editor } = await open(uri);
    await settled(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'x'.repeat(120) + ' '));
    await settled(document);
    editor.selection = new vscode.Selection(2, 3, 2, 3);
    await waitUntil('near the limit', () => outreach.counter().background === 'statusBarItem.warningBackground');
    assert.match(outreach.counter().text, /^\$\(note\) 2\d\d\/300$/);
  });

  it('the copy command puts the message on the clipboard as plain text', async () => {
    const { document, editor } = await open(await scratchCopy('campaign.outreach.md'));
    await settled(document);
    editor.selection = new vscode.Selection(19, 3, 19, 3);
    const copied = await vscode.commands.executeCommand<string>('outreach.copyMessage');
    const expected = "Priya, congrats on [Company]'s launch; your churn write-up is the clearest I have read on renewals.";
    assert.equal(copied, expected);
    assert.equal(await vscode.env.clipboard.readText(), expected);
  });

  it('is hidden for other files', async () => {
    const outreach = await api();
    await open(await scratchCopy('notes.md'));
    await waitUntil('hidden', () => outreach.counter().visible === false);
  });
});
