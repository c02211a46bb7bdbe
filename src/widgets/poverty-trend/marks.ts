import type { Tick } from '../../core/axis.js';
import type { Lang } from '../../core/format.js';
import { placeWithoutOverlap, px } from '../../core/measure.js';
import type { AccessModel, PointModel } from '../../core/model.js';
import type { NoteMark } from './annotations.js';

/**
 * What the poverty layout produces (its model and marks) and the geometry helpers it
 * places them with: marker shapes, label dodging, lazily worded points.
 */

export interface TextMark {
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface LineMark {
  /** Which colour, dash pattern and marker shape (0–3). */
  style: number;
  /** The line, broken at every skipped period. */
  path: string;
  /** Every marker of the series as one path; isolated points are always marked. */
  markers: string;
}

/** A label right of the plot: a series' name and latest value, or the threshold's. */
export interface EndLabel {
  /** The series' style, or -1 for the threshold. */
  style: number;
  /** Left edge and the baseline of the first line (whole px: the lines below add whole line heights). */
  x: number;
  y: number;
  lineHeight: number;
  /** The name (bold, its first `nameLines` lines) and then the value. */
  lines: string[];
  nameLines: number;
  /** Line-and-marker key before the name, when there are several series. */
  swatch: boolean;
  /** From the line's end to a label that had to move. */
  leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

export interface Hit {
  x: number;
  y: number;
  /** Zero for a period with no pointer target of its own (drawn only while it is the cursor). */
  width: number;
  height: number;
  /** True where the cell holds a value (a marker is drawn when it is active). */
  value: boolean;
}

export interface PovertyModel extends AccessModel {
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: Tick[];
  /** The value axis does not start at zero: drawn as a break at its foot. */
  axisBreak: boolean;
  xTicks: { pos: number; label?: TextMark | undefined }[];
  lines: LineMark[];
  /** Series labels, then the threshold's. */
  labels: EndLabel[];
  markerRadius: number;
  /** Where the threshold's line runs. */
  threshold?: number | undefined;
  /** Each annotation's rule, and its label (one or two lines) or its note's number. */
  annotations: NoteMark[];
  /** Pointer targets, parallel to `points`: rows (series) by columns (periods). */
  hits: Hit[][];
}

export interface LayoutOptions {
  width: number;
  lang: Lang;
  /** Fixed height in px; by default it follows the width. */
  height?: number;
}

/** How far each marker shape reaches from its centre, in marker radii: shapes of equal weight. */
const MARKER_REACH = [1, 0.9, 1.25, 1.35];

/** A marker of shape `style` (0–3) centred on (x, y): circle, square, triangle or diamond. */
export function markerPath(style: number, x: number, y: number, radius: number): string {
  const reach = MARKER_REACH[style]! * radius;
  const left = px(x - reach);
  const right = px(x + reach);
  const top = px(y - reach);
  const bottom = px(y + reach);
  const centreX = px(x);
  const centreY = px(y);
  switch (style) {
    case 0: {
      // Two half-circle arcs, there and back.
      const arc = `a${reach},${reach} 0 1 0`;
      return `M${left},${centreY}${arc} ${px(2 * reach)},0${arc} ${px(-2 * reach)},0`;
    }
    case 1:
      return `M${left},${top}H${right}V${bottom}H${left}z`;
    case 2: // pointing up, its base a little above the bottom of the box
      return `M${centreX},${top}L${right},${px(y + reach * 0.7)}H${left}z`;
    case 3:
      return `M${centreX},${top}L${right},${centreY}L${centreX},${bottom}L${left},${centreY}z`;
    default:
      return '';
  }
}

/**
 * Moves blocks of `height` wanting their centre at `want` apart so none overlap,
 * keeping each run of touching blocks centred on what its members want, within
 * [min, max]. Returns the top of each block, in input order.
 */
export function dodge(items: readonly { want: number; height: number }[], min: number, max: number, gap = 3): number[] {
  const tops: number[] = [];
  // Runs of touching blocks, top to bottom: each a list of indices into `items`.
  const runs: number[][] = [];
  // Puts a run where its members are nearest their wishes on average, kept in bounds;
  // returns where the next block may start.
  const place = (run: number[]) => {
    // Each member's offset from the run's top, and the sum of the run tops its members want.
    let offset = 0;
    let wantedTopSum = 0;
    for (const i of run) {
      wantedTopSum += items[i]!.want - offset - items[i]!.height / 2;
      offset += items[i]!.height + gap;
    }
    // `offset` is now the run's height and one gap more.
    const maxTop = max - offset + gap; // the top that puts the run's foot at `max`
    let blockTop = Math.max(min, Math.min(maxTop, wantedTopSum / run.length));
    for (const i of run) {
      tops[i] = blockTop;
      blockTop += items[i]!.height + gap;
    }
    return blockTop;
  };
  const byWant = [...items.keys()].sort((a, b) => items[a]!.want - items[b]!.want);
  for (const i of byWant) {
    let run = [i];
    place(run);
    // Joins the run above while the two overlap.
    while (runs.length && place(runs.at(-1)!) > tops[run[0]!]!) {
      run = [...runs.pop()!, ...run];
      place(run);
    }
    runs.push(run);
  }
  return tops;
}

/**
 * A reachable point whose words, and focus ring, are made when first read: a 10,000-point
 * series formats only the few points a reader visits, not all of them on every resize. A
 * class, so that the getters are shared, not two new closures per point; one `describe`
 * serves every point of a chart.
 */
export class LazyPoint implements PointModel {
  #words?: PointModel['tooltip'];
  constructor(
    readonly anchor: PointModel['anchor'],
    readonly row: number,
    readonly col: number,
    readonly at: number,
    readonly describe: (row: number, col: number) => PointModel['tooltip'],
  ) {}
  get key() {
    return `${this.row}:${this.at}`;
  }
  get focus() {
    return { x: px(this.anchor.x - 7), y: px(this.anchor.y - 7), width: 14, height: 14 };
  }
  get tooltip() {
    return (this.#words ??= this.describe(this.row, this.col));
  }
  get label() {
    return `${this.tooltip.title}: ${this.tooltip.lines.join('; ')}`;
  }
}

/** Of items with a label spanning `span`, the labels kept clear of earlier ones. */
export function keep<T extends { span: [number, number]; label: TextMark }>(items: T[]) {
  // Earlier items first; 8 px at least between two labels.
  const kept = placeWithoutOverlap(
    items,
    (item) => item.span,
    (_, i) => -i,
    8,
  );
  return (item: T) => (kept.has(item) ? item.label : undefined);
}
