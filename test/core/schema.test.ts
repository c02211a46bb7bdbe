import { describe, expect, it } from 'vitest';
import { cleanText, jsonPath, safeHttpUrl, sortUnique } from '../../src/core/schema.js';
import { HANG_GUARD_SCALE } from '../reliability/checks.js';

describe('jsonPath', () => {
  it('writes keys and indices as a JSON path', () => {
    expect(jsonPath(['points', 2, 'amount'])).toBe('$.points[2].amount');
    expect(jsonPath([])).toBe('$');
  });
  it('quotes keys that are not identifiers', () => {
    expect(jsonPath(['a b', 'x'])).toBe('$["a b"].x');
  });
});

describe('safeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(safeHttpUrl('https://bps.go.id/id')).toBe('https://bps.go.id/id');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });
  it('rejects every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example',
      '/relative',
      'ftp://x',
    ]) {
      expect(safeHttpUrl(url), url).toBeUndefined();
    }
  });
});

describe('cleanText', () => {
  it('removes bidi overrides and control characters and collapses whitespace', () => {
    expect(cleanText('  a\u202Eb\u0000c \n\t d ')).toBe('abc d');
  });
  it('keeps markup as plain characters', () => {
    expect(cleanText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('sortUnique', () => {
  it('sorts by key and keeps the original order of ties out', () => {
    const result = sortUnique([{ year: 3 }, { year: 1 }, { year: 2 }], (x) => x.year, 'year', ['points']);
    expect(result).toEqual({ sorted: [{ year: 1 }, { year: 2 }, { year: 3 }] });
  });
  it('reports a repeated key at the path of the repeat', () => {
    const result = sortUnique([{ year: 1 }, { year: 2 }, { year: 1 }], (x) => x.year, 'year', ['points']);
    expect(result).toMatchObject({ reasons: [{ path: '$.points[2].year', received: '1' }] });
  });
});

describe('parseWith guards', () => {
  it('drops U+FFFE and U+FFFF, which XML (and so SVG) cannot carry', () => {
    expect(cleanText('A\uFFFFB\uFFFE')).toBe('AB');
  });
  it('rejects a list longer than any widget takes before validating its items', async () => {
    const { parseBudget } = await import('../../src/widgets/budget-growth/schema.js');
    const points = Array.from({ length: 60_000 }, (_, i) => ({ year: i, amount: 'x' }));
    const started = performance.now();
    const result = parseBudget({ title: 't', points });
    expect(performance.now() - started).toBeLessThan(500 * HANG_GUARD_SCALE);
    expect(result).toMatchObject({ ok: false, reasons: [{ path: '$.points', expected: 'at most 50000 items' }] });
  });
});
