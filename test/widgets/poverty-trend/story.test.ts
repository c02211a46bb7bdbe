import { describe, expect, it } from 'vitest';
import { cadence, monthIndex } from '../../../src/core/time.js';
import {
  crossings,
  missingPeriods,
  povertyGrid,
  povertySummary,
  povertyTable,
  smallRange,
} from '../../../src/widgets/poverty-trend/story.js';
import { plain } from '../../helpers/samples.js';
import { bps, seed, spec, three } from './fixtures.js';

const series = (values: number[], extra: object = {}) =>
  spec({
    title: 't',
    series: [{ name: 'Nasional', points: values.map((value, i) => ({ period: `${2015 + i}-03`, value })) }],
    ...extra,
  });

describe('the BPS sample, in numbers', () => {
  const points = bps().series[0]!.points;
  it('first goes below the 10% threshold in March 2018, and back above in September 2020', () => {
    const events = crossings(points, 10);
    expect(events[0]).toEqual({ t: monthIndex('2018-03'), below: true });
    expect(events[1]).toEqual({ t: monthIndex('2020-09'), below: false });
    expect(events[2]).toEqual({ t: monthIndex('2021-09'), below: true });
    expect(events).toHaveLength(3);
  });
  it('is measured every six months, with September 2023 missing', () => {
    expect(cadence(points)).toBe(6);
    expect(missingPeriods(points)).toEqual([monthIndex('2023-09')]);
  });
});

describe('povertySummary', () => {
  it('tells the BPS story in Indonesian: ends, change in percentage points, lowest point, threshold', () => {
    expect(plain(povertySummary(bps(), 'id'))).toBe(
      'Nasional: turun dari 11,22% (Mar 2015, 28,59 juta jiwa) menjadi 8,25% (Sep 2025, 23,36 juta jiwa), ' +
        '−2,97 poin; tidak ada data untuk Sep 2023. Titik terendah: 8,25% (Sep 2025). ' +
        'Pertama kali di bawah ambang Satu digit (10%) pada Mar 2018; kembali di atasnya pada Sep 2020; ' +
        'kembali di bawahnya pada Sep 2021.',
    );
  });
  it('tells the same story in English', () => {
    expect(plain(povertySummary(bps(), 'en'))).toBe(
      'Nasional: fell from 11.22% (Mar 2015, 28.59 million people) to 8.25% (Sep 2025, 23.36 million people), ' +
        '−2.97 percentage points; no data for Sep 2023. Lowest point: 8.25% (Sep 2025). ' +
        'First below the Satu digit threshold (10%) in Mar 2018; back above it in Sep 2020; back below it in Sep 2021.',
    );
  });
  it('says when a series was below the threshold all along (the seed)', () => {
    expect(plain(povertySummary(seed(), 'id'))).toBe(
      'Nasional: turun tipis dari 9,82% (Mar 2018) menjadi 9,41% (Mar 2019), −0,41 poin. ' +
        'Titik terendah: 9,41% (Mar 2019). Di bawah ambang Satu digit (10%) sepanjang periode.',
    );
    expect(plain(povertySummary(seed(), 'en'))).toContain('Below the Satu digit threshold (10%) throughout.');
  });
  it('calls a change small when every value lies within a twentieth of the largest (an axis far from zero)', () => {
    // 9,41–9,82%: the chart draws 0,41 points tall; 8,25–11,22% (the BPS file) is no small range.
    expect(plain(povertySummary(seed(), 'en'))).toContain('Nasional: edged down from 9.82% (Mar 2018) to 9.41%');
    expect(plain(povertySummary(series([10, 10.4]), 'id'))).toContain('naik tipis dari 10,00%');
    expect(plain(povertySummary(series([10, 10.6]), 'id'))).toContain('naik dari 10,00%');
    expect(plain(povertySummary(bps(), 'id'))).toContain('Nasional: turun dari 11,22%');
  });
  it('says when a series never went below the threshold, and a rise as a rise', () => {
    const text = plain(povertySummary(series([10, 11], { threshold: { value: 10 } }), 'en'));
    expect(text).toBe(
      'Nasional: rose from 10.00% (Mar 2015) to 11.00% (Mar 2016), +1.00 percentage points. ' +
        'Lowest point: 10.00% (Mar 2015). Never below the 10% threshold.',
    );
  });
  it('names a first rise above the threshold when the series starts below it', () => {
    expect(plain(povertySummary(series([9, 11], { threshold: { value: 10 } }), 'id'))).toContain(
      'Pertama kali di atas ambang 10% pada Mar 2016.',
    );
  });
  it('keeps many crossings short: the first three and the latest', () => {
    const text = plain(povertySummary(series([11, 9, 11, 9, 11, 9], { threshold: { value: 10 } }), 'en'));
    expect(text).toContain(
      'First below the 10% threshold in Mar 2016; back above it in Mar 2017; back below it in Mar 2018; most recently back below it in Mar 2020.',
    );
  });
  it('says "unchanged" when all values are equal, with no lowest point', () => {
    expect(plain(povertySummary(series([9.41, 9.41, 9.41]), 'id'))).toBe(
      'Nasional: tetap 9,41% dari Mar 2015 hingga Mar 2017.',
    );
  });
  it('gives a one-point series its value and period', () => {
    expect(plain(povertySummary(series([9.41]), 'en'))).toBe('Nasional: 9.41% (Mar 2015).');
  });
  it('adds one sentence for each further series', () => {
    const text = plain(povertySummary(three(), 'id'));
    expect(text).toContain('Perkotaan: turun dari 8,29% (Mar 2015) menjadi 6,60% (Sep 2025), −1,69 poin');
    expect(text).toContain('Perdesaan: turun dari 14,21% (Mar 2015) menjadi 10,72% (Sep 2025)');
  });
  it('says "no data" for an empty series list', () => {
    expect(povertySummary(spec({ title: 't', series: [] }), 'id')).toBe('Belum ada data untuk ditampilkan.');
  });
});

describe('povertyTable', () => {
  it('has a row for every period, "tidak ada data" for September 2023', () => {
    const table = povertyTable(bps(), 'id');
    expect(table.rows).toHaveLength(22);
    const sep2023 = table.rows.find((r) => r[0] === 'Sep 2023')!;
    expect(sep2023.slice(1, 3)).toEqual(['tidak ada data', '']);
    expect(table.columns.map((c) => c.label)).toEqual([
      'Periode',
      'Persentase penduduk miskin',
      'Jumlah penduduk miskin',
      'Peristiwa',
    ]);
  });
  it('writes values and counts the Indonesian and the English way', () => {
    const id = povertyTable(bps(), 'id').rows.find((r) => r[0] === 'Mar 2018')!;
    expect(id.slice(1).map(plain)).toEqual(['9,82%', '25,95 juta jiwa', '']);
    const en = povertyTable(bps(), 'en').rows.find((r) => r[0] === 'Mar 2018')!;
    expect(en.slice(1).map(plain)).toEqual(['9.82%', '25.95 million people', '']);
  });
  it('names the event in its period', () => {
    expect(povertyTable(bps(), 'en').rows.find((r) => r[0] === 'Mar 2020')![3]).toBe('Pandemi COVID-19');
  });
  it('gives each series a column, headed by its name, and no count column without counts', () => {
    const table = povertyTable(three(), 'en');
    expect(table.columns.map((c) => c.label)).toEqual(['Period', 'Nasional', 'Perkotaan', 'Perdesaan', 'Event']);
    expect(table.rows.find((r) => r[0] === 'Sep 2023')!.slice(1, 4)).toEqual(['no data', 'no data', 'no data']);
  });
  it('marks periods one series has and another has not', () => {
    const s = spec({
      title: 't',
      series: [
        { name: 'A', points: [{ period: '2019-03', value: 9 }] },
        { name: 'B', points: [{ period: '2019-09', value: 8 }] },
      ],
    });
    expect(povertyTable(s, 'id').rows).toEqual([
      ['Mar 2019', '9,00%', '–'],
      ['Sep 2019', '–', '8,00%'],
    ]);
  });
});

describe('povertyTable with two series, counts on some points and two events on one period', () => {
  const two = spec({
    title: 't',
    series: [
      {
        name: 'Kota',
        points: [
          { period: '2019-03', value: 6.9 },
          { period: '2019-09', value: 6.56, count: 9_860_000 },
        ],
      },
      {
        name: 'Desa',
        points: [
          { period: '2019-03', value: 12.85 },
          { period: '2019-09', value: 12.6 },
        ],
      },
    ],
    annotations: [
      { period: '2019-09', label: 'a' },
      { period: '2019-09', label: 'b' },
    ],
  });

  it('gives a series with a count on any point a numeric column of counts, named after it', () => {
    expect(povertyTable(two, 'en').columns).toEqual([
      { label: 'Period' },
      { label: 'Kota', numeric: true },
      { label: 'Kota: people', numeric: true },
      { label: 'Desa', numeric: true },
      { label: 'Event' },
    ]);
  });

  it('joins two events of one period with a semicolon, and writes the rows once', () => {
    const table = povertyTable(two, 'en');
    expect(table.rows.at(-1)!.at(-1)).toBe('a; b');
    expect(table.rows).toBe(table.rows);
  });

  it('gives an event on a period without figures a row of its own, and no event column without events', () => {
    const later = spec({
      title: 't',
      series: [{ name: 'Kota', points: [{ period: '2019-03', value: 6.9 }] }],
      annotations: [{ period: '2020-03', label: 'c' }],
    });
    expect(povertyTable(later, 'en').rows.map((row) => row[0])).toEqual(['Mar 2019', 'Mar 2020']);
    expect(povertyTable(later, 'en').rows[1]!.at(-1)).toBe('c');
    const none = spec({ title: 't', series: [{ name: 'Kota', points: [{ period: '2019-03', value: 6.9 }] }] });
    expect(povertyTable(none, 'en').columns.map((c) => c.label)).toEqual(['Period', 'Poverty rate']);
  });
});

describe('povertySummary: many missing periods', () => {
  it('names the first five missing periods, comma-separated, then "…" only when there are more than five', () => {
    // Every March from 2010 to 2020, and September only in 2010, 2011 and 2018: seven Septembers missing.
    const periods = [
      '2010-03',
      '2010-09',
      '2011-03',
      '2011-09',
      '2012-03',
      '2013-03',
      '2014-03',
      '2015-03',
      '2016-03',
      '2017-03',
      '2018-03',
      '2018-09',
      '2019-03',
      '2019-09',
      '2020-03',
    ];
    const gappy = spec({
      title: 't',
      series: [{ name: 'Nasional', points: periods.map((period, i) => ({ period, value: 10 + (i % 3) })) }],
    });
    expect(plain(povertySummary(gappy, 'en'))).toContain(
      'no data for Sep 2012, Sep 2013, Sep 2014, Sep 2015, Sep 2016, …',
    );
    const five = spec({
      title: 't',
      series: [
        {
          name: 'Nasional',
          points: [...periods, '2017-09'].sort().map((period, i) => ({ period, value: 10 + (i % 3) })),
        },
      ],
    });
    const summary = plain(povertySummary(five, 'en'));
    expect(summary).toContain('no data for Sep 2012, Sep 2013, Sep 2014, Sep 2015, Sep 2016');
    expect(summary).not.toContain('…');
  });
});

describe('poverty-trend story edges', () => {
  const at = (period: string, value: number) => ({ period, t: monthIndex(period), value });

  it('lists at most 1000 missing periods', () => {
    const monthly = Array.from({ length: 12 }, (_, i) => at(`1900-${String(i + 1).padStart(2, '0')}`, 10));
    expect(missingPeriods([...monthly, at('2100-01', 10)])).toHaveLength(1000);
  });

  it('counts a value exactly at the threshold as not below it', () => {
    const events = crossings([at('2019-03', 11), at('2019-09', 10), at('2020-03', 9)], 10);
    expect(events).toEqual([{ t: monthIndex('2020-03'), below: true }]);
  });

  it('names the first of equally low points as the lowest', () => {
    expect(plain(povertySummary(series([10, 8, 9, 8, 12]), 'en'))).toContain('Lowest point: 8.00% (Mar 2016).');
  });

  it('calls a range small only above zero and below a twentieth of the largest value', () => {
    const range = (values: number[]) => smallRange(series(values).series);
    expect(range([9.41, 9.82])).toBe(true);
    expect(range([0, 0])).toBe(false);
    expect(range([19, 20])).toBe(false);
    expect(range([19.01, 20])).toBe(true);
  });

  it('lists four crossings in full: only a fifth shortens the list to the first three and the latest', () => {
    const text = plain(povertySummary(series([11, 9, 11, 9, 11], { threshold: { value: 10 } }), 'en'));
    expect(text).toContain(
      'First below the 10% threshold in Mar 2016; back above it in Mar 2017; back below it in Mar 2018; ' +
        'back above it in Mar 2019.',
    );
    expect(text).not.toContain('most recently');
  });

  it('leaves a series without points out of the summary and the table', () => {
    const withEmpty = spec({
      title: 't',
      series: [
        { name: 'Kosong', points: [] },
        { name: 'Kota', points: [{ period: '2019-03', value: 6.9 }] },
      ],
    });
    expect(plain(povertySummary(withEmpty, 'en'))).toBe('Kota: 6.90% (Mar 2019).');
    expect(povertyTable(withEmpty, 'en').columns.map((c) => c.label)).toEqual(['Period', 'Poverty rate']);
    expect(povertyGrid(withEmpty).series.map((s) => s.name)).toEqual(['Kota']);
  });

  it('gives each series one cell per period, every skipped period marked missing', () => {
    // Half-yearly with March 2020 and March 2022 skipped.
    const grid = povertyGrid(
      spec({
        title: 't',
        series: [
          {
            name: 'Kota',
            points: ['2019-03', '2019-09', '2020-09', '2021-03', '2021-09', '2022-09'].map((period) => ({
              period,
              value: 7,
            })),
          },
        ],
      }),
    );
    expect(grid.periods).toHaveLength(8);
    expect(grid.cells[0]!.map((cell) => (typeof cell === 'object' ? cell.value : cell))).toEqual([
      7,
      7,
      'missing',
      7,
      7,
      7,
      'missing',
      7,
    ]);
  });
});
