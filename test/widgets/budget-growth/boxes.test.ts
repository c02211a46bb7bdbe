import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/core/measure.js';
import { nearestFreeCentre, overlaps, textBox, tickLabelBox } from '../../../src/widgets/budget-growth/boxes.js';

// The label boxes' geometry with figures worked out by hand: labels.test.ts checks the
// charts with these same functions, so a change to them would pass unseen there.
// (Written for mutants StrykerJS found surviving; see docs/mutation.md.)

describe('textBox', () => {
  it('reaches 0.75 em above the baseline and 0.2 em below it, centred on x', () => {
    const half = textWidth('0', 10) / 2;
    const box = textBox('0', 100, 50, 10);
    expect(box.left).toBeCloseTo(100 - half, 9);
    expect(box.right).toBeCloseTo(100 + half, 9);
    expect(box.top).toBeCloseTo(42.5, 9);
    expect(box.bottom).toBeCloseTo(52, 9);
  });
});

describe('tickLabelBox', () => {
  it('ends 6 px left of the plot, at the size it is given, its baseline 0.32 em below the tick', () => {
    // Font size 12 (the type scale's small, as the chart passes it): baseline at 100 + 0.32 × 12 = 103.84.
    const box = tickLabelBox('0', 60, 100, 12);
    expect(box.right).toBe(54);
    expect(box.left).toBeCloseTo(54 - textWidth('0', 12), 9);
    expect(box.top).toBeCloseTo(103.84 - 0.75 * 12, 9);
    expect(box.bottom).toBeCloseTo(103.84 + 0.2 * 12, 9);
  });
});

describe('overlaps', () => {
  const box = { left: 0, top: 0, right: 10, bottom: 10 };

  it('is true for boxes that share some area', () => {
    expect(overlaps(box, { left: 5, top: 5, right: 15, bottom: 15 })).toBe(true);
    expect(overlaps(box, { left: 2, top: 2, right: 8, bottom: 8 })).toBe(true);
  });

  it('is false for boxes that only touch, on any side', () => {
    expect(overlaps(box, { left: 10, top: 0, right: 20, bottom: 10 })).toBe(false);
    expect(overlaps(box, { left: -10, top: 0, right: 0, bottom: 10 })).toBe(false);
    expect(overlaps(box, { left: 0, top: 10, right: 10, bottom: 20 })).toBe(false);
    expect(overlaps(box, { left: 0, top: -10, right: 10, bottom: 0 })).toBe(false);
  });
});

describe('nearestFreeCentre', () => {
  it('stays within its range when the wish lies beyond it, whatever lies further out', () => {
    expect(nearestFreeCentre(100, 10, [0, 50], [[70, 80]])).toBe(50);
  });

  it('takes the left of two free centres equally near the wish', () => {
    // The obstacle rules out 40–60 for a span 10 px wide; 40 and 60 are both 10 from 50.
    expect(nearestFreeCentre(50, 10, [0, 100], [[45, 55]])).toBe(40);
  });
});
