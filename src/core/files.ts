/**
 * What the CLI and the extension both need to know about files on disk, written once: the config file's
 * name, which files are outreach files, and the byte-order mark some editors put first.
 */

/** The config file the CLI finds by walking up from the working directory, and the extension in each folder. */
export const CONFIG_FILE_NAME = '.outreach-lint.json';

/** The outreach files under a folder. */
export const OUTREACH_GLOB = '**/*.outreach.md';

/** The text without a leading byte-order mark, and whether it had one (so a fix can write it back). */
export function splitBom(text: string): { text: string; bom: boolean } {
  return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), bom: true } : { text, bom: false };
}
