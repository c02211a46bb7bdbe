import { range } from 'd3-array';
import { formatMoney, formatPercent, formatYear, type Lang } from '../../core/format.js';
import { coreText } from '../../core/i18n.js';
import type { TableModel } from '../../core/model.js';
import { formatRanges } from '../../core/words.js';
import { growth, growthSteps, ratio, type Growth } from './growth.js';
import type { BudgetPoint, BudgetSpec } from './schema.js';
import { budgetText } from './text.js';

/** "+93,3% dalam 3 tahun (+24,6% per tahun)" across a gap, "+36,2%" between neighbours. */
export function growthPhrase(g: Growth, lang: Lang, withStart = true): string {
  const t = budgetText[lang];
  if (g.total === null) return '–';
  const total = formatPercent(g.total, lang, 1, true);
  const since = withStart ? ` ${t.sinceYear} ${formatYear(g.fromYear)}` : '';
  if (g.span === 1 || g.perYear === null) return `${total}${since}`;
  return `${total} ${t.over} ${g.span} ${t.years}${since} (${formatPercent(g.perYear, lang, 1, true)} ${t.perYear})`;
}

/** Realized as a share of the allocation ("97,1%"), or "–" when the allocation is (near) zero. */
export function realizedShare(realized: number, amount: number, lang: Lang): string {
  const share = ratio(realized, amount);
  return share === null ? '–' : formatPercent(share, lang, 1);
}

function money(p: BudgetPoint, spec: BudgetSpec, lang: Lang): string {
  return formatMoney(p.amount, lang, spec.currency);
}

function when(p: BudgetPoint, lang: Lang): string {
  return p.status === 'planned' ? `${formatYear(p.year)}, ${budgetText[lang].plannedWord}` : formatYear(p.year);
}

/** Years without a figure between the first and the last. */
export function missingYears(points: readonly BudgetPoint[]): number[] {
  if (points.length < 2) return [];
  const present = new Set(points.map((p) => p.year));
  return range(points[0]!.year, points[points.length - 1]!.year + 1).filter((y) => !present.has(y));
}

/**
 * The story in one to three sentences: where the budget went from and to, by how much
 * in total and per year, the peak when it is not the end, and the years with no data.
 */
export function budgetSummary(spec: BudgetSpec, lang: Lang): string {
  const t = budgetText[lang];
  const points = spec.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last) return coreText[lang].noData;
  if (first === last) return `${t.subject} ${when(first, lang)}: ${money(first, spec, lang)}.`;
  const g = growth(first, last);
  const verb = last.amount > first.amount ? t.rose : last.amount < first.amount ? t.fell : t.flat;
  let text = `${t.subject} ${verb} ${t.from} ${money(first, spec, lang)} (${when(first, lang)}) ${t.to} ${money(last, spec, lang)} (${when(last, lang)})`;
  if (g.total !== null && last.amount !== first.amount) {
    text += `, ${formatPercent(g.total, lang, 1, true)}`;
    // One year apart, the total is the yearly rate: saying both would only repeat it.
    if (g.span > 1 && g.perYear !== null) {
      text += ` ${t.over} ${g.span} ${t.years} ${t.or} ${t.average} ${formatPercent(g.perYear, lang, 1, true)} ${t.perYear}`;
    }
  }
  text += '.';
  const peak = points.reduce((best, p) => (p.amount > best.amount ? p : best), first);
  if (peak !== last && peak !== first) text += ` ${t.highest} ${money(peak, spec, lang)} ${t.in} ${when(peak, lang)}.`;
  const missing = missingYears(points);
  if (missing.length) text += ` ${t.noDataFor} ${formatRanges(missing, lang)}.`;
  return text;
}

/** Every year from first to last, a missing one included as "tidak ada data". */
export function budgetTable(spec: BudgetSpec, lang: Lang): TableModel {
  const t = budgetText[lang];
  const steps = growthSteps(spec.points);
  const hasRealized = spec.points.some((p) => p.realized !== undefined);
  const hasNotes = spec.points.some((p) => p.note);
  const rows: string[][] = [];
  const missing = new Set(missingYears(spec.points));
  const byYear = new Map(spec.points.map((p, i) => [p.year, i]));
  const first = spec.points[0]?.year ?? 0;
  const last = spec.points[spec.points.length - 1]?.year ?? -1;
  for (let year = first; year <= last; year++) {
    const i = byYear.get(year);
    const p = i === undefined ? undefined : spec.points[i];
    if (!p || i === undefined) {
      if (missing.has(year))
        rows.push([
          formatYear(year),
          coreText[lang].missing,
          '',
          ...(hasRealized ? [''] : []),
          '',
          ...(hasNotes ? [''] : []),
        ]);
      continue;
    }
    rows.push([
      formatYear(year),
      money(p, spec, lang),
      p.status === 'planned' ? t.plannedWord : t.statusFinal,
      ...(hasRealized
        ? [
            p.realized === undefined
              ? ''
              : `${formatMoney(p.realized, lang, spec.currency)} (${realizedShare(p.realized, p.amount, lang)})`,
          ]
        : []),
      i > 0 ? growthPhrase(steps[i - 1]!, lang) : '',
      ...(hasNotes ? [p.note ?? ''] : []),
    ]);
  }
  return {
    caption: spec.title || t.tableCaption,
    columns: [
      { label: t.year },
      { label: t.budget, numeric: true },
      { label: t.status },
      ...(hasRealized ? [{ label: t.realized, numeric: true }] : []),
      { label: t.growth, numeric: true },
      ...(hasNotes ? [{ label: t.note }] : []),
    ],
    rows,
  };
}
