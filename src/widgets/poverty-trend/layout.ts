import { linearAxis } from '../../core/axis.js';
import { formatPercentValue, type Lang } from '../../core/format.js';
import { px, textWidth } from '../../core/measure.js';
import type { PointModel, TableModel } from '../../core/model.js';
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
import {
  dodge,
  keep,
  markerPath,
  LazyPoint,
  type EndLabel,
  type Hit,
  type LayoutOptions,
  type LineMark,
  type PovertyModel,
  type TextMark,
} from './marks.js';

export { dodge, markerPath };
export type { EndLabel, Hit, LayoutOptions, LineMark, PovertyModel, TextMark };

/** Height that follows the width: wide screens get a calmer aspect, phones enough room. */
export const povertyHeight = (width: number) => Math.round(Math.min(400, Math.max(260, width * 0.5)));

/** Series longer than this get no markers: on a line of hundreds of points they are noise. */
const MAX_MARKED = 60;

/** The words do not depend on the width: written once per document and language. */
const stories = new WeakMap<
  PovertySpec,
  { grid: PovertyGrid } & Partial<Record<Lang, { summary: string; table: TableModel }>>
>();

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
  let lo = limit ? limit.value : Infinity;
  let hi = limit ? limit.value : -Infinity;
  for (const s of series)
    for (const p of s.points) {
      lo = Math.min(lo, p.value);
      hi = Math.max(hi, p.value);
    }
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
      x = sx(p.t);
      y = sy(p.value);
      const X = px(x);
      const Y = px(y);
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
      y: Math.round(tops[i]! + fs - 1),
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
    // A value is its own equal unless NaN; past the end (undefined) closes a trailing gap.
    for (let c = 0, prev = -1; c <= out.length; c++)
      if (out[c] === out[c]) {
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
  // A point's words: its value, count, change since the series' previous value, events.
  const describe = (row: number, c: number) => {
    const cell = cells[row]![c];
    let k = c;
    while (k-- && typeof cells[row]![k] != 'object');
    const before = cells[row]![k] as PovertyPoint | undefined;
    const [value, count] = cellText(cell ?? 'missing', lang);
    return {
      title: formatMonthIndex(periods[c]!, lang),
      lines: [
        (n > 1 ? `${series[row]!.name}: ` : '') + value,
        count,
        typeof cell == 'object' &&
          before &&
          `${formatPoints(cell.value - before.value, lang)} ${t.pp} ${t.vs} ${formatMonthIndex(before.t, lang)}`,
        ...(events.get(periods[c]!) ?? []),
      ].filter(Boolean) as string[],
    };
  };
  // A loop without closures or arrays per period: it runs 10,000 times for a long series.
  const here: number[] = [];
  for (let c = 0; c < periods.length; c++) {
    const x0 = c ? (xs[c - 1]! + xs[c]!) / 2 : left;
    const x1 = c < periods.length - 1 ? (xs[c]! + xs[c + 1]!) / 2 : right;
    here.length = 0;
    for (let row = 0; row < n; row++) {
      const cell = cells[row]![c];
      const x = px(xs[c]!);
      const y = px(ys[row]![c]!);
      if (cell) here.push(row);
      else hits[row]![c] = { x, y, width: 0, height: 0, value: false };
      points[row]![c] = new LazyPoint({ x, y }, row, c, periods[c]!, describe);
    }
    // Each series with something here, top to bottom, reaches halfway to the next.
    if (here.length > 1) here.sort((a, b) => ys[a]![c]! - ys[b]![c]!);
    let y0 = top;
    for (let k = 0; k < here.length; k++) {
      const row = here[k]!;
      const y1 = k < here.length - 1 ? (ys[row]![c]! + ys[here[k + 1]!]![c]!) / 2 : bottom;
      hits[row]![c] = {
        x: px(x0),
        y: px(y0),
        width: px(x1 - x0),
        height: px(y1 - y0),
        value: cells[row]![c] !== 'missing',
      };
      y0 = y1;
    }
  }
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
