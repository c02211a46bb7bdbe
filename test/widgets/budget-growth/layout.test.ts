import { describe, expect, it } from 'vitest';
import { budgetLayout } from '../../../src/widgets/budget-growth/layout.js';
import { extended, seed, spec } from './fixtures.js';
import { nonFinite } from '../../helpers/model.js';
import { plain } from '../../helpers/samples.js';

describe('budgetLayout: the year axis', () => {
  it('gives every year from first to last a slot, so the 2015 → 2018 gap takes three slots', () => {
    const m = budgetLayout(seed, { width: 640, lang: 'id' });
    expect(m.slots.map((s) => s.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(m.slots.filter((s) => !s.present).map((s) => s.year)).toEqual([2016, 2017]);
    const [b2015, b2018] = [m.bars[0]!, m.bars[1]!];
    const step = m.slots[1]!.x - m.slots[0]!.x;
    expect(b2018.x - b2015.x).toBeCloseTo(3 * step, 0);
  });

  it('labels growth across the gap in total and per year: +93,3% and +24,6%/thn', () => {
    const m = budgetLayout(seed, { width: 640, lang: 'id' });
    expect(plain(m.growth[0]!.total)).toBe('+93,3%');
    expect(plain(m.growth[0]!.perYear!)).toBe('+24,6%/thn');
    expect(m.growth[1]!.perYear).toBeUndefined();
  });

  it('marks planned years and realized shares', () => {
    expect(budgetLayout(seed, { width: 640, lang: 'id' }).bars.map((b) => b.planned)).toEqual([
      false,
      false,
      false,
      true,
    ]);
    const m = budgetLayout(extended, { width: 640, lang: 'en' });
    expect(m.bars.filter((b) => b.realized).map((b) => b.year)).toEqual([2020, 2021, 2022, 2023]);
    expect(m.legend.map((l) => l.swatch)).toEqual(['final', 'planned', 'realized']);
  });

  it('starts bars at zero, with the top tick naming the currency', () => {
    const m = budgetLayout(seed, { width: 640, lang: 'id' });
    expect(m.yTicks[0]!.value).toBe(0);
    expect(plain(m.yTicks[m.yTicks.length - 1]!.label)).toMatch(/^Rp \d+ T$/);
    for (const bar of m.bars) expect(bar.y + bar.height).toBeCloseTo(m.plot.bottom, 1);
  });

  it('writes full labels ("Rp 22,4 T") when they fit, compact ones ("22,4 T") when not', () => {
    expect(plain(budgetLayout(seed, { width: 1200, lang: 'id' }).bars[0]!.label!.text)).toBe('Rp 22,4 T');
    expect(plain(budgetLayout(seed, { width: 1200, lang: 'en' }).bars[0]!.label!.text)).toBe('IDR 22.4T');
    expect(plain(budgetLayout(seed, { width: 320, lang: 'id' }).bars[0]!.label!.text)).toBe('22,4 T');
  });
});

// Which labels are drawn, and that none overlaps or leaves the chart: labels.test.ts.

describe('budgetLayout: odd but valid input', () => {
  const doc = (points: object[]) => spec({ title: 't', points });

  it('lays out no points as an empty chart', () => {
    const m = budgetLayout(doc([]), { width: 320, lang: 'id' });
    expect(m.empty).toBe(true);
    expect(m.summary).toContain('Belum ada data');
  });
  it('draws a single point with its label', () => {
    const m = budgetLayout(doc([{ year: 2020, amount: 5e12 }]), { width: 320, lang: 'id' });
    expect(m.bars).toHaveLength(1);
    expect(m.bars[0]!.label).toBeDefined();
    expect(m.growth).toEqual([]);
  });
  it('gives a readable axis when every amount is zero', () => {
    const m = budgetLayout(
      doc([
        { year: 2020, amount: 0 },
        { year: 2021, amount: 0 },
      ]),
      { width: 640, lang: 'id' },
    );
    expect(m.yTicks.length).toBeGreaterThanOrEqual(2);
    expect(nonFinite(m)).toEqual([]);
  });
  it('keeps at most ten ticks and no exponent text for huge amounts', () => {
    const m = budgetLayout(
      doc([
        { year: 2020, amount: 1e18 },
        { year: 2021, amount: 1 },
      ]),
      { width: 1200, lang: 'en' },
    );
    expect(m.yTicks.length).toBeLessThanOrEqual(10);
    expect(JSON.stringify(m)).not.toMatch(/e\+\d/);
  });
  it('stays finite across a long span of years', () => {
    const m = budgetLayout(
      doc([
        { year: 1900, amount: 1 },
        { year: 2099, amount: 2 },
      ]),
      { width: 320, lang: 'id' },
    );
    expect(m.slots).toHaveLength(200);
    expect(nonFinite(m)).toEqual([]);
  });
});
