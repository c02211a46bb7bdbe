import { describe, expect, it } from 'vitest';
import { columnExtremes } from '../../../src/widgets/poverty-trend/decimate.js';

describe('columnExtremes (M4 decimation)', () => {
  it('keeps every point of a column with four points or fewer', () => {
    const xs = [0.1, 0.5, 0.9, 1.2, 2.5];
    const ys = [5, 1, 9, 3, 4];
    expect(columnExtremes(xs, ys, 0, xs.length)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the first, the lowest, the highest and the last point of a crowded column, in order', () => {
    // Six points in column 0: first 5, highest 9 at index 2, lowest 0 at index 4, last 6.
    const xs = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.5];
    const ys = [5, 4, 9, 3, 0, 6, 2];
    expect(columnExtremes(xs, ys, 0, xs.length)).toEqual([0, 2, 4, 5, 6]);
  });

  it('keeps a point once when it is both an extreme and the first or the last', () => {
    const xs = [0, 0.1, 0.2, 0.3, 0.4, 0.5];
    const ys = [0, 1, 2, 3, 4, 5]; // rising: the first is the lowest, the last the highest
    expect(columnExtremes(xs, ys, 0, xs.length)).toEqual([0, 5]);
  });

  it('works on the piece it is given only', () => {
    const xs = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
    const ys = [9, 0, 5, 5, 5, 5, 1, 9];
    expect(columnExtremes(xs, ys, 2, 6)).toEqual([2, 3, 4, 5]);
    expect(columnExtremes(xs, ys, 1, 8)).toEqual([1, 7]);
  });

  it('draws 10,000 points across 400 px through at most four per column, covering each column from its lowest to its highest value', () => {
    const n = 10_000;
    const xs = Array.from({ length: n }, (_, i) => (i / n) * 400);
    const ys = Array.from({ length: n }, (_, i) => 100 + 50 * Math.sin(i / 7) + ((i * 7919) % 13));
    const kept = columnExtremes(xs, ys, 0, n);
    expect(kept.length).toBeLessThanOrEqual(4 * 400);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    for (let column = 0; column < 400; column++) {
      const all = ys.filter((_, i) => Math.floor(xs[i]!) === column);
      const drawn = kept.filter((i) => Math.floor(xs[i]!) === column).map((i) => ys[i]!);
      expect(Math.min(...drawn)).toBe(Math.min(...all));
      expect(Math.max(...drawn)).toBe(Math.max(...all));
    }
  });

  it('keeps the first of tied lowest points and the first of tied highest points in a column', () => {
    const xs = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
    const ys = [5, 1, 1, 9, 9, 5];
    expect(columnExtremes(xs, ys, 0, 6)).toEqual([0, 1, 3, 5]);
  });
});
