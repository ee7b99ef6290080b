import fs from 'node:fs';
import path from 'node:path';
import { splitBom } from '../core/index.js';

/**
 * Reading and writing outreach files without damage: a byte-order mark and the file's line endings
 * survive a fix, and a write goes to a temporary file first and is renamed over the original, so a
 * crash mid-write never leaves half a file.
 */

export interface TextFile {
  /** The text without a byte-order mark. */
  text: string;
  bom: boolean;
  /** The file's line ending, used for any line break a fix inserts. */
  eol: '\n' | '\r\n';
}

export function readTextFile(file: string): TextFile {
  const raw = fs.readFileSync(file, 'utf8');
  const { text, bom } = splitBom(raw);
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  return { text, bom, eol: crlf > lf ? '\r\n' : '\n' };
}

/** Line breaks a fix inserted follow the file's own convention. */
export function withFileLineEndings(original: TextFile, fixed: string): string {
  if (original.eol === '\r\n') return fixed.replace(/\r?\n/g, '\r\n');
  return fixed;
}

export function writeFileAtomic(file: string, original: TextFile, fixed: string): void {
  const content = (original.bom ? '\uFEFF' : '') + withFileLineEndings(original, fixed);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(file).mode;
  } catch {
    mode = undefined;
  }
  try {
    fs.writeFileSync(temporary, content, { encoding: 'utf8', ...(mode !== undefined ? { mode } : {}) });
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
