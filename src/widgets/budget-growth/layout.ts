import { linearAxis, type Tick } from '../../core/axis.js';
import { formatCompact, formatYear, type Lang } from '../../core/format.js';
import { placeWithoutOverlap, px, textWidth } from '../../core/measure.js';
import type { AccessModel, PointModel } from '../../core/model.js';
import { growthSteps } from './growth.js';
import type { BudgetSpec } from './schema.js';
import { budgetText } from './text.js';
import { allYears, budgetSummary, budgetTable, growthPhrase, money, realizedText, signed } from './story.js';

export interface BudgetBar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  planned: boolean;
  /** The realized amount, when given: a rule across the bar, 3 px beyond it each side. */
  realized?: { x1: number; x2: number; y: number } | undefined;
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

/** Height that follows the width: wide screens get a calmer aspect, phones enough room. */
export function budgetHeight(width: number): number {
  return Math.round(Math.min(380, Math.max(240, width * 0.5)));
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
  // Budget always; planned and realized only when some year has them.
  const legend = (['final', 'planned', 'realized'] as const)
    .filter((k) =>
      points.some((p) => k === 'final' || p.status === k || (k === 'realized' && p.realized !== undefined)),
    )
    .map((k) => ({ swatch: k, label: t[k] }));

  const years = allYears(points);
  // At least one currency unit: an axis of fractions of a rupiah would repeat "0" on every tick.
  const max = Math.max(1, ...points.map((p) => Math.max(p.amount, p.realized ?? 0)));
  const bottom = height - fontSize - 10;
  const steps = growthSteps(points);
  /** Keeps a centred label of `w` px inside the chart. */
  const clamp = (center: number, w: number) => Math.max(w / 2 + 1, Math.min(width - w / 2 - 1, center));
  const fits = (text: string, room: number, size = fontSize) => textWidth(text, size) <= room - 4;

  // The top tick names the currency ("Rp 150 T") so that compact labels keep their unit.
  const axisTicks = (ticks: Tick[]) =>
    ticks.map((tk, i) => ({
      ...tk,
      label: i === ticks.length - 1 ? money(tk.value, spec, lang) : formatCompact(tk.value, lang),
    }));
  const tops = [fontSize + 10, 3 * fontSize + 20]; // without and with the growth row
  const draft = tops.flatMap((top) => axisTicks(linearAxis([0, max], [bottom, top], String).ticks));
  const left = Math.ceil(Math.max(...draft.map((tk) => textWidth(tk.label, fontSize - 1)))) + 8;
  const right = width - 4;
  const { band, step: slotWidth, bandwidth: barWidth } = yearBand(years[0]!, years.length, [left, right]);
  const centers = points.map((p) => band(p.year) + barWidth / 2);

  // Growth between neighbouring bars, when its figure fits between their centres.
  const growth: GrowthLabel[] = steps.flatMap((g, i) => {
    const [x1, x2] = [centers[i]! + 3, centers[i + 1]! - 3];
    const room = x2 - x1 + 6;
    const total = g.total === null ? '' : signed(g.total, lang);
    if (!total || !fits(total, room)) return [];
    const perYear = g.span > 1 && g.perYear !== null ? signed(g.perYear, lang) + t.perYearShort : undefined;
    return {
      x1: px(x1),
      x2: px(x2),
      x: px((x1 + x2) / 2),
      y: px(2 * fontSize + 8),
      total,
      perYear: perYear && fits(perYear, room, fontSize - 1) ? perYear : undefined,
      totalY: px(2 + fontSize),
      perYearY: px(2 * fontSize + 3),
    };
  });
  const top = tops[growth.length ? 1 : 0]!;
  const axis = linearAxis([0, max], [bottom, top], String);
  const ys = points.map((p) => axis.scale(p.amount));

  // Value labels above the bars: the full form ("Rp 22,4 T") when every label fits its
  // slot, else the compact form ("22,4 T"), else only those that clash with no other
  // label and no taller neighbouring bar, the ends and the peak first.
  let labels: (string | undefined)[] = points.map((p) => money(p.amount, spec, lang));
  const fitsAll = () => labels.every((l) => fits(l!, slotWidth));
  if (!fitsAll()) {
    const compact = (labels = points.map((p) => formatCompact(p.amount, lang)));
    if (!fitsAll()) {
      const span = (i: number): [number, number] => {
        const w = textWidth(compact[i]!, fontSize);
        const center = clamp(centers[i]!, w);
        return [center - w / 2, center + w / 2];
      };
      // A label wider than its slot reaches over its neighbours: only where they are lower.
      const clear = (i: number) => {
        const [a, b] = span(i);
        return points.every((q, j) => {
          const x = band(q.year);
          return j === i || x + barWidth + 2 <= a || x - 2 >= b || ys[j]! >= ys[i]! - 3;
        });
      };
      const peak = points.reduce((best, p, i) => (p.amount > points[best]!.amount ? i : best), 0);
      const last = points.length - 1;
      // The last figure first, then the first, the peak, and the rest from the left.
      const priority = (i: number) => {
        if (i === last) return 4;
        if (i === 0) return 3;
        if (i === peak) return 2;
        return 1 - i / points.length;
      };
      const kept = placeWithoutOverlap(points.map((_, i) => i).filter(clear), span, priority);
      labels = compact.map((l, i) => (kept.has(i) ? l : undefined));
    }
  }

  const pointModels: PointModel[] = [];
  const bars: BudgetBar[] = points.map((p, i) => {
    const y = ys[i]!;
    const text = labels[i];
    const x = px(band(p.year));
    const width = px(barWidth);
    const bar = {
      year: p.year,
      x,
      y: px(y),
      width,
      height: px(Math.max(0, bottom - y)),
      planned: p.status === 'planned',
      realized:
        p.realized === undefined
          ? undefined
          : // From the bar as drawn, so the rule overhangs both of its edges alike.
            { x1: px(x - 3), x2: px(x + width + 3), y: px(axis.scale(p.realized)) },
      label: text ? { text, x: px(clamp(centers[i]!, textWidth(text, fontSize))), y: px(y - 5) } : undefined,
    };
    const lines = [
      money(p.amount, spec, lang) + (bar.planned ? ` (${t.plannedWord})` : ''),
      ...(p.realized !== undefined ? [`${t.realized} ${realizedText(p.realized, p, spec, lang)}`] : []),
      ...(i ? [growthPhrase(steps[i - 1]!, lang)] : []),
      ...(p.note ? [p.note] : []),
    ];
    const year = formatYear(p.year);
    pointModels.push({
      key: year,
      label: `${year}: ${lines.join('; ')}`,
      tooltip: { title: year, lines },
      anchor: { x: px(centers[i]!), y: bar.y },
      focus: {
        x: px(bar.x - 3),
        y: px(Math.min(bar.y, bottom - 2) - 3),
        width: px(barWidth + 6),
        height: px(Math.max(bar.height, 2) + 6),
      },
    });
    return bar;
  });

  // Year labels: the ends first, then every `step`th year, then those with a figure.
  const present = new Set(points.map((p) => p.year));
  const yearWidth = textWidth('0000', fontSize);
  const every = Math.max(1, Math.ceil((yearWidth + 6) / slotWidth));
  const slotCenters = years.map((year) => clamp(band(year) + barWidth / 2, yearWidth));
  const shown = placeWithoutOverlap(
    years.map((_, i) => i),
    (i) => [slotCenters[i]! - yearWidth / 2, slotCenters[i]! + yearWidth / 2],
    (i) => {
      if (i === 0 || i === years.length - 1) return 1000;
      if (i % every === 0) return 500 - i;
      return present.has(years[i]!) ? 100 - i : -i;
    },
  );
  const slots: BudgetSlot[] = years.map((year, i) => ({
    year,
    x: px(band(year)),
    width: px(barWidth),
    present: present.has(year),
    label: shown.has(i) ? { text: formatYear(year), x: px(slotCenters[i]!), y: px(height - 4) } : undefined,
  }));

  return {
    lang,
    width,
    height,
    fontSize,
    summary: budgetSummary(spec, lang),
    table: budgetTable(spec, lang),
    // No points: an empty chart, whose marks and legend are never drawn.
    empty: !points.length,
    legend,
    points: [pointModels],
    plot: { left, top, right, bottom },
    slots,
    bars,
    growth,
    yTicks: axisTicks(axis.ticks),
  };
}
