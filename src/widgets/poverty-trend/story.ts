import { formatDecimal, formatPeople, formatPercentValue, type Lang } from '../../core/format.js';
import { coreText } from '../../core/i18n.js';
import type { TableModel } from '../../core/model.js';
import { formatMonthIndex } from '../../core/time.js';
import { sentence } from '../../core/words.js';
import type { PovertyPoint, PovertySeries, PovertySpec } from './schema.js';
import { povertyText } from './text.js';

/** Most "no data" periods listed for one series; a longer gap is still a break in the line. */
const MAX_MISSING = 1000;

/**
 * How often a series is measured: the commonest step between its periods, in months
 * (6 for BPS's March and September releases). A longer step is a gap.
 */
export function cadence(points: readonly PovertyPoint[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  for (let i = 1; i < points.length; i++) {
    const step = points[i]!.t - points[i - 1]!.t;
    const n = (counts.get(step) ?? 0) + 1;
    counts.set(step, n);
    if (n > (counts.get(best) ?? 0) || (n === counts.get(best) && step < best)) best = step;
  }
  return best;
}

/** The periods a series skips at its own cadence (September 2023 in the BPS file). */
export function missingPeriods(points: readonly PovertyPoint[]): number[] {
  const step = cadence(points);
  const out: number[] = [];
  for (let i = 1; i < points.length && out.length < MAX_MISSING; i++)
    for (let t = points[i - 1]!.t + step; t < points[i]!.t && out.length < MAX_MISSING; t += step) out.push(t);
  return out;
}

/** A cell of the grid: a point, a period the series skipped, or a period it has nothing for. */
export type Cell = PovertyPoint | 'missing' | undefined;

/** Series (those with points) by periods: every period any series has, or skipped. */
export interface PovertyGrid {
  series: PovertySeries[];
  periods: number[];
  cells: Cell[][];
  missing: number[][];
}

/** Lays the series out as a grid of cells: the rows of keyboard movement and table columns. */
export function povertyGrid(spec: PovertySpec): PovertyGrid {
  const series = spec.series.filter((s) => s.points.length);
  const missing = series.map((s) => missingPeriods(s.points));
  const all = new Set<number>();
  series.forEach((s, i) => {
    for (const p of s.points) all.add(p.t);
    for (const t of missing[i]!) all.add(t);
  });
  const periods = [...all].sort((a, b) => a - b);
  const cells = series.map((s, i) => {
    // One series (or several on the same periods) needs no lookups: the common case.
    if (s.points.length === periods.length) return s.points as Cell[];
    const byT = new Map<number, Cell>(s.points.map((p) => [p.t, p]));
    for (const t of missing[i]!) byT.set(t, 'missing');
    return periods.map((t) => byT.get(t));
  });
  return { series, periods, cells, missing };
}

/** A change in percentage points with a true minus sign: "−2,97". */
export function formatPoints(diff: number, lang: Lang): string {
  return formatDecimal(diff, lang, 2, true).replace('-', '−');
}

/** The threshold's value without needless zeros: "10%", "9,5%". */
export function thresholdValue(value: number, lang: Lang): string {
  return formatPercentValue(value, lang, Number.isInteger(value) ? 0 : 2);
}

/** Where a series goes below the threshold or back to it or above, in order. */
export function crossings(points: readonly PovertyPoint[], threshold: number): { t: number; below: boolean }[] {
  const out: { t: number; below: boolean }[] = [];
  for (let i = 1; i < points.length; i++) {
    const below = points[i]!.value < threshold;
    if (below !== points[i - 1]!.value < threshold) out.push({ t: points[i]!.t, below });
  }
  return out;
}

function thresholdSentence(spec: PovertySpec, points: readonly PovertyPoint[], lang: Lang): string {
  const t = povertyText[lang];
  const limit = spec.threshold;
  if (!limit) return '';
  const name = t.limit(thresholdValue(limit.value, lang), limit.label);
  const events = crossings(points, limit.value);
  if (!events.length) return points[0]!.value < limit.value ? t.allBelow(name) : t.allAbove(name);
  const later = (e: { t: number; below: boolean }) =>
    `${e.below ? t.backBelow : t.backAbove} ${formatMonthIndex(e.t, lang)}`;
  const [first, ...rest] = events;
  const parts = [`${first!.below ? t.firstBelow : t.firstAbove} ${name} ${t.in} ${formatMonthIndex(first!.t, lang)}`];
  if (rest.length > 3) parts.push(...rest.slice(0, 2).map(later), `${t.lastly} ${later(rest[rest.length - 1]!)}`);
  else parts.push(...rest.map(later));
  return parts.join('; ') + '.';
}

function seriesSentence(s: PovertySeries, missing: readonly number[], lang: Lang): string {
  const t = povertyText[lang];
  const first = s.points[0]!;
  const last = s.points[s.points.length - 1]!;
  const month = (p: PovertyPoint) => formatMonthIndex(p.t, lang);
  const pct = (p: PovertyPoint) => formatPercentValue(p.value, lang);
  const when = (p: PovertyPoint) =>
    `${pct(p)} (${month(p)}${p.count === undefined ? '' : `, ${formatPeople(p.count, lang)}`})`;
  const text =
    first === last
      ? when(first)
      : first.value === last.value
        ? t.flat(pct(first), month(first), month(last))
        : `${last.value > first.value ? t.rose : t.fell} ${when(first)} ${t.to} ${when(last)}, ${formatPoints(last.value - first.value, lang)} ${t.pp}`;
  const gaps = missing.slice(0, 5).map((m) => formatMonthIndex(m, lang));
  return `${s.name}: ${text}${gaps.length ? `; ${t.noDataFor} ${gaps.join(', ')}${missing.length > 5 ? ', …' : ''}` : ''}.`;
}

/**
 * The story: for the first series, where it went from and to (and by how many
 * percentage points), its lowest point and how it stood against the threshold; one
 * sentence more for each other series.
 */
export function povertySummary(spec: PovertySpec, lang: Lang, grid = povertyGrid(spec)): string {
  const t = povertyText[lang];
  const [main, ...others] = grid.series;
  if (!main) return coreText[lang].noData;
  const parts = [seriesSentence(main, grid.missing[0]!, lang)];
  const pts = main.points;
  const lowest = pts.reduce((low, p) => (p.value < low.value ? p : low), pts[0]!);
  if (pts.some((p) => p.value !== lowest.value))
    parts.push(`${t.lowest}: ${formatPercentValue(lowest.value, lang)} (${formatMonthIndex(lowest.t, lang)}).`);
  parts.push(thresholdSentence(spec, pts, lang));
  others.forEach((s, i) => parts.push(seriesSentence(s, grid.missing[i + 1]!, lang)));
  return parts.filter(Boolean).map(sentence).join(' ');
}

/** Every period, a skipped one as "tidak ada data", with counts and events where given. */
export function povertyTable(spec: PovertySpec, lang: Lang, grid = povertyGrid(spec)): TableModel {
  const t = povertyText[lang];
  const single = grid.series.length === 1;
  const withCount = grid.series.map((s) => s.points.some((p) => p.count !== undefined));
  const events = new Map<number, string>();
  for (const a of spec.annotations) events.set(a.t, events.has(a.t) ? `${events.get(a.t)}; ${a.label}` : a.label);
  const columns: TableModel['columns'] = [{ label: t.period }];
  grid.series.forEach((s, i) => {
    columns.push({ label: single ? t.rate : s.name, numeric: true });
    if (withCount[i]) columns.push({ label: single ? t.count : `${s.name}: ${t.people}`, numeric: true });
  });
  if (events.size) columns.push({ label: t.event });
  // Periods with an event but no figure get a row of their own, in order.
  const extra = [...events.keys()].filter((at) => !grid.periods.includes(at));
  const order = grid.periods.map((at, c) => ({ at, c: c as number | undefined }));
  for (const at of extra) order.push({ at, c: undefined });
  order.sort((a, b) => a.at - b.at);
  const rows = order.map(({ at, c }) => {
    const row = [formatMonthIndex(at, lang)];
    grid.cells.forEach((cells, i) => {
      const cell = c === undefined ? undefined : cells[c];
      row.push(typeof cell === 'object' ? formatPercentValue(cell.value, lang) : cell ? coreText[lang].missing : '–');
      if (withCount[i])
        row.push(typeof cell === 'object' && cell.count !== undefined ? formatPeople(cell.count, lang) : '');
    });
    if (events.size) row.push(events.get(at) ?? '');
    return row;
  });
  return { caption: spec.title, columns, rows };
}
