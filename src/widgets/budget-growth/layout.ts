import { range } from 'd3-array';
import { linearAxis, type Tick } from '../../core/axis.js';
import { formatCompact, formatMoney, formatPercent, formatYear, type Lang } from '../../core/format.js';
import { placeWithoutOverlap, px, textWidth } from '../../core/measure.js';
import type { AccessModel, PointModel } from '../../core/model.js';
import { growthSteps, type Growth } from './growth.js';
import type { BudgetPoint, BudgetSpec } from './schema.js';
import { budgetText, type BudgetText } from './text.js';
import { budgetSummary, budgetTable, growthPhrase, realizedShare } from './story.js';

export interface BudgetBar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  planned: boolean;
  /** Top of the realized share inside the bar, when `realized` is given. */
  realizedY?: number | undefined;
  /** The value label above the bar, when it fits. */
  label?: { text: string; x: number; y: number } | undefined;
}

export interface BudgetSlot {
  year: number;
  x: number;
  width: number;
  /** False for a year with no figure: drawn as an empty slot. */
  present: boolean;
  /** The year label under the slot, when it fits. */
  label?: { text: string; x: number; y: number } | undefined;
}

export interface GrowthLabel {
  /** Connector from one bar centre to the next. */
  x1: number;
  x2: number;
  y: number;
  x: number;
  total: string;
  /** Yearly rate, only across a gap. */
  perYear?: string | undefined;
  totalY: number;
  perYearY: number;
}

export interface BudgetModel extends AccessModel {
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  slots: BudgetSlot[];
  bars: BudgetBar[];
  growth: GrowthLabel[];
  yTicks: Tick[];
}

export interface LayoutOptions {
  width: number;
  lang: Lang;
  /** Fixed height in px; by default it follows the width. */
  height?: number;
}

/**
 * One band per year, as d3-scale's band scale with padding 0.2 inside and 0.1 outside,
 * centred, written out because consecutive integer years need none of its machinery
 * (ordinal domain, InternMap) and it would weigh 1.7 KB in every bundle.
 */
export function yearBand(first: number, count: number, [start, stop]: [number, number]) {
  const inner = 0.2;
  const outer = 0.1;
  const step = (stop - start) / Math.max(1, count - inner + outer * 2);
  const offset = start + (stop - start - step * (count - inner)) / 2;
  return { step, bandwidth: step * (1 - inner), band: (year: number) => offset + step * (year - first) };
}

/** Keeps a centred label of `w` px inside the chart. */
function clampLabel(center: number, w: number, width: number): number {
  return Math.max(w / 2 + 1, Math.min(width - w / 2 - 1, center));
}

/** Height that follows the width: wide screens get a calmer aspect, phones enough room. */
export function budgetHeight(width: number): number {
  return Math.round(Math.min(380, Math.max(240, width * 0.5)));
}

/**
 * Value labels above the bars: the full form ("Rp 22,4 T") when every label fits its
 * slot, else the compact form ("22,4 T"), else only those that clash with no other
 * label and no taller neighbouring bar, the ends and the peak first.
 */
function valueLabels(
  points: readonly BudgetPoint[],
  bars: readonly { x: number; y: number; width: number }[],
  slotWidth: number,
  fontSize: number,
  spec: BudgetSpec,
  lang: Lang,
  width: number,
): { texts: (string | undefined)[]; compact: boolean } {
  const full = points.map((p) => formatMoney(p.amount, lang, spec.currency));
  const fitsAll = (texts: string[]) => texts.every((t) => textWidth(t, fontSize) <= slotWidth - 4);
  if (fitsAll(full)) return { texts: full, compact: false };
  const compact = points.map((p) => formatCompact(p.amount, lang));
  if (fitsAll(compact)) return { texts: compact, compact: true };
  const span = (i: number): [number, number] => {
    const w = textWidth(compact[i]!, fontSize);
    const center = clampLabel(bars[i]!.x + bars[i]!.width / 2, w, width);
    return [center - w / 2, center + w / 2];
  };
  // A label wider than its slot reaches over its neighbours: only where they are lower.
  const clear = (i: number) => {
    const [a, b] = span(i);
    return bars.every((bar, j) => j === i || bar.x + bar.width + 2 <= a || bar.x - 2 >= b || bar.y >= bars[i]!.y - 3);
  };
  const peak = points.reduce((best, p, i) => (p.amount > points[best]!.amount ? i : best), 0);
  const last = points.length - 1;
  const kept = placeWithoutOverlap(points.map((_, i) => i).filter(clear), span, (i) =>
    i === last ? 4 : i === 0 ? 3 : i === peak ? 2 : 1 - i / points.length,
  );
  return { texts: compact.map((t, i) => (kept.has(i) ? t : undefined)), compact: true };
}

function yearLabels(
  slots: readonly { year: number; center: number; present: boolean }[],
  slotWidth: number,
  fontSize: number,
) {
  const w = textWidth('0000', fontSize);
  const step = Math.max(1, Math.ceil((w + 6) / slotWidth));
  const last = slots.length - 1;
  return placeWithoutOverlap(
    slots.map((_, i) => i),
    (i) => [slots[i]!.center - w / 2, slots[i]!.center + w / 2],
    (i) => (i === 0 || i === last ? 1000 : i % step === 0 ? 500 - i : slots[i]!.present ? 100 - i : -i),
  );
}

function growthLabels(
  steps: readonly Growth[],
  centers: readonly number[],
  top: number,
  fontSize: number,
  lang: Lang,
  t: BudgetText,
): GrowthLabel[] {
  const labels: GrowthLabel[] = [];
  steps.forEach((g, i) => {
    if (g.total === null) return;
    const [x1, x2] = [centers[i]! + 3, centers[i + 1]! - 3];
    const room = x2 - x1 + 6;
    const total = formatPercent(g.total, lang, 1, true);
    if (textWidth(total, fontSize) > room - 4) return;
    const perYearText =
      g.span > 1 && g.perYear !== null ? `${formatPercent(g.perYear, lang, 1, true)}${t.perYearShort}` : undefined;
    const perYear = perYearText && textWidth(perYearText, fontSize - 1) <= room - 4 ? perYearText : undefined;
    labels.push({
      x1: px(x1),
      x2: px(x2),
      x: px((x1 + x2) / 2),
      y: px(top + 2 * fontSize + 6),
      total,
      perYear,
      totalY: px(top + fontSize),
      perYearY: px(top + 2 * fontSize + 1),
    });
  });
  return labels;
}

/**
 * Lays out the budget chart: one slot per year from the first to the last, so a missing
 * year stays an empty slot, bars from zero, value labels that fit, and growth between
 * neighbouring bars (compound per year across a gap). Pure: no DOM, runs in Node.
 */
export function budgetLayout(spec: BudgetSpec, options: LayoutOptions): BudgetModel {
  const { lang } = options;
  const t = budgetText[lang];
  const width = Math.max(200, Math.round(options.width));
  const height = options.height ?? budgetHeight(width);
  const fontSize = width < 480 ? 11 : 12;
  const points = spec.points;
  const base = { lang, width, height, fontSize, summary: budgetSummary(spec, lang), table: budgetTable(spec, lang) };
  const legend = [
    { swatch: 'final', label: t.final },
    ...(points.some((p) => p.status === 'planned') ? [{ swatch: 'planned', label: t.planned }] : []),
    ...(points.some((p) => p.realized !== undefined) ? [{ swatch: 'realized', label: t.realized }] : []),
  ];
  if (!points.length) {
    return {
      ...base,
      empty: true,
      points: [],
      legend: [],
      plot: { left: 0, top: 0, right: width, bottom: height },
      slots: [],
      bars: [],
      growth: [],
      yTicks: [],
    };
  }

  const years = range(points[0]!.year, points[points.length - 1]!.year + 1);
  const byYear = new Map(points.map((p) => [p.year, p]));
  // At least one currency unit: an axis of fractions of a rupiah would repeat "0" on every tick.
  const max = Math.max(1, ...points.map((p) => Math.max(p.amount, p.realized ?? 0)));
  const bottom = height - fontSize - 10;
  const steps = growthSteps(points);

  // The top tick names the currency ("Rp 150 T") so that compact labels keep their unit.
  const tickFormat = (value: number, top: boolean) =>
    top ? formatMoney(value, lang, spec.currency) : formatCompact(value, lang);
  const axisTicks = (ticks: Tick[]) =>
    ticks.map((tk, i) => ({ ...tk, label: tickFormat(tk.value, i === ticks.length - 1) }));
  const tops = [fontSize + 10, 3 * fontSize + 20]; // without and with the growth row
  const draft = tops.flatMap((top) => axisTicks(linearAxis([0, max], [bottom, top], String).ticks));
  const left = Math.ceil(Math.max(...draft.map((tk) => textWidth(tk.label, fontSize - 1)))) + 8;
  const right = width - 4;
  const { band, step: slotWidth, bandwidth: barWidth } = yearBand(years[0]!, years.length, [left, right]);
  const centers = points.map((p) => band(p.year)! + barWidth / 2);

  const growth = growthLabels(steps, centers, 2, fontSize, lang, t);
  const top = tops[growth.length ? 1 : 0]!;
  const axis = linearAxis([0, max], [bottom, top], String);
  const geometry = points.map((p) => ({ x: band(p.year)!, y: axis.scale(p.amount), width: barWidth }));
  const labels = valueLabels(points, geometry, slotWidth, fontSize, spec, lang, width);

  const bars: BudgetBar[] = points.map((p, i) => {
    const { x, y } = geometry[i]!;
    const text = labels.texts[i];
    return {
      year: p.year,
      x: px(x),
      y: px(y),
      width: px(barWidth),
      height: px(Math.max(0, bottom - y)),
      planned: p.status === 'planned',
      realizedY: p.realized === undefined ? undefined : px(axis.scale(p.realized)),
      label:
        text === undefined
          ? undefined
          : { text, x: px(clampLabel(centers[i]!, textWidth(text, fontSize), width)), y: px(y - 5) },
    };
  });

  const yearWidth = textWidth('0000', fontSize);
  const slotCenters = years.map((year) => ({
    year,
    center: clampLabel(band(year)! + barWidth / 2, yearWidth, width),
    present: byYear.has(year),
  }));
  const shownYears = yearLabels(slotCenters, slotWidth, fontSize);
  const slots: BudgetSlot[] = slotCenters.map((s, i) => ({
    year: s.year,
    x: px(band(s.year)!),
    width: px(barWidth),
    present: s.present,
    label: shownYears.has(i) ? { text: formatYear(s.year), x: px(s.center), y: px(height - 4) } : undefined,
  }));

  const pointModels: PointModel[] = points.map((p, i) => {
    const bar = bars[i]!;
    const lines = [
      formatMoney(p.amount, lang, spec.currency) + (bar.planned ? ` (${t.plannedWord})` : ''),
      ...(p.realized !== undefined
        ? [
            `${t.realizedWord} ${formatMoney(p.realized, lang, spec.currency)} (${realizedShare(p.realized, p.amount, lang)})`,
          ]
        : []),
      ...(i > 0 ? [growthPhrase(steps[i - 1]!, lang)] : []),
      ...(p.note ? [p.note] : []),
    ];
    return {
      key: String(p.year),
      label: `${formatYear(p.year)}: ${lines.join('; ')}`,
      tooltip: { title: formatYear(p.year), lines },
      anchor: { x: px(centers[i]!), y: bar.y },
      focus: {
        x: px(bar.x - 3),
        y: px(Math.min(bar.y, bottom - 2) - 3),
        width: px(barWidth + 6),
        height: px(Math.max(bar.height, 2) + 6),
      },
    };
  });

  return {
    ...base,
    empty: false,
    legend,
    points: [pointModels],
    plot: { left, top, right, bottom },
    slots,
    bars,
    growth,
    yTicks: axisTicks(axis.ticks),
  };
}
