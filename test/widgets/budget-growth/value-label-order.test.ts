import { describe, expect, it } from 'vitest';
import { growthSteps } from '../../../src/widgets/budget-growth/growth.js';
import { valueLabelOrder } from '../../../src/widgets/budget-growth/labels.js';
import type { BudgetPoint } from '../../../src/widgets/budget-growth/schema.js';

// Which value labels must be shown and the order they are placed in, on small documents
// worked out by hand. (Written for mutants StrykerJS found surviving; see docs/mutation.md.)

const points = (amounts: (number | 'planned')[]): BudgetPoint[] =>
  amounts.map((a, i) => ({
    year: 2015 + i,
    amount: typeof a === 'number' ? a : 45,
    status: a === 'planned' ? 'planned' : 'final',
  }));
const orderOf = (p: BudgetPoint[]) => {
  const { order, always } = valueLabelOrder(p, growthSteps(p));
  return { order, always: p.map((_, i) => always(i)) };
};

describe('valueLabelOrder', () => {
  it('places the first, last, peak and planned years tallest first, then the lowest, then the largest changes', () => {
    // 2015 first, 2016 +5 %, 2017 the lowest, 2018 the peak, 2019 planned (45), 2020 −67 %, 2021 last.
    expect(orderOf(points([10, 10.5, 5, 50, 'planned', 15, 20]))).toEqual({
      order: [3, 4, 6, 0, 2, 5, 1],
      always: [true, false, false, true, true, false, true],
    });
  });

  it('takes the first of two equal peaks and of two equal lows', () => {
    expect(orderOf(points([5, 9, 9, 3, 7, 3, 6]))).toEqual({
      order: [1, 6, 0, 3, 4, 5, 2],
      always: [true, true, false, false, false, false, true],
    });
  });

  it('places the ends first when every amount is zero', () => {
    expect(orderOf(points([0, 0, 0])).order).toEqual([0, 2, 1]);
  });

  it('places unchanged years, which rank alike, in year order', () => {
    // 2015 is first and the lowest; 2017 (+100 %) outranks the three unchanged years.
    expect(orderOf(points([10, 10, 20, 20, 20, 30])).order).toEqual([5, 0, 2, 1, 3, 4]);
  });
});
