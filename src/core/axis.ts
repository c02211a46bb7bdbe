import { nice, ticks } from 'd3-array';
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
 * d3-array's nice domain and round ticks for about `count` ticks, asking for fewer while
 * d3 gives more than eleven. (d3-scale's linear scale is not used: it would pull in
 * d3-interpolate, d3-color and d3-format, 8 KB gzip, for a one-line mapping.)
 */
export function roundTicks([lo, hi]: [number, number], count: number) {
  for (let n = count; ; n--) {
    const [a, b] = nice(lo, hi, n);
    const values = ticks(a, b, n);
    if (values.length <= 11 || n <= 2) return { a, b, values };
  }
}

/** All values equal: a window around them rather than a zero-height axis. */
function around(value: number): [number, number] {
  // A tenth of the value, or a unit when that is too small to step through.
  const pad = Math.abs(value) > 1e-100 ? Math.abs(value) * 0.1 : 1;
  return value === 0 ? [0, 1] : [value - (value >= 0 && value - pad < 0 ? value : pad), value + pad];
}
