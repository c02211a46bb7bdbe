import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../src/core/format.js';
import * as v from '../../src/core/rules.js';
import { frameEntries, parseWith, reason, sortUnique, text } from '../../src/core/schema.js';

// How a rejected document is worded, and the edges of the shared fields. (Written for
// mutants StrykerJS found surviving; see docs/mutation.md.)

const expectedOf = (rule: v.Rule<unknown, unknown>, input: unknown) => {
  const issues: v.Issue[] = [];
  v.run(rule, input, issues);
  return issues.map((i) => i.expected);
};

describe('reason: what came instead, in words', () => {
  it('names nothing, null, a list, an object and a long string as a reader can recognise them', () => {
    expect(reason(['a'], 'x', undefined).received).toBe('nothing');
    expect(reason(['a'], 'x', null).received).toBe('null');
    expect(reason(['a'], 'x', [1, 2, 3]).received).toBe('an array of 3');
    expect(reason(['a'], 'x', { b: 1 }).received).toBe('an object');
    expect(reason(['a'], 'x', 'y'.repeat(50)).received).toBe(`"${'y'.repeat(40)}…"`);
    expect(reason(['points', 2, 'year'], 'a year', 'x').message).toBe('$.points[2].year: expected a year, got "x"');
  });

  it('turns a widget check that throws into one reason at the document’s root', () => {
    const result = parseWith(v.number('a number'), 1, () => {
      throw new Error('boom');
    });
    expect(result).toEqual({
      ok: false,
      reasons: [{ path: '$', expected: 'a readable document', received: '"Error: boom"', message: expect.any(String) }],
    });
  });
});

describe('text fields', () => {
  it('take an empty text, refuse a longer one with its limit in words, and refuse a number as "text"', () => {
    expect(expectedOf(text(5), '')).toEqual([]);
    expect(expectedOf(text(5), 'abcdef')).toEqual(['at most 5 characters']);
    expect(expectedOf(text(5), 42)).toEqual(['text']);
  });
});

describe('updated: a real calendar date', () => {
  it('refuses days, months and leap days the calendar does not have', () => {
    // Date.UTC reads the years 0–99 as 1900–1999: such a date never comes back as written.
    for (const date of ['2023-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '0050-01-01'])
      expect(expectedOf(frameEntries.updated, date), date).toEqual(['a real calendar date']);
    for (const date of ['2024-02-29', '2023-12-31', '2023-01-01'])
      expect(expectedOf(frameEntries.updated, date), date).toEqual([]);
  });
});

describe('sortUnique', () => {
  it('returns a new list even when the items came in order', () => {
    const items = [{ year: 1 }, { year: 2 }];
    const result = sortUnique(items, (x) => x.year, 'year', ['points']);
    expect(result).toEqual({ sorted: items });
    expect((result as { sorted: unknown[] }).sorted).not.toBe(items);
  });

  it('reports the later of two equal keys as the repeat, wherever the sort moves them', () => {
    const result = sortUnique([{ year: 3 }, { year: 1 }, { year: 3 }], (x) => x.year, 'year', ['points']);
    expect(result).toMatchObject({
      reasons: [{ path: '$.points[2].year', expected: 'a year not already used at index 0' }],
    });
  });
});

describe('month names', () => {
  it('write a question mark for a month the calendar does not have, never an empty name', () => {
    expect(formatMonth(2020, 13, 'id')).toBe('? 2020');
    expect(formatDate('2020-13-01', 'en')).toBe('1 ? 2020');
  });
});
