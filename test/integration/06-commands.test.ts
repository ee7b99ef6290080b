import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { api, closeAll, codeOf, open, scratchCopy, scratchFile, settled, waitUntil, workspaceUri } from './helpers.js';

describe('commands', () => {
  afterEach(closeAll);

  it('are in the palette under one category', async () => {
    const extension = vscode.extensions.getExtension('outreach-lint.outreach-lint');
    const contributed = (extension?.packageJSON.contributes.commands ?? []) as { command: string; category: string }[];
    assert.deepEqual([...new Set(contributed.map((c) => c.category))], ['Outreach Lint']);
    await api();
    const all = await vscode.commands.getCommands(true);
    for (const id of ['outreach.copyMessage', 'outreach.chooseChannel', 'outreach.lintWorkspace', 'outreach.newFile', 'outreach.openRuleDocs', 'outreach.previewMessage', 'outreach.copyRenderedMessage']) {
      assert.ok(all.includes(id), id);
    }
  });

  it('lint all outreach files fills the Problems panel for files that are not open', async () => {
    const extra = await scratchFile('unopened.outreach.md', "I'd like to add you to my professional network on LinkedIn.\n");
    const summary = await vscode.commands.executeCommand<{ files: number; errors: number; warnings: number }>('outreach.lintWorkspace');
    assert.ok(summary.files >= 3, `${summary.files} files`);
    assert.ok(summary.errors >= 1);
    await waitUntil('diagnostics for the unopened file', () => vscode.languages.getDiagnostics(extra).some((d) => codeOf(d) === 'default-invitation'));
    assert.deepEqual(vscode.languages.getDiagnostics(workspaceUri('notes.md')).filter((d) => d.source === 'outreach-lint'), [], 'plain markdown is not linted');
  });

  it('new outreach file opens an untitled outreach document from the skeleton', async () => {
    await vscode.commands.executeCommand('outreach.newFile');
    const editor = await waitUntil('the new editor', () => vscode.window.activeTextEditor?.document.isUntitled && vscode.window.activeTextEditor);
    assert.equal(editor.document.languageId, 'outreach');
    assert.equal(
      editor.document.getText(),
      '---\nchannel: linkedin-connect\nsender:\n  name: Your Name\n---\n\n# Campaign or purpose\n\n## First Last — Company\n\n' +
        'First Last, the specific thing of theirs you read, used or heard. One line on who you are. A question they can answer in a line?\n',
    );
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the channel is written into the front matter by the channel picker logic', async () => {
    const { document, editor } = await open(await scratchCopy('clean.outreach.md'));
    await settled(document);
    const { frontMatterEdit } = await import('../../src/editor/commands.js');
    const edit = frontMatterEdit(document, 'channel', 'email');
    await editor.edit((builder) => builder.replace(edit.range, edit.newText));
    assert.match(document.getText(), /^---\nchannel: email\n---\n## Grace/);
    const again = frontMatterEdit(document, 'channel', 'linkedin-inmail');
    await editor.edit((builder) => builder.replace(again.range, again.newText));
    assert.match(document.getText(), /^---\nchannel: linkedin-inmail\n---\n## Grace/);
    await settled(document);
  });
});
