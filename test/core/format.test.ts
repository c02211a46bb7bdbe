import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDecimal,
  formatMoney,
  formatMonth,
  formatPeople,
  formatPercent,
  formatPercentValue,
  formatYear,
} from '../../src/core/format.js';
import { formatRanges, joinList } from '../../src/core/words.js';
import { plain } from '../helpers/samples.js';

describe('formatMoney', () => {
  it('writes 22400000000000 as "Rp 22,4 T" in Indonesian', () => {
    expect(plain(formatMoney(22_400_000_000_000, 'id'))).toBe('Rp 22,4 T');
  });
  it('writes 22400000000000 as "IDR 22.4T" in English', () => {
    expect(plain(formatMoney(22_400_000_000_000, 'en'))).toBe('IDR 22.4T');
  });
  it('keeps two fraction digits where the figure has them', () => {
    expect(plain(formatMoney(62_770_000_000_000, 'id'))).toBe('Rp 62,77 T');
    expect(plain(formatMoney(134_170_000_000_000, 'en'))).toBe('IDR 134.17T');
  });
  it('uses miliar (M) and juta (jt) below a trillion', () => {
    expect(plain(formatMoney(970_000_000_000, 'id'))).toBe('Rp 970 M');
    expect(plain(formatMoney(5_000_000, 'id'))).toBe('Rp 5 jt');
  });
  it('never falls back to exponent notation', () => {
    expect(formatMoney(1e18, 'id')).not.toMatch(/e\+/i);
  });
});

describe('percentages', () => {
  it('writes a ratio with one decimal: 24,6% / 24.6%', () => {
    expect(plain(formatPercent(0.246, 'id'))).toBe('24,6%');
    expect(plain(formatPercent(0.246, 'en'))).toBe('24.6%');
  });
  it('signs growth when asked: +93,3%', () => {
    expect(plain(formatPercent(0.9330357, 'id', 1, true))).toBe('+93,3%');
    expect(plain(formatPercent(-0.442, 'en', 1, true))).toBe('-44.2%');
  });
  it('writes a value in percent with two decimals: 9,41% / 9.41%', () => {
    expect(plain(formatPercentValue(9.41, 'id'))).toBe('9,41%');
    expect(plain(formatPercentValue(9.41, 'en'))).toBe('9.41%');
  });
  it('writes a signed decimal: -2,97', () => {
    expect(formatDecimal(-2.97, 'id', 2, true)).toBe('-2,97');
  });
});

describe('dates and counts', () => {
  it('never groups a year', () => {
    expect(formatYear(2015)).toBe('2015');
  });
  it('writes months the same in every engine: "Mar 2019", "Agu 2020" / "Aug 2020"', () => {
    expect(formatMonth(2019, 3, 'id')).toBe('Mar 2019');
    expect(formatMonth(2020, 8, 'id')).toBe('Agu 2020');
    expect(formatMonth(2020, 8, 'en')).toBe('Aug 2020');
  });
  it('writes an ISO date in words', () => {
    expect(formatDate('2019-10-02', 'id')).toBe('2 Oktober 2019');
    expect(formatDate('2019-10-02', 'en')).toBe('2 October 2019');
  });
  it('writes people as "25,95 juta jiwa" / "25.95 million people"', () => {
    expect(plain(formatPeople(25.95e6, 'id'))).toBe('25,95 juta jiwa');
    expect(plain(formatPeople(25.95e6, 'en'))).toBe('25.95 million people');
  });
});

describe('words', () => {
  it('joins a list with "dan" / "and"', () => {
    expect(joinList(['a', 'b', 'c'], 'id')).toBe('a, b dan c');
    expect(joinList(['a'], 'en')).toBe('a');
  });
  it('writes consecutive years as ranges', () => {
    expect(formatRanges([2016, 2017, 2020], 'id')).toBe('2016–2017 dan 2020');
  });
});
