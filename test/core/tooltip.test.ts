import { describe, expect, it } from 'vitest';
import type { PointModel, Rect } from '../../src/core/model.js';
import { tooltipSpot } from '../../src/core/tooltip.js';

const chart = { width: 400, height: 300 };
const bounds = { top: -80, bottom: 400 };
const size = { width: 120, height: 50 };
/** A bar from `top` down to the chart's bottom, 20 px wide, centred on `x`. */
const bar = (x: number, top: number, keepClear?: Rect[]): PointModel => ({
  key: 'k',
  label: 'l',
  tooltip: { title: 't', lines: [] },
  anchor: { x, y: top },
  focus: { x: x - 10, y: top, width: 20, height: 300 - top },
  keepClear,
});
const overlaps = (s: { x: number; y: number }, r: Rect) =>
  s.x < r.x + r.width && r.x < s.x + size.width && s.y < r.y + r.height && r.y < s.y + size.height;

describe('tooltipSpot', () => {
  it('sits above what it describes, centred, 8 px clear, when the chart has room there', () => {
    expect(tooltipSpot(size, bar(200, 150), chart, bounds)).toEqual({ x: 140, y: 92 });
  });
  it("keeps clear of the point's own label above its bar: above the label, not over it", () => {
    const label = { x: 185, y: 130, width: 30, height: 14 };
    const spot = tooltipSpot(size, bar(200, 150, [{ x: 190, y: 150, width: 20, height: 150 }, label]), chart, bounds);
    expect(spot.y + size.height).toBeLessThanOrEqual(label.y);
  });
  it('goes beside a bar that reaches the top, right of it, then left of it near the right edge', () => {
    expect(tooltipSpot(size, bar(100, 20), chart, bounds)).toEqual({ x: 118, y: 20 });
    expect(tooltipSpot(size, bar(350, 20), chart, bounds)).toEqual({ x: 212, y: 20 });
  });
  it("flips at the chart's edges: centred above a bar at the left end, it starts at 0", () => {
    expect(tooltipSpot(size, bar(15, 150), chart, bounds).x).toBe(0);
    expect(tooltipSpot(size, bar(395, 150), chart, bounds).x).toBe(400 - 120);
  });
  it('never covers what the chart keeps clear for every point (a headline)', () => {
    const headline = { x: 0, y: 0, width: 400, height: 120 };
    const spot = tooltipSpot(size, bar(200, 150), { ...chart, keepClear: [headline] }, bounds);
    expect(overlaps(spot, headline)).toBe(false);
  });
});
