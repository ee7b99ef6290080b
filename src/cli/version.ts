import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

declare const __OUTREACH_LINT_VERSION__: string | undefined;

/** The bundle has the version built in; the unbundled build (tests) reads it from package.json. */
function readVersion(): string {
  if (typeof __OUTREACH_LINT_VERSION__ === 'string') return __OUTREACH_LINT_VERSION__;
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(directory, 'package.json');
    if (fs.existsSync(candidate)) {
      const data = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (data.name === 'outreach-lint' && data.version) return data.version;
    }
    directory = path.dirname(directory);
  }
  return '0.0.0';
}

export const VERSION = readVersion();
