import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/core/measure.js';
import { placeNotes } from '../../../src/widgets/poverty-trend/annotations.js';

/** The words beside each rule, as `text@x anchor y`. */
const drawn = (result: ReturnType<typeof placeNotes>) =>
  result.marks.map((m) => m.labels.map((l) => `${l.text}@${l.x} ${l.anchor} ${l.y}`));

const size = 12;
const pemilu = textWidth('Pemilu', size);

describe('placeNotes', () => {
  it('sets a label 4 px right of its rule, on the first row, 15 px lines at 12 px', () => {
    const result = placeNotes({ rules: [100], texts: ['Pemilu'], width: 400, size, rows: 1 });
    expect(drawn(result)).toEqual([['Pemilu@104 start 13']]);
    expect(result).toMatchObject({ legend: [], crowded: false, lineHeight: 15 });
  });
  it('keeps a label right of its rule when it ends exactly at the chart edge, and moves it left past it', () => {
    const edge = 100 + 4 + pemilu;
    expect(drawn(placeNotes({ rules: [100], texts: ['Pemilu'], width: edge, size, rows: 1 }))).toEqual([
      ['Pemilu@104 start 13'],
    ]);
    expect(drawn(placeNotes({ rules: [100], texts: ['Pemilu'], width: edge - 0.01, size, rows: 1 }))).toEqual([
      ['Pemilu@96 end 13'],
    ]);
  });
  it('sets a label left of its rule when it starts exactly at the chart edge, and not past it', () => {
    const width = 2 * (4 + pemilu) - 0.02; // too narrow for the label right of either rule
    const atEdge = placeNotes({ rules: [4 + pemilu], texts: ['Pemilu'], width, size, rows: 1 });
    expect(atEdge.marks[0]!.labels[0]).toMatchObject({ anchor: 'end', x: 44.7 });
    const past = placeNotes({ rules: [4 + pemilu - 0.01], texts: ['Pemilu'], width, size, rows: 1 });
    expect(past.marks[0]!.labels[0]).toMatchObject({ text: '1', anchor: 'start' });
    expect(past.legend).toEqual(['Pemilu']);
  });
  it('puts two labels on one row 8 px apart, and numbers the second when they would be closer', () => {
    /** Two "Pemilu" notes on one row, the second's rule `gap` px after the first label ends. */
    const pair = (gap: number) =>
      placeNotes({ rules: [100, 100 + pemilu + gap], texts: ['Pemilu', 'Pemilu'], width: 400, size, rows: 1 });
    const apart = pair(8);
    expect(drawn(apart)).toEqual([['Pemilu@104 start 13'], ['Pemilu@156.7 start 13']]);
    const close = pair(7.9);
    expect(drawn(close)).toEqual([['Pemilu@104 start 13'], ['1@156.7 start 13']]);
    expect(close).toMatchObject({ legend: ['Pemilu'], crowded: true });
  });
  it('with two rows, sets a label that clashes on the first on the second, a line lower', () => {
    const result = placeNotes({ rules: [100, 110], texts: ['Pemilu', 'Pemilu'], width: 400, size, rows: 2 });
    expect(drawn(result)).toEqual([['Pemilu@104 start 13'], ['Pemilu@114 start 28']]);
    expect(result.crowded).toBe(false);
  });
  it('with one row, numbers a clashing label, puts its words in the legend and says a second row would help', () => {
    const result = placeNotes({ rules: [100, 110], texts: ['Pemilu', 'Pemilu'], width: 400, size, rows: 1 });
    // The number goes just clear of the label in its way, on the side nearer the rule.
    expect(drawn(result)).toEqual([['Pemilu@104 start 13'], ['1@88.3 start 13']]);
    expect(result).toMatchObject({ legend: ['Pemilu'], crowded: true });
  });
  it('numbers a third label on the second row beside the rule, not crowded: a third row is not offered', () => {
    const result = placeNotes({
      rules: [100, 110, 120],
      texts: ['Pemilu', 'Pemilu', 'Pemilu'],
      width: 400,
      size,
      rows: 2,
    });
    expect(drawn(result)).toEqual([['Pemilu@104 start 13'], ['Pemilu@114 start 28'], ['1@98.3 start 28']]);
    expect(result).toMatchObject({ legend: ['Pemilu'], crowded: false });
  });
  it('wraps words onto two balanced lines when one line fits on neither side', () => {
    const result = placeNotes({ rules: [100], texts: ['Rilis data BPS baru'], width: 170, size, rows: 2 });
    expect(drawn(result)).toEqual([['Rilis data@104 start 13', 'BPS baru@104 start 28']]);
  });
  it('numbers notes in order and sets a number at its rule when no place is free', () => {
    const result = placeNotes({ rules: [10, 12], texts: ['Pemilu', 'Sensus'], width: 30, size, rows: 1 });
    expect(drawn(result)).toEqual([['1@14 start 13'], ['2@16 start 13']]);
    expect(result).toMatchObject({ legend: ['Pemilu', 'Sensus'], crowded: true });
    const twoRows = placeNotes({ rules: [10, 12], texts: ['Pemilu', 'Sensus'], width: 30, size, rows: 2 });
    expect(drawn(twoRows)).toEqual([['1@14 start 13'], ['2@16 start 28']]);
    expect(twoRows.crowded).toBe(false);
  });
  it('keeps later labels clear of an earlier number, and beside their rules elsewhere on its row', () => {
    const result = placeNotes({
      rules: [100, 110, 40, 300],
      texts: ['Pemilu', 'Sensus', 'Pilkada', 'Reshuffle'],
      width: 400,
      size,
      rows: 1,
    });
    // "1" takes 88.3–96: "Pilkada" right of 40 would come within 8 px of it, left of 40 past the edge.
    expect(drawn(result)).toEqual([
      ['Pemilu@104 start 13'],
      ['1@88.3 start 13'],
      ['2@44 start 13'],
      ['Reshuffle@304 start 13'],
    ]);
    expect(result.legend).toEqual(['Sensus', 'Pilkada']);
    expect(44 + textWidth('Pilkada', size) + 8).toBeGreaterThan(88.3);
    expect(44 + textWidth('Pilkada', size) + 8).toBeLessThanOrEqual(104);
  });
  it('fits two wrapped lines by the wider one: too wide right of the rule, it goes left', () => {
    // Right of the rule only "2020 dimulai", the shorter line, would fit.
    const width = 134 + textWidth('2020 dimulai', size) + 1;
    const result = placeNotes({ rules: [130], texts: ['Sensus Penduduk 2020 dimulai'], width, size, rows: 2 });
    expect(drawn(result)).toEqual([['Sensus Penduduk@126 end 13', '2020 dimulai@126 end 28']]);
  });
  it('cuts a word too long for one line into two balanced lines rather than numbering it', () => {
    const result = placeNotes({ rules: [100], texts: ['Pemberdayaanmasyarakatdesa'], width: 240, size, rows: 2 });
    expect(drawn(result)).toEqual([['Pemberdayaanm@104 start 13', 'asyarakatdesa@104 start 28']]);
    expect(result.legend).toEqual([]);
  });
});
