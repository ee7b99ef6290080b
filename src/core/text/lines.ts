/** Line bookkeeping over a document string. A line ends at "\n", "\r\n" or a lone "\r", as in VS Code. */

/** Offsets at which each line starts; always begins with 0. */
export function computeLineStarts(text: string): number[] {
  const starts = [0];
  // indexOf finds line breaks far faster than a loop over every character.
  let nextLf = text.indexOf('\n');
  let nextCr = text.indexOf('\r');
  while (nextLf !== -1 || nextCr !== -1) {
    if (nextCr === -1 || (nextLf !== -1 && nextLf < nextCr)) {
      starts.push(nextLf + 1);
      nextLf = text.indexOf('\n', nextLf + 1);
    } else {
      // "\r\n" is one line break; a lone "\r" is one too.
      const end = text.charCodeAt(nextCr + 1) === 10 ? nextCr + 2 : nextCr + 1;
      starts.push(end);
      if (end === nextCr + 2) nextLf = text.indexOf('\n', end);
      nextCr = text.indexOf('\r', end);
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
