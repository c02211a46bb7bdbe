import { describe, expect, it } from 'vitest';
import { valueAxis } from '../../../src/widgets/poverty-trend/value-axis.js';

/** The axis of values `low`–`high` on a plot `height` px tall, as "label@position" and its domain. */
function axis(low: number, high: number, height: number, clear = 9) {
  const a = valueAxis([low, high], [height, 0], clear, 'en');
  return { domain: a.domain, ticks: a.ticks.map((t) => `${t.label}@${t.pos}`) };
}

describe('valueAxis: the poverty-trend value axis', () => {
  it('writes ticks with the decimals that tell them apart: none, one, two', () => {
    expect(axis(41, 60, 300).ticks).toEqual(['40%@300', '45%@225', '50%@150', '55%@75', '60%@0']);
    expect(axis(9.41, 9.82, 300).ticks[0]).toBe('9.3%@300');
    expect(axis(9.4, 9.7, 300).ticks.slice(0, 3)).toEqual(['9.35%@300', '9.40%@257.1', '9.45%@214.3']);
  });

  it('keeps a baseline above zero when the lowest value clears it by `clear` px, even exactly', () => {
    // 40.5 on a 40–60 axis 300 px tall is 7.5 px above the baseline.
    expect(axis(40.5, 60, 300, 7.5).domain).toEqual([40, 60]);
    expect(axis(41, 60, 300).domain).toEqual([40, 60]);
  });

  it('moves the baseline a step lower when the lowest value lies within `clear` px of it', () => {
    expect(axis(40.5, 60, 300, 7.6).domain).toEqual([35, 60]);
  });

  it('lowers the baseline at most four times', () => {
    // No baseline above zero is 1000 px below 90: four steps of 1, then 2 (from the 2% steps of 86–96).
    expect(axis(90, 95, 300, 1000).domain).toEqual([86, 96]);
  });

  it('steps closer where the top tick would leave more than a quarter of the axis empty above the highest value', () => {
    // 0–10.1 on 100 px: two ticks (0, 5, 10, 15) leave 4.9 of 15 empty; a tick per 24 px gives 0–12 by 2.
    expect(axis(0, 10.1, 100).ticks).toEqual(['0%@100', '2%@83.3', '4%@66.7', '6%@50', '8%@33.3', '10%@16.7', '12%@0']);
  });

  it('keeps the ticks when exactly a quarter of the axis is empty above the highest value', () => {
    expect(axis(0, 15, 100).ticks).toEqual(['0%@100', '10%@50', '20%@0']);
  });

  it('measures the empty top against the span of an axis that does not start at zero', () => {
    expect(axis(10, 20.1, 100)).toEqual({
      domain: [5, 25],
      ticks: ['5%@100', '10%@75', '15%@50', '20%@25', '25%@0'],
    });
  });

  it('steps no closer than a tick per 24 px, even with more than a quarter empty', () => {
    // 0–1.1 on 50 px: 0–2 by 1 leaves 0.9 of 2 empty; a tick per 16 px would give 0–1.5 by 0.5.
    expect(axis(0, 1.1, 50).ticks).toEqual(['0%@50', '1%@25', '2%@0']);
  });
});
