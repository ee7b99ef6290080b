import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { closeAll, open, scratchFile, settled } from './helpers.js';

describe('snippets', () => {
  afterEach(closeAll);

  it('completions at a prefix list the outreach snippets, and inserting one gives a personal note', async () => {
    const uri = await scratchFile('snippet.outreach.md', '---\nchannel: linkedin-connect\nplan: free\n---\n\nout-\n');
    const { document, editor } = await open(uri);
    await settled(document);
    const position = new vscode.Position(5, 4);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
    const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet);
    const labels = snippets.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)).sort();
    for (const prefix of ['out-event', 'out-mutual', 'out-post', 'out-school', 'out-colleague', 'out-hiring', 'out-job', 'out-referral', 'out-followup', 'out-thanks', 'out-new', 'out-message']) {
      assert.ok(labels.includes(prefix), `${prefix} in ${labels.join(', ')}`);
    }
    const event = snippets.find((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'out-event');
    assert.ok(event?.insertText instanceof vscode.SnippetString);
    await editor.insertSnippet(event.insertText, new vscode.Range(5, 0, 5, 4));
    // Type the recipient's name into the first tab stop: the transform writes the first name into the note.
    await vscode.commands.executeCommand('type', { text: 'Priya Raman' });
    // Transforms apply when leaving the placeholder, as Tab does.
    await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
    await vscode.commands.executeCommand('leaveSnippet');
    const text = document.getText();
    assert.match(text, /^## Priya Raman — Company$/m);
    assert.match(text, /^Priya, we met at event after your talk on topic\. The point that stayed with me\. Could I ask one follow-up question\?$/m);
  });

  it('snippets are offered in outreach files only', async () => {
    const uri = await scratchFile('plain.md', 'out-\n');
    await open(uri);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 4));
    assert.ok(!list.items.some((item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'out-event'));
  });
});
