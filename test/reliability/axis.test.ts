import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { linearAxis } from '../../src/core/axis.js';
import { params, SEED } from './arbitraries.js';
import { TIMEOUT } from './checks.js';

// Every widget's value axis: whatever finite values a valid document holds, a few
// distinct round ticks, in order, at finite positions inside the range.
describe(`linearAxis holds for any finite domain (fast-check, seed ${SEED})`, { timeout: TIMEOUT }, () => {
  const value = fc.oneof(
    fc.double({ min: -1e300, max: 1e300, noNaN: true }),
    fc.constantFrom(0, -0, 5e-324, -5e-324, 1, 1 + Number.EPSILON, 1e15, 2 ** 53, 2 ** 53 + 2, 1e18, 1e18 - 128),
    fc.integer({ min: -1000, max: 1000 }),
  );
  const domain = fc.oneof(
    fc.tuple(value, value).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
    value.map((v): [number, number] => [v, v]),
    value.map((v): [number, number] => [v, v + Math.abs(v) * Number.EPSILON]),
  );
  const range = fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }));

  it('gives 2 to 11 distinct, increasing, finite ticks inside the range', () => {
    fc.assert(
      fc.property(domain, range, ([lo, hi], [r0, r1]) => {
        const axis = linearAxis([lo, hi], [r0, r1], String);
        const values = axis.ticks.map((t) => t.value);
        const [min, max] = [Math.min(r0, r1) - 0.1, Math.max(r0, r1) + 0.1];
        // The data stays on the axis (to a billionth of it: d3 rounds subnormals).
        const slack = (axis.domain[1] - axis.domain[0]) * 1e-9;
        const problems = [
          values.length >= 2 && values.length <= 11 ? '' : `${values.length} ticks`,
          values.every((v, i) => i === 0 || v > values[i - 1]!) ? '' : `ticks not increasing: ${values}`,
          axis.ticks.every((t) => t.pos >= min && t.pos <= max) ? '' : 'a tick outside the range',
          axis.domain[0] <= lo + slack && axis.domain[1] >= hi - slack ? '' : `domain ${axis.domain}`,
          Number.isFinite(axis.scale(lo)) && Number.isFinite(axis.scale(hi)) ? '' : 'scale not finite',
        ].filter(Boolean);
        expect(problems).toEqual([]);
      }),
      params(3000),
    );
  });
});
