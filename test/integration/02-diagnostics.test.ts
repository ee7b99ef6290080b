import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { api, closeAll, codeOf, describeDiagnostics, open, ours, scratchCopy, settled, setSetting, waitUntil } from './helpers.js';

describe('diagnostics', () => {
  afterEach(closeAll);

  it('reports every rule family with its code, range, severity and docs link', async () => {
    const { document } = await open(await scratchCopy('campaign.outreach.md'));
    const diagnostics = await settled(document);
    assert.deepEqual(describeDiagnostics(diagnostics), [
      'default-invitation 12:1-12:59',
      'duplicate-message 34:1-34:25',
      'filler 16:75-16:79',
      'generic-greeting 16:1-16:9',
      'missing-recipient-name 12:1-12:60',
      'missing-recipient-name 16:1-16:100',
      'no-personal-detail 12:1-12:60',
      'no-personal-detail 16:1-16:100',
      'no-personal-detail 32:1-32:119',
      'no-personal-detail 36:1-36:119',
      'over-limit 24:301-24:396',
      'stock-phrase 16:11-16:37',
      'stock-phrase 32:7-32:36',
      'stock-phrase 36:7-36:36',
      'unfilled-placeholder 20:20-20:29',
      'vague-ask 16:56-16:71',
      'vague-ask 32:88-32:108',
      'vague-ask 36:88-36:108',
    ]);
    const invitation = diagnostics.find((d) => codeOf(d) === 'default-invitation');
    assert.equal(invitation?.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(document.getText(invitation?.range), "I'd like to add you to my professional network on LinkedIn");
    const target = typeof invitation?.code === 'object' ? invitation.code.target.toString() : '';
    assert.match(target, /docs\/rules\/default-invitation\.md$/);
    assert.match(invitation?.message ?? '', /default invitation text\. .+/, 'says what is wrong and what to do instead');
    const filler = diagnostics.find((d) => codeOf(d) === 'filler');
    assert.deepEqual(filler?.tags, [vscode.DiagnosticTag.Unnecessary]);
    const duplicate = diagnostics.find((d) => codeOf(d) === 'duplicate-message');
    assert.equal(duplicate?.relatedInformation?.[0]?.location.range.start.line, 29, 'points at the message it duplicates');
  });

  it('the hover adds why the phrase reads as generic', async () => {
    const { document } = await open(await scratchCopy('campaign.outreach.md'));
    const diagnostics = await settled(document);
    const stock = diagnostics.find((d) => codeOf(d) === 'stock-phrase');
    assert.ok(stock);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, stock.range.start.translate(0, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /\*\*Why\*\* \(\[stock-phrase\]\(https:\/\/[^)]+stock-phrase\.md\)\): Every sender has seen or browsed the profile/);
  });

  it('the hover on a personal detail says what no-personal-detail found, so a passing note shows why', async () => {
    const { document } = await open(await scratchCopy('clean.outreach.md'));
    assert.deepEqual(await settled(document), []);
    const at = document.positionAt(document.getText().indexOf('M-Pesa API migration'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n').replace(/&nbsp;/g, ' ');
    assert.match(text, /\*\*Personal detail\*\* \(\[no-personal-detail\]\(https:\/\/[^)]+no-personal-detail\.md\), their work\): "Your M\\-Pesa API migration"/);
  });

  it('follows edits, and closing the document clears its diagnostics', async () => {
    const { document, editor } = await open(await scratchCopy('clean.outreach.md'));
    assert.deepEqual(await settled(document), []);
    await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'Let us find some synergy. '));
    const after = await settled(document);
    assert.deepEqual(describeDiagnostics(after), ['stock-phrase 3:18-3:25']);
    await closeAll();
    await waitUntil('diagnostics cleared on close', () => ours(document.uri).length === 0);
  });

  it('settings are read live: a rule turned off, another limit', async () => {
    const { document } = await open(await scratchCopy('campaign.outreach.md'));
    await settled(document);
    try {
      await setSetting('rules', { 'stock-phrase': 'off', filler: 'off' });
      await waitUntil('stock-phrase and filler gone', () => {
        const codes = ours(document.uri).map(codeOf);
        return !codes.includes('stock-phrase') && !codes.includes('filler') && codes.includes('vague-ask');
      });
      await setSetting('channels', { 'linkedin-connect': { limit: 1000 } });
      await waitUntil('over-limit gone with a 1000 limit', () => !ours(document.uri).map(codeOf).includes('over-limit'));
      await setSetting('plan', 'free');
      await setSetting('channels', undefined);
      await waitUntil('over-limit back with the free plan', () => ours(document.uri).some((d) => codeOf(d) === 'over-limit'));
    } finally {
      await setSetting('rules', undefined);
      await setSetting('channels', undefined);
      await setSetting('plan', undefined);
    }
  });

  it('an invalid setting gives one clear warning naming it, and the rest keeps working', async () => {
    const outreach = await api();
    const { document } = await open(await scratchCopy('campaign.outreach.md'));
    await settled(document);
    try {
      await setSetting('rules', { 'stock-phrase': 'loud', filler: 'off' });
      await waitUntil('the problem reported', () => outreach.configurationProblems().some((p) => p.includes('outreach.rules.stock-phrase')));
      await waitUntil('filler off, stock-phrase at its default', () => {
        const codes = ours(document.uri).map(codeOf);
        return !codes.includes('filler') && codes.includes('stock-phrase');
      });
    } finally {
      await setSetting('rules', undefined);
    }
  });

  it('onSave mode lints on save, not while typing', async () => {
    const { document, editor } = await open(await scratchCopy('clean.outreach.md'));
    await settled(document);
    try {
      await setSetting('run', 'onSave');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await editor.edit((edit) => edit.insert(new vscode.Position(2, 0), 'Let us find some synergy. '));
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.deepEqual(ours(document.uri), [], 'no lint while typing');
      await document.save();
      await waitUntil('lint on save', () => ours(document.uri).some((d) => codeOf(d) === 'stock-phrase'));
    } finally {
      await setSetting('run', undefined);
    }
  });
});
