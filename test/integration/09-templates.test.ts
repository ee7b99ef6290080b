import * as vscode from 'vscode';
import assert from 'node:assert/strict';
import { api, closeAll, codeOf, open, settled, waitUntil, workspaceUri } from './helpers.js';

/**
 * Campaign templates in the editor: the recipients CSV read beside the template, the counter's range, the
 * preview and copy per recipient, hover, highlighting and the fallback fix. Each test works on its own copy
 * of template.outreach.md and prospects.csv in a folder of its own, as the template names the CSV relative
 * to itself.
 */

async function templateCopy(overrides: { template?: (text: string) => string; csv?: string } = {}): Promise<{ folder: vscode.Uri; template: vscode.Uri; csv: vscode.Uri }> {
  const folder = workspaceUri('scratch', `tpl-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  const read = async (name: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(name)));
  const template = vscode.Uri.joinPath(folder, 'template.outreach.md');
  const csv = vscode.Uri.joinPath(folder, 'prospects.csv');
  const text = await read('template.outreach.md');
  await vscode.workspace.fs.writeFile(csv, new TextEncoder().encode(overrides.csv ?? (await read('prospects.csv'))));
  await vscode.workspace.fs.writeFile(template, new TextEncoder().encode(overrides.template ? overrides.template(text) : text));
  return { folder, template, csv };
}

/** The template message's body line in the fixture. */
const BODY_LINE = 15;

function bodyOffset(document: vscode.TextDocument, needle: string): vscode.Position {
  const at = document.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" is in the fixture`);
  return document.positionAt(at);
}

describe('campaign templates', () => {
  afterEach(closeAll);

  it('reads the CSV named by data: and reports what it finds in it', async () => {
    const outreach = await api();
    const { template } = await templateCopy();
    const { document } = await open(template);
    // The first lint may come before the CSV is read (a code action asked for at once lints synchronously
    // with what is loaded); the data's lint follows.
    const diagnostics = await waitUntil('a lint with the data', async () => {
      const now = await settled(document);
      return now.some((d) => codeOf(d) === 'empty-merge-value') ? now : undefined;
    });
    const data = outreach.data(document);
    assert.ok(data && !('error' in data), 'the table was read');
    assert.deepEqual(data.columns, ['first_name', 'last_name', 'company', 'icebreaker']);
    assert.equal(data.rows.length, 3);
    const empty = diagnostics.find((d) => codeOf(d) === 'empty-merge-value');
    assert.ok(empty, diagnostics.map((d) => `${codeOf(d)}: ${d.message}`).join('\n'));
    assert.match(empty.message, /row 3, line 4/);
  });

  it('a missing CSV is a problem on the data key, and creating it later is noticed', async () => {
    const { template, folder } = await templateCopy({ template: (text) => text.replace('data: prospects.csv', 'data: later.csv') });
    const { document } = await open(template);
    await settled(document);
    const problem = await waitUntil('the missing-file problem', () =>
      vscode.languages.getDiagnostics(document.uri).find((d) => d.message.includes('cannot read later.csv: file not found')),
    );
    assert.equal(problem.range.start.line, 8, 'on the front matter line that names the file');
    assert.equal(document.getText(problem.range), 'data');

    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'later.csv'), new TextEncoder().encode('first_name,icebreaker\nAna,your talk on metric layers was the clearest I have seen.\n'));
    await waitUntil('the problem to go once the file exists', () => !vscode.languages.getDiagnostics(document.uri).some((d) => d.message.includes('later.csv')));
  });

  it('re-lints when the CSV changes, and never writes it', async () => {
    const { template, csv } = await templateCopy();
    const { document } = await open(template);
    await waitUntil('a lint with the data: row 3 has no first name', async () => (await settled(document)).some((d) => codeOf(d) === 'empty-merge-value'));
    const filled = 'first_name,last_name,company,icebreaker\nAna,Okafor,Lumen,your talk on metric layers at Data Council was the clearest I have seen.\nDee,Lindqvist,Kettle,your notes on cohort tables saved me a week.\n';
    await vscode.workspace.fs.writeFile(csv, new TextEncoder().encode(filled));
    await waitUntil('empty-merge-value to go after row 3 got a name', async () => {
      const now = await settled(document);
      return !now.some((d) => codeOf(d) === 'empty-merge-value');
    });
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(csv)), filled, 'the CSV is as the test wrote it');
  });

  it('Lint All Outreach Files reads the CSV of a template that is not open', async () => {
    const root = workspaceUri('template.outreach.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === root.toString()), 'the fixture itself is not open');
    await vscode.commands.executeCommand('outreach.lintWorkspace');
    const found = await waitUntil('diagnostics for the closed template', () => {
      const diagnostics = vscode.languages.getDiagnostics(root);
      return diagnostics.length > 0 ? diagnostics : undefined;
    });
    // Only the CSV knows that row 3 has no first name.
    assert.ok(found.some((d) => codeOf(d) === 'empty-merge-value' && /row 3, line 4/.test(d.message)), found.map((d) => d.message).join('\n'));
  });

  it('an untitled template says to save it first, since its data path is relative to it', async () => {
    const text = await vscode.workspace.fs.readFile(workspaceUri('template.outreach.md'));
    const document = await vscode.workspace.openTextDocument({ language: 'outreach', content: new TextDecoder().decode(text) });
    await vscode.window.showTextDocument(document);
    const problem = await waitUntil('the save-first problem', () => vscode.languages.getDiagnostics(document.uri).find((d) => d.message.includes('prospects.csv')));
    assert.equal(problem.message, 'front matter: data: cannot read prospects.csv: save this file first, the path is relative to it');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('an oversized CSV is refused with a problem, not read', async () => {
    const huge = `first_name,icebreaker\n${'Ana,your talk on metric layers was the clearest I have seen.\n'.repeat(360_000)}`;
    assert.ok(huge.length > 20 * 1024 * 1024);
    const { template } = await templateCopy({ csv: huge });
    const { document } = await open(template);
    const problem = await waitUntil('the size problem', () => vscode.languages.getDiagnostics(document.uri).find((d) => d.message.includes('prospects.csv')));
    assert.match(problem.message, /^front matter: data: cannot read prospects\.csv: it is 2\d MB, over the 20 MB limit/);
  });

  it('highlights fields and spin delimiters, and nothing in a file outside template mode', async () => {
    const { template } = await templateCopy();
    const { document } = await open(template);
    await settled(document);
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    const tokens = await waitUntil('semantic tokens', async () => await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri));
    const decoded: string[] = [];
    let line = 0;
    let column = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [deltaLine, deltaStart, length, type] = tokens.data.slice(i, i + 4) as unknown as number[];
      line += deltaLine as number;
      column = deltaLine === 0 ? column + (deltaStart as number) : (deltaStart as number);
      const text = document.lineAt(line).text.slice(column, column + (length as number));
      decoded.push(`${legend.tokenTypes[type as number]} ${text}`);
    }
    assert.deepEqual(decoded, [
      'operator {',
      'operator |',
      'operator }',
      'variable {{ first_name }}',
      'variable {{ icebreaker }}',
      'variable {{ company | default: "your team" }}',
    ]);

    const plain = await open(workspaceUri('campaign.outreach.md'));
    await settled(plain.document);
    const none = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', plain.document.uri);
    assert.equal(none?.data.length ?? 0, 0);
  });

  it('applies the fallback quick fix of merge-field-fallback', async () => {
    const { template } = await templateCopy();
    const { document } = await open(template);
    const diagnostics = await settled(document);
    const finding = diagnostics.find((d) => codeOf(d) === 'merge-field-fallback');
    assert.ok(finding);
    assert.equal(document.getText(finding.range), '{{ first_name }}');
    const actions = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, finding.range)) ?? [];
    const fix = actions.find((a) => a.title === 'Add the fallback "there"');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.lineAt(BODY_LINE).text, /^\{Hi\|Hello\} \{\{ first_name \| default: "there" \}\}, /);
    const after = await settled(document);
    assert.ok(!after.some((d) => codeOf(d) === 'merge-field-fallback'), 'the field now has a fallback');
    assert.ok(!after.some((d) => codeOf(d) === 'empty-merge-value'), 'row 3 gets the fallback');
  });

  it('the counter shows the shortest and longest rendering against the limit', async () => {
    const outreach = await api();
    const { template } = await templateCopy();
    const { document, editor } = await open(template);
    await settled(document);
    editor.selection = new vscode.Selection(BODY_LINE, 4, BODY_LINE, 4);
    const info = outreach.result(document)?.messages[0]?.template;
    assert.ok(info);
    assert.ok(info.minLength < info.maxLength);
    // Longest: "Hello" and row 2's Bartholomew, Orbital Freight and icebreaker: 207 characters.
    assert.equal(info.maxLength, 207);
    await waitUntil('the range in the status bar', () => outreach.counter().text === `$(note) ${info.minLength}–207/300`);
    assert.match(outreach.counter().tooltip, /from the shortest rendering to the longest/);
    assert.equal(outreach.counter().background, undefined);
  });

  it('previews the message for row 2 beside the template, and follows edits of the template', async () => {
    const { template } = await templateCopy();
    const { document, editor } = await open(template);
    await settled(document);
    editor.selection = new vscode.Selection(BODY_LINE, 4, BODY_LINE, 4);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('outreach.previewMessage', { row: 2 });
    assert.ok(uri, 'the command returns the preview URI');
    assert.equal(uri.scheme, 'outreach-preview');
    const preview = await waitUntil('the preview document', () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()));
    const expected = 'Hello Bartholomew, your post on flaky tests, and the retry budget, settled a debate on our team. I lead analytics at Kiln and read how Orbital Freight moved its tests to dbt. Which test caught the most bugs?';
    assert.equal(preview.getText(), `Row 2 · Bartholomew · Reyes · Orbital Freight · 207/300 characters\n\n${expected}\n`);
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === preview), 'shown beside the template');
    assert.equal(preview.languageId, 'outreach-preview', 'its own language: not linted as an outreach file, wrapped');
    assert.deepEqual(vscode.languages.getDiagnostics(preview.uri), []);

    await editor.edit((edit) => edit.replace(new vscode.Range(bodyOffset(document, 'Which test'), bodyOffset(document, ' caught')), 'Which check'));
    await settled(document);
    await waitUntil('the preview to follow the edit', () => preview.getText().includes('Which check caught the most bugs?') && preview.getText().includes('208/300'));
  });

  it('copies the rendered message for a recipient, and for the sample values', async () => {
    const { template } = await templateCopy();
    const { document, editor } = await open(template);
    await settled(document);
    editor.selection = new vscode.Selection(BODY_LINE, 4, BODY_LINE, 4);
    const copied = await vscode.commands.executeCommand<string>('outreach.copyRenderedMessage', { row: 1 });
    assert.equal(copied, 'Hi Ana, your talk on metric layers at Data Council was the clearest I have seen. I lead analytics at Kiln and read how Lumen moved its tests to dbt. Which test caught the most bugs?');
    assert.equal(await vscode.env.clipboard.readText(), copied);
    const third = await vscode.commands.executeCommand<string>('outreach.copyRenderedMessage', { row: 3 });
    assert.match(third, /^Hi , your notes on cohort tables saved me a week\. .* how your team moved/, 'an empty company takes its fallback');
    // Samples: the first declared or data value of each field, and the first option of each spin.
    const sample = await vscode.commands.executeCommand<string>('outreach.copyRenderedMessage', { row: 'sample' });
    assert.equal(sample, copied, 'Ana, the data\'s first icebreaker and Lumen are the first samples');
    const beyond = await vscode.commands.executeCommand<string | undefined>('outreach.copyRenderedMessage', { row: 9 });
    assert.equal(beyond, undefined, 'a row the file does not have copies nothing');
  });

  it('hovering a field says where its values come from and which rows are empty', async () => {
    const { template } = await templateCopy();
    const { document } = await open(template);
    await settled(document);
    const at = bodyOffset(document, 'first_name }}').translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    // Markdown escapes (prospects\.csv) removed, to read the hover as it renders.
    const rendered = (list: vscode.Hover[]) => list.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n').replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
    const text = rendered(hovers);
    assert.match(text, /\*\*Merge field\*\* `first_name`/);
    assert.match(text, /Column 1 of prospects\.csv/);
    assert.match(text, /No fallback/);
    assert.match(text, /Empty in 1 of 3 rows \(row 3\)/);
    const personal = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, bodyOffset(document, 'icebreaker }}').translate(0, 2));
    assert.match(rendered(personal), /Personal: listed under `personal:`/);
  });
});
