import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/core/measure.js';
import { cadence, formatMonthIndex, monthAxis, monthIndex } from '../../src/core/time.js';

describe('monthIndex and formatMonthIndex', () => {
  it('turns "2019-03" into a month count and back into "Mar 2019"', () => {
    expect(monthIndex('2019-03')).toBe(2019 * 12 + 2);
    expect(monthIndex('2019-09') - monthIndex('2019-03')).toBe(6);
    expect(formatMonthIndex(monthIndex('2019-03'), 'id')).toBe('Mar 2019');
    expect(formatMonthIndex(monthIndex('2019-08'), 'id')).toBe('Agu 2019');
    expect(formatMonthIndex(monthIndex('2019-08'), 'en')).toBe('Aug 2019');
    expect(formatMonthIndex(monthIndex('2019-12'), 'en', true)).toBe('December 2019');
  });
});

describe('monthAxis', () => {
  const t = monthIndex;
  it('labels a short span by month, counted from the first observation', () => {
    const axis = monthAxis([t('2018-03'), t('2019-03')], [0, 600], 'id', 12, t('2018-03'), 6);
    expect(axis.years).toBe(false);
    expect(axis.ticks.map((k) => k.label)).toEqual(['Mar 2018', 'Sep 2018', 'Mar 2019']);
    expect(axis.ticks.map((k) => k.pos)).toEqual([0, 300, 600]);
  });
  it('starts the month ticks at the anchor stepped back to the first month of the domain', () => {
    const axis = monthAxis([t('2018-01'), t('2019-01')], [0, 600], 'en', 12, t('2018-09'), 6);
    expect(axis.ticks.map((k) => k.label)).toEqual(['Mar 2018', 'Sep 2018']);
  });
  it('labels a span of exactly two years by month', () => {
    const axis = monthAxis([t('2018-01'), t('2020-01')], [0, 1000], 'en', 12);
    expect(axis.years).toBe(false);
    expect(axis.ticks[0]!.label).toBe('Jan 2018');
    expect(axis.ticks.at(-1)!.label).toBe('Jan 2020');
  });
  it('fits a month label whose width plus the 10 px gap is exactly its step', () => {
    const axis = monthAxis([t('2018-03'), t('2018-04')], [0, textWidth('Mar 2018', 12) + 10], 'en', 12);
    expect(axis.ticks.map((k) => k.label)).toEqual(['Mar 2018', 'Apr 2018']);
  });
  it('turns to years when the month step that fits leaves a single tick', () => {
    const axis = monthAxis([t('2018-11'), t('2019-02')], [0, 60], 'en', 12);
    expect(axis.years).toBe(true);
    expect(axis.ticks.map((k) => k.label)).toEqual(['2019']);
  });
  it('labels the last year when the domain ends on its January', () => {
    const axis = monthAxis([t('2015-03'), t('2025-01')], [0, 1000], 'id', 12);
    expect(axis.ticks.at(-1)!.label).toBe('2025');
  });
  it('takes a wider month step when labels would touch', () => {
    const axis = monthAxis([t('2018-01'), t('2019-01')], [0, 200], 'en', 11);
    expect(axis.ticks.length).toBeLessThanOrEqual(4);
    expect(axis.ticks[0]!.label).toBe('Jan 2018');
  });
  it('labels a long span by years alone, at round steps that fit', () => {
    const wide = monthAxis([t('2015-03'), t('2025-09')], [0, 1000], 'id', 12);
    expect(wide.years).toBe(true);
    expect(wide.ticks.map((k) => k.label)).toEqual([
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    const narrow = monthAxis([t('2015-03'), t('2025-09')], [0, 220], 'id', 12);
    expect(narrow.ticks.map((k) => k.label)).toEqual(['2016', '2018', '2020', '2022', '2024']);
  });
  it('places a single month in the middle', () => {
    const axis = monthAxis([t('2019-03'), t('2019-03')], [0, 100], 'en', 12);
    expect(axis.scale(t('2019-03'))).toBe(50);
    expect(axis.ticks.map((k) => k.label)).toEqual(['Mar 2019']);
  });
  it('copes with centuries', () => {
    const axis = monthAxis([t('1200-01'), t('2033-04')], [0, 1000], 'en', 12);
    expect(axis.ticks.every((k) => Number(k.label) % 50 === 0)).toBe(true);
  });
});

describe('cadence', () => {
  const at = (...periods: string[]) => periods.map((period) => ({ t: monthIndex(period) }));

  it('is the commonest step in months, so a skipped release is a gap and not the cadence', () => {
    expect(cadence(at('2022-03', '2022-09', '2023-03', '2024-03', '2024-09'))).toBe(6);
    expect(cadence(at('2015-01', '2016-01', '2018-01'))).toBe(12);
    expect(cadence(at('2015-01', '2016-01', '2017-01', '2017-07'))).toBe(12);
  });

  it('takes the shorter step on a tie, and 0 for fewer than two points', () => {
    expect(cadence(at('2020-01', '2020-04', '2020-10'))).toBe(3);
    expect(cadence(at('2020-01', '2020-07', '2020-10'))).toBe(3);
    expect(cadence(at('2020-01'))).toBe(0);
    expect(cadence([])).toBe(0);
  });
});
