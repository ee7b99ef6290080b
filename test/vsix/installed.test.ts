import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  activeApi,
  assertInstalledCopy,
  closeAll,
  codeOf,
  counterAt,
  exists,
  installed,
  open,
  repoRoot,
  settled,
  sleep,
  waitUntil,
  waitForDiagnostics,
  workspaceUri,
} from './helpers.js';

/**
 * The packaged artifact: outreach-lint.vsix installed into a fresh VS Code (trusted workspace; the
 * harness disables workspace trust), with the empty probe as development extension. Everything is
 * observed through VS Code's API and the extension's exported test API.
 */

/** What the stock configuration reports in test/vsix/workspace/sample.outreach.md. */
const DEFAULT_DIAGNOSTICS = [
  'generic-greeting warning 11:1 "Hi there"',
  'missing-recipient-name info 11:1 "Hi there, I came across your profile ..."',
  'no-personal-detail warning 11:1 "Hi there, I came across your profile ..."',
  'stock-phrase warning 11:11 "I came across your profile"',
  'stock-phrase warning 11:111 "synergy"',
  'vague-ask warning 11:56 "pick your brain"',
];

describe('the packaged .vsix, installed', () => {
  it('is the installed copy (not the source folder), holds its bundle and phrase list, and is not active yet', () => {
    const extension = installed();
    assertInstalledCopy(extension);
    const root = extension.extensionPath;
    for (const file of ['package.json', 'dist/extension.cjs', 'dist/extension.js', 'dist/package.json', 'dist/phrases.json', 'language-configuration.json', 'syntaxes/outreach.tmLanguage.json', 'snippets/outreach.code-snippets']) {
      assert.ok(exists(path.join(root, file)), `the package holds ${file}`);
    }
    for (const absent of ['src', 'test', 'node_modules', 'out', 'scripts', 'tsconfig.json', '.vscode-test', 'dist/cli.js', 'dist/web']) {
      assert.ok(!exists(path.join(root, absent)), `the package leaves out ${absent}`);
    }
    const shipped = fs.readFileSync(path.join(root, 'dist/phrases.json'), 'utf8');
    const built = fs.readFileSync(path.join(repoRoot(), 'dist/phrases.json'), 'utf8');
    const entries = (JSON.parse(shipped) as { phrase: unknown[] }).phrase.length;
    assert.ok(entries > 300, `the phrase list has ${entries} entries`);
    assert.equal(shipped, built, 'the packaged phrase list is the built one');
    assert.equal(extension.isActive, false, 'nothing activates it at start-up');
  });

  it('activates by itself when an .outreach.md file opens (not for other markdown)', async () => {
    const extension = installed();
    await open(workspaceUri('notes.md'));
    await sleep(500);
    assert.equal(extension.isActive, false, 'a plain markdown file does not activate it');
    const { document } = await open(workspaceUri('sample.outreach.md'));
    assert.equal(document.languageId, 'outreach', '*.outreach.md opens as the outreach language');
    await waitUntil('activation on the outreach language', () => extension.isActive);
    const outreach = extension.exports;
    for (const name of ['counter', 'result', 'resultVersion', 'whenIdle', 'analysedCount', 'configurationProblems'] as const) {
      assert.equal(typeof outreach[name], 'function', `the API exports ${name}()`);
    }
  });

  it('lints the file: diagnostics with codes, severities, ranges and docs links; stock phrases from dist/phrases.json', async () => {
    const outreach = await activeApi();
    const { document } = await open(workspaceUri('sample.outreach.md'));
    const diagnostics = await settled(outreach, document);
    await waitForDiagnostics(document, DEFAULT_DIAGNOSTICS, 'the stock diagnostics');
    // Stock phrases come only from dist/phrases.json: without it the extension reports none (and shows an error).
    assert.equal(diagnostics.filter((d) => codeOf(d) === 'stock-phrase').length, 2, 'stock phrases reported: the phrase list was found');
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'outreach-lint');
      const target = typeof diagnostic.code === 'object' ? diagnostic.code.target.toString() : '';
      assert.match(target, new RegExp(`docs/rules/${codeOf(diagnostic)}\\.md$`), 'the code links to the rule page');
    }
    assert.deepEqual(outreach.configurationProblems(), [], 'no configuration problems with the defaults');
    const result = outreach.result(document);
    assert.deepEqual(result?.messages.map((m) => [m.title, m.channelId, m.limit]), [
      ['Dana Whitfield — Acme Analytics', 'linkedin-connect', 300],
      ['Priya Nair — Lumen Labs', 'linkedin-connect', 300],
    ]);
  });

  it('shows the character counter (read through the exported API) and copies the message', async () => {
    const outreach = await activeApi();
    const { document, editor } = await open(workspaceUri('sample.outreach.md'));
    await settled(outreach, document);
    await counterAt(outreach, editor, 10, '$(note) 128/300');
    assert.match(outreach.counter().tooltip, /Dana Whitfield — Acme Analytics/);
    assert.equal(outreach.counter().command, 'outreach.copyMessage');
    await counterAt(outreach, editor, 14, '$(note) 126/300');
    const copied = await vscode.commands.executeCommand<string>('outreach.copyMessage');
    assert.equal(copied, 'Priya, your churn write-up is the clearest I have read on renewals. How did you choose the cohort window for the annual plans?');
    await open(workspaceUri('notes.md'));
    await waitUntil('the counter hidden for other files', () => outreach.counter().visible === false);
  });

  it('trusted workspace: the workspace .outreach-lint.json and the workspace values of the restricted settings apply', async () => {
    // The same two files the untrusted suite opens with (test/vsix/restricted), written at run time so
    // the tests above see the stock configuration. The harness disables workspace trust, so the folder
    // is trusted; an extension test cannot grant trust to an untrusted folder.
    assert.equal(vscode.workspace.isTrusted, true);
    const outreach = await activeApi();
    const { document, editor } = await open(workspaceUri('sample.outreach.md'));
    await settled(outreach, document);
    const source = path.join(repoRoot(), 'test/vsix/restricted');
    const settingsFolder = workspaceUri('.vscode');
    const settingsFile = workspaceUri('.vscode', 'settings.json');
    const configFile = workspaceUri('.outreach-lint.json');
    for (const uri of [settingsFolder, configFile]) {
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(uri)), `the fixture has no ${uri.path}`);
    }
    try {
      await vscode.workspace.fs.writeFile(settingsFile, fs.readFileSync(path.join(source, '.vscode/settings.json')));
      await vscode.workspace.fs.writeFile(configFile, fs.readFileSync(path.join(source, '.outreach-lint.json')));
      await waitForDiagnostics(
        document,
        [
          // stock-phrase off, "pick your brain" allowed, "Northwind rollout" added, connection notes limited to 60: workspace settings.
          // "Hi there" allowed, missing-recipient-name off: .outreach-lint.json.
          'no-personal-detail warning 11:1 "Hi there, I came across your profile ..."',
          'over-limit error 11:61 "your brain about the Northwind rollou..."',
          'over-limit error 15:61 "newals. How did you choose the cohort..."',
          'vague-ask warning 11:82 "Northwind rollout"',
        ],
        'the workspace configuration to apply',
      );
      await counterAt(outreach, editor, 10, '$(note) 128/60');
      assert.deepEqual(outreach.configurationProblems(), []);
    } finally {
      await vscode.workspace.fs.delete(settingsFolder, { recursive: true, useTrash: false });
      await vscode.workspace.fs.delete(configFile, { useTrash: false });
    }
    await waitForDiagnostics(document, DEFAULT_DIAGNOSTICS, 'the stock configuration back after removing the files');
    await closeAll();
  });
});
