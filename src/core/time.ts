import type { Tick } from './axis.js';
import { formatMonth, formatYear, type Lang } from './format.js';
import { textWidth } from './measure.js';

/**
 * Months as plain numbers: `2019-03` → 2019 × 12 + 2. A month axis is then a linear
 * axis, gaps are differences and no date library (or time zone) is involved.
 */
export function monthIndex(period: string): number {
  // Validated "YYYY-MM" (the schemas' pattern); read without splitting, 10,000 times a series.
  return +period.slice(0, 4) * 12 + +period.slice(5) - 1;
}

/** A month index as "Mar 2019" (both languages), or "Maret 2019" / "March 2019" when long. */
export function formatMonthIndex(t: number, lang: Lang, long = false): string {
  return formatMonth(Math.floor(t / 12), (t % 12) + 1, lang, long);
}

export interface MonthAxis {
  scale: (t: number) => number;
  /** Ticks at the months labelled ("Mar 2019"), or at Januaries labelled by year alone. */
  ticks: Tick[];
  years: boolean;
}

const MONTH_STEPS = [1, 2, 3, 6, 12];
const YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/**
 * A time axis over month indices. A short span (two years at most) is labelled by month
 * every 1, 2, 3, 6 or 12 months counted from `anchor` (the first observation, so that
 * March-and-September data gets "Mar" and "Sep" labels); a longer one by years alone, at
 * round multiples of 1, 2, 5, 10… years. The step is the smallest whose labels fit, and
 * no finer than `minStep` months (the data's own cadence: no labels between releases).
 */
export function monthAxis(
  domain: [number, number],
  range: [number, number],
  lang: Lang,
  fontSize: number,
  anchor = domain[0],
  minStep = 1,
): MonthAxis {
  const [t0, t1] = domain;
  const span = t1 - t0;
  const k = span > 0 ? (range[1] - range[0]) / span : 0;
  const scale = span > 0 ? (t: number) => range[0] + (t - t0) * k : () => (range[0] + range[1]) / 2;
  const tick = (t: number, label: string): Tick => ({ value: t, pos: scale(t), label });
  const room = (label: string, step: number) => step * k >= textWidth(label, fontSize) + 10;
  if (span <= 24) {
    const label = formatMonthIndex(anchor, lang);
    const step = span > 0 ? MONTH_STEPS.find((s) => s >= minStep && room(label, s)) : 1;
    if (step) {
      const ticks: Tick[] = [];
      for (let t = anchor - Math.floor((anchor - t0) / step) * step; t <= t1; t += step)
        ticks.push(tick(t, formatMonthIndex(t, lang)));
      if (ticks.length > 1 || span === 0) return { scale, ticks, years: false };
    }
  }
  const yearStep = YEAR_STEPS.find((s) => room('0000', 12 * s)) ?? 1000;
  const ticks: Tick[] = [];
  for (let y = Math.ceil(t0 / 12 / yearStep) * yearStep; y * 12 <= t1; y += yearStep)
    ticks.push(tick(y * 12, formatYear(y)));
  return { scale, ticks, years: true };
}

/**
 * How often a series is measured: the commonest step between its periods (month
 * indices, `t`), in months (6 for BPS's March and September releases), the shorter on a
 * tie; 0 for fewer than two points. A longer step is a gap, never bridged.
 */
export function cadence(points: readonly { t: number }[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  for (let i = 1; i < points.length; i++) {
    const step = points[i]!.t - points[i - 1]!.t;
    const count = (counts.get(step) ?? 0) + 1;
    counts.set(step, count);
    const bestCount = counts.get(best) ?? 0;
    if (count > bestCount || (count === bestCount && step < best)) best = step;
  }
  return best;
}
