import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/core/measure.js';
import { placeGrowthLabels } from '../../../src/widgets/budget-growth/labels.js';

// The growth row's placement with figures worked out by hand: where a figure goes at the
// chart's edge, and which yearly rates keep their line. (Written for mutants StrykerJS
// found surviving; see docs/mutation.md.)

const row = { fontSize: 12, chartWidth: 400 };
/** A growth candidate whose connector is centred on `middle`, 40 px long. */
const at = (middle: number, change: number, perYear = '+1,2%/thn') => ({
  total: '+5,0%',
  perYear,
  change,
  x1: middle - 20,
  x2: middle + 20,
});
const totalWidth = textWidth('+5,0%', 12, true);
/** The yearly rate is set at the row's size, as the figure (the type scale's small: 12 px). */
const rateWidth = textWidth('+1,2%/thn', 12);

describe('placeGrowthLabels: at the chart’s edges', () => {
  it('keeps a figure 1 px inside the chart’s left edge', () => {
    const [placed] = placeGrowthLabels([{ ...at(0, 0.5), x1: 0, x2: 4 }], row);
    expect(placed!.x).toBeCloseTo(totalWidth / 2 + 1, 9);
  });

  it('keeps a figure whose connector ends exactly where the chart’s left edge allows it', () => {
    // A connector of no length at the figure's half width + 1 px: the range it may take is that one point.
    const edge = totalWidth / 2 + 1;
    expect(placeGrowthLabels([{ ...at(edge, 0.5), x1: edge, x2: edge }], row)[0]!.x).toBe(edge);
  });

  it('drops a yearly rate that would leave the chart on the left, keeping its figure', () => {
    // The rate is wider than the figure: centred where the figure fits, it would stick out.
    const [placed] = placeGrowthLabels([{ ...at(0, 0.5), x1: 0, x2: 4 }], row);
    expect(placed!.x - rateWidth / 2).toBeLessThan(1);
    expect(placed!.withPerYear).toBe(false);
  });

  it('drops a yearly rate that would leave the chart on the right, keeping its figure', () => {
    const [placed] = placeGrowthLabels([{ ...at(400, 0.5), x1: 396, x2: 400 }], row);
    expect(placed!.withPerYear).toBe(false);
  });

  it('keeps a yearly rate that just fits, 1 px from either edge', () => {
    const left = rateWidth / 2 + 1;
    const right = 400 - rateWidth / 2 - 1;
    expect(placeGrowthLabels([{ ...at(left, 0.5), x1: left, x2: left }], row)[0]).toMatchObject({
      x: left,
      withPerYear: true,
    });
    expect(placeGrowthLabels([{ ...at(right, 0.5), x1: right, x2: right }], row)[0]).toMatchObject({
      x: right,
      withPerYear: true,
    });
  });

  it('keeps a yearly rate with room inside the chart', () => {
    expect(placeGrowthLabels([at(200, 0.5)], row)[0]!.withPerYear).toBe(true);
  });
});

describe('placeGrowthLabels: two yearly rates side by side', () => {
  const withRate = (distance: number) =>
    placeGrowthLabels([at(100, 0.5), at(100 + distance, 0.3)], row).map((p) => p.withPerYear);

  it('keeps both rates when more than 8 px lie between them', () => {
    // Centres 80 px apart: the rates, 67,1 px wide, leave 12,9 px between them.
    expect(80 - rateWidth).toBeGreaterThan(8);
    expect(withRate(80)).toEqual([true, true]);
  });

  it('keeps both rates more than 8 px apart when the larger change is on the right', () => {
    const placed = placeGrowthLabels([at(100, 0.3), at(180, 0.5)], row);
    expect(placed.map((p) => [p.candidate.change, p.withPerYear])).toEqual([
      [0.5, true],
      [0.3, true],
    ]);
  });

  it('keeps only the larger change’s rate, on either side, when less than 8 px would lie between them', () => {
    const placed = placeGrowthLabels([at(100, 0.3), at(170, 0.5)], row);
    expect(placed.map((p) => [p.candidate.change, p.withPerYear])).toEqual([
      [0.5, true],
      [0.3, false],
    ]);
  });

  it('keeps both rates exactly 8 px apart, on either side', () => {
    // Connectors of no length put each figure, and its rate, exactly on their point.
    const point = (x: number, change: number) => ({ ...at(x, change), x1: x, x2: x });
    const right = 200 + rateWidth + 8;
    const left = 200 - rateWidth - 8;
    expect(right - rateWidth / 2 - 8).toBe(200 + rateWidth / 2);
    expect(left + rateWidth / 2 + 8).toBe(200 - rateWidth / 2);
    for (const other of [right, left])
      expect(placeGrowthLabels([point(200, 0.5), point(other, 0.3)], row).map((p) => [p.x, p.withPerYear])).toEqual([
        [200, true],
        [other, true],
      ]);
  });

  it('keeps only the larger change’s rate when less than 8 px would lie between them', () => {
    // Centres 70 px apart: the figures fit (8 px apart and more), the rates would leave 2,9 px.
    expect(70 - totalWidth).toBeGreaterThanOrEqual(16);
    expect(70 - rateWidth).toBeGreaterThan(0);
    expect(70 - rateWidth).toBeLessThan(8);
    expect(withRate(70)).toEqual([true, false]);
  });
});
