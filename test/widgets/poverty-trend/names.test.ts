import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/core/measure.js';
import { endBlocks, SWATCH_SPACE } from '../../../src/widgets/poverty-trend/names.js';
import { spec } from './fixtures.js';

/** Series with these names, each one point: 9.41%, 10.41%, … */
const series = (...names: string[]) =>
  spec({
    title: 't',
    series: names.map((name, i) => ({ name, points: [{ period: '2019-03', value: 9.41 + i }] })),
  }).series;

/** 12 px text at 400 px: names up to a quarter of the width, 100 px, on a line. */
const at400 = { lang: 'en' as const, fontSize: 12, width: 400, room: 1000, swatch: false };

describe('endBlocks: each end label a name over a value', () => {
  it('sets a name that fits a quarter of the width on one line over its value, 3 px between lines', () => {
    const named = endBlocks(series('Nasional'), undefined, at400);
    expect(named.blocks).toEqual([{ lines: ['Nasional', '9.41%'], nameLines: 1 }]);
    expect(named.legend).toEqual([]);
    expect(named.lineHeight).toBe(15);
    expect(named.widest).toBe(Math.ceil(textWidth('Nasional', 12, true)));
  });

  it('keeps a name exactly as wide as a quarter of the width on one line', () => {
    // At this size "Nasional" in bold is 100 px to the last bit, the name width at 400 px.
    const fontSize = 19.684109412153756;
    expect(textWidth('Nasional', fontSize, true)).toBe(100);
    const named = endBlocks(series('Nasional'), undefined, { ...at400, fontSize });
    expect(named.blocks[0]!.lines).toEqual(['Nasional', '9.41%']);
    expect(named.legend).toEqual([]);
  });

  it('wraps a longer name onto balanced lines', () => {
    // Greedy wrapping would give "Perempuan di / perkotaan".
    const named = endBlocks(series('Perempuan di perkotaan'), undefined, at400);
    expect(named.blocks).toEqual([{ lines: ['Perempuan', 'di perkotaan', '9.41%'], nameLines: 2 }]);
  });

  it('measures the value in regular and the name in bold', () => {
    // "A" is narrower than "9.41%": the value sets the width, in regular type.
    expect(endBlocks(series('A'), undefined, at400).widest).toBe(Math.ceil(textWidth('9.41%', 12)));
    expect(endBlocks(series('A'), undefined, at400).widest).toBe(40);
  });

  it('puts a name of more than three lines into the legend by its key, the label keeping the value', () => {
    const name = 'Persentase penduduk miskin nasional';
    const named = endBlocks(series('Kota', name), undefined, at400);
    expect(named.blocks).toEqual([
      { lines: ['Kota', '9.41%'], nameLines: 1 },
      { lines: ['10.41%'], nameLines: 0 },
    ]);
    expect(named.legend).toEqual([{ swatch: '1', label: name }]);
  });

  it('puts a word wider than the name width into the legend', () => {
    const named = endBlocks(series('Kesejahteraanmasyarakat'), undefined, { ...at400, width: 200 });
    expect(named.blocks).toEqual([{ lines: ['9.41%'], nameLines: 0 }]);
    expect(named.legend).toEqual([{ swatch: '0', label: 'Kesejahteraanmasyarakat' }]);
  });

  it('gives the threshold its label over its value, only its value without a label, and its own legend key', () => {
    expect(endBlocks(series('Kota'), { value: 10, label: 'Satu digit' }, at400).blocks[1]).toEqual({
      lines: ['Satu digit', '10%'],
      nameLines: 1,
    });
    expect(endBlocks(series('Kota'), { value: 10 }, at400).blocks[1]).toEqual({ lines: ['10%'], nameLines: 0 });
    const label = 'Garis kemiskinan nasional yang ditetapkan pemerintah';
    const named = endBlocks(series('Kota'), { value: 9.5, label }, at400);
    expect(named.blocks[1]).toEqual({ lines: ['9.50%'], nameLines: 0 });
    expect(named.legend).toEqual([{ swatch: 'threshold', label }]);
  });

  it("adds the key's room before each series' label, not before the threshold's", () => {
    // "kemiskinan" in bold is the widest line, and the threshold's.
    const threshold = { value: 10, label: 'Garis kemiskinan' };
    const named = endBlocks(series('Kota'), threshold, { ...at400, swatch: true });
    expect(named.blocks[1]!.lines).toEqual(['Garis', 'kemiskinan', '10%']);
    expect(named.widest).toBe(Math.ceil(textWidth('kemiskinan', 12, true)));
    const wide = endBlocks(series('Nasional'), undefined, { ...at400, swatch: true });
    expect(wide.widest).toBe(Math.ceil(textWidth('Nasional', 12, true) + SWATCH_SPACE));
  });
});

describe('endBlocks: labels taller than their room', () => {
  // Four labels of 2, 3, 1 and 2 lines at 15 px, each with 3 px after it: 132 px.
  const four = () =>
    endBlocks(
      series('Kota', 'Perempuan di perkotaan', 'Persentase penduduk miskin nasional'),
      { value: 10, label: 'Satu digit' },
      { ...at400, room: 132 },
    );

  it('keeps every value where the labels stack in exactly their room', () => {
    expect(four().blocks.map((b) => b.lines)).toEqual([
      ['Kota', '9.41%'],
      ['Perempuan', 'di perkotaan', '10.41%'],
      ['11.41%'],
      ['Satu digit', '10%'],
    ]);
  });

  it("leaves out the named series' values a pixel short of it, keeping the threshold's and a legend series' values", () => {
    const named = endBlocks(
      series('Kota', 'Perempuan di perkotaan', 'Persentase penduduk miskin nasional'),
      { value: 10, label: 'Satu digit' },
      { ...at400, room: 131 },
    );
    expect(named.blocks).toEqual([
      { lines: ['Kota'], nameLines: 1 },
      { lines: ['Perempuan', 'di perkotaan'], nameLines: 2 },
      { lines: ['11.41%'], nameLines: 0 },
      { lines: ['Satu digit', '10%'], nameLines: 1 },
    ]);
  });
});
