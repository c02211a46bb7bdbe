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
