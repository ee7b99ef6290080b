import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { closeAll, codeOf, describeDiagnostics, open, ours, scratchCopy, scratchFile, settled, waitUntil } from './helpers.js';

async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `applied ${action.title}`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

describe('code actions', () => {
  afterEach(closeAll);

  it('the preferred fix of a finding changes the text and the diagnostics', async () => {
    const { document } = await open(await scratchCopy('campaign.outreach.md'));
    const diagnostics = await settled(document);
    const greeting = diagnostics.find((d) => codeOf(d) === 'generic-greeting');
    assert.ok(greeting);
    const actions = await actionsAt(document.uri, greeting.range);
    const preferred = actions.find((a) => a.isPreferred && a.kind?.value === 'quickfix');
    assert.equal(preferred?.title, 'Replace with "Hi Leo"');
    await apply(preferred);
    assert.equal(document.lineAt(15).text.slice(0, 8), 'Hi Leo, ');
    const after = await settled(document);
    assert.ok(!after.some((d) => codeOf(d) === 'generic-greeting'));
    assert.ok(!after.some((d) => codeOf(d) === 'missing-recipient-name' && d.range.start.line === 15), 'the name is now used');
  });

  it('replacing a stock phrase with a personal structure inserts a snippet with tab stops', async () => {
    const uri = await scratchFile('opener.outreach.md', '## Jane Doe — Acme\n\nJane, I came across your profile while reading about CRDTs.\n');
    const { document, editor } = await open(uri);
    const diagnostics = await settled(document);
    const opener = diagnostics.find((d) => codeOf(d) === 'stock-phrase');
    assert.ok(opener);
    const actions = await actionsAt(uri, opener.range);
    const structure = actions.find((a) => a.title.startsWith('Replace "I came across your profile" with a personal structure'));
    assert.ok(structure?.edit, actions.map((a) => a.title).join(' | '));
    await apply(structure);
    const line = document.lineAt(2).text;
    assert.ok(!line.includes('I came across your profile'), line);
    assert.ok(!line.includes('${'), 'snippet syntax is expanded, not inserted literally');
    // The editor is in snippet mode: the first placeholder is selected for typing.
    assert.ok(!editor.selection.isEmpty, 'a tab stop is selected');
  });

  it('"Disable <rule> for this line" inserts the comment and the finding goes', async () => {
    const { document } = await open(await scratchCopy('campaign.outreach.md'));
    const diagnostics = await settled(document);
    const vague = diagnostics.find((d) => codeOf(d) === 'vague-ask');
    assert.ok(vague);
    const disable = (await actionsAt(document.uri, vague.range)).find((a) => a.title === 'Disable vague-ask for this line');
    assert.ok(disable);
    const linesBefore = document.lineCount;
    await apply(disable);
    assert.equal(document.lineAt(15).text, '<!-- outreach-lint-disable-next-line vague-ask -->');
    const after = await settled(document);
    assert.ok(!after.some((d) => codeOf(d) === 'vague-ask' && d.range.start.line === 16), 'the line after the comment has no vague-ask');
    assert.ok(after.some((d) => codeOf(d) === 'vague-ask' && d.range.start.line > 16), 'other lines keep theirs');
    assert.ok(after.some((d) => codeOf(d) === 'stock-phrase' && d.range.start.line === 16), 'other rules on that line stay');
    assert.equal(document.lineCount, linesBefore + 1);
  });

  it('"Ignore phrase in this workspace" writes the allowed-phrases setting', async () => {
    const { document } = await open(await scratchCopy('campaign.outreach.md'));
    const diagnostics = await settled(document);
    const stock = diagnostics.find((d) => codeOf(d) === 'stock-phrase');
    assert.ok(stock);
    const ignore = (await actionsAt(document.uri, stock.range)).find((a) => a.title === 'Ignore "I came across your profile" in this workspace');
    assert.ok(ignore);
    try {
      await apply(ignore);
      assert.deepEqual(vscode.workspace.getConfiguration('outreach').inspect('allowedPhrases')?.workspaceValue, ['I came across your profile']);
      await waitUntil('the phrase no longer reported', () => !ours(document.uri).some((d) => codeOf(d) === 'stock-phrase' && document.getText(d.range) === 'I came across your profile'));
      assert.ok(ours(document.uri).some((d) => codeOf(d) === 'stock-phrase'), 'other stock phrases are still reported');
    } finally {
      await vscode.workspace.getConfiguration('outreach').update('allowedPhrases', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('source.fixAll applies every safe fix at once', async () => {
    const { document } = await open(await scratchCopy('campaign.outreach.md'));
    await settled(document);
    const [fixAll] = await actionsAt(document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.outreach');
    assert.ok(fixAll, 'a fix-all action is offered');
    await apply(fixAll);
    assert.match(document.lineAt(15).text, /^Hi Leo, I came across your profile and would love to pick your brain\. I think it would help\.$/);
    assert.match(document.lineAt(19).text, /congrats on Lumen Labs's launch/);
    const after = describeDiagnostics(await settled(document));
    assert.ok(!after.some((d) => d.startsWith('filler') || d.startsWith('generic-greeting') || d.startsWith('unfilled-placeholder')), after.join(', '));
    const again = await actionsAt(document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.outreach');
    assert.deepEqual(again, [], 'nothing left to fix');
  });
});
