/** Line bookkeeping over a document string. A line ends at "\n", "\r\n" or a lone "\r", as in VS Code. */

/** Offsets at which each line starts; always begins with 0. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */) {
      starts.push(i + 1);
    } else if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Zero-based line and UTF-16 column of an offset. */
export interface LineColumn {
  line: number;
  column: number;
}

export function offsetToLineColumn(lineStarts: readonly number[], offset: number): LineColumn {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, column: offset - (lineStarts[low] as number) };
}

export function lineColumnToOffset(lineStarts: readonly number[], textLength: number, position: LineColumn): number {
  if (position.line < 0) return 0;
  if (position.line >= lineStarts.length) return textLength;
  const start = lineStarts[position.line] as number;
  const nextStart = position.line + 1 < lineStarts.length ? (lineStarts[position.line + 1] as number) : textLength;
  return Math.min(start + Math.max(0, position.column), nextStart);
}

/** Offset of the end of the line's content (before its line break). */
export function lineContentEnd(text: string, lineStarts: readonly number[], line: number): number {
  const next = line + 1 < lineStarts.length ? (lineStarts[line + 1] as number) : text.length;
  let end = next;
  if (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  if (end > 0 && text.charCodeAt(end - 1) === 13 && end - 1 >= (lineStarts[line] as number)) end--;
  return Math.max(end, lineStarts[line] as number);
}
