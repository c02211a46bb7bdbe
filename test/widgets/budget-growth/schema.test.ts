import { describe, expect, it } from 'vitest';
import { parseBudget } from '../../../src/widgets/budget-growth/schema.js';
import { sample } from '../../helpers/samples.js';

const doc = (points: unknown, extra: object = {}) => ({ title: 'Anggaran', points, ...extra });
const reasons = (input: unknown) => {
  const result = parseBudget(input);
  if (result.ok) throw new Error('expected a rejection');
  return result.reasons;
};

describe('parseBudget: accepted', () => {
  it('accepts both sample files', () => {
    expect(parseBudget(sample('budget-growth.seed')).ok).toBe(true);
    expect(parseBudget(sample('budget-growth.extended')).ok).toBe(true);
  });
  it('sorts unsorted years', () => {
    const result = parseBudget(
      doc([
        { year: 2019, amount: 2 },
        { year: 2015, amount: 1 },
      ]),
    );
    expect(result.ok && result.spec.points.map((p) => p.year)).toEqual([2015, 2019]);
  });
  it('ignores unknown fields', () => {
    const result = parseBudget(doc([{ year: 2015, amount: 1, colour: 'red' }], { theme: 'x' }));
    expect(result.ok && result.spec.points[0]).toEqual({ year: 2015, amount: 1, status: 'final' });
  });
  it('accepts no points, for a "no data" chart', () => {
    expect(parseBudget(doc([])).ok).toBe(true);
  });
  it('keeps markup in text as plain characters', () => {
    const result = parseBudget(doc([], { title: '<img src=x onerror=alert(1)>' }));
    expect(result.ok && result.spec.title).toBe('<img src=x onerror=alert(1)>');
  });
  it('drops a source URL that is not http(s), keeping the name', () => {
    const result = parseBudget(doc([], { source: { name: 'S', url: 'javascript:alert(1)' } }));
    expect(result.ok && result.spec.source).toEqual({ name: 'S', url: undefined });
  });
});

describe('parseBudget: rejected, with the JSON path, what was expected and what came', () => {
  it('rejects a document that is not an object', () => {
    expect(reasons(null)[0]).toMatchObject({ path: '$', received: 'null' });
  });
  it('rejects missing points', () => {
    expect(reasons({ title: 'x' })[0]).toMatchObject({ path: '$.points', expected: 'a required field' });
  });
  it('rejects points that are not an array', () => {
    expect(reasons(doc({ 2015: 1 }))[0]).toMatchObject({ path: '$.points', expected: 'an array of points' });
  });
  it('rejects a non-numeric amount, expecting a number of currency units', () => {
    expect(reasons(doc([{ year: 2015, amount: '22,4' }]))[0]).toMatchObject({
      path: '$.points[0].amount',
      expected: 'a number of currency units',
      received: '"22,4"',
    });
  });
  it('rejects an amount above 1e18', () => {
    expect(reasons(doc([{ year: 2015, amount: 2e18 }]))[0]).toMatchObject({
      path: '$.points[0].amount',
      expected: 'an amount up to 1e18',
    });
  });
  it('rejects a negative amount', () => {
    expect(reasons(doc([{ year: 2015, amount: -1 }]))[0]).toMatchObject({
      path: '$.points[0].amount',
      expected: 'an amount of 0 or more',
      received: '-1',
    });
  });
  it('rejects a non-integer year', () => {
    expect(reasons(doc([{ year: 2015.5, amount: 1 }]))[0]).toMatchObject({
      path: '$.points[0].year',
      expected: 'an integer year',
    });
  });
  it('rejects a year given as a string', () => {
    expect(reasons(doc([{ year: '2015', amount: 1 }]))[0]).toMatchObject({ path: '$.points[0].year' });
  });
  it('rejects a repeated year', () => {
    expect(
      reasons(
        doc([
          { year: 2015, amount: 1 },
          { year: 2016, amount: 1 },
          { year: 2015, amount: 2 },
        ]),
      )[0],
    ).toMatchObject({
      path: '$.points[2].year',
      received: '2015',
    });
  });
  it('rejects an unknown status', () => {
    expect(reasons(doc([{ year: 2015, amount: 1, status: 'draft' }]))[0]).toMatchObject({
      path: '$.points[0].status',
      expected: '"final" or "planned"',
    });
  });
  it('rejects a currency that is not three capital letters, whatever surrounds them', () => {
    for (const currency of [1, 'idr', 'Rp', 'xIDR', 'IDRx', 'IDR ']) {
      expect(reasons(doc([], { currency }))[0], JSON.stringify(currency)).toMatchObject({
        path: '$.currency',
        expected: 'an ISO 4217 code such as "IDR"',
      });
    }
  });
  it('rejects more than 200 points', () => {
    const points = (n: number) => Array.from({ length: n }, (_, i) => ({ year: 1900 + i, amount: 1 }));
    expect(parseBudget(doc(points(200))).ok).toBe(true);
    expect(reasons(doc(points(201)))[0]).toMatchObject({ path: '$.points', expected: 'at most 200 points' });
  });
  it('rejects a title longer than 300 characters', () => {
    expect(reasons(doc([], { title: 'x'.repeat(301) }))[0]).toMatchObject({ path: '$.title' });
  });
  it('rejects an impossible updated date', () => {
    expect(reasons(doc([], { updated: '2019-02-30' }))[0]).toMatchObject({
      path: '$.updated',
      expected: 'a real calendar date',
    });
  });
  it('never throws, whatever the input', () => {
    for (const input of [undefined, 0, 'x', [], { points: [null] }, { title: 1, points: [{}] }, Object.create(null)]) {
      expect(() => parseBudget(input)).not.toThrow();
    }
  });
});
