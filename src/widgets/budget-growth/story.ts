import { formatCompact, formatMoney, formatPercent, formatYear, type Lang } from '../../core/format.js';
import { coreText } from '../../core/i18n.js';
import { oncePerDocument, type TableModel } from '../../core/model.js';
import { formatRanges } from '../../core/words.js';
import { growth, growthSteps, ratio, type Growth } from './growth.js';
import type { BudgetPoint, BudgetSpec } from './schema.js';
import { budgetSentences, budgetText } from './text.js';

/** A signed rate, with one decimal unless told otherwise: "+24,6%". */
export const signed = (rate: number, lang: Lang, digits = 1): string => formatPercent(rate, lang, digits, true);

/** An amount in the document's currency: "Rp 22,4 T". */
export const money = (amount: number, spec: BudgetSpec, lang: Lang): string => formatMoney(amount, lang, spec.currency);

/**
 * The amounts as the chart labels them, all with the same fraction digits: enough for
 * three significant figures on the largest (none from 100 up, one from 10, two below),
 * more while two different amounts would read the same, at most two. So "Rp 22,4 T"
 * beside "Rp 62,8 T", not beside "Rp 62,77 T" (the exact figures are in the tooltip
 * and the table), and never "79 T" under two bars that differ. `compact` leaves out the
 * currency ("22,4 T").
 */
export function amountLabels(amounts: readonly number[], spec: BudgetSpec, lang: Lang, compact = false): string[] {
  const write = (digits: number) => {
    const fraction = { min: digits, max: digits };
    return amounts.map((a) =>
      compact ? formatCompact(a, lang, fraction) : formatMoney(a, lang, spec.currency, fraction),
    );
  };
  const whole = write(0);
  const largest = whole.reduce((a, b) => (integerDigits(b) > integerDigits(a) ? b : a), '0');
  for (let digits = Math.max(0, 3 - integerDigits(largest)); digits < 2; digits++) {
    const labels = digits ? write(digits) : whole; // no digits: written above
    if (new Set(labels).size === new Set(amounts).size) return labels;
  }
  return write(2);
}

/** How many digits a written figure has before its decimal separator: "Rp 134 T" has 3, "1.234 T" 4. */
const integerDigits = (text: string): number => (text.match(/\d[\d.,]*/)?.[0] ?? '').replace(/\D/g, '').length;

/** "+93,3% dalam 3 tahun sejak 2015 (+24,6% per tahun)" across a gap, "+36,2% sejak 2018" between neighbours. */
export function growthPhrase(g: Growth, lang: Lang): string {
  const say = budgetSentences[lang];
  if (g.total === null) return '–';
  if (g.span === 1 || g.perYear === null) return say.growthSince(signed(g.total, lang), formatYear(g.fromYear));
  return say.growthOver(signed(g.total, lang), g.span, formatYear(g.fromYear), signed(g.perYear, lang));
}

/** The realized amount and its share of the allocation: "Rp 21,8 T (97,1%)"; "–" for a (near) zero allocation. */
export function realizedText(realized: number, p: BudgetPoint, spec: BudgetSpec, lang: Lang): string {
  const share = ratio(realized, p.amount);
  return `${money(realized, spec, lang)} (${share === null ? '–' : formatPercent(share, lang, 1)})`;
}

/** What a year's bar says in its tooltip and its table row: the amount, the realized share, the growth since the previous bar. */
export interface PointWords {
  /** "Rp 22,4 T". */
  amount: string;
  /** "Rp 21,8 T (97,1%)", when the year has a realized amount. */
  realized: string | undefined;
  /** "+36,2% sejak 2018", from the second point on. */
  growth: string | undefined;
}

/**
 * Each point's words, written once per document and language: the tooltips, the
 * bars' labels for screen readers and the table say the same, at every width.
 */
export const pointWords = oncePerDocument((spec: BudgetSpec, lang: Lang): readonly PointWords[] => {
  const steps = growthSteps(spec.points);
  return spec.points.map((p, i) => ({
    amount: money(p.amount, spec, lang),
    realized: p.realized === undefined ? undefined : realizedText(p.realized, p, spec, lang),
    growth: i ? growthPhrase(steps[i - 1]!, lang) : undefined,
  }));
});

function when(p: BudgetPoint, lang: Lang): string {
  return p.status === 'planned' ? `${formatYear(p.year)}, ${budgetText[lang].plannedWord}` : formatYear(p.year);
}

/** The status column: "rencana" / "planned", "final", or nothing for a year without a figure. */
function statusWord(p: BudgetPoint | undefined, lang: Lang): string {
  if (!p) return '';
  return p.status === 'planned' ? budgetText[lang].plannedWord : 'final';
}

/** Every year from the first point to the last, those without a figure included. */
export const allYears = (points: readonly BudgetPoint[]): number[] =>
  Array.from(
    { length: points.length && points[points.length - 1]!.year - points[0]!.year + 1 },
    (_, i) => points[0]!.year + i,
  );

/**
 * The story in one to three sentences: where the budget went from and to, by how much
 * in total and per year, the peak when it is not the end, and the years with no data.
 */
export function budgetSummary(spec: BudgetSpec, lang: Lang): string {
  const say = budgetSentences[lang];
  const points = spec.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return coreText[lang].noData;
  if (first === last) return say.single(when(first, lang), money(first.amount, spec, lang));
  const at = (p: BudgetPoint) => `${money(p.amount, spec, lang)} (${when(p, lang)})`;
  const g = growth(first, last);
  const changed = last.amount !== first.amount;
  const sentences = [
    say.change({
      from: at(first),
      to: at(last),
      direction: direction(first.amount, last.amount),
      total: changed && g.total !== null ? signed(g.total, lang) : undefined,
      // One year apart, the total is the yearly rate: saying both would only repeat it.
      years: g.span > 1 ? g.span : undefined,
      perYear: g.span > 1 && g.perYear !== null ? signed(g.perYear, lang) : undefined,
    }),
  ];
  const peak = points.reduce((best, p) => (p.amount > best.amount ? p : best), first);
  if (peak !== last && peak !== first) sentences.push(say.highest(money(peak.amount, spec, lang), when(peak, lang)));
  const present = new Set(points.map((p) => p.year));
  const missing = allYears(points).filter((y) => !present.has(y));
  if (missing.length) sentences.push(say.noDataFor(formatRanges(missing, lang)));
  return sentences.join('. ') + '.';
}

function direction(from: number, to: number): 'up' | 'down' | 'flat' {
  if (to > from) return 'up';
  return to < from ? 'down' : 'flat';
}

/** Every year from first to last, a missing one included as "tidak ada data". */
export function budgetTable(spec: BudgetSpec, lang: Lang): TableModel {
  const t = budgetText[lang];
  const { points } = spec;
  const words = pointWords(spec, lang);
  const hasRealized = points.some((p) => p.realized !== undefined);
  const hasNotes = points.some((p) => p.note);
  const byYear = new Map(points.map((p, i) => [p.year, i]));
  return {
    caption: spec.title || t.tableCaption,
    columns: [
      { label: t.year },
      { label: t.final, numeric: true },
      { label: 'Status' },
      ...(hasRealized ? [{ label: t.realized, numeric: true }] : []),
      { label: t.growth, numeric: true },
      ...(hasNotes ? [{ label: t.note }] : []),
    ],
    rows: allYears(points).map((year) => {
      const i = byYear.get(year) ?? -1;
      const p = points[i];
      const said = words[i];
      return [
        formatYear(year),
        said?.amount ?? coreText[lang].missing,
        statusWord(p, lang),
        ...(hasRealized ? [said?.realized ?? ''] : []),
        said?.growth ?? '',
        ...(hasNotes ? [p?.note ?? ''] : []),
      ];
    }),
  };
}
