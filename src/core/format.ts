/**
 * Number and date formatting for the two supported languages, written out rather than
 * through `Intl`: the same text in every engine and in Node, whose ICU versions differ,
 * and no ICU start-up on the page (the first `Intl.NumberFormat` costs Chromium 20–50 ms,
 * a fifth of a widget's first draw). Rounding is half away from zero on the number as
 * it prints (1.005 → 1.01), as `Intl` rounds; a rounded zero has no sign.
 */

export type Lang = 'id' | 'en';

const NBSP = '\u00a0';

interface DigitOptions {
  /** Fewest fraction digits: trailing zeros go down to this many. */
  minFraction: number;
  /** Most fraction digits: the number is rounded to this many. */
  maxFraction: number;
  /** Thousands are grouped from this many integer digits on (compact figures from 5: "1000 T", "12.340 T"). */
  groupFrom?: number;
  /** Powers of ten to move the decimal point right by (2 for a ratio shown in percent). */
  shift?: number;
}

/**
 * `|value|` × 10^`shift` with its fraction digits in `lang`'s separators. Rounded half
 * away from zero on the digits as the number prints, the decimal point moved in them and
 * never by multiplying (1.005 × 100 is 100.49999999999999 in binary, 100.5 in decimal):
 * as ICU rounds, to the last digit of 1e23 or of a share of 1e300 %.
 */
function digits(value: number, lang: Lang, options: DigitOptions): string {
  const { minFraction: min, maxFraction: max, groupFrom = 4, shift = 0 } = options;
  const [mantissa, exponent = 0] = String(Math.abs(value)).split('e');
  const [whole, part = ''] = mantissa!.split('.');
  // How many of the digits are kept: those before the point, then `max` after it.
  const keep = whole!.length + +exponent + shift + max;
  const all = (whole! + part).padEnd(keep + 1, '0');
  const kept = all.slice(0, Math.max(keep, 0));
  const up = all[keep]! >= '5' ? 1 : 0;
  // Up to 15 digits a Number holds the kept digits exactly, and is many times faster than a BigInt.
  const n = kept.length <= 15 ? Number(kept) + up : BigInt(kept) + BigInt(up);
  const text = String(n).padStart(max + 1, '0');
  const int = text.slice(0, text.length - max);
  // Trailing zeros go, down to `min` digits.
  const fraction = text.slice(int.length).replace(/0+$/, '').padEnd(min, '0');
  const id = lang === 'id';
  return (
    (int.length < groupFrom ? int : int.replace(/\B(?=(\d{3})+$)/g, id ? '.' : ',')) +
    (fraction ? (id ? ',' : '.') + fraction : '')
  );
}

/** The minus sign (U+2212), as type sets it: a hyphen is shorter than the plus and reads as a dash. */
const MINUS = '\u2212';

/**
 * The sign of `value` written as `text`: the minus sign below zero, "+" above with `plus`;
 * none for a rounded zero ("-0"). Only text for readers: a CSV keeps the data's own numbers.
 */
function sign(value: number, text: string, plus?: boolean): string {
  if (!/[1-9]/.test(text)) return '';
  if (value < 0) return MINUS;
  return plus ? '+' : '';
}

/** `text`, the digits of `value`, with its sign. */
const signed = (value: number, text: string, plus?: boolean) => sign(value, text, plus) + text;

/** Compact units, short then long: thousands, millions, billions, trillions. */
const UNITS: Record<Lang, string[][]> = {
  id: ['rb jt M T'.split(' '), 'ribu juta miliar triliun'.split(' ')],
  en: ['K M B T'.split(' '), 'thousand million billion trillion'.split(' ')],
};

/** The unit after a compact figure: " juta" (long), a no-break space and "T" (short, id), "T" (short, en). */
function unitWord(unit: number, lang: Lang, long = false): string {
  if (!unit) return '';
  const words = UNITS[lang][long ? 1 : 0]![unit - 1];
  if (long) return ` ${words}`;
  return lang === 'id' ? NBSP + words : words!;
}

/** Fraction digits of a compact figure: at most `max` (rounded), trailing zeros kept down to `min`. */
export interface FractionDigits {
  min?: number;
  max?: number;
}

/** `|value|` compact: "22,4 T" / "22.4T", long "25,95 juta" / "25.95 million". */
function compact(value: number, lang: Lang, fraction: FractionDigits, long?: boolean): string {
  const { min = 0, max = 2 } = fraction;
  let unit = Math.min(4, Math.max(0, Math.floor(Math.log10(Math.abs(value)) / 3)));
  // The unit of the rounded figure: 999,999 is "1 jt", not "1000 rb".
  // (Below a thousand units the figure prints without an exponent; a tiny one gives NaN, no.)
  if (unit < 4 && Math.round(+`${Math.abs(value) / 1e3 ** unit}e${max}`) >= 1e3 * 10 ** max) unit++;
  return (
    digits(value / 1e3 ** unit, lang, { minFraction: Math.min(min, max), maxFraction: max, groupFrom: 5 }) +
    unitWord(unit, lang, long)
  );
}

/**
 * Compact money: `22400000000000` → "Rp 22,4 T" (id) or "IDR 22.4T" (en). Indonesian
 * readers know "Rp"; English readers, and any other currency, get the ISO code.
 */
export function formatMoney(value: number, lang: Lang, currency = 'IDR', fraction: FractionDigits = {}): string {
  const text = compact(value, lang, fraction);
  return sign(value, text) + (lang === 'id' && currency === 'IDR' ? 'Rp' : currency) + NBSP + text;
}

/** Compact number without currency ("22,4 T"), for labels where the unit is shown once. */
export function formatCompact(value: number, lang: Lang, fraction: FractionDigits = {}): string {
  return signed(value, compact(value, lang, fraction));
}

/** A ratio as a percentage: `0.246` → "24,6%" / "24.6%"; `signed`: "+24,6%". */
export function formatPercent(ratio: number, lang: Lang, fractionDigits = 1, plus = false): string {
  return (
    signed(ratio, digits(ratio, lang, { minFraction: fractionDigits, maxFraction: fractionDigits, shift: 2 }), plus) +
    '%'
  );
}

/** A value already in percent: `9.41` → "9,41%" / "9.41%". */
export function formatPercentValue(value: number, lang: Lang, fractionDigits = 2): string {
  return formatDecimal(value, lang, fractionDigits) + '%';
}

/** A plain decimal with fixed digits: `-2.97` → "−2,97" / "−2.97"; `signed`: "+2,97". */
export function formatDecimal(value: number, lang: Lang, fractionDigits = 2, plus = false): string {
  return signed(value, digits(value, lang, { minFraction: fractionDigits, maxFraction: fractionDigits }), plus);
}

/** An integer count with grouping: 1234 → "1.234" / "1,234". */
export function formatInteger(value: number, lang: Lang): string {
  return formatDecimal(value, lang, 0);
}

/** A count in words, as a fact box writes it: 25950000 → "25,95 juta" / "25.95 million"; 850 → "850". */
export function formatCountWords(value: number, lang: Lang, fraction: FractionDigits = {}): string {
  return signed(value, compact(value, lang, fraction, true));
}

/** People: 25950000 → "25,95 juta jiwa" / "25.95 million people". */
export function formatPeople(value: number, lang: Lang, fraction: FractionDigits = {}): string {
  return formatCountWords(value, lang, fraction) + (lang === 'id' ? ' jiwa' : ' people');
}

/** A year is never grouped: 2015 → "2015", not "2.015". */
export function formatYear(year: number): string {
  return String(Math.trunc(year));
}

/** Month names; the short form is the first three letters in both languages ("Agu", "Okt"). */
const MONTHS: Record<Lang, readonly string[]> = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember'.split(' '),
  en: 'January February March April May June July August September October November December'.split(' '),
};

/**
 * A month of a year, `2019, 3` → "Mar 2019". Written out from a table rather than
 * `Intl.DateTimeFormat` because engines disagree on Indonesian short months
 * ("Agu" vs "Agt") and a chart must read the same in every browser and in Node.
 */
export function formatMonth(year: number, month: number, lang: Lang, long = false): string {
  const name = MONTHS[lang][month - 1] ?? '?';
  return `${long ? name : name.slice(0, 3)} ${formatYear(year)}`;
}

/** An ISO date `2019-10-02` → "2 Oktober 2019" / "2 October 2019". */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[lang][m - 1] ?? '?'} ${y}`;
}

/**
 * Advice when every money amount is above zero and under a million: amounts are whole
 * currency units, and a budget of "Rp 22,4" is far more likely 22.4 trillion typed short.
 */
export function smallMoneyAdvice(amounts: readonly number[], currency: string): string[] {
  const positive = amounts.filter((amount) => amount > 0);
  if (!positive.length || positive.some((amount) => amount >= 1e6)) return [];
  return [
    `every amount is under 1,000,000 ${currency}. Amounts are whole currency units: ` +
      `22400000000000 is shown as "Rp 22,4 T", while 22.4 is shown as "Rp 22,4".`,
  ];
}
