import { px } from './measure.js';

export interface Tick {
  value: number;
  /** Position along the axis in px. */
  pos: number;
  label: string;
}

export interface LinearAxis {
  domain: [number, number];
  ticks: Tick[];
  scale: (value: number) => number;
}

/**
 * A linear value axis with "nice" round ticks, about one per `spacing` px and never
 * more than ten, so even a degenerate domain reads well.
 */
export function linearAxis(
  domain: [number, number],
  range: [number, number],
  format: (value: number) => string,
  spacing = 56,
): LinearAxis {
  const count = Math.max(2, Math.min(10, Math.floor(Math.abs(range[0] - range[1]) / spacing)));
  // An empty domain, or one too narrow to step through in floating point (values an
  // ulp apart, or subnormal, on which d3 repeats ticks or throws), reads as all equal.
  const [lo, hi] = domain;
  const wide = hi - lo > Math.max(Math.abs(lo), Math.abs(hi), 1e-100) * 1e-12;
  const { a, b, values } = roundTicks(wide ? domain : around(hi > lo ? (lo + hi) / 2 : lo), count);
  const k = (range[1] - range[0]) / (b - a || 1);
  const scale = (value: number) => range[0] + (value - a) * k;
  const ticks = values.map((value) => ({ value, pos: px(scale(value)), label: format(value) }));
  return { domain: [a, b], ticks, scale };
}

/**
 * d3-array's nice domain and round ticks (without d3-scale's linear scale, which would
 * pull in d3-interpolate, d3-color and d3-format, 8 KB gzip, for a one-line mapping),
 * asking for fewer while d3 gives more than eleven. Written out for what the axis asks
 * (lo < hi, at least two ticks), step for step as d3-array 3.2 computes, so every value
 * is the same to the bit (test/reliability/axis.test.ts holds it to d3). Exported for
 * that test only. d3-array: Copyright 2010-2023 Mike Bostock, ISC License.
 */
export function roundTicks([lo, hi]: [number, number], count: number) {
  for (let n = count; ; n--) {
    // nice(): widen to whole steps until the step settles; ticks() then counts those.
    let [a, b] = [lo, hi];
    let inc = increment(a, b, n);
    // A negative increment -k stands for a step of 1/k.
    const at = (i: number) => (inc < 0 ? i / -inc : i * inc);
    const index = (v: number) => (inc < 0 ? v * -inc : v / inc);
    for (let prev; inc !== prev && inc && isFinite(inc); prev = inc, inc = increment(a, b, n)) {
      [a, b] = [at(Math.floor(index(a))), at(Math.ceil(index(b)))];
    }
    let i1 = Math.round(index(a));
    let i2 = Math.round(index(b));
    if (at(i1) < a) i1++;
    if (at(i2) > b) i2--;
    const values = Array.from({ length: i2 - i1 + 1 }, (_, i) => at(i1 + i));
    if (values.length <= 11 || n <= 2) return { a, b, values };
  }
}

/** d3-array's tickIncrement: a round step for about `count` ticks, or -k for a step of 1/k. */
function increment(start: number, stop: number, count: number): number {
  const step = (stop - start) / count;
  const power = Math.floor(Math.log10(step));
  const error = step / Math.pow(10, power);
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return power < 0 ? -Math.pow(10, -power) / factor : Math.pow(10, power) * factor;
}

/** All values equal: a window around them rather than a zero-height axis. */
function around(value: number): [number, number] {
  // A tenth of the value, or a unit when that is too small to step through.
  const pad = Math.abs(value) > 1e-100 ? Math.abs(value) * 0.1 : 1;
  return value === 0 ? [0, 1] : [value - (value >= 0 && value - pad < 0 ? value : pad), value + pad];
}
