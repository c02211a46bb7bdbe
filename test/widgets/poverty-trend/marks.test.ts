import { describe, expect, it } from 'vitest';
import { dodge, keep, LazyPoint, markerPath, type TextMark } from '../../../src/widgets/poverty-trend/marks.js';

describe('markerPath', () => {
  it('draws a circle of the radius as two half arcs from its left edge', () => {
    expect(markerPath(0, 10, 20, 4)).toBe('M6,20a4,4 0 1 0 8,0a4,4 0 1 0 -8,0');
  });
  it('draws a square reaching 0.9 radius from the centre', () => {
    expect(markerPath(1, 10, 20, 4)).toBe('M6.4,16.4H13.6V23.6H6.4z');
  });
  it('draws a triangle pointing up, reaching 1.25 radius, its base 0.7 of that below the centre', () => {
    expect(markerPath(2, 10, 20, 4)).toBe('M10,15L15,23.5H5z');
  });
  it('draws a diamond reaching 1.35 radius', () => {
    expect(markerPath(3, 10, 20, 4)).toBe('M10,14.6L15.4,20L10,25.4L4.6,20z');
  });
  it('draws nothing for a style past the four shapes', () => {
    expect(markerPath(4, 10, 20, 4)).toBe('');
  });
});

describe('LazyPoint', () => {
  const make = (calls: number[]) =>
    new LazyPoint({ x: 10.04, y: 20 }, 1, 2, 300, (row, col) => {
      calls.push(row * 10 + col);
      return { title: 'Jan 2025', lines: ['9,5%', '2 juta jiwa'] };
    });

  it('is keyed by its series and month, not its column', () => {
    expect(make([]).key).toBe('1:300');
  });
  it('has a 14 px focus ring centred on its anchor', () => {
    expect(make([]).focus).toEqual({ x: 3, y: 13, width: 14, height: 14 });
  });
  it('reads as its title and lines joined with "; "', () => {
    expect(make([]).label).toBe('Jan 2025: 9,5%; 2 juta jiwa');
  });
  it('words itself once, for its own row and column, when first read', () => {
    const calls: number[] = [];
    const point = make(calls);
    expect(calls).toEqual([]);
    void point.tooltip;
    void point.label;
    expect(calls).toEqual([12]);
  });
});

describe('keep', () => {
  const item = (a: number, b: number, text: string) => ({
    span: [a, b] as [number, number],
    label: { text, x: a, y: 0, anchor: 'start' } as TextMark,
  });

  it('keeps a label 8 px clear of the earlier one and drops one closer, however wide', () => {
    const items = [item(0, 10, 'a'), item(17, 30, 'b'), item(18, 30, 'c')];
    const shown = keep(items);
    expect(items.map((i) => shown(i)?.text)).toEqual(['a', undefined, 'c']);
  });
  it('gives way to an earlier label, not a later one', () => {
    const items = [item(20, 30, 'a'), item(0, 25, 'b')];
    const shown = keep(items);
    expect(items.map((i) => shown(i)?.text)).toEqual(['a', undefined]);
  });
});

describe('dodge', () => {
  it('places no blocks when given none', () => {
    expect(dodge([], 0, 100)).toEqual([]);
  });
});
