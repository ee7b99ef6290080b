import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { EXTENSION_ID, open, waitUntil, workspaceUri, closeAll } from './helpers.js';

describe('activation', () => {
  it('is not active until an outreach file opens, then activates by itself', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, 'the extension is loaded');
    // Opening a plain markdown file must not activate it.
    await open(workspaceUri('notes.md'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(extension.isActive, false, 'nothing activates on start-up or for other markdown files');

    const { document } = await open(workspaceUri('campaign.outreach.md'));
    assert.equal(document.languageId, 'outreach', '*.outreach.md opens as the outreach language');
    await waitUntil('activation on the outreach language', () => extension.isActive);
    await closeAll();
  });

  it('does not lint other markdown files', async () => {
    const uri = workspaceUri('notes.md');
    await open(uri);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'outreach-lint'), []);
    await closeAll();
  });
});
