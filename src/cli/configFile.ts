import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from './files.js';
import { CONFIG_FILE_NAME, readConfigLayers, splitBom } from '../core/index.js';

/**
 * The workspace config file that the CLI and the extension share: `.outreach-lint.json` in the project
 * (found by walking up from the working directory), or the file named by `--config`.
 */

export interface LoadedConfig {
  path?: string;
  /** The parsed JSON, or undefined when there is none or it could not be read. */
  data?: unknown;
  /** A problem reading the file: shown, and the defaults apply. */
  problem?: string;
}

/** Line and column (1-based) of an offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}

export function parseConfigText(text: string): { data?: unknown; problem?: string } {
  const withoutBom = splitBom(text).text;
  try {
    return { data: JSON.parse(withoutBom) };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? ` at ${lineColumn(withoutBom, Number(position[1]))}` : '';
    return { problem: `invalid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}` };
  }
}

export function findConfigFile(startDirectory: string): string | undefined {
  let directory = path.resolve(startDirectory);
  for (;;) {
    const candidate = path.join(directory, CONFIG_FILE_NAME);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(directory);
    if (parent === directory) return undefined;
    directory = parent;
  }
}

export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig {
  const file = explicit ? path.resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return {};
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (explicit) throw new UsageError(`Cannot read config file ${explicit}: ${code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    return { path: file, problem: `cannot read it (${code ?? (error as Error).message}); using the defaults` };
  }
  const parsed = parseConfigText(text);
  return { path: file, ...parsed, ...(parsed.problem ? { problem: `${parsed.problem}; using the defaults` } : {}) };
}

/** The configuration layers for a linter: the config file (named, or the nearest one), its problems shown on stderr. */
export function readCliConfig(explicit: string | undefined, start: string, io: { cwd: string; stderr: (text: string) => void }): { config: unknown[]; configSources: string[] } {
  const loaded = loadConfig(explicit, start);
  const configName = loaded.path ? path.relative(io.cwd, loaded.path) || loaded.path : undefined;
  if (loaded.problem) io.stderr(`outreach-lint: ${configName}: ${loaded.problem}\n`);
  const config = { config: loaded.data === undefined ? [] : [loaded.data], configSources: configName ? [configName] : [] };
  // Read here, once, whoever lints: worker threads report nothing about the configuration.
  for (const problem of readConfigLayers(config).problems) {
    io.stderr(`outreach-lint: ${problem.source ?? 'config'}: ${problem.key}: ${problem.message}\n`);
  }
  return config;
}
