import { describe, expect, it } from 'vitest';
import { parseStat, type StatSpec } from '../../../src/widgets/stat/schema.js';
import { figureText, statCsv, statSummary, statTable } from '../../../src/widgets/stat/story.js';
import { plain, sample } from '../../helpers/samples.js';

const spec = (input: unknown): StatSpec => {
  const result = parseStat(input);
  if (!result.ok) throw new Error(result.reasons[0]!.message);
  return result.spec;
};
const seed = spec(sample('stat.seed'));
const extended = spec(sample('stat.extended'));
const one = (figure: object) => spec({ title: 't', figures: [figure] });

describe('the figures in words', () => {
  it('says each seed figure in one sentence, in Indonesian', () => {
    expect(plain(statSummary(seed, 'id'))).toBe(
      'Pagu anggaran 2020: Rp 62,77 T (rencana), naik 6,6% dibanding 2019 (Rp 58,90 T). ' +
        'Penduduk miskin, Maret 2019: 9,41%, turun 0,41 poin dibanding Maret 2018 (9,82%). ' +
        'Opini WTP berturut-turut: 3 kali. ' +
        'Realisasi anggaran: 94,99% (pagu: 100%).',
    );
  });

  it('says them in English with percentage points spelt out', () => {
    const summary = plain(statSummary(seed, 'en'));
    expect(summary).toContain('IDR 62.77T (planned), up 6.6% compared with 2019 (IDR 58.90T).');
    expect(summary).toContain('9.41%, down 0.41 percentage points compared with Maret 2018 (9.82%).');
  });

  it('gives a share of a target in money, and people in words', () => {
    const summary = plain(statSummary(extended, 'id'));
    expect(summary).toContain('Realisasi belanja 2023: Rp 85,53 T, 98,0% dari pagu 2023 (Rp 87,28 T).');
    expect(summary).toContain('23,36 juta jiwa, turun 2,9% dibanding September 2024 (24,06 juta jiwa).');
  });

  it('writes a figure, its comparison and its history with the same decimals, at most two', () => {
    const text = figureText(seed.figures[0]!, seed, 'id');
    expect(plain(text.plain(58.9e12))).toBe('Rp 58,90 T');
    const whole = figureText(
      one({ label: 'x', value: 10, unit: 'percent', compare: { value: 8.5, label: 'a' } }).figures[0]!,
      seed,
      'id',
    );
    expect([whole.plain(10), whole.plain(8.5)]).toEqual(['10,0%', '8,5%']);
  });

  it('says no change when the change rounds to nothing, and colours only with "better"', () => {
    const same = figureText(
      one({ label: 'x', value: 100.01, unit: 'money', compare: { value: 100, label: 'a' } }).figures[0]!,
      seed,
      'id',
    );
    expect(same.change).toMatchObject({ direction: 'same', tone: 'neutral' });
    const neutral = figureText(
      one({ label: 'x', value: 9, unit: 'percent', compare: { value: 10, label: 'a' } }).figures[0]!,
      seed,
      'id',
    );
    expect(neutral.change).toMatchObject({ direction: 'down', tone: 'neutral', amount: '1' });
    const bad = figureText(
      one({ label: 'x', value: 11, unit: 'percent', better: 'lower', compare: { value: 10, label: 'a' } }).figures[0]!,
      seed,
      'en',
    );
    expect(bad.change).toMatchObject({ direction: 'up', tone: 'bad' });
  });

  it('gives a direction without a rate against zero', () => {
    const text = figureText(
      one({ label: 'x', value: 5, unit: 'count', compare: { value: 0, label: '2019' } }).figures[0]!,
      seed,
      'id',
    );
    expect(text.change).toMatchObject({ direction: 'up', amount: undefined });
    expect(
      plain(statSummary(one({ label: 'x', value: 5, unit: 'count', compare: { value: 0, label: '2019' } }), 'id')),
    ).toBe('x: 5, naik dibanding 2019 (0).');
  });

  it('gives a direction without a rate against a value so near zero that the percentage overflows', () => {
    // Found by the property test (seed 1293849471): 62.77e12 / 1e-300 is Infinity, and
    // the summary threw instead of being written.
    const tiny = one({ label: 'x', value: 62.77e12, unit: 'money', compare: { value: -1e-300, label: '2019' } });
    expect(figureText(tiny.figures[0]!, seed, 'id').change).toMatchObject({ direction: 'up', amount: undefined });
    expect(plain(statSummary(tiny, 'id'))).toBe('x: Rp 62,77 T, naik dibanding 2019 (Rp 0,00).');
  });

  it('gives no share of a target so near zero that the share overflows', () => {
    const tiny = one({ label: 'x', value: 5e12, unit: 'money', target: { value: 1e-300, label: 'pagu' } });
    const text = figureText(tiny.figures[0]!, seed, 'en');
    expect(text.target).toMatchObject({ share: undefined, ratio: Infinity });
    expect(plain(statSummary(tiny, 'en'))).not.toMatch(/Infinity|NaN/);
  });

  it('says "Belum ada data" for no figures', () => {
    expect(statSummary(spec({ title: 't', figures: [] }), 'id')).toBe('Belum ada data untuk ditampilkan.');
  });
});

describe('the table and the CSV', () => {
  it('has a row per figure, then one per history point, with only the columns the document uses', () => {
    const table = statTable(seed, 'id');
    expect(table.columns.map((c) => c.label)).toEqual([
      'Angka',
      'Nilai',
      'Pembanding',
      'Perubahan',
      'Target',
      'Catatan',
    ]);
    expect(table.rows).toHaveLength(4 + 9);
    expect(table.rows[0]!.map(plain)).toEqual([
      'Pagu anggaran 2020 (rencana)',
      'Rp 62,77 T',
      '2019: Rp 58,90 T',
      'naik 6,6%',
      '',
      '',
    ]);
    expect(table.rows[4]!.slice(0, 2).map(plain)).toEqual(['Penduduk miskin, Maret 2019 (Mar 2015)', '11,22%']);
    expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
    const bare = statTable(one({ label: 'x', value: 5, unit: 'count' }), 'en');
    expect(bare.columns.map((c) => c.label)).toEqual(['Figure', 'Value']);
  });

  it('downloads raw numbers and ISO periods, a row per figure and per history point', () => {
    const [header, ...rows] = statCsv(seed);
    expect(header).toContain('compare_value');
    expect(rows).toHaveLength(4 + 9);
    expect(rows[0]!.slice(0, 4)).toEqual(['Pagu anggaran 2020', undefined, 62_770_000_000_000, 'money']);
    expect(rows[4]!.slice(0, 4)).toEqual(['Penduduk miskin, Maret 2019', '2015-03', 11.22, 'percent']);
  });
});

describe('the words of every kind of change and target', () => {
  const figure = (f: object) => one({ label: 'x', ...f }).figures[0]!;

  it('writes counts under a million in full and from a million in words', () => {
    const count = (value: number) => plain(figureText(figure({ value, unit: 'count' }), seed, 'id').plain(value));
    expect(count(850_000)).toBe('850.000');
    expect(count(999_999)).toBe('999.999');
    expect(count(1_000_000)).toBe('1 juta');
  });

  it('names a yearly history point by its year and a monthly one by its month', () => {
    const yearly = figure({ value: 5, unit: 'count', history: [{ period: '2019', value: 4 }] });
    expect(figureText(yearly, seed, 'id').period(yearly.history[0]!)).toBe('2019');
    const monthly = figure({ value: 5, unit: 'count', history: [{ period: '2019-03', value: 4 }] });
    expect(figureText(monthly, seed, 'en').period(monthly.history[0]!)).toBe('Mar 2019');
  });

  it('writes a change in points with as many decimals as the figures, trailing zeros kept', () => {
    const text = figureText(figure({ value: 9.41, unit: 'percent', compare: { value: 9.81, label: 'a' } }), seed, 'id');
    expect(text.change).toMatchObject({ direction: 'down', amount: '0,40' });
  });

  it('says no change between two zeros, and gives no tone to no change even with "better"', () => {
    const zero = figureText(figure({ value: 0, unit: 'count', compare: { value: 0, label: 'a' } }), seed, 'id');
    expect(zero.change).toMatchObject({ direction: 'same', amount: undefined, tone: 'neutral' });
    const same = figureText(
      figure({ value: 100.01, unit: 'money', better: 'lower', compare: { value: 100, label: 'a' } }),
      seed,
      'id',
    );
    expect(same.change).toMatchObject({ direction: 'same', tone: 'neutral' });
  });

  it('calls a rise good when higher is better, and a fall bad', () => {
    const up = figure({ value: 11, unit: 'percent', better: 'higher', compare: { value: 10, label: 'a' } });
    expect(figureText(up, seed, 'id').change).toMatchObject({ direction: 'up', tone: 'good' });
    const down = figure({ value: 9, unit: 'percent', better: 'higher', compare: { value: 10, label: 'a' } });
    expect(figureText(down, seed, 'id').change).toMatchObject({ direction: 'down', tone: 'bad' });
  });

  it('says "tetap" / "unchanged" for no change, in the table and in the sentence', () => {
    const doc = one({ label: 'x', value: 100.01, unit: 'money', compare: { value: 100, label: '2019' } });
    expect(plain(statSummary(doc, 'id'))).toBe('x: Rp 100,01, sama dengan 2019 (Rp 100,00).');
    expect(plain(statSummary(doc, 'en'))).toBe('x: IDR 100.01, unchanged from 2019 (IDR 100.00).');
    expect(statTable(doc, 'id').rows[0]![3]).toBe('tetap');
    expect(statTable(doc, 'en').rows[0]![3]).toBe('unchanged');
  });

  it('writes a change in percent, and a target with and without a share, in English', () => {
    expect(plain(statSummary(extended, 'en'))).toContain(
      'Realisasi belanja 2023: IDR 85.53T, 98.0% of pagu 2023 (IDR 87.28T).',
    );
    expect(plain(statSummary(seed, 'en'))).toContain('Realisasi anggaran: 94.99% (pagu: 100%).');
    expect(statTable(seed, 'en').rows[0]![3]).toBe('up 6.6%');
    const againstZero = one({ label: 'x', value: 5, unit: 'count', compare: { value: 0, label: '2019' } });
    expect(statTable(againstZero, 'en').rows[0]![3]).toBe('up');
  });
});

describe('the table of figures, cell by cell', () => {
  it('marks the value and comparison columns as numbers', () => {
    expect(statTable(seed, 'id').columns.map((c) => c.numeric ?? false)).toEqual([
      false,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('leaves the cells of what a figure does not have empty, and marks only planned figures', () => {
    const rows = statTable(seed, 'en').rows;
    expect(rows[2]!.map(plain)).toEqual([
      'Opini WTP berturut-turut',
      '3 kali',
      '',
      '',
      '',
      'Tahun anggaran 2016, 2017 dan 2018',
    ]);
    expect(rows[3]!.map(plain)).toEqual([
      'Realisasi anggaran',
      '94.99%',
      '',
      '',
      'pagu: 100%',
      'Tahun anggaran tidak disebut dalam pemberitaan',
    ]);
    expect(rows[4]!.map(plain)).toEqual(['Penduduk miskin, Maret 2019 (Mar 2015)', '11.22%', '', '', '', '']);
    const bare = statTable(one({ label: 'x', value: 5, unit: 'count' }), 'en');
    expect(bare.rows).toEqual([['x', '5']]);
  });

  it('takes the title as the caption, and "Key figures" / "Angka utama" without one', () => {
    expect(statTable(seed, 'id').caption).toBe('Kemensos dalam angka');
    expect(statTable(spec({ title: '', figures: [] }), 'en').caption).toBe('Key figures');
    expect(statTable(spec({ title: '', figures: [] }), 'id').caption).toBe('Angka utama');
  });
});
