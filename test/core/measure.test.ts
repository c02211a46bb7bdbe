import { describe, expect, it } from 'vitest';
import { placeWithoutOverlap, textWidth, wrapWords } from '../../src/core/measure.js';

describe('wrapWords', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapWords('tidak ada data', 11, 200)).toEqual(['tidak ada data']);
  });
  it('breaks at spaces, every line within the width', () => {
    const lines = wrapWords('unqualified opinions in a row', 13, 130, { bold: true });
    expect(lines.join(' ')).toBe('unqualified opinions in a row');
    for (const line of lines) expect(textWidth(line, 13, true)).toBeLessThanOrEqual(130);
  });
  it('evens out the lines when asked, without adding one', () => {
    const greedy = wrapWords('unqualified opinions in a row', 13, 172, { bold: true });
    const balanced = wrapWords('unqualified opinions in a row', 13, 172, { bold: true, balance: true });
    expect(greedy).toEqual(['unqualified opinions in', 'a row']);
    expect(balanced).toHaveLength(2);
    expect(Math.max(...balanced.map((l) => textWidth(l, 13, true)))).toBeLessThan(
      Math.max(...greedy.map((l) => textWidth(l, 13, true))),
    );
  });
  it('gives a word wider than the line a line of its own, never cutting it', () => {
    expect(wrapWords('a berturut-turut b', 15, 40)).toEqual(['a', 'berturut-turut', 'b']);
  });
  it('cuts a word wider than the line when asked, every piece within the width, nothing lost', () => {
    const lines = wrapWords('a berturut-turut b', 15, 40, { cutLongWords: true });
    expect(lines.join('').replace(/ /g, '')).toBe('aberturut-turutb');
    for (const line of lines) expect(textWidth(line, 15)).toBeLessThanOrEqual(40);
    expect(lines.length).toBeGreaterThan(3);
  });
});

describe('textWidth', () => {
  it('estimates each kind of character in ems: digits, narrow, wide, signs, capitals, r t f, the rest', () => {
    // At 10 px, regular: ems × 10 × 1.15.
    const ems = (ch: string) => textWidth(ch, 10) / 11.5;
    const expected: [string, number][] = [
      ['0', 0.556],
      ['9', 0.556],
      ['i', 0.278],
      ['m', 0.89],
      ['%', 0.89],
      ['+', 0.584],
      ['−', 0.584],
      ['-', 0.584],
      ['–', 0.584],
      ['A', 0.68],
      ['Z', 0.68],
      ['r', 0.333],
      ['a', 0.556],
      ['#', 0.556],
      ['[', 0.278],
      ['\\', 0.556],
    ];
    for (const [ch, em] of expected) expect(ems(ch), ch).toBeCloseTo(em, 10);
  });
  it('measures regular unless asked for bold, a tenth wider', () => {
    expect(textWidth('Kota', 10)).toBeCloseTo((0.68 + 0.556 + 0.333 + 0.556) * 11.5, 10);
    expect(textWidth('Kota', 10, true)).toBeCloseTo(textWidth('Kota', 10) * 1.1, 10);
  });
});

describe('wrapWords: balancing with cutting', () => {
  it('never cuts a word that fits the full width, however far balancing narrows the lines', () => {
    const text = 'Pandemi COVID-19 mulai';
    const cut: string[] = [];
    for (let width = 40; width <= 200; width++) {
      const lines = wrapWords(text, 12, width, { balance: true, cutLongWords: true });
      for (const word of text.split(' '))
        if (textWidth(word, 12) <= width && !lines.some((line) => line.split(' ').includes(word)))
          cut.push(`${width}px: ${lines.join(' / ')}`);
    }
    expect(cut).toEqual([]);
  });

  it('keeps both words of a short annotation whole: "Bansos / tunai", not "Banso / s tunai"', () => {
    // At the width poverty-trend's notes wrap a label in (annotations.ts).
    for (const [text, lines] of [
      ['Bansos tunai', ['Bansos', 'tunai']],
      ['Pemilu 2019', ['Pemilu', '2019']],
      ['COVID-19 mulai', ['COVID-19', 'mulai']],
    ] as const) {
      const width = Math.max(60, textWidth(text, 12) / 1.6);
      expect(wrapWords(text, 12, width, { balance: true, cutLongWords: true })).toEqual(lines);
    }
  });

  it('still evens the lines out, and still cuts a word wider than the full width', () => {
    expect(wrapWords('Pandemi COVID-19 mulai', 12, 120, { balance: true, cutLongWords: true })).toHaveLength(2);
    const lines = wrapWords('a berturut-turut b', 15, 40, { balance: true, cutLongWords: true });
    expect(lines.every((line) => textWidth(line, 15) <= 40)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe('aberturut-turutb');
  });
});

describe('wrapWords: edges', () => {
  it('keeps a line exactly as wide as the width', () => {
    const width = textWidth('tidak ada data', 11);
    expect(wrapWords('tidak ada data', 11, width)).toEqual(['tidak ada data']);
  });
  it('measures in regular unless asked for bold', () => {
    // 82.3 px regular, 90.5 px bold.
    expect(wrapWords('tidak ada data', 11, 86)).toEqual(['tidak ada data']);
    expect(wrapWords('tidak ada data', 11, 86, { bold: true })).toEqual(['tidak ada', 'data']);
  });
  it('balances within the width, never wider: a text 2 px too wide for one line takes two', () => {
    const width = textWidth('unqualified opinions in a row', 13, true) - 2;
    expect(wrapWords('unqualified opinions in a row', 13, width, { bold: true, balance: true })).toEqual([
      'unqualified',
      'opinions in a row',
    ]);
  });
  it('balances two words onto a line each', () => {
    expect(wrapWords('aaaa bbbb', 12, 60, { balance: true })).toEqual(['aaaa', 'bbbb']);
  });
  it('cuts a long word into the longest heads that fit, the next word joining the last piece', () => {
    expect(wrapWords('a berturut-turut b', 15, 40, { cutLongWords: true })).toEqual([
      'a',
      'bert',
      'urut',
      '-tur',
      'ut b',
    ]);
  });
  it('keeps a character wider than the line, whole, when cutting', () => {
    expect(wrapWords('W', 15, 5, { cutLongWords: true })).toEqual(['W']);
    expect(wrapWords('WW', 15, 5, { cutLongWords: true })).toEqual(['W', 'W']);
  });
});

describe('placeWithoutOverlap', () => {
  /** Spans kept, in the items' order. */
  const kept = (spans: [number, number][], priority: (s: [number, number], i: number) => number, gap?: number) => {
    const set = placeWithoutOverlap(spans, (s) => s, priority, gap);
    return spans.filter((s) => set.has(s));
  };
  it('keeps the higher priority of two overlapping spans, and every span clear of the kept ones', () => {
    const spans: [number, number][] = [
      [0, 10],
      [8, 20],
      [30, 40],
    ];
    expect(kept(spans, (_, i) => i)).toEqual([
      [8, 20],
      [30, 40],
    ]);
    expect(kept(spans, (_, i) => -i)).toEqual([
      [0, 10],
      [30, 40],
    ]);
  });
  it('keeps a span exactly the gap away on either side, and not one nearer', () => {
    const first = (s: [number, number]) => (s[0] === 10 ? 1 : 0);
    expect(
      kept(
        [
          [0, 6],
          [10, 20],
          [24, 30],
        ],
        first,
      ),
    ).toEqual([
      [0, 6],
      [10, 20],
      [24, 30],
    ]);
    const near: [number, number][] = [
      [0, 7],
      [10, 20],
      [23, 30],
    ];
    expect(kept(near, first)).toEqual([[10, 20]]);
    expect(kept(near, first, 3)).toHaveLength(3);
  });
});
