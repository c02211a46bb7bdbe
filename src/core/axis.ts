import { nice, ticks as niceTicks } from 'd3-array';
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
  let [lo, hi] = domain;
  if (!(hi > lo)) {
    // All values equal: open a window around them rather than a zero-height axis.
    const pad = Math.abs(lo) * 0.1 || 1;
    [lo, hi] = lo === 0 && hi === 0 ? [0, 1] : [lo - (lo >= 0 && lo - pad < 0 ? lo : pad), hi + pad];
  }
  const count = Math.max(2, Math.min(10, Math.floor(Math.abs(range[0] - range[1]) / spacing)));
  // d3-array's nice/ticks without d3-scale's linear scale, which would pull in
  // d3-interpolate, d3-color and d3-format (8 KB gzip) for a one-line mapping.
  const [a, b] = nice(lo, hi, count);
  const k = (range[1] - range[0]) / (b - a || 1);
  const scale = (value: number) => range[0] + (value - a) * k;
  const ticks = niceTicks(a, b, count).map((value) => ({ value, pos: px(scale(value)), label: format(value) }));
  return { domain: [a, b], ticks, scale };
}
