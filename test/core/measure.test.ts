import { describe, expect, it } from 'vitest';
import { textWidth, wrapWords } from '../../src/core/measure.js';

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
