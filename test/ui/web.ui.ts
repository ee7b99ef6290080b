// The browser build in the browser: the same workbench, with the user setting
// "remote.extensionKind": { "outreach-lint.outreach-lint": ["web"] }, which makes VS Code run the
// extension in the web worker extension host from its "browser" entry instead of the remote Node host
// from "main" (both lead to the same bundle, dist/extension.js).
//
// Proof of where it ran (both read from what VS Code shows or does, not from the extension):
// 1. "Developer: Show Running Extensions" lists each running extension with its host: VS Code writes
//    "$(globe) web worker" for an extension in the web worker host and "$(remote) <authority>" for one in
//    the remote Node host (the Node suite checks the latter as a control, so the signal discriminates).
// 2. The web worker host loads extension code through the browser, so the page requests
//    dist/extension.js from the server (vscode-remote-resource?path=…); the Node host reads it from disk
//    (through main's one-line dist/extension.cjs) and the browser never asks for it (checked in the Node suite).
import assert from 'node:assert/strict';
import { EXPECTED_PROBLEMS, EXTENSION_ID, UiSession, useUiSession, waitUntil } from './helpers.js';

describe('UI: the browser build in the web worker extension host', function () {
  this.timeout(180_000);
  let ui: UiSession;

  useUiSession(
    { suite: 'web-worker', userSettings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } },
    'campaign opened (web worker)',
    (session) => (ui = session),
  );

  it('runs in the web worker extension host, from dist/extension.js fetched by the browser', async () => {
    const host = await ui.runningExtensionHost();
    assert.equal(host.text, 'web worker');
    assert.match(host.icon, /codicon-globe/);
    await ui.shot('running extensions (web worker)');
    await waitUntil('the browser to have fetched dist/extension.js', () => ui.extensionFileRequests('dist/extension.js').length > 0, 10_000);
  });

  it('draws squiggles of every severity and reports the same problems as the Node build', async () => {
    const counts = await waitUntil('error, warning and info squiggles', async () => {
      const c = await ui.squiggleCounts();
      return c.error > 0 && c.warning > 0 && c.info > 0 ? c : false;
    });
    assert.equal(counts.hint, 0);
    assert.equal(await ui.problemsSummary(), 'Errors: 3, Warnings: 12, Infos: 3');
    const onLine12 = await ui.squigglesOnLineWith("I'd like to add you to my professional network on LinkedIn");
    assert.deepEqual(onLine12.map((s) => s.className).sort(), ['squiggly-error', 'squiggly-info', 'squiggly-warning']);
    await ui.shot('squiggles (web worker)');
    // Stock phrases come from dist/phrases.json, read through the workspace file system: present here too.
    assert.deepEqual(await ui.problemsViewEntries(EXPECTED_PROBLEMS.length), EXPECTED_PROBLEMS);
  });

  it('shows the status-bar counter: 395/300 on the error background, 99/300 plain', async () => {
    await ui.goTo(24, 10);
    const marco = await ui.counterShows('395/300');
    assert.ok(marco.hasNoteIcon);
    assert.ok(marco.classes.includes('error-kind'), marco.classes.join(' '));
    assert.equal(marco.background, marco.errorBackground);
    const tip = await ui.counterTooltip('395 of 300 characters');
    assert.match(await tip.innerText(), /LinkedIn connection note[\s\S]*73 words · 95 over/);
    await ui.shot('counter over the limit (web worker)');
    await ui.dismiss();
    await ui.goTo(20, 5);
    const priya = await ui.counterShows('99/300');
    assert.ok(!priya.classes.some((c) => /-kind$/.test(c)), priya.classes.join(' '));
    assert.equal(priya.background, 'rgba(0, 0, 0, 0)');
    await ui.shot('counter within the limit (web worker)');
  });
});
