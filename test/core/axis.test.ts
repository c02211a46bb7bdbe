import { describe, expect, it } from 'vitest';
import { linearAxis } from '../../src/core/axis.js';

/** The axis as its domain and "value@position" ticks. */
function axis(domain: [number, number], range: [number, number], spacing?: number) {
  const a = linearAxis(domain, range, String, spacing);
  return { domain: a.domain, ticks: a.ticks.map((t) => `${t.value}@${t.pos}`) };
}

describe('linearAxis: how many ticks', () => {
  it('asks for a tick per 56 px by default, at least two', () => {
    expect(axis([0, 10], [0, 100]).ticks).toEqual(['0@0', '5@50', '10@100']);
    expect(axis([0, 10], [0, 560]).ticks).toHaveLength(11);
  });

  it('counts the range by its length, wherever it starts', () => {
    // 100–300 px is 200 px long: three ticks asked for, not seven.
    expect(axis([0, 10], [100, 300]).ticks).toEqual(['0@100', '5@200', '10@300']);
  });

  it('takes eleven ticks, ten steps, when d3 gives eleven', () => {
    expect(axis([0, 100], [0, 560]).ticks).toEqual([
      '0@0',
      '10@56',
      '20@112',
      '30@168',
      '40@224',
      '50@280',
      '60@336',
      '70@392',
      '80@448',
      '90@504',
      '100@560',
    ]);
  });
});

describe('linearAxis: all values equal, or too close to step through', () => {
  it('puts a tenth of the value either side of it', () => {
    expect(axis([5, 5], [0, 100])).toEqual({ domain: [4.5, 5.5], ticks: ['4.5@0', '5@50', '5.5@100'] });
    expect(axis([-5, -5], [0, 100])).toEqual({ domain: [-5.5, -4.5], ticks: ['-5.5@0', '-5@50', '-4.5@100'] });
  });

  it('reads zero, and a value too small to step through, on an axis from 0 to 1', () => {
    for (const value of [0, 1e-101, 1e-100])
      expect(axis([value, value], [0, 100])).toEqual({ domain: [0, 1], ticks: ['0@0', '0.5@50', '1@100'] });
  });

  it('takes the middle of two values a 10^12th apart without overflowing near the largest doubles', () => {
    // 1,090,909,090,909.5 plus a tenth reaches past 1.2e12, so the top tick is 1.4e12 (from the lower value: 1.2e12).
    expect(axis([1090909090909, 1090909090910], [0, 100]).domain).toEqual([8e11, 1.4e12]);
    // Adding 9e307 to itself overflows; an equal pair is read as the one value.
    expect(axis([9e307, 9e307], [0, 100])).toEqual({
      domain: [8e307, 1e308],
      ticks: ['8e+307@0', '9e+307@50', '1e+308@100'],
    });
  });

  it('counts values exactly a 10^12th of the larger apart as equal', () => {
    // 1e12 − (1e12 − 1) is 1, and 1e12 × 1e-12 is 1 in floating point too.
    expect(axis([1e12 - 1, 1e12], [0, 100]).domain).toEqual([8e11, 1.2e12]);
  });
});
