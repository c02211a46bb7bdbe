import { formatDecimal, formatPeople, formatPercentValue, type Lang } from '../../core/format.js';
import { coreText } from '../../core/i18n.js';
import type { TableModel } from '../../core/model.js';
import { cadence, formatMonthIndex } from '../../core/time.js';
import { sentence } from '../../core/words.js';
import type { PovertyPoint, PovertySeries, PovertySpec } from './schema.js';
import { povertyText } from './text.js';

/**
 * Every number of `lists` once, in ascending order: sorted natively as a typed array,
 * with no comparator call per pair.
 */
function union(lists: readonly (readonly number[])[]): number[] {
  const all = Float64Array.from(lists.flat()).sort();
  return [...all].filter((t, i) => t !== all[i - 1]);
}

/**
 * The periods a series skips at its own cadence (September 2023 in the BPS file), at
 * most 1000 of them: a longer gap is still a break in the line.
 */
export function missingPeriods(points: readonly PovertyPoint[], step = cadence(points)): number[] {
  const out: number[] = [];
  for (let i = 1; i < points.length; i++)
    for (let t = points[i - 1]!.t + step; t < points[i]!.t && out.length < 1000; t += step) out.push(t);
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
  /** Each series' cadence, in months (0 for a single point). */
  steps: number[];
  /** The annotations' labels by period. */
  events: Map<number, string[]>;
}

/** Lays the series out as a grid of cells: the rows of keyboard movement and table columns. */
export function povertyGrid(spec: PovertySpec): PovertyGrid {
  const series = spec.series.filter((s) => s.points.length);
  const steps = series.map((s) => cadence(s.points));
  const missing = series.map((s, i) => missingPeriods(s.points, steps[i]));
  const periods = union(series.flatMap((s, i) => [s.points.map((p) => p.t), missing[i]!]));
  // Points and skipped periods are both in order: one walk along the periods each.
  const cells = series.map(({ points }, i) => {
    const skipped = missing[i]!;
    const row: Cell[] = [];
    let nextPoint = 0;
    let nextSkipped = 0;
    for (let c = 0; c < periods.length; c++) {
      const period = periods[c];
      if (points[nextPoint]?.t === period) {
        row.push(points[nextPoint]!);
        nextPoint++;
      } else if (skipped[nextSkipped] === period) {
        row.push('missing');
        nextSkipped++;
      } else row.push(undefined);
    }
    return row;
  });
  const events = new Map<number, string[]>();
  for (const a of spec.annotations) events.set(a.t, [...(events.get(a.t) ?? []), a.label]);
  return { series, periods, cells, missing, steps, events };
}

/** A cell's value ("9,41%", "tidak ada data" or "–") and its count ("25,95 juta jiwa" or ""). */
export function cellText(cell: Cell, lang: Lang): [value: string, count: string] {
  if (typeof cell === 'object') {
    const count = cell.count === undefined ? '' : formatPeople(cell.count, lang);
    return [formatPercentValue(cell.value, lang), count];
  }
  return [cell === 'missing' ? coreText[lang].missing : '–', ''];
}

/** A change in percentage points, signed: "−2,97", "+0,41". */
export const formatPoints = (diff: number, lang: Lang) => formatDecimal(diff, lang, 2, true);

/** The threshold's value without needless zeros: "10%", "9,5%". */
export const thresholdValue = (value: number, lang: Lang) =>
  formatPercentValue(value, lang, Number.isInteger(value) ? 0 : 2);

/** Where a series goes below the threshold or back to it or above, in order. */
export function crossings(points: readonly PovertyPoint[], threshold: number): { t: number; below: boolean }[] {
  const out: { t: number; below: boolean }[] = [];
  for (let i = 1; i < points.length; i++) {
    const below = points[i]!.value < threshold;
    if (below !== points[i - 1]!.value < threshold) out.push({ t: points[i]!.t, below });
  }
  return out;
}

/**
 * Whether every value lies within a twentieth of the largest (9,41–9,82%): the value axis
 * then starts far from zero and draws a small change tall, so the words call it small.
 */
export function smallRange(series: readonly PovertySeries[]): boolean {
  let low = Infinity;
  let high = -Infinity;
  for (const s of series)
    for (const p of s.points) {
      low = Math.min(low, p.value);
      high = Math.max(high, p.value);
    }
  return low > 0 && high - low < high / 20;
}

/**
 * The story: for the first series, where it went from and to (and by how many
 * percentage points), its lowest point and how it stood against the threshold (its
 * first crossing, then at most two more and the latest); one sentence more for each
 * other series.
 */
export function povertySummary(spec: PovertySpec, lang: Lang, { series, missing } = povertyGrid(spec)): string {
  const words = povertyText[lang];
  const month = (at: number) => formatMonthIndex(at, lang);
  const small = smallRange(series);
  /** "9,82% (Mar 2018, 25,95 juta jiwa)", the count where given and wanted. */
  const when = (point: PovertyPoint, withCount = true) => {
    const [value, count] = cellText(point, lang);
    return `${value} (${month(point.t)}${withCount && count ? `, ${count}` : ''})`;
  };
  /** From a series' first point to its last: its one point, "unchanged at …", or "rose from … to …" ("edged up" when small). */
  const change = (first: PovertyPoint, last: PovertyPoint) => {
    if (first === last) return when(first);
    if (first.value === last.value) return words.flat(cellText(first, lang)[0], month(first.t), month(last.t));
    const rose = last.value > first.value;
    let direction: string = rose ? words.rose : words.fell;
    if (small) direction = rose ? words.roseSlightly : words.fellSlightly;
    const difference = formatPoints(last.value - first.value, lang);
    return `${direction} ${when(first)} ${words.to} ${when(last)}, ${difference} ${words.pp}`;
  };
  const [head, ...others] = series.map(({ name, points }, i) => {
    const gaps = missing[i]!.slice(0, 5).map(month);
    if (missing[i]!.length > 5) gaps.push('…');
    const noData = gaps.length ? `; ${words.noDataFor} ${gaps.join(', ')}` : '';
    return `${name}: ${change(points[0]!, points.at(-1)!)}${noData}.`;
  });
  if (!head) return coreText[lang].noData;
  const headPoints = series[0]!.points;
  const parts = [head];
  const lowest = headPoints.reduce((low, p) => (p.value < low.value ? p : low));
  if (headPoints.some((p) => p.value !== lowest.value)) parts.push(`${words.lowest}: ${when(lowest, false)}.`);
  const threshold = spec.threshold;
  if (threshold) {
    const name = words.limit(thresholdValue(threshold.value, lang), threshold.label);
    const side = (below: boolean) => (below ? words.side.below : words.side.above);
    const [first, ...rest] = crossings(headPoints, threshold.value);
    if (first) {
      const later = rest.map((crossing) => words.back(side(crossing.below), month(crossing.t)));
      // Five crossings or more: the first three, then the latest.
      if (later.length > 3) later.splice(2, Infinity, `${words.lastly} ${later.at(-1)}`);
      parts.push([words.first(side(first.below), name, month(first.t)), ...later].join('; ') + '.');
    } else parts.push(words.all(headPoints[0]!.value < threshold.value, name));
  }
  return [...parts, ...others].map(sentence).join(' ');
}

/** Every period, a skipped one as "tidak ada data", with counts and events where given. */
export function povertyTable(
  spec: PovertySpec,
  lang: Lang,
  { series, periods, cells, events } = povertyGrid(spec),
): TableModel {
  const words = povertyText[lang];
  const single = series.length < 2;
  const columns: TableModel['columns'] = [{ label: words.period }];
  // Per series: whether it has a column of counts beside its rates.
  const counted = series.map((s) => {
    columns.push({ label: single ? words.rate : s.name, numeric: true });
    const hasCounts = s.points.some((p) => p.count !== undefined);
    if (hasCounts) columns.push({ label: single ? words.count : `${s.name}: ${words.people}`, numeric: true });
    return hasCounts;
  });
  if (events.size) columns.push({ label: words.event });
  // Periods with an event but no figure get a row of their own, in order.
  const order = events.size ? union([periods, [...events.keys()]]) : periods;
  let rows: string[][] | undefined;
  return {
    caption: spec.title,
    columns,
    // Written when first read: the rows wait until the reader opens the table (or a download asks).
    get rows() {
      if (!rows) {
        const columnOf = new Map(periods.map((at, c) => [at, c]));
        rows = order.map((at) => {
          const c = columnOf.get(at);
          return [
            formatMonthIndex(at, lang),
            ...cells.flatMap((row, i) =>
              cellText(c === undefined ? undefined : row[c], lang).slice(0, counted[i] ? 2 : 1),
            ),
            ...(events.size ? [events.get(at)?.join('; ') ?? ''] : []),
          ];
        });
      }
      return rows;
    },
  };
}
