import { px, RING_CLEARANCE, textWidth } from '../../core/measure.js';
import { DESCENT, inflate, nearestFreeCentre, overlaps, textBox, type Box } from './boxes.js';
import type { Growth } from './growth.js';
import type { BudgetPoint } from './schema.js';

/**
 * Where the budget chart's figures go when not all of them fit: which are kept, and
 * where each sits so that none overlaps another, a bar, a realized rule or an axis
 * label, and none leaves the chart. Pure arithmetic on estimated text boxes (the
 * estimate errs towards "does not fit"), so it runs in Node like the rest of the layout.
 */

/** Space kept between two labels, and between a label and a mark, in px. */
export const LABEL_GAP = 4;
/** Between two growth figures in their row: more than a space, so that "+150%" and "+128%" never read as one. */
const GROWTH_GAP = 8;
export const MARK_GAP = 2;
/**
 * A realized rule beside a figure at the same height reads as its minus sign ("–97,93 T"):
 * the rule keeps more room than other marks, a digit's width.
 */
export const RULE_GAP = 7;

/** The centre range of a label `width` px wide that keeps it inside a chart `chartWidth` px wide. */
function insideChart(width: number, chartWidth: number): [number, number] {
  return [width / 2 + 1, chartWidth - width / 2 - 1];
}

/** `[lo, hi]` narrowed to `bounds`; when the two do not meet, the end of `bounds` nearest to them. */
function narrow([lo, hi]: [number, number], [min, max]: [number, number]): [number, number] {
  const a = Math.max(lo, min);
  const b = Math.min(hi, max);
  if (a <= b) return [a, b];
  const edge = hi < min ? min : max;
  return [edge, edge];
}

export interface GrowthCandidate {
  /** The bold figure, "+150,0%". */
  total: string;
  /** The yearly rate under it, across a gap: "+24,6%/thn". */
  perYear?: string | undefined;
  /** The change as a ratio, whose size ranks the label. */
  change: number;
  /** The ends of the connector, from one bar's centre to the next. */
  x1: number;
  x2: number;
}

export interface PlacedGrowth<T extends GrowthCandidate> {
  candidate: T;
  /** Centre of both lines. */
  x: number;
  /** False when the yearly rate did not fit (it stays in the tooltip and the table). */
  withPerYear: boolean;
}

export interface GrowthRow {
  fontSize: number;
  chartWidth: number;
}

/**
 * The growth figures that fit in one row above the bars, largest change first, stopping
 * at the first that cannot be placed: a reader never sees a small change while a larger
 * one is missing. A figure sits over the middle half of its connector, moved off centre
 * or reaching over a neighbour's connector where that is free. The yearly rate under a
 * figure is kept where it fits.
 */
export function placeGrowthLabels<T extends GrowthCandidate>(
  candidates: readonly T[],
  row: GrowthRow,
): PlacedGrowth<T>[] {
  const { fontSize, chartWidth } = row;
  const order = [...candidates].sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
  const totals: [number, number][] = [];
  const placed: PlacedGrowth<T>[] = [];
  for (const candidate of order) {
    const { x1, x2 } = candidate;
    const width = textWidth(candidate.total, fontSize, true);
    const middle = (x1 + x2) / 2;
    const quarter = Math.max(0, x2 - x1) / 4;
    const range = narrow([middle - quarter, middle + quarter], insideChart(width, chartWidth));
    const x = nearestFreeCentre(middle, width, range, totals);
    if (x === undefined) break;
    totals.push([x - width / 2 - GROWTH_GAP, x + width / 2 + GROWTH_GAP]);
    placed.push({ candidate, x, withPerYear: false });
  }
  // The yearly rates, in the same order, where their own line has room.
  const rates: [number, number][] = [];
  for (const label of placed) {
    const { perYear } = label.candidate;
    if (!perYear) continue;
    const width = textWidth(perYear, fontSize);
    const [a, b] = [label.x - width / 2, label.x + width / 2];
    const [lo, hi] = insideChart(width, chartWidth);
    if (label.x < lo || label.x > hi || rates.some(([c, d]) => b + GROWTH_GAP > c && a - GROWTH_GAP < d)) continue;
    rates.push([a, b]);
    label.withPerYear = true;
  }
  return placed;
}

export interface ValueCandidate {
  text: string;
  /** The bar's left and right edges, and the top of the bar or of its realized rule, whichever is higher. */
  bar: { left: number; right: number; top: number };
  /** First, last, peak and planned: placed however they must be (moved, raised with a leader). */
  always: boolean;
}

export interface PlacedValue {
  text: string;
  x: number;
  y: number;
  /** A raised label's line down to its bar. */
  leader?: { x: number; y1: number; y2: number } | undefined;
}

export interface ValueArea {
  fontSize: number;
  chartWidth: number;
  /** The highest a label's top may reach: below the growth row. */
  ceiling: number;
  /** What no label may cover: bars, realized rules, tick labels, each grown by the room it keeps. */
  obstacles: Box[];
}

/**
 * Places the value labels: each above its bar, moved sideways while it still covers
 * the bar's centre. Those that must be shown go first, in the order given; any of them
 * that finds no room there rises, two pixels at a time, until it clears what is in its
 * way, tied to its bar by a leader. Then the others, in the order given, where they fit
 * as they are. A label that finds no place is left out: its figure stays in the tooltip
 * and the table.
 */
export function placeValueLabels(candidates: readonly ValueCandidate[], area: ValueArea): (PlacedValue | undefined)[] {
  const { fontSize, chartWidth, ceiling } = area;
  const taken = [...area.obstacles];

  const place = (c: ValueCandidate, mayRise: boolean): PlacedValue | undefined => {
    const width = textWidth(c.text, fontSize);
    const centre = (c.bar.left + c.bar.right) / 2;
    // Moved sideways, a label still covers its bar's centre by a quarter of its width.
    const range = narrow([centre - width / 4, centre + width / 4], insideChart(width, chartWidth));
    // The first line: clear of the bar's focus ring, and of the comma's tail under the baseline (8 px at 12 px).
    const lowest = c.bar.top - Math.ceil(RING_CLEARANCE + DESCENT * fontSize);
    // Whatever the height, only marks within the label's reach can be in its way.
    const [reachLeft, reachRight] = [range[0] - width / 2, range[1] + width / 2];
    const nearby = taken.filter((b) => b.left < reachRight && b.right > reachLeft);
    for (let y = lowest; textBox(c.text, centre, y, fontSize).top >= ceiling; y -= 2) {
      if (y < lowest && !mayRise) return undefined;
      const line = textBox(c.text, centre, y, fontSize);
      // Only what lies beside the label's line can be in its way.
      const beside = nearby.filter((b) => b.top < line.bottom && line.top < b.bottom);
      const x = nearestFreeCentre(
        centre,
        width,
        range,
        beside.map((b) => [b.left, b.right]),
      );
      if (x === undefined) continue;
      const box = textBox(c.text, x, y, fontSize);
      // Raised more than a few pixels, a label is tied to its bar by a leader, which must be clear too.
      const leader = lowest - y > 4 ? clearLeader(box, c.bar, nearby) : undefined;
      if (lowest - y > 4 && !leader) continue;
      taken.push(inflate(box, LABEL_GAP, MARK_GAP));
      if (leader) taken.push(inflate({ left: leader.x, top: leader.y1, right: leader.x, bottom: leader.y2 }, MARK_GAP));
      return { text: c.text, x: px(x), y: px(y), leader };
    }
    return undefined;
  };

  const placed = candidates.map((c) => (c.always ? place(c, false) : undefined));
  candidates.forEach((c, i) => {
    if (c.always && !placed[i]) placed[i] = place(c, true);
  });
  candidates.forEach((c, i) => {
    if (!c.always) placed[i] = place(c, false);
  });
  return placed;
}

/**
 * A vertical leader from under `label` down to just above `bar`, at the bar's centre
 * or as near it as it finds a clear path, within both the bar and the label; none when
 * every path crosses something.
 */
function clearLeader(label: Box, bar: ValueCandidate['bar'], taken: readonly Box[]): PlacedValue['leader'] {
  const [y1, y2] = [label.bottom + 1, bar.top - RING_CLEARANCE];
  const [lo, hi] = [Math.max(bar.left, label.left) + 2, Math.min(bar.right, label.right) - 2];
  const centre = Math.min(hi, Math.max(lo, (bar.left + bar.right) / 2));
  for (let d = 0; centre - d >= lo || centre + d <= hi; d++)
    for (const x of [centre - d, centre + d]) {
      const path = { left: x - 0.5, top: y1, right: x + 0.5, bottom: y2 };
      if (x >= lo && x <= hi && !taken.some((b) => overlaps(b, path))) return { x: px(x), y1: px(y1), y2: px(y2) };
    }
  return undefined;
}

/**
 * The order value labels are placed in, and which must be shown: the first, the last,
 * the peak and planned years, tallest first (a lower neighbour's label, if it must,
 * rises above a taller one's); then the lowest; then the rest by the size of the change
 * into their year, largest first.
 */
export function valueLabelOrder(points: readonly BudgetPoint[], steps: readonly Growth[]) {
  const last = points.length - 1;
  const byAmount = (pick: (a: number, b: number) => boolean) =>
    points.reduce((best, p, i) => (pick(p.amount, points[best]!.amount) ? i : best), 0);
  const peak = byAmount((a, b) => a > b);
  const lowest = byAmount((a, b) => a < b);
  const always = (i: number) => i === 0 || i === last || i === peak || points[i]!.status === 'planned';
  const change = (i: number) => Math.abs(steps[i - 1]?.total ?? 0);
  const rank = (i: number) => {
    if (always(i)) return 2 + points[i]!.amount / (points[peak]!.amount || 1);
    if (i === lowest) return 1;
    return change(i) / (1 + change(i));
  };
  const order = points.map((_, i) => i).sort((a, b) => rank(b) - rank(a) || a - b);
  return { order, always };
}
