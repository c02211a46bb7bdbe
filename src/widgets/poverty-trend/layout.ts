import { linearAxis, type Tick } from '../../core/axis.js';
import { formatPeople, formatPercentValue, type Lang } from '../../core/format.js';
import { coreText } from '../../core/i18n.js';
import { placeWithoutOverlap, px, textWidth } from '../../core/measure.js';
import type { AccessModel, PointModel, TableModel } from '../../core/model.js';
import { formatMonthIndex, monthAxis } from '../../core/time.js';
import { labelWidth, truncate } from './fit.js';
import type { PovertyPoint, PovertySpec } from './schema.js';
import {
  cadence,
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
export function povertyHeight(width: number): number {
  return Math.round(Math.min(400, Math.max(260, width * 0.5)));
}

/** Series longer than this get no markers: on a line of hundreds of points they are noise. */
const MAX_MARKED = 60;

/** A marker of shape `style` centred on (x, y): circle, square, triangle or diamond. */
export function markerPath(style: number, x: number, y: number, r: number): string {
  const k = [1, 0.9, 1.25, 1.35][style % 4]! * r;
  const [a, b, c, d] = [px(x - k), px(x + k), px(y - k), px(y + k)];
  return [
    `M${a},${px(y)}a${k},${k} 0 1 0 ${px(2 * k)},0a${k},${k} 0 1 0 ${px(-2 * k)},0`,
    `M${a},${c}H${b}V${d}H${a}z`,
    `M${px(x)},${c}L${b},${px(y + k * 0.7)}H${a}z`,
    `M${px(x)},${c}L${b},${px(y)}L${px(x)},${d}L${a},${px(y)}z`,
  ][style % 4]!;
}

/**
 * Moves blocks of height `h` wanting their centre at `want` apart so none overlap,
 * keeping each run of touching blocks centred on what its members want, within
 * [lo, hi]. Returns the top of each block, in input order.
 */
export function dodge(items: readonly { want: number; h: number }[], lo: number, hi: number, gap = 3): number[] {
  type Run = { members: number[]; top: number; h: number };
  const runs: Run[] = [];
  const place = (run: Run) => {
    // The top that puts each member nearest its wish on average, then kept in bounds.
    let offset = 0;
    let sum = 0;
    for (const i of run.members) {
      sum += items[i]!.want - offset - items[i]!.h / 2;
      offset += items[i]!.h + gap;
    }
    run.top = Math.max(lo, Math.min(hi - run.h, sum / run.members.length));
  };
  for (const i of items.map((_, i) => i).sort((a, b) => items[a]!.want - items[b]!.want)) {
    runs.push({ members: [i], top: 0, h: items[i]!.h });
    place(runs[runs.length - 1]!);
    for (let prev = runs[runs.length - 2]; prev; prev = runs[runs.length - 2]) {
      const cur = runs[runs.length - 1]!;
      if (prev.top + prev.h + gap <= cur.top) break;
      runs.splice(-2, 2, { members: [...prev.members, ...cur.members], top: 0, h: prev.h + gap + cur.h });
      place(runs[runs.length - 1]!);
    }
  }
  const tops: number[] = [];
  for (const run of runs) {
    let y = run.top;
    for (const i of run.members) {
      tops[i] = y;
      y += items[i]!.h + gap;
    }
  }
  return tops;
}

/**
 * A reachable point whose words are written when first read: a 10,000-point series
 * formats only the few points a reader visits, not all of them on every resize.
 */
class Point implements PointModel {
  readonly focus: PointModel['focus'];
  private words?: PointModel['tooltip'];
  constructor(
    readonly key: string,
    readonly anchor: PointModel['anchor'],
    private readonly describe: () => PointModel['tooltip'],
  ) {
    this.focus = { x: px(anchor.x - 7), y: px(anchor.y - 7), width: 14, height: 14 };
  }
  get tooltip(): PointModel['tooltip'] {
    return (this.words ??= this.describe());
  }
  get label(): string {
    return `${this.tooltip.title}: ${this.tooltip.lines.join('; ')}`;
  }
}

interface Story {
  grid: PovertyGrid;
  summary: string;
  table: TableModel;
}
const stories = new WeakMap<PovertySpec, Partial<Record<Lang, Story>>>();

/** The words do not depend on the width: written once per document and language. */
function story(spec: PovertySpec, lang: Lang): Story {
  const known = stories.get(spec) ?? {};
  stories.set(spec, known);
  const grid = known.id?.grid ?? known.en?.grid ?? povertyGrid(spec);
  return (known[lang] ??= { grid, summary: povertySummary(spec, lang, grid), table: povertyTable(spec, lang, grid) });
}

/** Tick labels with the digits that tell them apart: "9%", "9,5%", "9,25%". */
function tickLabels(ticks: Tick[], lang: Lang): Tick[] {
  const step = ticks.length > 1 ? ticks[1]!.value - ticks[0]!.value : 1;
  const digits = step >= 0.999 ? 0 : step >= 0.0999 ? 1 : 2;
  return ticks.map((tk) => ({ ...tk, pos: px(tk.pos), label: formatPercentValue(tk.value, lang, digits) }));
}

/**
 * Lays out the poverty trend: one line per series on a month axis, broken where a
 * period is skipped; markers while the series are short; annotations as rules; each
 * series, and the threshold, named beside the plot, labels moved apart so none
 * overlap. Pure: no DOM, runs in Node.
 */
export function povertyLayout(spec: PovertySpec, options: LayoutOptions): PovertyModel {
  const { lang } = options;
  const t = povertyText[lang];
  const width = Math.max(200, Math.round(options.width));
  const height = options.height ?? povertyHeight(width);
  const fs = width < 480 ? 11 : 12;
  const { grid, summary, table } = story(spec, lang);
  const { series, periods } = grid;
  const { threshold: limit, annotations } = spec;
  const base = { lang, width, height, fontSize: fs, legend: [], summary, table, markerRadius: 3 };
  if (!series.length)
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
  const swatch = series.length > 1 && width >= 280;
  const nameWidth = Math.max(60, Math.min(180, Math.round(width * 0.25)));
  const limitLines = limit
    ? [...(limit.label ? [truncate(limit.label, nameWidth, fs, true)] : []), thresholdValue(limit.value, lang)]
    : [];
  const blocksFor = (withValue: boolean) =>
    series.map((s) => [
      truncate(s.name, nameWidth, fs, true),
      ...(withValue ? [formatPercentValue(s.points[s.points.length - 1]!.value, lang)] : []),
    ]);
  let names = blocksFor(true);
  const room = bottom + 8 - top + fs / 2;
  if ([...names, limitLines].reduce((h, lines) => h + lines.length * lh + 3, 0) > room) names = blocksFor(false);
  const blocks = limit ? [...names, limitLines] : names;
  const labelX =
    width -
    2 -
    Math.ceil(
      Math.max(
        ...blocks.map(([name, ...rest], i) =>
          Math.max(
            labelWidth(name!, fs, true) + (swatch && i < series.length ? 18 : 0),
            ...rest.map((l) => textWidth(l, fs)),
          ),
        ),
      ),
    );
  const right = labelX - 8;

  // Values: the data and the threshold, at least half a percentage point, within 0–100.
  let lo = limit?.value ?? Infinity;
  let hi = limit?.value ?? -Infinity;
  for (const s of series)
    for (const p of s.points) {
      lo = Math.min(lo, p.value);
      hi = Math.max(hi, p.value);
    }
  if (hi - lo < 0.5) {
    const mid = Math.min(99.75, Math.max(0.25, (lo + hi) / 2));
    [lo, hi] = [mid - 0.25, mid + 0.25];
  }
  const yAxis = linearAxis([lo, hi], [bottom, top], String, 48);
  const yTicks = tickLabels(yAxis.ticks, lang);
  const sy = yAxis.scale;
  const left = 8 + Math.ceil(Math.max(...yTicks.map((tk) => textWidth(tk.label, fs - 1))));

  // Time: every period of every series, and the annotations.
  let t0 = Math.min(periods[0]!, annotations[0]?.t ?? Infinity);
  const t1 = Math.max(periods[periods.length - 1]!, annotations[annotations.length - 1]?.t ?? -Infinity);
  // A long axis is labelled by years at Januaries: start at the first one when that adds
  // little, so that the first year is named too (2015 for data from March 2015).
  if (t1 - t0 > 24 && t0 % 12 <= (t1 - t0) / 10) t0 -= t0 % 12;
  const steps = series.map((s) => cadence(s.points));
  const r = fs < 12 ? 3 : 3.5;
  const marked =
    Math.max(...series.map((s) => s.points.length)) <= MAX_MARKED &&
    (t1 === t0 || (Math.min(...steps.map((s) => s || 12)) * (right - left)) / (t1 - t0) >= 4 * r);
  const pad = marked ? r + 3 : 2;
  const xAxis = monthAxis(
    [t0, t1],
    [left + pad, right - pad],
    lang,
    fs,
    periods[0],
    Math.min(12, ...steps.map((s) => s || 12)),
  );
  const sx = xAxis.scale;

  // Lines, broken where a series skips a period at its own cadence.
  const xy = series.map((s, i) => ({
    x: s.points.map((p) => sx(p.t)),
    y: s.points.map((p) => sy(p.value)),
    /** joined[k]: the line runs on from point k to point k + 1. */
    joined: s.points.map((p, k) => (s.points[k + 1]?.t ?? Infinity) - p.t <= steps[i]!),
  }));
  const lines: LineMark[] = xy.map(({ x, y, joined }, style) => {
    let path = '';
    let markers = '';
    for (let k = 0; k < x.length; k++) {
      const [xk, yk] = [px(x[k]!), px(y[k]!)];
      const start = !joined[k - 1];
      path += `${start ? 'M' : 'L'}${xk},${yk}`;
      if (marked || (start && !joined[k])) markers += markerPath(style, xk, yk, r);
    }
    return { style, path, markers };
  });

  // The labels beside the plot, moved apart, each joined to its line when it had to move.
  const limitY = limit ? sy(limit.value) : 0;
  const ends = [
    ...xy.map(({ x, y }) => [x[x.length - 1]! + (marked ? r + 3 : 3), y[y.length - 1]!]),
    [right + 2, limitY],
  ];
  const tops = dodge(
    blocks.map((b, i) => ({ want: ends[i]![1]!, h: b.length * lh })),
    top - fs / 2,
    bottom + 8,
  );
  const labels: EndLabel[] = blocks.map((lines, i) => {
    const [x, y] = ends[i] as [number, number];
    const centre = tops[i]! + (lines.length * lh) / 2;
    return {
      style: i < series.length ? i : -1,
      x: labelX,
      y: px(tops[i]! + fs - 1),
      lineHeight: lh,
      lines,
      swatch: swatch && i < series.length,
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
    return { x, w, label: { text, x: px(start ? x + 4 : Math.max(w, x - 4)), y: fs, anchor: start ? 'start' : 'end' } };
  });
  const span = (n: (typeof notes)[0]): [number, number] =>
    n.label.anchor === 'start' ? [n.label.x, n.label.x + n.w] : [n.label.x - n.w, n.label.x];
  const noted = placeWithoutOverlap(notes, span, (_, i) => -i, 8);

  // Time labels, kept inside the chart; one that would touch its neighbour is dropped.
  const xLabels = xAxis.ticks.map((tk) => {
    const w = textWidth(tk.label, fs);
    return { tk, w, x: Math.max(w / 2 + 1, Math.min(width - w / 2 - 1, tk.pos)) };
  });
  const shown = placeWithoutOverlap(
    xLabels,
    (l) => [l.x - l.w / 2, l.x + l.w / 2],
    (_, i) => -i,
    8,
  );

  // Reachable points and their pointer targets: every period, for every series.
  const xs = periods.map(sx);
  const ys = grid.cells.map((cells) => {
    // Cells without a value sit where the line would be, between their neighbours.
    const out = cells.map((c) => (typeof c === 'object' ? sy(c.value) : NaN));
    let prev = -1;
    for (let c = 0; c <= out.length; c++) {
      if (c < out.length && Number.isNaN(out[c])) continue;
      for (let g = prev + 1; g < c; g++)
        out[g] =
          prev < 0
            ? out[c]!
            : c === out.length
              ? out[prev]!
              : out[prev]! + ((out[c]! - out[prev]!) * (xs[g]! - xs[prev]!)) / (xs[c]! - xs[prev]!);
      prev = c;
    }
    return out;
  });
  // Each column split between the series with something there, nearest line first.
  const hits: Hit[][] = series.map(() => []);
  periods.forEach((_, c) => {
    const x0 = c ? (xs[c - 1]! + xs[c]!) / 2 : left;
    const x1 = c < periods.length - 1 ? (xs[c]! + xs[c + 1]!) / 2 : right;
    const here = series.map((_, row) => row).filter((row) => grid.cells[row]![c] !== undefined);
    here.sort((a, b) => ys[a]![c]! - ys[b]![c]!);
    series.forEach((_, row) => {
      const k = here.indexOf(row);
      const y = ys[row]![c]!;
      const y0 = k > 0 ? (ys[here[k - 1]!]![c]! + y) / 2 : top;
      const y1 = k < here.length - 1 ? (y + ys[here[k + 1]!]![c]!) / 2 : bottom;
      hits[row]![c] =
        k < 0
          ? { x: px(xs[c]!), y: px(y), width: 0, height: 0, value: false }
          : { x: px(x0), y: px(y0), width: px(x1 - x0), height: px(y1 - y0), value: grid.cells[row]![c] !== 'missing' };
    });
  });
  // Many periods per pixel: one pointer target per 2 px stands for its first period;
  // the others stay reachable by keyboard.
  if (periods.length > (right - left) / 2)
    for (const row of hits) {
      let rep: Hit | undefined;
      for (const h of row) {
        if (!h.width) continue;
        if (rep && h.x < rep.x + 2) {
          rep.width = px(h.x + h.width - rep.x);
          h.width = h.height = 0;
        } else rep = h;
      }
    }

  const events = new Map<number, string[]>();
  for (const a of annotations) events.set(a.t, [...(events.get(a.t) ?? []), a.label]);
  const points: PointModel[][] = series.map((s, row) => {
    let prev: PovertyPoint | undefined;
    return grid.cells[row]!.map((cell, c) => {
      const before = prev;
      if (typeof cell === 'object') prev = cell;
      const at = periods[c]!;
      return new Point(`${row}:${at}`, { x: px(xs[c]!), y: px(ys[row]![c]!) }, () => {
        const who = series.length > 1 ? `${s.name}: ` : '';
        const lines =
          typeof cell === 'object'
            ? [
                who + formatPercentValue(cell.value, lang),
                ...(cell.count === undefined ? [] : [formatPeople(cell.count, lang)]),
                ...(before
                  ? [
                      `${formatPoints(cell.value - before.value, lang)} ${t.pp} ${t.vs} ${formatMonthIndex(before.t, lang)}`,
                    ]
                  : []),
              ]
            : [who + coreText[lang].missing];
        return { title: formatMonthIndex(at, lang), lines: [...lines, ...(events.get(at) ?? [])] };
      });
    });
  });

  return {
    ...base,
    empty: false,
    plot: { left, top, right, bottom },
    yTicks,
    axisBreak: yAxis.domain[0] > 0,
    xTicks: xLabels.map((l) => ({
      pos: px(l.tk.pos),
      label: shown.has(l) ? { text: l.tk.label, x: px(l.x), y: height - 4, anchor: 'middle' } : undefined,
    })),
    lines,
    labels,
    markerRadius: r,
    threshold: limit && px(limitY),
    annotations: notes.map((n) => ({ x: px(n.x), label: noted.has(n) ? (n.label as TextMark) : undefined })),
    points,
    hits,
  };
}
