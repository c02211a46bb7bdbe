import { textWidth } from '../../core/measure.js';

/**
 * The geometry the budget chart's label placement works with (labels.ts): estimated
 * text boxes, their overlap, and the free centre nearest a wish along one row.
 */

/** A rectangle in chart px. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How far glyphs reach above and below the baseline, in ems: digits and capitals up, the comma's tail down. */
const ASCENT = 0.75;
export const DESCENT = 0.2;

/** The box of `text` drawn centred on `x` (text-anchor middle) with its baseline at `baseline`. */
export function textBox(text: string, x: number, baseline: number, fontSize: number, bold = false): Box {
  const half = textWidth(text, fontSize, bold) / 2;
  return { left: x - half, top: baseline - ASCENT * fontSize, right: x + half, bottom: baseline + DESCENT * fontSize };
}

/** The box of a value-axis tick label: right-aligned 6 px left of the plot, centred on its tick. */
export function tickLabelBox(text: string, plotLeft: number, pos: number, fontSize: number): Box {
  const baseline = pos + 0.32 * fontSize;
  return {
    left: plotLeft - 6 - textWidth(text, fontSize),
    top: baseline - ASCENT * fontSize,
    right: plotLeft - 6,
    bottom: baseline + DESCENT * fontSize,
  };
}

/** `box` grown by `dx` px left and right and `dy` px up and down. */
export function inflate(box: Box, dx: number, dy = dx): Box {
  return { left: box.left - dx, top: box.top - dy, right: box.right + dx, bottom: box.bottom + dy };
}

/** Whether two boxes share any area (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The centre nearest `preferred`, within `[lo, hi]`, at which a span `width` px wide
 * overlaps none of `taken` (touching is fine); undefined when there is none. Each
 * obstacle rules out the centres within half the width of it; the answer lies in one
 * of the free stretches between those, at the point of it nearest `preferred`.
 */
export function nearestFreeCentre(
  preferred: number,
  width: number,
  [lo, hi]: [number, number],
  taken: readonly [number, number][],
): number | undefined {
  const half = width / 2;
  const ruledOut = taken
    .map(([a, b]): [number, number] => [a - half, b + half])
    .filter(([a, b]) => b > lo && a < hi)
    .sort((x, y) => x[0] - y[0]);
  let best: number | undefined;
  const consider = (from: number, to: number) => {
    if (from > to) return;
    const c = Math.min(to, Math.max(from, preferred));
    if (best === undefined || Math.abs(c - preferred) < Math.abs(best - preferred)) best = c;
  };
  let start = lo;
  for (const [a, b] of ruledOut) {
    consider(start, a);
    start = Math.max(start, b);
  }
  consider(start, hi);
  return best;
}
