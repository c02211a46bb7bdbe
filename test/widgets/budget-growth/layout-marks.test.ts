import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/core/model.js';
import { TYPE } from '../../../src/core/measure.js';
import { budgetLayout } from '../../../src/widgets/budget-growth/layout.js';
import { extended, seed, spec } from './fixtures.js';
import type { BudgetSpec } from '../../../src/widgets/budget-growth/schema.js';

// What the budget layout hands the frame and the pointer machinery, beyond the bars and
// labels that the golden SVGs hold: the legend, each point's focus ring, tooltip anchor
// and the area its tooltip keeps clear, and which years keep a label on a narrow chart.
// (Written for mutants StrykerJS found surviving; see docs/mutation.md.)

const doc = (points: object[]) => spec({ title: 'Anggaran', points });

const contains = (outer: Rect, inner: Rect) =>
  outer.x <= inner.x &&
  outer.y <= inner.y &&
  outer.x + outer.width >= inner.x + inner.width &&
  outer.y + outer.height >= inner.y + inner.height;

describe('budgetLayout: the legend', () => {
  const swatches = (s: BudgetSpec) => budgetLayout(s, { width: 640, lang: 'id' }).legend.map((l) => l.swatch);

  it('names only what the chart draws: the budget always, planned and realized when a year has them', () => {
    expect(swatches(doc([{ year: 2020, amount: 5e12 }]))).toEqual(['final']);
    expect(swatches(seed)).toEqual(['final', 'planned']);
    expect(swatches(doc([{ year: 2020, amount: 5e12, realized: 4e12 }]))).toEqual(['final', 'realized']);
    expect(swatches(extended)).toEqual(['final', 'planned', 'realized']);
    // The budget's own swatch even when every year is still a plan: the hatch is explained against it.
    expect(swatches(doc([{ year: 2026, amount: 5e12, status: 'planned' }]))).toEqual(['final', 'planned']);
  });

  it('words each entry in the reader’s language', () => {
    const labels = (lang: 'id' | 'en') => budgetLayout(extended, { width: 640, lang }).legend.map((l) => l.label);
    expect(labels('id')).not.toEqual(labels('en'));
    expect(new Set(labels('id')).size).toBe(3);
  });
});

describe('budgetLayout: what a point gives the pointer and the keyboard', () => {
  for (const [name, s] of [
    ['seed', seed],
    ['extended', extended],
  ] as const)
    it(`${name}: a focus ring 3 px around each bar, the tooltip anchored on its top centre`, () => {
      const m = budgetLayout(s, { width: 640, lang: 'id' });
      m.bars.forEach((bar, i) => {
        const point = m.points[0]![i]!;
        expect(point.focus).toEqual({
          x: bar.x - 3,
          y: bar.y - 3,
          width: expect.closeTo(bar.width + 6, 1),
          height: expect.closeTo(bar.height + 6, 1),
        });
        expect(point.anchor.x).toBeCloseTo(bar.x + bar.width / 2, 0);
        expect(point.anchor.y).toBe(bar.y);
      });
    });

  it('rings a zero bar as a 2 px bar on the baseline, so the ring is never flat', () => {
    const m = budgetLayout(
      doc([
        { year: 2019, amount: 0 },
        { year: 2020, amount: 5e12 },
      ]),
      { width: 640, lang: 'id' },
    );
    const zero = m.points[0]![0]!.focus;
    expect(zero.height).toBe(8);
    expect(zero.y + zero.height).toBeCloseTo(m.plot.bottom + 3, 0);
    // Growth from nothing has no percentage: no label rather than "+∞%".
    expect(m.growth).toEqual([]);
  });

  it('keeps clear of the tooltip the bar, its ring and its figure, and nothing wider than the chart', () => {
    const m = budgetLayout(extended, { width: 640, lang: 'id' });
    m.bars.forEach((bar, i) => {
      const point = m.points[0]![i]!;
      expect(point.keepClear).toHaveLength(1);
      const clear = point.keepClear![0]!;
      expect(contains(clear, point.focus), `${bar.year}`).toBe(true);
      expect(clear.y + clear.height, `${bar.year}`).toBeCloseTo(point.focus.y + point.focus.height, 1);
      if (bar.label) {
        expect(clear.y, `${bar.year}`).toBeLessThan(bar.label.y);
        expect(clear.x + clear.width, `${bar.year}`).toBeLessThanOrEqual(m.width);
      }
      expect(clear.width).toBeLessThan(m.width / 4);
    });
  });
});

describe('budgetLayout: narrow charts', () => {
  it('sets its text at the small size of the type scale (12 px) at every width', () => {
    for (const width of [200, 320, 479, 480, 1200])
      expect(budgetLayout(seed, { width, lang: 'id' }).fontSize).toBe(TYPE.small.size);
    expect(TYPE.small.size).toBe(12);
  });

  it('keeps the first and the last year, and labels those between at one even step', () => {
    for (const width of [200, 240, 280, 320]) {
      const m = budgetLayout(extended, { width, lang: 'id' });
      const labelled = m.slots.flatMap((slot, i) => (slot.label ? [i] : []));
      expect(labelled[0], `${width}`).toBe(0);
      expect(labelled.at(-1), `${width}`).toBe(m.slots.length - 1);
      expect(labelled.length, `${width}`).toBeLessThan(m.slots.length);
      const steps = new Set(labelled.slice(1, -1).map((i, k) => i - labelled[k]!));
      expect(steps.size, `${width}: ${labelled.join(' ')}`).toBe(1);
    }
  });
});
