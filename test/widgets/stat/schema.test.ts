import { describe, expect, it } from 'vitest';
import { parseStat } from '../../../src/widgets/stat/schema.js';
import { sample } from '../../helpers/samples.js';

const doc = (figures: unknown[], extra: object = {}) => ({ title: 'Kemensos dalam angka', figures, ...extra });
const reasonsOf = (input: unknown) => {
  const result = parseStat(input);
  if (result.ok) throw new Error('accepted');
  return result.reasons;
};

describe('parseStat', () => {
  it('reads both samples, with IDR as the default currency and "final" as the default status', () => {
    for (const name of ['stat.seed', 'stat.extended']) expect(parseStat(sample(name)).ok, name).toBe(true);
    const result = parseStat(doc([{ label: 'Penerima', value: 3, unit: 'count' }]));
    if (!result.ok) throw new Error('rejected');
    expect(result.spec.currency).toBe('IDR');
    expect(result.spec.figures[0]).toMatchObject({ status: 'final', history: [] });
  });

  it('sorts a history by period, reading YYYY as that year and YYYY-MM as that month', () => {
    const result = parseStat(
      doc([
        {
          label: 'Miskin',
          value: 9.41,
          unit: 'percent',
          history: [
            { period: '2019-03', value: 9.41 },
            { period: '2018', value: 9.82 },
            { period: '2018-09', value: 9.66 },
          ],
        },
      ]),
    );
    if (!result.ok) throw new Error('rejected');
    expect(result.spec.figures[0]!.history.map((p) => p.period)).toEqual(['2018', '2018-09', '2019-03']);
  });

  it('names a repeated period by its path', () => {
    const history = [
      { period: '2019-03', value: 9.41 },
      { period: '2019-03', value: 9.66 },
    ];
    expect(reasonsOf(doc([{ label: 'Miskin', value: 9.41, unit: 'percent', history }]))[0]!.path).toBe(
      '$.figures[0].history[1].period',
    );
  });

  it('rejects an unknown unit, a text number, a month 13 and a missing label, each at its path', () => {
    expect(reasonsOf(doc([{ label: 'x', value: 1, unit: 'rupiah' }]))[0]).toMatchObject({
      path: '$.figures[0].unit',
      expected: 'one of "money", "percent", "count", "people"',
    });
    expect(reasonsOf(doc([{ label: 'x', value: '62,77', unit: 'money' }]))[0]!.path).toBe('$.figures[0].value');
    expect(
      reasonsOf(doc([{ label: 'x', value: 1, unit: 'money', history: [{ period: '2019-13', value: 1 }] }]))[0]!
        .expected,
    ).toBe('a real month (01 to 12)');
    expect(reasonsOf(doc([{ value: 1, unit: 'money' }]))[0]!.path).toBe('$.figures[0].label');
  });

  it('holds counts and people to whole numbers, percentages to ±1000 and targets above zero', () => {
    expect(reasonsOf(doc([{ label: 'x', value: 2.5, unit: 'count' }]))[0]).toMatchObject({
      path: '$.figures[0].value',
      expected: 'a whole number (the unit is "count")',
    });
    expect(
      reasonsOf(doc([{ label: 'x', value: 5, unit: 'people', compare: { value: 4.5, label: '2019' } }]))[0]!.path,
    ).toBe('$.figures[0].compare.value');
    expect(reasonsOf(doc([{ label: 'x', value: 1001, unit: 'percent' }]))[0]!.path).toBe('$.figures[0].value');
    expect(
      reasonsOf(doc([{ label: 'x', value: 9, unit: 'percent', history: [{ period: '2019', value: -1500 }] }]))[0]!.path,
    ).toBe('$.figures[0].history[0].value');
    expect(
      reasonsOf(doc([{ label: 'x', value: 5, unit: 'money', target: { value: 0, label: 'pagu' } }]))[0]!.path,
    ).toBe('$.figures[0].target.value');
  });

  it("holds a percentage figure's comparison and target to ±1000 too, 1000 itself allowed, and names each limit", () => {
    const percent = (f: object) => doc([{ label: 'x', value: 9, unit: 'percent', ...f }]);
    expect(reasonsOf(percent({ compare: { value: 1500, label: 'a' } }))[0]).toMatchObject({
      path: '$.figures[0].compare.value',
      expected: 'a percentage from -1000 to 1000',
    });
    expect(reasonsOf(percent({ target: { value: 1500, label: 'a' } }))[0]!.path).toBe('$.figures[0].target.value');
    expect(
      parseStat(doc([{ label: 'x', value: 1000, unit: 'percent', compare: { value: -1000, label: 'a' } }])).ok,
    ).toBe(true);
    expect(
      reasonsOf(doc([{ label: 'x', value: 5, unit: 'money', target: { value: -1, label: 'a' } }]))[0]!.expected,
    ).toBe('a target above 0');
  });

  it('reads a year as its January: "2019" and "2019-01" in one history are the same period', () => {
    const history = [
      { period: '2019', value: 1 },
      { period: '2019-01', value: 2 },
    ];
    expect(reasonsOf(doc([{ label: 'x', value: 1, unit: 'count', history }]))[0]!.path).toMatch(
      /^\$\.figures\[0\]\.history\[\d\]/,
    );
  });

  it('takes at most 8 figures and 200 history points, as documented', () => {
    const figure = { label: 'x', value: 1, unit: 'count' };
    expect(parseStat(doc(Array(8).fill(figure))).ok).toBe(true);
    expect(reasonsOf(doc(Array(9).fill(figure)))[0]!.expected).toBe('at most 8 figures');
    const history = (n: number) => Array.from({ length: n }, (_, i) => ({ period: String(1800 + i), value: i }));
    expect(parseStat(doc([{ ...figure, history: history(200) }])).ok).toBe(true);
    expect(reasonsOf(doc([{ ...figure, history: history(201) }]))[0]!.expected).toBe('at most 200 points');
  });
});
