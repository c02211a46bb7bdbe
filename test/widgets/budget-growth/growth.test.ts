import { describe, expect, it } from 'vitest';
import { cagr, growth, growthSteps, ratio } from '../../../src/widgets/budget-growth/growth.js';

describe('growth', () => {
  it('gives +93,3% in total and +24,6% a year from 2015 (Rp 22,4 T) to 2018 (Rp 43,3 T)', () => {
    const g = growth({ year: 2015, amount: 22.4e12 }, { year: 2018, amount: 43.3e12 });
    expect(g.span).toBe(3);
    expect(g.total).toBeCloseTo(0.933, 3);
    expect(g.perYear).toBeCloseTo(0.246, 3);
  });
  it('gives the same total and yearly rate between neighbouring years', () => {
    const g = growth({ year: 2018, amount: 43.3e12 }, { year: 2019, amount: 58.9e12 });
    expect(g.perYear).toBeCloseTo(g.total!, 12);
  });
  it('has no rate from a zero start', () => {
    expect(growth({ year: 2015, amount: 0 }, { year: 2016, amount: 5 })).toMatchObject({ total: null, perYear: null });
  });
  it('gives no ratio against a whole of zero or below', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, -2)).toBeNull();
    expect(ratio(1, 2)).toBe(0.5);
  });
  it('compounds: a doubling over two years is +41,4% a year', () => {
    expect(cagr(1, 2, 2)).toBeCloseTo(Math.SQRT2 - 1, 12);
  });
  it('steps through neighbouring points in order', () => {
    const steps = growthSteps([
      { year: 2015, amount: 1 },
      { year: 2018, amount: 2 },
      { year: 2019, amount: 3 },
    ]);
    expect(steps.map((s) => [s.fromYear, s.toYear])).toEqual([
      [2015, 2018],
      [2018, 2019],
    ]);
  });
});
