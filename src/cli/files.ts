import fs from 'node:fs';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { OUTREACH_GLOB } from '../core/index.js';

/** Turns the command line's files, directories and globs into a sorted list of files to lint. */

const IGNORED = ['**/node_modules/**', '**/.git/**'];

export class UsageError extends Error {}

export async function resolveFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(absolute);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const files = await glob(OUTREACH_GLOB, { cwd: absolute, absolute: true, ignore: IGNORED, dot: false });
      for (const file of files) found.add(path.normalize(file));
      continue;
    }
    if (stat?.isFile()) {
      found.add(absolute);
      continue;
    }
    if (!isDynamicPattern(pattern)) throw new UsageError(`No such file or directory: ${pattern}`);
    let files: string[];
    try {
      files = await glob(pattern, { cwd, absolute: true, ignore: IGNORED, dot: false });
    } catch (error) {
      throw new UsageError(`Invalid glob "${pattern}": ${(error as Error).message}`);
    }
    if (files.length === 0) throw new UsageError(`No files matching the pattern "${pattern}" were found.`);
    for (const file of files) found.add(path.normalize(file));
  }
  return [...found].sort();
}
