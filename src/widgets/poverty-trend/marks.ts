import type { Tick } from '../../core/axis.js';
import type { Lang } from '../../core/format.js';
import { placeWithoutOverlap, px } from '../../core/measure.js';
import type { AccessModel, PointModel } from '../../core/model.js';

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
  /** The name (bold) and then the value. */
  lines: string[];
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
  annotations: { x: number; label?: TextMark | undefined }[];
  /** Pointer targets, parallel to `points`: rows (series) by columns (periods). */
  hits: Hit[][];
}

export interface LayoutOptions {
  width: number;
  lang: Lang;
  /** Fixed height in px; by default it follows the width. */
  height?: number;
}

/** A marker of shape `style` (0–3) centred on (x, y): circle, square, triangle or diamond. */
export function markerPath(style: number, x: number, y: number, r: number): string {
  const k = [1, 0.9, 1.25, 1.35][style]! * r;
  const [a, b, c, d, X, Y] = [x - k, x + k, y - k, y + k, x, y].map(px);
  return [
    `M${a},${Y}a${k},${k} 0 1 0 ${px(2 * k)},0a${k},${k} 0 1 0 ${px(-2 * k)},0`,
    `M${a},${c}H${b}V${d}H${a}z`,
    `M${X},${c}L${b},${px(y + k * 0.7)}H${a}z`,
    `M${X},${c}L${b},${Y}L${X},${d}L${a},${Y}z`,
  ][style]!;
}

/**
 * Moves blocks of height `h` wanting their centre at `want` apart so none overlap,
 * keeping each run of touching blocks centred on what its members want, within
 * [lo, hi]. Returns the top of each block, in input order.
 */
export function dodge(items: readonly { want: number; h: number }[], lo: number, hi: number, gap = 3): number[] {
  const tops: number[] = [];
  const runs: number[][] = [];
  // Puts a run where its members are nearest their wishes on average, kept in bounds;
  // returns where the next block may start.
  const place = (run: number[]) => {
    let y = 0;
    let sum = 0;
    for (const i of run) {
      sum += items[i]!.want - y - items[i]!.h / 2;
      y += items[i]!.h + gap;
    }
    y = Math.max(lo, Math.min(hi - y + gap, sum / run.length));
    for (const i of run) {
      tops[i] = y;
      y += items[i]!.h + gap;
    }
    return y;
  };
  for (const i of [...items.keys()].sort((a, b) => items[a]!.want - items[b]!.want)) {
    let run = [i];
    place(run);
    // Joins the run above while the two overlap.
    while (runs[0] && place(runs.at(-1)!) > tops[run[0]!]!) place((run = [...runs.pop()!, ...run]));
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
  const kept = placeWithoutOverlap(
    items,
    (l) => l.span,
    (_, i) => -i,
    8,
  );
  return (l: T) => (kept.has(l) ? l.label : undefined);
}
