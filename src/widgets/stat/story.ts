import {
  formatCompact,
  formatCountWords,
  formatInteger,
  formatMoney,
  formatPercent,
  formatYear,
  type FractionDigits,
  type Lang,
} from '../../core/format.js';
import { coreText } from '../../core/i18n.js';
import type { TableModel } from '../../core/model.js';
import { formatMonthIndex } from '../../core/time.js';
import type { CsvRows } from '../../core/layout-definition.js';
import type { Figure, HistoryPoint, StatSpec } from './schema.js';
import { statText, type ChangeWords, type Direction, type FigureWords, type TargetWords } from './text.js';

/** A number as a figure shows it: the number large (`main`), a word after it small (`after`). */
export interface ValueText {
  main: string;
  after?: string | undefined;
}

/** "Rp 62,77 T" + nothing, "3" + "kali", "23,36 juta" + "jiwa": one figure's numbers in its unit. */
type UnitFormat = (value: number, fraction: FractionDigits) => ValueText;

function unitFormat(figure: Figure, currency: string, lang: Lang): UnitFormat {
  const after = figure.suffix;
  switch (figure.unit) {
    case 'money':
      return (value, fraction) => ({ main: formatMoney(value, lang, currency, fraction), after });
    case 'percent':
      return (value, fraction) => ({ main: `${formatCompact(value, lang, fraction)}%`, after });
    case 'count':
      // Whole numbers as they are up to a million ("850.000 KPM"), in words above ("9 juta").
      return (value, fraction) => ({
        main: Math.abs(value) < 1e6 ? formatInteger(value, lang) : formatCountWords(value, lang, fraction),
        after,
      });
    case 'people':
      return (value, fraction) => ({
        main: formatCountWords(value, lang, fraction),
        after: after ?? statText[lang].people,
      });
  }
}

/** Digits after the decimal sign in a formatted number ("62,77 T" → 2 in Indonesian). */
function fractionLength(text: string, lang: Lang): number {
  const match = (lang === 'id' ? /,(\d+)/ : /\.(\d+)/).exec(text);
  return match ? match[1]!.length : 0;
}

/** "3 kali": the number and the word after it, as one string. */
const plainWith = ({ main, after }: ValueText) => (after ? `${main} ${after}` : main);

/** How one figure writes its numbers, and the words around them. */
export interface FigureText {
  /** The figure, its comparison and its history, all with as many decimals as the most precise needs. */
  value(value: number): ValueText;
  /** `value` as one string: "3 kali". */
  plain(value: number): string;
  change?: (ChangeWords & { tone: 'good' | 'bad' | 'neutral' }) | undefined;
  target?: TargetWords | undefined;
  /** "Mar 2019" or "2019". */
  period(point: HistoryPoint): string;
}

/**
 * The words of one figure. Its value, comparison and history carry the same number of
 * decimals ("Rp 62,77 T" beside "Rp 58,90 T", not "Rp 58,9 T"), at most two: figures
 * side by side with different precision read as different kinds of number. A target is
 * a goal, a round number by nature, and keeps its own ("100%").
 */
export function figureText(figure: Figure, spec: StatSpec, lang: Lang): FigureText {
  const format = unitFormat(figure, spec.currency, lang);
  const series = [
    figure.value,
    ...(figure.compare ? [figure.compare.value] : []),
    ...figure.history.map((p) => p.value),
  ];
  const decimals = Math.max(...series.map((v) => fractionLength(format(v, { max: 2 }).main, lang)));
  const fixed = { min: decimals, max: 2 };
  const value = (v: number) => format(v, fixed);
  const plain = (v: number) => plainWith(value(v));
  const reached = figure.target && figure.value / figure.target.value;
  return {
    value,
    plain,
    change: figure.compare && change(figure, plain, decimals, lang),
    target: figure.target && {
      ratio: reached!,
      // A share of a percentage ("99,99% of 100%") says nothing the figure does not: a
      // percentage is shown against its target, anything else as the share reached
      // (none when a near-zero target makes it no finite number).
      share: figure.unit === 'percent' || !Number.isFinite(reached) ? undefined : formatPercent(reached!, lang, 1),
      label: figure.target.label,
      value: plainWith(format(figure.target.value, { max: 2 })),
    },
    period: (p) => (p.period.length === 4 ? formatYear(+p.period) : formatMonthIndex(p.t, lang)),
  };
}

/**
 * The change against `compare`: in percentage points for a percentage, else in percent
 * of the earlier value (none against zero, or against a value so near zero that the
 * percentage is no finite number). A change that rounds to nothing is "same".
 * Good or bad only when the document says which way is better.
 */
function change(figure: Figure, plain: (v: number) => string, decimals: number, lang: Lang) {
  const base = figure.compare!;
  const points = figure.unit === 'percent';
  const difference = figure.value - base.value;
  const relative = Math.abs(difference / base.value);
  let amount: string | undefined;
  if (points) amount = formatCompact(Math.abs(difference), lang, { min: decimals, max: 2 });
  else if (Number.isFinite(relative)) amount = formatPercent(relative, lang, 1);
  let direction: Direction = 'same';
  if (amount === undefined ? difference !== 0 : /[1-9]/.test(amount)) direction = difference > 0 ? 'up' : 'down';
  let tone: 'good' | 'bad' | 'neutral' = 'neutral';
  if (figure.better && direction !== 'same')
    tone = (direction === 'up') === (figure.better === 'higher') ? 'good' : 'bad';
  return { direction, amount, points, label: base.label, value: plain(base.value), tone };
}

function figureWords(figure: Figure, text: FigureText): FigureWords {
  return {
    label: figure.label,
    value: text.plain(figure.value),
    planned: figure.status === 'planned',
    change: text.change,
    target: text.target,
  };
}

/** One sentence per figure, in order. */
export function statSummary(spec: StatSpec, lang: Lang): string {
  if (!spec.figures.length) return coreText[lang].noData;
  return spec.figures.map((f) => statText[lang].sentence(figureWords(f, figureText(f, spec, lang)))).join(' ');
}

/**
 * One row per figure (the columns its document uses), then one per point of each
 * history, so the small lines' numbers are there for every reader.
 */
export function statTable(spec: StatSpec, lang: Lang): TableModel {
  const t = statText[lang];
  const has = (key: 'compare' | 'target' | 'note') => spec.figures.some((f) => f[key] !== undefined);
  const columns = [
    { label: t.figure },
    { label: t.value, numeric: true },
    ...(has('compare') ? [{ label: t.comparedWith, numeric: true }, { label: t.changeHead }] : []),
    ...(has('target') ? [{ label: t.target }] : []),
    ...(has('note') ? [{ label: t.note }] : []),
  ];
  const rows: string[][] = [];
  for (const figure of spec.figures) {
    const text = figureText(figure, spec, lang);
    const c = text.change;
    rows.push([
      figure.label + (figure.status === 'planned' ? ` (${t.planned})` : ''),
      text.plain(figure.value),
      ...(has('compare') ? [c ? `${c.label}: ${c.value}` : '', c ? t.change(c) : ''] : []),
      ...(has('target') ? [text.target ? t.reached(text.target) : ''] : []),
      ...(has('note') ? [figure.note ?? ''] : []),
    ]);
  }
  for (const figure of spec.figures) {
    const text = figureText(figure, spec, lang);
    for (const point of figure.history)
      rows.push([
        `${figure.label} (${text.period(point)})`,
        text.plain(point.value),
        ...columns.slice(2).map(() => ''),
      ]);
  }
  return { caption: spec.title || t.caption, columns, rows };
}

/** The CSV: a row per figure, then a row per history point (with its period), raw numbers. */
export function statCsv(spec: StatSpec): CsvRows {
  const header = [
    'figure',
    'period',
    'value',
    'unit',
    'suffix',
    'status',
    'compare_value',
    'compare_label',
    'better',
    'target_value',
    'target_label',
    'note',
  ];
  const rows: CsvRows = spec.figures.map((f) => [
    f.label,
    undefined,
    f.value,
    f.unit,
    f.suffix,
    f.status,
    f.compare?.value,
    f.compare?.label,
    f.better,
    f.target?.value,
    f.target?.label,
    f.note,
  ]);
  for (const f of spec.figures)
    for (const p of f.history) rows.push([f.label, p.period, p.value, f.unit, ...header.slice(4).map(() => undefined)]);
  return [header, ...rows];
}
