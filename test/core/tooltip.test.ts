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

/** A point whose mark and labels are `own`, its tooltip pointing at `x`. */
const mark = (x: number, own: Rect[]): PointModel => ({
  key: 'k',
  label: 'l',
  tooltip: { title: 't', lines: [] },
  anchor: { x, y: own[0]!.y },
  focus: own[0]!,
  keepClear: own,
});

describe('tooltipSpot: edges', () => {
  it('may touch what it keeps clear, edge to edge, on every side', () => {
    // Above the bar, the spot is x 140–260, y 92–142: each rect ends or starts on one of its edges.
    const around = [
      { x: 100, y: 92, width: 40, height: 50 },
      { x: 260, y: 92, width: 40, height: 50 },
      { x: 140, y: 72, width: 120, height: 20 },
      { x: 140, y: 142, width: 120, height: 8 },
    ];
    expect(tooltipSpot(size, bar(200, 150), { ...chart, keepClear: around }, bounds)).toEqual({ x: 140, y: 92 });
  });

  it("sits above a bar whose top is exactly its height and gap below the chart's top, at 0", () => {
    expect(tooltipSpot(size, bar(200, 58), chart, bounds)).toEqual({ x: 140, y: 0 });
  });

  it("goes below, centred, when it fits neither above nor beside, never off the chart's left edge", () => {
    const wide = { width: 300, height: 50 };
    const dot = { x: 190, y: 30, width: 20, height: 20 };
    expect(tooltipSpot(wide, mark(200, [dot]), chart, bounds)).toEqual({ x: 50, y: 58 });
  });

  it("beside a mark at the bottom, rises to end at the widget's bottom, exactly at the chart's", () => {
    const dot = { x: 90, y: 280, width: 20, height: 20 };
    const label = { x: 60, y: 200, width: 20, height: 80 }; // under the spot above
    const spot = tooltipSpot(size, mark(100, [dot]), { ...chart, keepClear: [label] }, { top: -80, bottom: 300 });
    expect(spot).toEqual({ x: 118, y: 250 });
  });

  it("takes the space below only as far as the chart's bottom, exactly, then reaches over the widget's box", () => {
    const wide = { width: 300, height: 50 };
    // Below, the spot ends at 242 + 8 + 50 = 300: the chart's bottom.
    const fits = [{ x: 190, y: 40, width: 20, height: 202 }];
    expect(tooltipSpot(wide, mark(200, fits), chart, bounds)).toEqual({ x: 50, y: 250 });
    // A pixel lower it leaves the chart: above, 18 px over the chart's top, still in the widget's box.
    const over = [{ x: 190, y: 40, width: 20, height: 203 }];
    expect(tooltipSpot(wide, mark(200, over), chart, bounds)).toEqual({ x: 50, y: -18 });
    // With no room above in the widget's box, below it is, over the legend under the chart.
    expect(tooltipSpot(wide, mark(200, over), chart, { top: 0, bottom: 400 })).toEqual({ x: 50, y: 251 });
  });
});
