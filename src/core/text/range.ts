import type { Range } from '../types.js';

/** `range` moved by `by` code units: how a range relative to a message or region becomes a document range. */
export function shiftRange(range: Range, by: number): Range {
  return { start: range.start + by, end: range.end + by };
}

/** Document order for anything with a range (findings, edits): by start, then by end. */
export function byRange(a: { range: Range }, b: { range: Range }): number {
  return a.range.start - b.range.start || a.range.end - b.range.end;
}
