import type { Range } from '../types.js';

/** `range` moved by `by` code units: how a range relative to a message or region becomes a document range. */
export function shiftRange(range: Range, by: number): Range {
  return { start: range.start + by, end: range.end + by };
}
