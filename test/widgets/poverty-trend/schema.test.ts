import { describe, expect, it } from 'vitest';
import { parsePoverty } from '../../../src/widgets/poverty-trend/schema.js';
import { sample } from '../../helpers/samples.js';
import { fixture } from './fixtures.js';

const doc = (points: unknown, extra: object = {}) => ({
  title: 'Kemiskinan',
  unit: 'percent',
  series: [{ name: 'Nasional', points }],
  ...extra,
});
const reasons = (input: unknown) => {
  const result = parsePoverty(input);
  if (result.ok) throw new Error('expected a rejection');
  return result.reasons;
};
const spec = (input: unknown) => {
  const result = parsePoverty(input);
  if (!result.ok) throw new Error(result.reasons.map((r) => r.message).join('\n'));
  return result.spec;
};

describe('parsePoverty: accepted', () => {
  it('accepts both sample files and the three-series fixture', () => {
    expect(parsePoverty(sample('poverty-trend.seed')).ok).toBe(true);
    expect(parsePoverty(sample('poverty-trend.bps-2015-2025')).ok).toBe(true);
    expect(parsePoverty(fixture('three-series')).ok).toBe(true);
  });
  it('sorts unsorted periods, and turns each into a month index', () => {
    const s = spec(
      doc([
        { period: '2019-03', value: 9.41 },
        { period: '2018-03', value: 9.82 },
        { period: '2018-09', value: 9.66 },
      ]),
    );
    expect(s.series[0]!.points.map((p) => p.period)).toEqual(['2018-03', '2018-09', '2019-03']);
    expect(s.series[0]!.points.map((p) => p.t)).toEqual([2018 * 12 + 2, 2018 * 12 + 8, 2019 * 12 + 2]);
  });
  it('sorts annotations by period', () => {
    const s = spec(
      doc([], {
        annotations: [
          { period: '2020-03', label: 'b' },
          { period: '2015-01', label: 'a' },
        ],
      }),
    );
    expect(s.annotations.map((a) => a.label)).toEqual(['a', 'b']);
  });
  it('takes "percent" as the unit when none is given, and ignores unknown fields', () => {
    const s = spec({
      title: 't',
      series: [{ name: 'N', points: [{ period: '2019-03', value: 9.41, colour: 'red' }] }],
    });
    expect(s.unit).toBe('percent');
    expect(s.series[0]!.points[0]).toEqual({ period: '2019-03', t: 2019 * 12 + 2, value: 9.41 });
  });
  it('accepts an empty series list, for a "no data" chart', () => {
    expect(spec({ title: 't', series: [] }).series).toEqual([]);
  });
  it('accepts 0 and 100 as values, and a threshold without a label', () => {
    const s = spec(
      doc(
        [
          { period: '2019-03', value: 0 },
          { period: '2019-09', value: 100 },
        ],
        { threshold: { value: 10 } },
      ),
    );
    expect(s.threshold).toEqual({ value: 10 });
  });
  it('keeps markup in any text as plain characters', () => {
    const markup = '<img src=x onerror=alert(1)>';
    const s = spec({
      title: markup,
      series: [{ name: markup, points: [] }],
      threshold: { value: 10, label: markup },
      annotations: [{ period: '2020-03', label: markup }],
    });
    expect([s.title, s.series[0]!.name, s.threshold!.label, s.annotations[0]!.label]).toEqual([
      markup,
      markup,
      markup,
      markup,
    ]);
  });
});

describe('parsePoverty: rejected, with the JSON path, what was expected and what came', () => {
  it('rejects a document that is not an object', () => {
    expect(reasons(null)[0]).toMatchObject({ path: '$', received: 'null' });
  });
  it('rejects missing series', () => {
    expect(reasons({ title: 'x' })[0]).toMatchObject({ path: '$.series', expected: 'a required field' });
  });
  it('rejects a period that is not YYYY-MM', () => {
    for (const period of ['2019-3', 'Mar 2019', '2019/03', '2019-03-01', '19-03']) {
      expect(reasons(doc([{ period, value: 9 }]))[0], period).toMatchObject({
        path: '$.series[0].points[0].period',
        expected: 'a period as "YYYY-MM"',
        received: JSON.stringify(period),
      });
    }
    expect(reasons(doc([{ period: 201903, value: 9 }]))[0]).toMatchObject({ path: '$.series[0].points[0].period' });
  });
  it('rejects a month that does not exist', () => {
    for (const period of ['2019-13', '2019-00']) {
      expect(reasons(doc([{ period, value: 9 }]))[0], period).toMatchObject({
        path: '$.series[0].points[0].period',
        expected: 'a real month (01 to 12)',
      });
    }
  });
  it('rejects a period repeated in a series, with the path of the repeat', () => {
    const points = [
      { period: '2018-03', value: 9.82 },
      { period: '2018-09', value: 9.66 },
      { period: '2018-03', value: 9.8 },
    ];
    expect(reasons(doc(points))[0]).toMatchObject({
      path: '$.series[0].points[2].period',
      expected: 'a period not already used at index 0',
      received: '"2018-03"',
    });
  });
  it('allows the same period in two different series', () => {
    const point = { period: '2018-03', value: 9.82 };
    expect(
      parsePoverty({
        title: 't',
        series: [
          { name: 'a', points: [point] },
          { name: 'b', points: [point] },
        ],
      }).ok,
    ).toBe(true);
  });
  it('rejects a value outside 0–100 for unit "percent"', () => {
    for (const value of [-0.1, 100.5, 941]) {
      expect(reasons(doc([{ period: '2019-03', value }]))[0], String(value)).toMatchObject({
        path: '$.series[0].points[0].value',
        expected: 'a percentage from 0 to 100',
        received: String(value),
      });
    }
  });
  it('rejects a non-numeric value', () => {
    for (const value of ['9,41', null, true]) {
      expect(reasons(doc([{ period: '2019-03', value }]))[0]).toMatchObject({
        path: '$.series[0].points[0].value',
        expected: 'a number',
      });
    }
  });
  it('rejects a negative or non-numeric count', () => {
    expect(reasons(doc([{ period: '2019-03', value: 9, count: -5 }]))[0]).toMatchObject({
      path: '$.series[0].points[0].count',
    });
    expect(reasons(doc([{ period: '2019-03', value: 9, count: '25 juta' }]))[0]).toMatchObject({
      path: '$.series[0].points[0].count',
    });
  });
  it('rejects a unit other than "percent"', () => {
    expect(reasons(doc([], { unit: 'people' }))[0]).toMatchObject({ path: '$.unit', expected: '"percent"' });
  });
  it('rejects a threshold outside 0–100 and a badly dated annotation', () => {
    expect(reasons(doc([], { threshold: { value: 120 } }))[0]).toMatchObject({ path: '$.threshold.value' });
    expect(reasons(doc([], { annotations: [{ period: '2020', label: 'x' }] }))[0]).toMatchObject({
      path: '$.annotations[0].period',
    });
  });
  it('rejects a series without a name', () => {
    expect(reasons({ title: 't', series: [{ name: ' ', points: [] }] })[0]).toMatchObject({
      path: '$.series[0].name',
    });
  });
  it('rejects more than four series', () => {
    const series = Array.from({ length: 5 }, (_, i) => ({ name: `s${i}`, points: [] }));
    expect(reasons({ title: 't', series })[0]).toMatchObject({ path: '$.series', expected: 'at most 4 series' });
  });
  it('never throws, whatever the input', () => {
    for (const input of [
      undefined,
      0,
      'x',
      [],
      { series: [null] },
      { title: 1, series: [{}] },
      { title: 't', series: [{ name: 'n', points: [{}] }] },
      Object.create(null),
    ]) {
      expect(() => parsePoverty(input)).not.toThrow();
    }
  });
});

describe('parsePoverty: the cap on points in all series', () => {
  it('names the series list, the cap and the count when all series hold more than 20,000 points', () => {
    const points = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        period: `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
        value: 10,
      }));
    const input = {
      title: 'Kemiskinan',
      unit: 'percent',
      series: [
        { name: 'a', points: points(10_000) },
        { name: 'b', points: points(10_001) },
      ],
    };
    const [only, ...rest] = reasons(input);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ path: '$.series', expected: 'at most 20000 points in all' });
    expect(only!.message).toBe('$.series: expected at most 20000 points in all, got 20001');
  });
});
