import { describe, expect, it } from 'vitest';
import {
  formatCompact,
  formatDate,
  formatDecimal,
  formatInteger,
  formatMoney,
  formatMonth,
  formatCountWords,
  smallMoneyAdvice,
  formatPeople,
  formatPercent,
  formatPercentValue,
  formatYear,
} from '../../src/core/format.js';
import type { Lang } from '../../src/core/format.js';
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
  it('signs growth when asked, with the true minus sign: +93,3%, −44.2%', () => {
    expect(plain(formatPercent(0.9330357, 'id', 1, true))).toBe('+93,3%');
    expect(plain(formatPercent(-0.442, 'en', 1, true))).toBe('\u221244.2%');
  });
  it('writes a value in percent with two decimals: 9,41% / 9.41%', () => {
    expect(plain(formatPercentValue(9.41, 'id'))).toBe('9,41%');
    expect(plain(formatPercentValue(9.41, 'en'))).toBe('9.41%');
  });
  it('writes a signed decimal with the true minus sign (U+2212), never a hyphen: −2,97', () => {
    expect(formatDecimal(-2.97, 'id', 2, true)).toBe('\u22122,97');
    expect(formatMoney(-5e12, 'id')).toBe('\u2212Rp\u00a05\u00a0T');
    expect(formatCompact(-1500, 'en')).toBe('\u22121.5K');
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

  it('writes counts in words without a unit noun, and small counts as they are', () => {
    expect(plain(formatCountWords(9e6, 'id'))).toBe('9 juta');
    expect(plain(formatCountWords(23.36e6, 'en'))).toBe('23.36 million');
    expect(plain(formatCountWords(850, 'id'))).toBe('850');
  });

  it('keeps trailing zeros down to a minimum, so figures side by side have as many decimals', () => {
    expect(plain(formatMoney(58.9e12, 'id', 'IDR', { min: 2 }))).toBe('Rp 58,90 T');
    expect(plain(formatMoney(58.9e12, 'en', 'IDR', { min: 2, max: 1 }))).toBe('IDR 58.9T');
    expect(plain(formatCountWords(24e6, 'id', { min: 2 }))).toBe('24,00 juta');
  });
});

describe('words', () => {
  it('joins a list with "dan" / "and"', () => {
    expect(joinList(['a', 'b', 'c'], 'id')).toBe('a, b dan c');
    expect(joinList(['a'], 'en')).toBe('a');
    expect(joinList([], 'en')).toBe('');
  });
  it('writes consecutive years as ranges', () => {
    expect(formatRanges([2016, 2017, 2020], 'id')).toBe('2016–2017 dan 2020');
  });
});

/**
 * The formatters are written out, not `Intl`: here they are held to what `Intl` (Node's
 * ICU) writes for the same options, over values of every size and the rounding ties.
 * Where they differ on purpose, the case is named: the true minus sign (U+2212) where
 * ICU writes a hyphen, no "-0" for a figure that rounds to zero, and the ISO code for a
 * currency other than the rupiah in Indonesian ("USD 5", not ICU's "US$5").
 */
describe('the formatters agree with Intl', () => {
  const intl = (lang: Lang, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(lang, options);
  // Every size from 0.001 to 1e18, ties (x.xx5), nines that round up to the next unit.
  const values = [0, 0.005, 0.015, 1.005, 2.675, 9.995, 12.345, 999, 999.995, 1000, 1234.5, 99_999.5, 999_999];
  for (let e = -3; e <= 18; e++)
    for (const m of [1, 1.005, 1.25, 2.675, 3.14159, 4.995, 9.99, 9.999]) values.push(+(m * 10 ** e).toPrecision(12));
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < 2000; i++) values.push(+(random() * 10 ** (random() * 19 - 2)).toPrecision(1 + (i % 8)));
  // Full-precision doubles, and ones whose binary value sits just under a tie (2.4999999999999996 is "2", not "3").
  for (let i = 0; i < 2000; i++) values.push(random() * 10 ** (random() * 19 - 2));
  values.push(2.4999999999999996, 1234567.8949999998, 0.1 + 0.2, 1.0049999999999999, 4.35, 1.45e-7, 1e23, 1.2345678e25);
  const all = [...values, ...values.map((v) => -v)];
  const unsignedZero = (text: string) => (/[1-9]/.test(text) ? text : text.replace('-', ''));
  const trueMinus = (text: string) => text.replace('-', '\u2212');
  const cases: [string, (v: number, lang: Lang) => string, (lang: Lang) => Intl.NumberFormat][] = [
    [
      'formatMoney',
      (v, lang) => formatMoney(v, lang),
      (lang) =>
        intl(lang, {
          style: 'currency',
          currency: 'IDR',
          currencyDisplay: lang === 'id' ? 'symbol' : 'code',
          notation: 'compact',
          maximumFractionDigits: 2,
        }),
    ],
    [
      'formatCompact',
      (v, lang) => formatCompact(v, lang),
      (lang) => intl(lang, { notation: 'compact', maximumFractionDigits: 2 }),
    ],
    [
      'formatPercent',
      (v, lang) => formatPercent(v, lang, 1, true),
      (lang) =>
        intl(lang, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }),
    ],
    [
      'formatDecimal',
      (v, lang) => formatDecimal(v, lang, 2),
      (lang) => intl(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'negative' as 'auto' }),
    ],
    [
      'formatInteger',
      (v, lang) => formatInteger(v, lang),
      (lang) => intl(lang, { maximumFractionDigits: 0, signDisplay: 'negative' as 'auto' }),
    ],
    [
      'formatPeople',
      (v, lang) => formatPeople(v, lang).replace(/ (jiwa|people)$/, ''),
      (lang) => intl(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }),
    ],
  ];
  for (const [name, ours, theirs] of cases)
    for (const lang of ['id', 'en'] as const)
      it(`${name} (${lang}) writes what Intl writes for ${all.length} values`, () => {
        const format = theirs(lang);
        const differ = all
          .map((v) => [v, ours(v, lang), trueMinus(unsignedZero(format.format(v)))])
          .filter(([, a, b]) => a !== b);
        expect(differ.slice(0, 5)).toEqual([]);
      });

  it('writes the ISO code for a currency other than the rupiah, and never "-0"', () => {
    expect(plain(formatMoney(5_000, 'id', 'USD'))).toBe('USD 5 rb');
    expect(plain(formatMoney(5_000, 'en', 'USD'))).toBe('USD 5K');
    expect(formatMoney(-0.004, 'id')).toBe('Rp\u00a00');
    expect(formatCompact(-0.001, 'en')).toBe('0');
    expect(formatPercent(-0.00001, 'id', 1, true)).toBe('0,0%');
  });
  it('writes every digit of absurd but valid figures, never an exponent or "Infinity"', () => {
    const share = formatPercent(1e300, 'en');
    expect(share).toMatch(/^100(,000)+\.0%$/);
    expect(share.length).toBe(303 + 100 + 3); // 1e302 %: 303 digits, 100 separators
    expect(formatInteger(1e23, 'en')).toBe('100,000,000,000,000,000,000,000');
  });
  it('rounds up the last kept digit alike with 15 kept digits and with 16 (a Number, then a BigInt, holds them)', () => {
    expect(formatDecimal(123456789012345.6, 'en', 0)).toBe('123,456,789,012,346');
    expect(formatDecimal(999999999999999.5, 'en', 0)).toBe('1,000,000,000,000,000');
    expect(formatDecimal(1234567890123456.8, 'en', 0)).toBe('1,234,567,890,123,457');
  });
  it('moves to the next unit when rounding reaches a thousand: 999.999 → "1 jt"', () => {
    expect(plain(formatCompact(999_999, 'id'))).toBe('1 jt');
    expect(plain(formatMoney(999_995_000_000, 'en'))).toBe('IDR 1T');
    expect(plain(formatMoney(1e18, 'id'))).toBe('Rp 1.000.000 T');
  });
});

describe('smallMoneyAdvice', () => {
  it('warns when every amount above zero is under a million: trillions typed as 22.4', () => {
    const [advice] = smallMoneyAdvice([22.4, 43.3, 0], 'IDR');
    expect(advice).toContain('whole currency units');
    expect(advice).toContain('22400000000000');
  });

  it('says nothing when one amount is a million or more, or when there is none above zero', () => {
    expect(smallMoneyAdvice([22.4, 1e6], 'IDR')).toEqual([]);
    expect(smallMoneyAdvice([22_400_000_000_000], 'IDR')).toEqual([]);
    expect(smallMoneyAdvice([0, 0], 'IDR')).toEqual([]);
    expect(smallMoneyAdvice([], 'IDR')).toEqual([]);
  });
});
