import { linearAxis, type Tick } from '../../core/axis.js';
import { formatPercentValue, type Lang } from '../../core/format.js';
import { placeWithoutOverlap, px, textWidth } from '../../core/measure.js';
import type { AccessModel, PointModel, TableModel } from '../../core/model.js';
import { formatMonthIndex, monthAxis } from '../../core/time.js';
import { labelWidth, truncate } from './fit.js';
import type { PovertyPoint, PovertySpec } from './schema.js';
import {
  cellText,
  formatPoints,
  povertyGrid,
  povertySummary,
  povertyTable,
  thresholdValue,
  type PovertyGrid,
} from './story.js';
import { povertyText } from './text.js';

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
  /** Left edge and the baseline of the first line. */
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

/** Height that follows the width: wide screens get a calmer aspect, phones enough room. */
export const povertyHeight = (width: number) => Math.round(Math.min(400, Math.max(260, width * 0.5)));

/** Series longer than this get no markers: on a line of hundreds of points they are noise. */
const MAX_MARKED = 60;

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
 * A reachable point whose words are written when first read: a 10,000-point series
 * formats only the few points a reader visits, not all of them on every resize.
 */
function point(key: string, anchor: PointModel['anchor'], describe: () => PointModel['tooltip']): PointModel {
  let words: PointModel['tooltip'] | undefined;
  return {
    key,
    anchor,
    focus: { x: px(anchor.x - 7), y: px(anchor.y - 7), width: 14, height: 14 },
    get tooltip() {
      return (words ??= describe());
    },
    get label() {
      return `${this.tooltip.title}: ${this.tooltip.lines.join('; ')}`;
    },
  };
}

/** The words do not depend on the width: written once per document and language. */
const stories = new WeakMap<
  PovertySpec,
  { grid: PovertyGrid } & Partial<Record<Lang, { summary: string; table: TableModel }>>
>();

/** Of items with a label spanning `span`, the labels kept clear of earlier ones. */
function keep<T extends { span: [number, number]; label: TextMark }>(items: T[]) {
  const kept = placeWithoutOverlap(
    items,
    (l) => l.span,
    (_, i) => -i,
    8,
  );
  return (l: T) => (kept.has(l) ? l.label : undefined);
}

/**
 * Lays out the poverty trend: one line per series on a month axis, broken where a
 * period is skipped; markers while the series are short; annotations as rules; each
 * series, and the threshold, named beside the plot, labels moved apart so none
 * overlap. Pure: no DOM, runs in Node.
 */
export function povertyLayout(spec: PovertySpec, { lang, ...size }: LayoutOptions): PovertyModel {
  const t = povertyText[lang];
  const width = Math.max(200, Math.round(size.width));
  const height = size.height ?? povertyHeight(width);
  const fs = width < 480 ? 11 : 12;
  let known = stories.get(spec);
  if (!known) stories.set(spec, (known = { grid: povertyGrid(spec) }));
  const { grid } = known;
  const { summary, table } = (known[lang] ??= {
    summary: povertySummary(spec, lang, grid),
    table: povertyTable(spec, lang, grid),
  });
  const { series, periods, cells, steps, events } = grid;
  const { threshold: limit, annotations } = spec;
  const n = series.length;
  const base = { lang, width, height, fontSize: fs, legend: [], summary, table, markerRadius: 3 };
  if (!n)
    return {
      ...base,
      empty: true,
      points: [],
      hits: [],
      plot: { left: 0, top: 0, right: width, bottom: height },
      yTicks: [],
      axisBreak: false,
      xTicks: [],
      lines: [],
      labels: [],
      annotations: [],
    };

  // Labels right of the plot: each series' name over its latest value, and the
  // threshold's; names alone where they cannot all stack in the height.
  const lh = fs + 3;
  const bottom = height - fs - 12;
  const top = annotations.length ? fs + 10 : Math.ceil(fs / 2) + 4;
  // Below 280 px a key before each name would leave the lines too little room.
  const swatch = n > 1 && width >= 280;
  const nameWidth = Math.max(60, Math.min(180, Math.round(width * 0.25)));
  const name = (text: string) => truncate(text, nameWidth, fs, true);
  let blocks = series.map((s) => [name(s.name), formatPercentValue(s.points.at(-1)!.value, lang)]);
  if (limit) blocks.push([...(limit.label ? [name(limit.label)] : []), thresholdValue(limit.value, lang)]);
  if (blocks.reduce((h, b) => h + b.length * lh + 3, 0) > bottom + 8 - top + fs / 2)
    blocks = blocks.map((b, i) => (i < n ? b.slice(0, 1) : b));
  const labelX =
    width -
    2 -
    Math.ceil(
      Math.max(
        ...blocks.map((b, i) =>
          Math.max(labelWidth(b[0]!, fs, true) + (swatch && i < n ? 18 : 0), textWidth(b[1] ?? '', fs)),
        ),
      ),
    );
  const right = labelX - 8;

  // Values: the data and the threshold, at least half a percentage point, within 0–100.
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  if (limit) values.push(limit.value);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (hi - lo < 0.5) {
    const mid = Math.min(99.75, Math.max(0.25, (lo + hi) / 2));
    [lo, hi] = [mid - 0.25, mid + 0.25];
  }
  const { ticks: yTicks, scale: sy, domain } = linearAxis([lo, hi], [bottom, top], String, 48);
  // Tick labels with the digits that tell them apart: "9%", "9,5%", "9,25%".
  const step = yTicks[1]!.value - yTicks[0]!.value;
  for (const tk of yTicks) tk.label = formatPercentValue(tk.value, lang, step >= 0.999 ? 0 : step >= 0.0999 ? 1 : 2);
  const left = 8 + Math.ceil(Math.max(...yTicks.map((tk) => textWidth(tk.label, fs - 1))));

  // Time: every period of every series, and the annotations.
  const ts = [periods[0]!, periods.at(-1)!, ...annotations.map((a) => a.t)];
  let t0 = Math.min(...ts);
  const t1 = Math.max(...ts);
  // A long axis is labelled by years at Januaries: start at the first one when that adds
  // little, so that the first year is named too (2015 for data from March 2015).
  if (t1 - t0 > 24 && t0 % 12 <= (t1 - t0) / 10) t0 -= t0 % 12;
  const gaps = steps.map((s) => s || 12);
  const r = fs < 12 ? 3 : 3.5;
  const marked =
    series.every((s) => s.points.length <= MAX_MARKED) &&
    (t1 === t0 || (Math.min(...gaps) * (right - left)) / (t1 - t0) >= 4 * r);
  const pad = marked ? r + 3 : 2;
  const xAxis = monthAxis([t0, t1], [left + pad, right - pad], lang, fs, periods[0], Math.min(12, ...gaps));
  const sx = xAxis.scale;

  // Lines, broken where a series skips a period at its own cadence; where each ends.
  const ends: number[][] = [];
  const lines: LineMark[] = series.map(({ points }, style) => {
    const T = points.map((p) => p.t);
    // Point k starts a piece of line: the first, or one after a skipped period.
    const cut = (k: number) => !(T[k]! - T[k - 1]! <= steps[style]!);
    let path = '';
    let markers = '';
    let x = 0;
    let y = 0;
    points.forEach((p, k) => {
      [x, y] = [sx(p.t), sy(p.value)];
      const [X, Y] = [px(x), px(y)];
      path += `${cut(k) ? 'M' : 'L'}${X},${Y}`;
      if (marked || (cut(k) && cut(k + 1))) markers += markerPath(style, X, Y, r);
    });
    ends.push([x + (marked ? pad : 3), y]);
    return { style, path, markers };
  });

  // The labels beside the plot, moved apart, each joined to its line when it had to move.
  const limitY = limit ? sy(limit.value) : 0;
  ends.push([right + 2, limitY]);
  const tops = dodge(
    blocks.map((b, i) => ({ want: ends[i]![1]!, h: b.length * lh })),
    top - fs / 2,
    bottom + 8,
  );
  const labels: EndLabel[] = blocks.map((lines, i) => {
    const [x, y] = ends[i] as [number, number];
    const centre = tops[i]! + (lines.length * lh) / 2;
    return {
      style: i < n ? i : -1,
      x: labelX,
      y: px(tops[i]! + fs - 1),
      lineHeight: lh,
      lines,
      swatch: swatch && i < n,
      leader:
        Math.abs(centre - y) > lh || x < right - 1
          ? { x1: px(x), y1: px(y), x2: px(labelX - 3), y2: px(centre) }
          : undefined,
    };
  });

  // Annotations: a rule at the period and a label above the plot where it fits.
  const notes = annotations.map((a) => {
    const x = sx(a.t);
    const text = truncate(a.label, width * 0.6, fs - 1);
    const w = textWidth(text, fs - 1);
    const start = x + 4 + w <= width;
    const at = px(start ? x + 4 : Math.max(w, x - 4));
    return {
      x: px(x),
      span: (start ? [at, at + w] : [at - w, at]) as [number, number],
      label: { text, x: at, y: fs, anchor: start ? 'start' : 'end' } as TextMark,
    };
  });
  const noted = keep(notes);

  // Time labels, kept inside the chart; one that would touch its neighbour is dropped.
  const xTicks = xAxis.ticks.map((tk) => {
    const half = textWidth(tk.label, fs) / 2;
    const x = Math.max(half + 1, Math.min(width - half - 1, tk.pos));
    return {
      pos: px(tk.pos),
      span: [x - half, x + half] as [number, number],
      label: { text: tk.label, x: px(x), y: height - 4, anchor: 'middle' } as TextMark,
    };
  });
  const shown = keep(xTicks);

  // Reachable points and their pointer targets: every period, for every series; each
  // column split between the series with something there, nearest line first.
  const xs = periods.map(sx);
  const ys = cells.map((row) => {
    // Cells without a value sit where the line would be, between their neighbours.
    const out = row.map((c) => (typeof c == 'object' ? sy(c.value) : NaN));
    for (let c = 0, prev = -1; c <= out.length; c++)
      if (!Number.isNaN(out[c])) {
        for (let g = prev + 1; g < c; g++) {
          const a = out[prev] ?? out[c]!;
          const b = out[c] ?? a;
          out[g] = a + (b - a) * ((xs[g]! - xs[prev]!) / (xs[c]! - xs[prev]!) || 0);
        }
        prev = c;
      }
    return out;
  });
  const hits: Hit[][] = series.map(() => []);
  const points: PointModel[][] = series.map(() => []);
  const prev: PovertyPoint[] = [];
  periods.forEach((at, c) => {
    const x0 = c ? (xs[c - 1]! + xs[c]!) / 2 : left;
    const x1 = c < periods.length - 1 ? (xs[c]! + xs[c + 1]!) / 2 : right;
    const y = (row: number) => ys[row]![c]!;
    series.forEach((s, row) => {
      const cell = cells[row]![c];
      const before = prev[row];
      if (typeof cell == 'object') prev[row] = cell;
      const anchor = { x: px(xs[c]!), y: px(y(row)) };
      hits[row]![c] = { ...anchor, width: 0, height: 0, value: false };
      points[row]![c] = point(`${row}:${at}`, anchor, () => {
        const [value, count] = cellText(cell ?? 'missing', lang);
        return {
          title: formatMonthIndex(at, lang),
          lines: [
            (n > 1 ? `${s.name}: ` : '') + value,
            count,
            typeof cell == 'object' &&
              before &&
              `${formatPoints(cell.value - before.value, lang)} ${t.pp} ${t.vs} ${formatMonthIndex(before.t, lang)}`,
            ...(events.get(at) ?? []),
          ].filter(Boolean) as string[],
        };
      });
    });
    let y0 = top;
    [...series.keys()]
      .filter((row) => cells[row]![c])
      .sort((a, b) => y(a) - y(b))
      .forEach((row, k, here) => {
        const y1 = k < here.length - 1 ? (y(row) + y(here[k + 1]!)) / 2 : bottom;
        hits[row]![c] = {
          x: px(x0),
          y: px(y0),
          width: px(x1 - x0),
          height: px(y1 - y0),
          value: cells[row]![c] !== 'missing',
        };
        y0 = y1;
      });
  });
  // Many periods per pixel: one pointer target per 2 px stands for its first period;
  // the others stay reachable by keyboard.
  for (const row of hits) {
    let rep: Hit | undefined;
    for (const h of row)
      if (h.width)
        if (rep && h.x < rep.x + 2) {
          rep.width = px(h.x + h.width - rep.x);
          h.width = h.height = 0;
        } else rep = h;
  }

  return {
    ...base,
    empty: false,
    plot: { left, top, right, bottom },
    yTicks,
    axisBreak: domain[0] > 0,
    xTicks: xTicks.map((l) => ({ pos: l.pos, label: shown(l) })),
    lines,
    labels,
    markerRadius: r,
    threshold: limit && px(limitY),
    annotations: notes.map((a) => ({ x: a.x, label: noted(a) })),
    points,
    hits,
  };
}
