import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import {
  activeApi,
  assertInstalledCopy,
  closeAll,
  codeOf,
  counterAt,
  installed,
  open,
  ours,
  settled,
  waitUntil,
  waitForDiagnostics,
  workspaceUri,
} from './helpers.js';

/**
 * Restricted Mode: outreach-lint.vsix installed, workspace trust on, so the folder opens untrusted.
 * The workspace is test/vsix/workspace plus test/vsix/restricted: a .vscode/settings.json that sets the
 * four restricted settings (and the unrestricted outreach.plan) and an .outreach-lint.json.
 * test/runVsix.ts passes test/vsix/untrusted-user-settings.json as user settings:
 * `outreach.rules: { "vague-ask": "hint" }` and `outreach.allowedPhrases: ["synergy"]`.
 */

describe('untrusted workspace (Restricted Mode), installed .vsix', () => {
  after(closeAll);

  it('the folder is untrusted, and the installed extension is enabled there ("supported": "limited")', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the workspace opened in Restricted Mode');
    const extension = installed();
    assertInstalledCopy(extension);
    const manifest = extension.packageJSON as { capabilities: { untrustedWorkspaces: { supported: unknown; restrictedConfigurations: string[] } } };
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    // The fixture really carries workspace values and a config file, so the checks below mean something.
    const settings = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.vscode', 'settings.json')));
    for (const key of manifest.capabilities.untrustedWorkspaces.restrictedConfigurations) assert.ok(settings.includes(`"${key}"`), `the workspace sets ${key}`);
    await vscode.workspace.fs.stat(workspaceUri('.outreach-lint.json'));
    assert.equal(extension.isActive, false, 'not active before an outreach file opens');
  });

  it('activates by itself when an .outreach.md file opens', async () => {
    const extension = installed();
    const { document } = await open(workspaceUri('sample.outreach.md'));
    assert.equal(document.languageId, 'outreach');
    await waitUntil('activation in Restricted Mode', () => extension.isActive);
  });

  it('lints with user settings and defaults: ignores the workspace values of the restricted settings and the workspace .outreach-lint.json', async () => {
    const outreach = await activeApi();
    const { document, editor } = await open(workspaceUri('sample.outreach.md'));
    await settled(outreach, document);
    await waitForDiagnostics(
      document,
      [
        // .outreach-lint.json allows "Hi there" and turns missing-recipient-name off: not read, both reported.
        'generic-greeting warning 11:1 "Hi there"',
        'missing-recipient-name info 11:1 "Hi there, I came across your profile ..."',
        'no-personal-detail warning 11:1 "Hi there, I came across your profile ..."',
        // The workspace turns stock-phrase off: ignored. The user allows "synergy": honoured.
        'stock-phrase warning 11:11 "I came across your profile"',
        // The workspace allows "pick your brain": ignored. The user sets vague-ask to hint: honoured.
        'vague-ask hint 11:56 "pick your brain"',
        // The workspace adds "Northwind rollout" and limits connection notes to 60: ignored (no finding, no over-limit).
      ],
      'the Restricted Mode diagnostics',
    );
    const diagnostics = await settled(outreach, document);
    assert.ok(diagnostics.some((d) => codeOf(d) === 'stock-phrase'), 'stock phrases are reported although the workspace turns stock-phrase off');
    assert.ok(!diagnostics.some((d) => document.getText(d.range) === 'synergy'), 'the user-level allowedPhrases is honoured');
    assert.ok(!diagnostics.some((d) => codeOf(d) === 'over-limit'), 'the workspace limit of 60 is ignored');
    // outreach.plan is not restricted: the workspace's "free" applies (200-character notes), not the channel limit 60.
    await counterAt(outreach, editor, 10, '$(note) 128/200');
    assert.deepEqual(outreach.configurationProblems(), [], 'nothing to complain about');
  });

  it('in Restricted Mode "Ignore …" writes the user settings, takes effect and keeps the workspace list', async () => {
    const outreach = await activeApi();
    const { document } = await open(workspaceUri('sample.outreach.md'));
    const diagnostics = await settled(outreach, document);
    const stock = diagnostics.find((d) => codeOf(d) === 'stock-phrase');
    assert.ok(stock, 'a stock phrase is reported');
    const settingsFile = workspaceUri('.vscode', 'settings.json');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(settingsFile));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, stock.range);
    const ignore = actions.find((action) => action.title.startsWith('Ignore "'));
    assert.ok(ignore, 'offered');
    assert.match(ignore.title, /in your user settings$/, 'the title says where it writes');
    const userBefore = vscode.workspace.getConfiguration('outreach').inspect<string[]>('allowedPhrases')?.globalValue;
    try {
      assert.ok(ignore.command, 'the action runs a command');
      await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
      const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(settingsFile));
      const stillReported = await waitUntil('the phrase to go', () => !ours(document.uri).some((d) => d.range.isEqual(stock.range)), 5_000).then(
        () => false,
        () => true,
      );
      const failures = [
        ...(after.includes('pick your brain') ? [] : ['it replaced the workspace\'s own outreach.allowedPhrases (VS Code withholds them from inspect() in Restricted Mode) instead of adding to them']),
        ...(stillReported ? [`"${document.getText(stock.range)}" is still reported: the workspace value it wrote is ignored in Restricted Mode`] : []),
      ];
      assert.deepEqual(failures, [], `"${ignore.title}" in Restricted Mode; .vscode/settings.json afterwards:\n${after}`);
    } finally {
      await vscode.workspace.fs.writeFile(settingsFile, new TextEncoder().encode(before));
      await vscode.workspace.getConfiguration('outreach').update('allowedPhrases', userBefore, vscode.ConfigurationTarget.Global);
    }
  });

  it('a user-level change of a restricted setting applies live in Restricted Mode', async () => {
    const outreach = await activeApi();
    const { document } = await open(workspaceUri('sample.outreach.md'));
    await settled(outreach, document);
    const configuration = () => vscode.workspace.getConfiguration('outreach');
    try {
      await configuration().update('extraPhrases', [{ phrase: 'cohort window', rule: 'vague-ask' }], vscode.ConfigurationTarget.Global);
      await waitUntil('the user-level extra phrase reported', () =>
        vscode.languages.getDiagnostics(document.uri).some((d) => codeOf(d) === 'vague-ask' && document.getText(d.range) === 'cohort window'),
      );
    } finally {
      await configuration().update('extraPhrases', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitUntil('the extra phrase gone again', () => !vscode.languages.getDiagnostics(document.uri).some((d) => document.getText(d.range) === 'cohort window'));
  });
});
