import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, createLinterWithPhrases, splitBom, unpackPhraseList, type ConfigProblem, type Linter, type PhraseEntry } from '../core/index.js';

/**
 * Where the editor's linter gets its configuration: the built-in defaults, then the workspace's
 * `.outreach-lint.json` (the file the CLI reads too), then the `outreach.*` settings. Each layer is
 * validated on its own: a wrong value is reported once, naming the setting, and its default is used.
 *
 * In an untrusted workspace the config file is not read, and VS Code itself withholds the workspace's
 * values of the settings listed under `restrictedConfigurations` in package.json.
 */

export type RunMode = 'onType' | 'onSave';

export interface EditorConfiguration {
  linter: Linter;
  runMode: RunMode;
  /** Problems to show the user, already phrased with their source. */
  problems: string[];
}

function settingsLayer(configuration: vscode.WorkspaceConfiguration): Record<string, unknown> {
  const layer: Record<string, unknown> = {};
  for (const key of ['rules', 'allowedPhrases', 'extraPhrases', 'channels', 'defaultChannel', 'plan']) {
    // Only what the user set: package.json defaults must not override the config file. `get` merges
    // object values across scopes and leaves out workspace values VS Code withholds when untrusted.
    const inspected = configuration.inspect(key);
    const isSet = inspected?.globalValue !== undefined || inspected?.workspaceValue !== undefined || inspected?.workspaceFolderValue !== undefined;
    if (isSet) layer[key] = configuration.get(key);
  }
  return layer;
}

function describeProblem(problem: ConfigProblem): string {
  if (problem.source === 'settings') return `setting "outreach.${problem.key}": ${problem.message}; the default applies.`;
  if (problem.source) return `${problem.source}: "${problem.key}": ${problem.message}; the default applies.`;
  return `configuration: "${problem.key}": ${problem.message}; the default applies.`;
}

async function readConfigFile(): Promise<{ data?: unknown; problem?: string; name?: string }> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder || !vscode.workspace.isTrusted) return {};
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return {}; // no config file: the common case
  }
  const { text } = splitBom(new TextDecoder('utf-8').decode(bytes));
  try {
    return { data: JSON.parse(text), name: CONFIG_FILE_NAME };
  } catch (error) {
    return { problem: `${CONFIG_FILE_NAME} is not valid JSON (${(error as Error).message}); using the defaults.`, name: CONFIG_FILE_NAME };
  }
}

/** Where the build writes the phrase list: data shipped beside the bundle, not code inside it. */
export const PHRASES_FILE = ['dist', 'phrases.json'] as const;

function isPhraseEntry(value: unknown): value is PhraseEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return typeof entry.phrase === 'string' && typeof entry.category === 'string' && typeof entry.why === 'string' && typeof entry.instead === 'string';
}

/** Reads the built-in phrase list shipped with the extension (packed by the build). */
export async function loadPhraseList(extensionUri: vscode.Uri): Promise<PhraseEntry[]> {
  const uri = vscode.Uri.joinPath(extensionUri, ...PHRASES_FILE);
  const data: unknown = JSON.parse(new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)));
  let entries: PhraseEntry[];
  try {
    entries = unpackPhraseList(data);
  } catch (error) {
    throw new Error(`${uri.toString(true)} is not a phrase list: ${(error as Error).message}`);
  }
  if (!entries.every(isPhraseEntry)) throw new Error(`${uri.toString(true)} is not a phrase list`);
  return entries;
}

export async function loadEditorConfiguration(phrases: readonly PhraseEntry[]): Promise<EditorConfiguration> {
  const configuration = vscode.workspace.getConfiguration('outreach');
  const file = await readConfigFile();
  const layers: unknown[] = [];
  const sources: string[] = [];
  if (file.data !== undefined) {
    layers.push(file.data);
    sources.push(file.name ?? CONFIG_FILE_NAME);
  }
  layers.push(settingsLayer(configuration));
  sources.push('settings');
  const linter = createLinterWithPhrases({ phrases, config: layers, configSources: sources });
  const problems = linter.configProblems.map(describeProblem);
  if (file.problem) problems.unshift(file.problem);
  const run = configuration.get<string>('run');
  if (run !== undefined && run !== 'onType' && run !== 'onSave') problems.push(`setting "outreach.run": expected "onType" or "onSave", got ${JSON.stringify(run)}; using "onType".`);
  return { linter, runMode: run === 'onSave' ? 'onSave' : 'onType', problems };
}
