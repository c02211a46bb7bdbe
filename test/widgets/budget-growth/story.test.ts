import { describe, expect, it } from 'vitest';
import { parseBudget, type BudgetSpec } from '../../../src/widgets/budget-growth/schema.js';
import { amountLabels, budgetSummary, budgetTable } from '../../../src/widgets/budget-growth/story.js';
import { plain, sample } from '../../helpers/samples.js';

const spec = (name: string) => (parseBudget(sample(name)) as { spec: BudgetSpec }).spec;

describe('budgetSummary', () => {
  it('tells the seed story in Indonesian, with numbers as on the chart', () => {
    expect(plain(budgetSummary(spec('budget-growth.seed'), 'id'))).toBe(
      'Anggaran naik dari Rp 22,4 T (2015) menjadi Rp 62,77 T (2020, rencana), +180,2% dalam 5 tahun atau rata-rata +22,9% per tahun. Tidak ada data untuk 2016–2017.',
    );
  });
  it('tells the same story in English', () => {
    expect(plain(budgetSummary(spec('budget-growth.seed'), 'en'))).toBe(
      'The budget rose from IDR 22.4T (2015) to IDR 62.77T (2020, planned), +180.2% over 5 years or on average +22.9% a year. No data for 2016–2017.',
    );
  });
  it('names the peak when it is neither end', () => {
    expect(plain(budgetSummary(spec('budget-growth.extended'), 'id'))).toContain('Tertinggi Rp 134,17 T pada 2020.');
  });
});

describe('budgetTable', () => {
  it('has a row for every year, "tidak ada data" for a missing one', () => {
    const table = budgetTable(spec('budget-growth.seed'), 'id');
    expect(table.rows.map((r) => r[0])).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
    expect(table.rows[1]![1]).toBe('tidak ada data');
  });
  it('gives growth across a gap in total and per year', () => {
    const table = budgetTable(spec('budget-growth.seed'), 'id');
    expect(plain(table.rows[3]![3]!)).toBe('+93,3% dalam 3 tahun sejak 2015 (+24,6% per tahun)');
    expect(table.rows[5]![2]).toBe('rencana');
  });
  it('shows realization as a share of the allocation', () => {
    const table = budgetTable(spec('budget-growth.extended'), 'id');
    const realized = table.columns.findIndex((c) => c.label === 'Realisasi');
    const row2020 = table.rows.find((r) => r[0] === '2020')!;
    expect(plain(row2020[realized]!)).toBe('Rp 130,3 T (97,1%)');
  });
});

describe('budgetSummary for neighbouring years', () => {
  it('gives the change once, without "over 1 years"', () => {
    const spec = (
      parseBudget({
        title: 't',
        points: [
          { year: 2021, amount: 100e12 },
          { year: 2022, amount: 110e12 },
        ],
      }) as {
        spec: BudgetSpec;
      }
    ).spec;
    expect(plain(budgetSummary(spec, 'en'))).toBe('The budget rose from IDR 100T (2021) to IDR 110T (2022), +10.0%.');
  });
});

describe('amountLabels', () => {
  const T = 1e12;
  const labels = (amounts: number[], compact = false) =>
    amountLabels(
      amounts.map((a) => a * T),
      spec('budget-growth.seed'),
      'id',
      compact,
    ).map(plain);

  it('gives every label the same decimals, three figures on the largest: "Rp 22,4 T" beside "Rp 62,8 T"', () => {
    expect(labels([22.4, 43.3, 58.9, 62.77])).toEqual(['Rp 22,4 T', 'Rp 43,3 T', 'Rp 58,9 T', 'Rp 62,8 T']);
  });
  it('writes whole figures when the largest is in the hundreds, the trailing zero kept below', () => {
    expect(labels([22.4, 134.17], true)).toEqual(['22 T', '134 T']);
    expect(labels([59, 62.77], true)).toEqual(['59,0 T', '62,8 T']);
  });
  it('adds a decimal while two different amounts would read the same (79,21 and 78,6 are not both "79 T")', () => {
    expect(labels([134.17, 79.21, 78.6], true)).toEqual(['134,2 T', '79,2 T', '78,6 T']);
  });
  it('stops at two decimals', () => {
    expect(labels([1.001, 1.002], true)).toEqual(['1,00 T', '1,00 T']);
  });
});

describe('budgetSummary: every direction, in both languages', () => {
  const T = 1e12;
  const summary = (points: object[], lang: 'id' | 'en') => plain(budgetSummary(doc(points), lang));
  const doc = (points: object[]) => (parseBudget({ title: 't', points }) as { spec: BudgetSpec }).spec;

  it('says an unchanged budget stayed the same, without a rate', () => {
    const same = [
      { year: 2020, amount: 5 * T },
      { year: 2023, amount: 5 * T },
    ];
    expect(summary(same, 'id')).toBe(
      'Anggaran tetap dari Rp 5 T (2020) hingga Rp 5 T (2023). Tidak ada data untuk 2021–2022.',
    );
    expect(summary(same, 'en')).toBe(
      'The budget stayed the same from IDR 5T (2020) to IDR 5T (2023). No data for 2021–2022.',
    );
  });

  it('says a smaller budget fell, in total and per year, naming a peak between the ends', () => {
    const fell = [
      { year: 2020, amount: 5 * T },
      { year: 2021, amount: 9 * T },
      { year: 2023, amount: 4 * T },
    ];
    expect(summary(fell, 'id')).toBe(
      'Anggaran turun dari Rp 5 T (2020) menjadi Rp 4 T (2023), −20,0% dalam 3 tahun atau rata-rata −7,2% per tahun. Tertinggi Rp 9 T pada 2021. Tidak ada data untuk 2022.',
    );
    expect(summary(fell, 'en')).toBe(
      'The budget fell from IDR 5T (2020) to IDR 4T (2023), −20.0% over 3 years or on average −7.2% a year. Highest IDR 9T in 2021. No data for 2022.',
    );
  });

  it('gives no percentage for a rise from zero', () => {
    const fromZero = [
      { year: 2020, amount: 0 },
      { year: 2022, amount: 4 * T },
    ];
    expect(summary(fromZero, 'id')).toBe(
      'Anggaran naik dari Rp 0 (2020) menjadi Rp 4 T (2022). Tidak ada data untuk 2021.',
    );
    expect(summary(fromZero, 'en')).toBe('The budget rose from IDR 0 (2020) to IDR 4T (2022). No data for 2021.');
  });

  it('names the first year to reach a peak that two years share', () => {
    const tie = [
      { year: 2020, amount: 3 * T },
      { year: 2021, amount: 5 * T },
      { year: 2022, amount: 5 * T },
      { year: 2023, amount: 4 * T },
    ];
    expect(summary(tie, 'id')).toContain('Tertinggi Rp 5 T pada 2021.');
  });
});

describe('budgetTable: columns and cells', () => {
  const T = 1e12;
  const doc = (title: string, points: object[]) => (parseBudget({ title, points }) as { spec: BudgetSpec }).spec;

  it('gives the realized and note columns when a year has them, each cell written as on the chart', () => {
    const table = budgetTable(
      doc('Bansos', [
        { year: 2019, amount: 0, realized: 1 * T, note: 'Belum ada alokasi' },
        { year: 2021, amount: 10 * T, status: 'planned' },
        { year: 2022, amount: 8 * T, realized: 7.5 * T },
      ]),
      'id',
    );
    expect(table.caption).toBe('Bansos');
    expect(table.columns).toEqual([
      { label: 'Tahun' },
      { label: 'Anggaran', numeric: true },
      { label: 'Status' },
      { label: 'Realisasi', numeric: true },
      { label: 'Pertumbuhan', numeric: true },
      { label: 'Catatan' },
    ]);
    expect(table.rows.map((row) => row.map(plain))).toEqual([
      // A share of a zero allocation is no number: "–".
      ['2019', 'Rp 0', 'final', 'Rp 1 T (–)', '', 'Belum ada alokasi'],
      ['2020', 'tidak ada data', '', '', '', ''],
      ['2021', 'Rp 10 T', 'rencana', '', '–', ''],
      ['2022', 'Rp 8 T', 'final', 'Rp 7,5 T (93,8%)', '−20,0% sejak 2021', ''],
    ]);
  });

  it('leaves those columns out when no year has them, and names an untitled table', () => {
    const table = budgetTable(
      doc('', [
        { year: 2021, amount: 1 * T },
        { year: 2022, amount: 2 * T },
      ]),
      'en',
    );
    expect(table.caption).toBe('Budget by year');
    expect(table.columns).toEqual([
      { label: 'Year' },
      { label: 'Budget', numeric: true },
      { label: 'Status' },
      { label: 'Growth', numeric: true },
    ]);
    expect(table.rows.map((row) => row.map(plain))).toEqual([
      ['2021', 'IDR 1T', 'final', ''],
      ['2022', 'IDR 2T', 'final', '+100.0% since 2021'],
    ]);
  });
});
