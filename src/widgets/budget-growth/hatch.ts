import { px } from '../../core/measure.js';

/** Distance between two hatch lines, across them (px). */
const SPACING = 6;
/** The lines run at 45° (x + y constant), so their constant steps by the spacing times √2. */
const STEP = SPACING * Math.SQRT2;

/**
 * The hatch that marks a planned (not yet spent) year: 45° lines inside a rectangle, as
 * one path. Drawn as lines rather than an SVG `<pattern>`, a fill that needs an `id`:
 * server-rendered HTML holds one drawing per width band, and a `url(#id)` fill finds the
 * first element with that id, often in a band that is hidden, where a pattern paints
 * nothing (planned bars then showed as empty outlines at 640 and 1200 px). The lines
 * lie on the same grid in every rectangle (x + y a multiple of the step), so neighbouring
 * hatches line up, as a pattern's would.
 */
export function hatchPath(x: number, y: number, width: number, height: number): string {
  const [right, bottom] = [x + width, y + height];
  const segments: string[] = [];
  for (let k = Math.floor((x + y) / STEP) + 1; k * STEP < right + bottom; k++) {
    const c = k * STEP;
    // Where the line x + y = c enters and leaves the rectangle.
    const from = Math.max(x, c - bottom);
    const to = Math.min(right, c - y);
    if (to > from) segments.push(`M${px(from)},${px(c - from)}L${px(to)},${px(c - to)}`);
  }
  return segments.join('');
}
