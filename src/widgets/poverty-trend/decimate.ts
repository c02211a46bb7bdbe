/**
 * Which points of one piece of line to draw: in each pixel column, the first, the lowest,
 * the highest and the last point, in their order (M4 decimation, Jugel et al., VLDB 2014).
 * The line through them covers the same pixels as the line through every point, so a
 * 10,000-month series across 400 px is drawn through at most 1,600 points, and the path
 * the browser parses and paints stays the size of the plot, not of the data. A column
 * with four points or fewer keeps them all: short series are drawn exactly as before.
 *
 * `xs` and `ys` are the points' positions in px; the piece is `from` (included) to `to`
 * (excluded). Returns the indices to draw, increasing.
 */
export function columnExtremes(xs: readonly number[], ys: readonly number[], from: number, to: number): number[] {
  const kept: number[] = [];
  let start = from;
  while (start < to) {
    const column = Math.floor(xs[start]!);
    let end = start + 1;
    let lowest = start;
    let highest = start;
    while (end < to && Math.floor(xs[end]!) === column) {
      if (ys[end]! < ys[lowest]!) lowest = end;
      if (ys[end]! > ys[highest]!) highest = end;
      end++;
    }
    if (end - start <= 4) {
      for (let i = start; i < end; i++) kept.push(i);
    } else {
      const last = end - 1;
      for (const i of [start, Math.min(lowest, highest), Math.max(lowest, highest), last]) {
        if (i !== kept.at(-1)) kept.push(i);
      }
    }
    start = end;
  }
  return kept;
}
