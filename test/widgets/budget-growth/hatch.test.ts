import { describe, expect, it } from 'vitest';
import { hatchPath } from '../../../src/widgets/budget-growth/hatch.js';

/** The path's segments as [x1, y1, x2, y2]. */
const segments = (d: string) =>
  [...d.matchAll(/M([\d.-]+),([\d.-]+)L([\d.-]+),([\d.-]+)/g)].map((m) => m.slice(1).map(Number));

describe('hatchPath', () => {
  it('draws 45° lines, each from one edge of the rectangle to another', () => {
    const [x, y, w, h] = [69, 133.1, 24, 84.9];
    const lines = segments(hatchPath(x, y, w, h));
    expect(lines.length).toBeGreaterThan(10);
    const onEdge = (px: number, py: number) =>
      [Math.abs(px - x), Math.abs(px - (x + w)), Math.abs(py - y), Math.abs(py - (y + h))].some((d) => d < 0.06);
    for (const [x1, y1, x2, y2] of lines) {
      expect(x1! + y1!).toBeCloseTo(x2! + y2!, 1);
      expect(onEdge(x1!, y1!) && onEdge(x2!, y2!)).toBe(true);
      for (const [px, py] of [
        [x1!, y1!],
        [x2!, y2!],
      ])
        expect(px! >= x - 0.06 && px! <= x + w + 0.06 && py! >= y - 0.06 && py! <= y + h + 0.06).toBe(true);
    }
  });

  it('spaces the lines 6 px apart, on one grid for every rectangle, so that neighbours line up', () => {
    for (const [x, y] of [
      [1, 1],
      [369, 133.1],
    ]) {
      const sums = segments(hatchPath(x!, y!, 24, 60)).map(([x1, y1]) => x1! + y1!);
      for (const sum of sums) {
        const steps = sum / (6 * Math.SQRT2);
        expect(Math.abs(steps - Math.round(steps))).toBeLessThan(0.02);
      }
      sums.slice(1).forEach((sum, i) => expect(Math.abs((sum - sums[i]!) / Math.SQRT2 - 6)).toBeLessThan(0.1));
    }
  });

  it('covers the legend swatch, and draws nothing in an empty rectangle', () => {
    expect(segments(hatchPath(1, 1, 14, 10))).toHaveLength(Math.floor(24 / (6 * Math.SQRT2)) + 1);
    expect(hatchPath(10, 10, 0, 0)).toBe('');
  });
});
