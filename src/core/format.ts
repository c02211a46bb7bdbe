/**
 * Number and date formatting for the two supported languages, always through `Intl`
 * and always with explicit fraction digits, so that output never depends on an
 * engine's defaults.
 */

export type Lang = 'id' | 'en';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, key: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  // Called for every label and table cell (10,000 of them for a long series): the caller
  // names the options in a short key, and the options object is built only on a miss.
  let format = cache.get(lang + key);
  if (!format) {
    // Intl reads options through the prototype chain: a page that polluted
    // Object.prototype (say with `currency`) must not reach it.
    format = new Intl.NumberFormat(lang, Object.assign(Object.create(null), options()) as Intl.NumberFormatOptions);
    cache.set(lang + key, format);
  }
  return format;
}

/**
 * Compact money: `22400000000000` → "Rp 22,4 T" (id) or "IDR 22.4T" (en). Indonesian
 * readers know "Rp"; English readers get the ISO code, which no other currency shares.
 */
export function formatMoney(value: number, lang: Lang, currency = 'IDR', maxFractionDigits = 2): string {
  return numberFormat(lang, `m${currency}${maxFractionDigits}`, () => ({
    style: 'currency',
    currency,
    currencyDisplay: lang === 'id' ? 'symbol' : 'code',
    notation: 'compact',
    compactDisplay: 'short',
    minimumFractionDigits: 0,
    maximumFractionDigits: maxFractionDigits,
  })).format(value);
}

/** Compact number without currency ("22,4 T"), for labels where the unit is shown once. */
export function formatCompact(value: number, lang: Lang, maxFractionDigits = 2): string {
  return numberFormat(lang, `c${maxFractionDigits}`, () => ({
    notation: 'compact',
    compactDisplay: 'short',
    minimumFractionDigits: 0,
    maximumFractionDigits: maxFractionDigits,
  })).format(value);
}

/** A ratio as a percentage: `0.246` → "24,6%" / "24.6%". */
export function formatPercent(ratio: number, lang: Lang, fractionDigits = 1, signed = false): string {
  return numberFormat(lang, `p${fractionDigits}${signed}`, () => ({
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    signDisplay: signed ? 'exceptZero' : ('negative' as 'auto'), // no "-0,00" for a tiny negative
  })).format(ratio);
}

/** A value already in percent: `9.41` → "9,41%" / "9.41%". */
export function formatPercentValue(value: number, lang: Lang, fractionDigits = 2): string {
  return formatPercent(value / 100, lang, fractionDigits);
}

/** A plain decimal with fixed digits: `-2.97` → "-2,97" / "-2.97". */
export function formatDecimal(value: number, lang: Lang, fractionDigits = 2, signed = false): string {
  return numberFormat(lang, `d${fractionDigits}${signed}`, () => ({
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
    signDisplay: signed ? 'exceptZero' : ('negative' as 'auto'), // no "-0,00" for a tiny negative
  })).format(value);
}

/** An integer count with grouping: 1234 → "1.234" / "1,234". */
export function formatInteger(value: number, lang: Lang): string {
  return numberFormat(lang, 'i', () => ({ maximumFractionDigits: 0 })).format(value);
}

/** People: 25950000 → "25,95 juta jiwa" / "25.95 million people". */
export function formatPeople(value: number, lang: Lang): string {
  const n = numberFormat(lang, 'h', () => ({
    notation: 'compact',
    compactDisplay: 'long',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  })).format(value);
  return lang === 'id' ? `${n} jiwa` : `${n} people`;
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
