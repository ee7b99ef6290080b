import type * as vscode from 'vscode';

/** The language contributed for `*.outreach.md` files: markdown to look at, outreach to lint. */
export const LANGUAGE_ID = 'outreach';
export const SELECTOR: vscode.DocumentSelector = [{ language: LANGUAGE_ID }];

export function isOutreachDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}
