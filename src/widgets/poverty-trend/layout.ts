import type { Lang } from '../../core/format.js';
import { px, textWidth, TYPE } from '../../core/measure.js';
import type { TableModel } from '../../core/model.js';
import { monthAxis } from '../../core/time.js';
import { columnExtremes } from './decimate.js';
import type { PovertySpec } from './schema.js';
import { povertyGrid, povertySummary, povertyTable, type PovertyGrid } from './story.js';
import { placeNotes } from './annotations.js';
import { endBlocks } from './names.js';
import { pointTargets } from './targets.js';
import { BREAK_ROOM, valueAxis } from './value-axis.js';
import {
  dodge,
  keep,
  markerPath,
  type EndLabel,
  type Hit,
  type LayoutOptions,
  type LineMark,
  type PovertyModel,
  type TextMark,
} from './marks.js';

export { dodge, markerPath };
export type { EndLabel, Hit, LayoutOptions, LineMark, PovertyModel, TextMark };

/** The chart's height: half the width, from 260 to 400 px (`[share, min, max]`, as a reserve step's chart). */
export const POVERTY_CHART = [0.5, 260, 400] as const;

/** Height that follows the width: wide screens get a calmer aspect, phones enough room. */
export const povertyHeight = (width: number) =>
  Math.round(Math.min(POVERTY_CHART[2], Math.max(POVERTY_CHART[1], width * POVERTY_CHART[0])));

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
export function povertyLayout(spec: PovertySpec, options: LayoutOptions): PovertyModel {
  const oneRow = layoutRows(spec, options, 1);
  return oneRow.crowded ? layoutRows(spec, options, 2).model : oneRow.model;
}

/** The layout with `rows` rows of annotation labels above the plot; `crowded` when one row left a label out. */
function layoutRows(
  spec: PovertySpec,
  { lang, ...size }: LayoutOptions,
  rows: number,
): { model: PovertyModel; crowded: boolean } {
  const width = Math.max(200, Math.round(size.width));
  const height = size.height ?? povertyHeight(width);
  // Every label, tick and note at the scale's small size (core/measure.ts).
  const fontSize = TYPE.small.size;
  let cached = stories.get(spec);
  if (!cached) {
    cached = { grid: povertyGrid(spec) };
    stories.set(spec, cached);
  }
  const { grid } = cached;
  const { summary, table } = (cached[lang] ??= {
    summary: povertySummary(spec, lang, grid),
    table: povertyTable(spec, lang, grid),
  });
  const { series, periods, steps } = grid;
  const { threshold, annotations } = spec;
  const seriesCount = series.length;
  const base = { lang, width, height, fontSize, legend: [], summary, table, markerRadius: 3 };
  if (!seriesCount)
    return {
      crowded: false,
      model: {
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
      },
    };

  // Labels right of the plot: each series' name over its latest value, and the
  // threshold's; names alone where they cannot all stack in the height.
  const bottom = height - fontSize - 12;
  // Annotation labels take one row above the plot, or two where one row left some out.
  const top = annotations.length ? fontSize + 10 + (rows - 1) * (fontSize + 3) : Math.ceil(fontSize / 2) + 4;
  // Below 280 px a key before each name would leave the lines too little room.
  const swatch = seriesCount > 1 && width >= 280;
  const named = endBlocks(series, threshold, { lang, fontSize, width, swatch, room: bottom + 8 - top + fontSize / 2 });
  const { blocks, lineHeight } = named;
  const labelX = width - 2 - named.widest;
  const right = labelX - 8;

  // Values: the data and the threshold, at least half a percentage point, within 0–100.
  let low = threshold ? threshold.value : Infinity;
  let high = threshold ? threshold.value : -Infinity;
  for (const s of series)
    for (const point of s.points) {
      low = Math.min(low, point.value);
      high = Math.max(high, point.value);
    }
  if (high - low < 0.5) {
    const middle = Math.min(99.75, Math.max(0.25, (low + high) / 2));
    low = middle - 0.25;
    high = middle + 0.25;
  }
  const markerRadius = width < 480 ? 3 : 3.5;
  const { ticks: yTicks, scale: yScale, domain } = valueAxis([low, high], [bottom, top], markerRadius + 6, lang);
  // A baseline above zero is broken left of the plot, between its label and the plot.
  const axisBreak = domain[0] > 0;
  const labelRoom = Math.ceil(Math.max(...yTicks.map((tick) => textWidth(tick.label, fontSize))));
  const left = 8 + labelRoom + (axisBreak ? BREAK_ROOM : 0);

  // Time: every period of every series, and the annotations.
  const months = [periods[0]!, periods.at(-1)!, ...annotations.map((note) => note.t)];
  let firstMonth = Math.min(...months);
  const lastMonth = Math.max(...months);
  // A long axis is labelled by years at Januaries: start at the first one when that adds
  // little, so that the first year is named too (2015 for data from March 2015).
  const monthOfYear = firstMonth % 12;
  if (lastMonth - firstMonth > 24 && monthOfYear <= (lastMonth - firstMonth) / 10) firstMonth -= monthOfYear;
  // Each series' cadence in months, a lone point's taken as a year.
  const cadences = steps.map((step) => (step === 0 ? 12 : step));
  // Markers only where every series is short and its points lie two marker widths apart or more.
  const marked =
    series.every((s) => s.points.length <= MAX_MARKED) &&
    (lastMonth === firstMonth ||
      (Math.min(...cadences) * (right - left)) / (lastMonth - firstMonth) >= 4 * markerRadius);
  // Room at the plot's sides, so that the end markers are not cut.
  const pad = marked ? markerRadius + 3 : 2;
  const xAxis = monthAxis(
    [firstMonth, lastMonth],
    [left + pad, right - pad],
    lang,
    fontSize,
    periods[0],
    Math.min(12, ...cadences),
  );
  const xScale = xAxis.scale;

  // Lines, broken where a series skips a period at its own cadence; where each ends. A
  // long piece of line is drawn through the points that matter at this width (decimate.ts).
  const ends: [x: number, y: number][] = [];
  const lines: LineMark[] = series.map(({ points }, style) => {
    const step = steps[style]!;
    // Point k starts a piece of line: the first, or one after a skipped period (and so
    // does the point after the last, for "is this point alone").
    const startsPiece = (k: number) => k === 0 || k >= points.length || points[k]!.t - points[k - 1]!.t > step;
    const xs = points.map((point) => xScale(point.t));
    const ys = points.map((point) => yScale(point.value));
    let path = '';
    let markers = '';
    for (let from = 0; from < points.length;) {
      let to = from + 1;
      while (!startsPiece(to)) to++;
      const drawn = columnExtremes(xs, ys, from, to);
      drawn.forEach((k, i) => {
        const x = px(xs[k]!);
        const y = px(ys[k]!);
        path += `${i === 0 ? 'M' : 'L'}${x},${y}`;
        // A point with no neighbour on either side is marked even on a long series.
        if (marked || to - from === 1) markers += markerPath(style, x, y, markerRadius);
      });
      from = to;
    }
    const last = points.at(-1)!;
    ends.push([xScale(last.t) + (marked ? pad : 3), yScale(last.value)]);
    return { style, path, markers };
  });

  // The labels beside the plot, moved apart, each joined to its line when it had to move.
  const thresholdY = threshold ? yScale(threshold.value) : 0;
  ends.push([right + 2, thresholdY]);
  const tops = dodge(
    blocks.map((block, i) => ({ want: ends[i]![1], height: block.lines.length * lineHeight })),
    top - fontSize / 2,
    bottom + 8,
  );
  const labels: EndLabel[] = blocks.map((block, i) => {
    const [endX, endY] = ends[i]!;
    const centre = tops[i]! + (block.lines.length * lineHeight) / 2;
    const isSeries = i < seriesCount;
    // A leader where the label sits more than a line from its line's end, or the line
    // stops short of the plot's right edge.
    const needsLeader = Math.abs(centre - endY) > lineHeight || endX < right - 1;
    return {
      style: isSeries ? i : -1,
      x: labelX,
      y: Math.round(tops[i]! + fontSize - 1),
      lineHeight,
      lines: block.lines,
      nameLines: block.nameLines,
      swatch: swatch && isSeries,
      leader: needsLeader ? { x1: px(endX), y1: px(endY), x2: px(labelX - 3), y2: px(centre) } : undefined,
    };
  });

  // Annotations: a rule at the period and its label above the plot, or a numbered note.
  const notes = placeNotes({
    rules: annotations.map((note) => px(xScale(note.t))),
    texts: annotations.map((note) => note.label),
    width,
    size: fontSize,
    rows,
  });

  // Time labels, kept inside the chart; one that would touch its neighbour is dropped.
  const xTicks = xAxis.ticks.map((tick) => {
    const half = textWidth(tick.label, fontSize) / 2;
    const x = Math.max(half + 1, Math.min(width - half - 1, tick.pos));
    return {
      pos: px(tick.pos),
      span: [x - half, x + half] as [number, number],
      label: { text: tick.label, x: px(x), y: height - 4, anchor: 'middle' } as TextMark,
    };
  });
  const shown = keep(xTicks);

  const { points, hits } = pointTargets(grid, { xScale, yScale, left, right, top, bottom, lang });

  const model: PovertyModel = {
    ...base,
    // Names too long for two lines, and numbered notes, by their keys.
    legend: [...named.legend, ...notes.legend.map((text, i) => ({ swatch: 'note', label: `${i + 1}: ${text}` }))],
    empty: false,
    plot: { left, top, right, bottom },
    yTicks,
    axisBreak,
    xTicks: xTicks.map((tick) => ({ pos: tick.pos, label: shown(tick) })),
    lines,
    labels,
    markerRadius,
    threshold: threshold && px(thresholdY),
    annotations: notes.marks,
    points,
    hits,
  };
  return { model, crowded: notes.crowded };
}
