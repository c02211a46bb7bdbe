import { linearAxis, type Tick } from '../../core/axis.js';
import { formatCompact, formatYear, type Lang } from '../../core/format.js';
import { FOCUS_RING, placeWithoutOverlap, px, RING_CLEARANCE, textWidth, TYPE } from '../../core/measure.js';
import { oncePerDocument, type PointModel, type Rect } from '../../core/model.js';
import { union } from '../../core/tooltip.js';
import { growthSteps } from './growth.js';
import type { BudgetSpec } from './schema.js';
import type { BudgetBar, BudgetModel, BudgetSlot, GrowthLabel, LayoutOptions } from './model.js';
import { budgetText } from './text.js';
import { inflate, textBox, tickLabelBox, type Box } from './boxes.js';
import {
  LABEL_GAP,
  MARK_GAP,
  placeGrowthLabels,
  placeValueLabels,
  RULE_GAP,
  valueLabelOrder,
  type PlacedValue,
} from './labels.js';
import { allYears, amountLabels, budgetSummary, budgetTable, money, pointWords, signed } from './story.js';

/** The words do not depend on the width: written once per document and language. */
const summaryOf = oncePerDocument(budgetSummary);
const tableOf = oncePerDocument(budgetTable);
const amountsOf = (spec: BudgetSpec) => spec.points.map((p) => p.amount);
/** The value labels with the currency ("Rp 22,4 T") and without ("22,4 T"); the width picks one. */
const fullLabelsOf = oncePerDocument((spec: BudgetSpec, lang: Lang): readonly string[] =>
  amountLabels(amountsOf(spec), spec, lang),
);
const compactLabelsOf = oncePerDocument((spec: BudgetSpec, lang: Lang): readonly string[] =>
  amountLabels(amountsOf(spec), spec, lang, true),
);

export type { BudgetBar, BudgetModel, BudgetSlot, GrowthLabel, LayoutOptions } from './model.js';

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

/** The chart's height: half the width, from 240 to 380 px (`[share, min, max]`, as a reserve step's chart). */
export const BUDGET_CHART = [0.5, 240, 380] as const;

/** Height that follows the width: wide screens get a calmer aspect, phones enough room. */
export function budgetHeight(width: number): number {
  const [share, min, max] = BUDGET_CHART;
  return Math.round(Math.min(max, Math.max(min, width * share)));
}

/** A label's box as a tooltip's rectangle. */
const rectOf = (box: Box): Rect => ({
  x: box.left,
  y: box.top,
  width: box.right - box.left,
  height: box.bottom - box.top,
});

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
  // Every label, tick and year at the scale's small size (core/measure.ts).
  const fontSize = TYPE.small.size;
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
  /** The top of the box a bar's focus ring surrounds: the bar's, or 2 px above the axis for a bar under 2 px tall. */
  const ringTop = (bar: { y: number }) => Math.min(bar.y, bottom - 2);
  const steps = growthSteps(points);
  /** Keeps a centred label of `w` px inside the chart. */
  const clamp = (center: number, w: number) => Math.max(w / 2 + 1, Math.min(width - w / 2 - 1, center));
  const fits = (text: string, room: number) => textWidth(text, fontSize) <= room - 4;

  // The top tick names the currency ("Rp 150 T") so that compact labels keep their unit.
  // The axis is tried at up to eight heights, mostly with the same values: each label is
  // written once (formatting is a good part of a layout's time).
  const tickLabels = new Map<string, string>();
  const tickLabel = (value: number, top: boolean) => {
    const key = `${value}|${top}`;
    let label = tickLabels.get(key);
    if (label === undefined) {
      label = top ? money(value, spec, lang) : formatCompact(value, lang);
      tickLabels.set(key, label);
    }
    return label;
  };
  const axisTicks = (ticks: Tick[]) =>
    ticks.map((tk, i) => ({ ...tk, label: tickLabel(tk.value, i === ticks.length - 1) }));
  const valueAxis = (top: number) => {
    // About one tick per 56 px, more when the top tick would leave over a quarter of the
    // axis empty above the highest bar (Rp 200 T for 134,17 T): that height is the plot's.
    let axis = linearAxis([0, max], [bottom, top], String);
    for (let spacing = 48; axis.domain[1] > max / 0.75 && spacing >= 24; spacing -= 8)
      axis = linearAxis([0, max], [bottom, top], String, spacing);
    return axis;
  };
  // The plot's top without and with the growth row, and each with a line more of headroom
  // (below): the axis labels' widths at all four give the plot's left edge.
  const headroom = fontSize + 4;
  const tops = [fontSize + 10, 3 * fontSize + 20];
  const draft = [...tops, ...tops.map((top) => top + headroom)].flatMap((top) => axisTicks(valueAxis(top).ticks));
  const left = Math.ceil(Math.max(...draft.map((tk) => textWidth(tk.label, fontSize)))) + 8;
  const right = width - 4;
  const { band, step: slotWidth, bandwidth: barWidth } = yearBand(years[0]!, years.length, [left, right]);
  const centers = points.map((p) => band(p.year) + barWidth / 2);

  // Growth between neighbouring bars, the largest changes first (labels.ts).
  const [totalY, perYearY, connectorY] = [px(2 + fontSize), px(2 * fontSize + 3), px(2 * fontSize + 8)];
  // One decimal ("+150,0%") when every figure fits; whole percents ("+150%") for all of
  // them when that draws more; the tooltip and the table keep the decimal.
  const growthWith = (digits: number) =>
    placeGrowthLabels(
      steps.flatMap((g, i) => {
        if (g.total === null) return [];
        const perYear = g.span > 1 && g.perYear !== null ? signed(g.perYear, lang, digits) + t.perYearShort : undefined;
        const [x1, x2] = [centers[i]! + 3, centers[i + 1]! - 3];
        return [{ g, total: signed(g.total, lang, digits), perYear, change: g.total, x1, x2 }];
      }),
      { fontSize, chartWidth: width },
    );
  const withDecimal = growthWith(1);
  const whole = withDecimal.length < steps.filter((g) => g.total !== null).length ? growthWith(0) : withDecimal;
  const growth: GrowthLabel[] = (whole.length > withDecimal.length ? whole : withDecimal)
    .sort((a, b) => a.candidate.x1 - b.candidate.x1)
    .map(({ candidate: c, x, withPerYear }) => ({
      fromYear: c.g.fromYear,
      toYear: c.g.toYear,
      x1: px(c.x1),
      x2: px(c.x2),
      x: px(x),
      y: connectorY,
      total: c.total,
      perYear: withPerYear ? c.perYear : undefined,
      totalY,
      perYearY,
    }));

  // Value labels, one style for all: with the currency ("Rp 22,4 T") when every label
  // fits its slot, else without ("22,4 T").
  const full = fullLabelsOf(spec, lang);
  const texts = full.every((l) => fits(l, slotWidth)) ? full : compactLabelsOf(spec, lang);
  const { order, always } = valueLabelOrder(points, steps);

  /** The value axis and the bars under a plot top, and the value labels that find room. */
  const drawUnder = (top: number) => {
    const axis = valueAxis(top);
    const yTicks = axisTicks(axis.ticks);
    const bars = points.map((p) => {
      const x = px(band(p.year));
      const y = px(axis.scale(p.amount));
      const barWidthPx = px(barWidth);
      return {
        year: p.year,
        x,
        y,
        width: barWidthPx,
        height: px(Math.max(0, bottom - axis.scale(p.amount))),
        planned: p.status === 'planned',
        // From the bar as drawn, so the rule overhangs both of its edges alike.
        realized:
          p.realized === undefined
            ? undefined
            : { x1: px(x - 3), x2: px(x + barWidthPx + 3), y: px(axis.scale(p.realized)) },
      };
    });
    const rule = (r: { x1: number; x2: number; y: number }) =>
      inflate({ left: r.x1, top: r.y - 1, right: r.x2, bottom: r.y + 1 }, RULE_GAP, MARK_GAP);
    const placed = placeValueLabels(
      order.map((i) => {
        const bar = bars[i]!;
        const top = Math.min(ringTop(bar), bar.realized?.y ?? bar.y);
        return { text: texts[i]!, bar: { left: bar.x, right: bar.x + bar.width, top }, always: always(i) };
      }),
      {
        fontSize,
        chartWidth: width,
        ceiling: growth.length ? connectorY + 3 + MARK_GAP : 1,
        obstacles: [
          // Above a bar, clear of its focus ring; beside it only `MARK_GAP`: where bars stand closer than a
          // figure is wide (a phone), a neighbour's figure may meet the side of a focused bar's ring rather
          // than be left out for every reader.
          ...bars.map((b) =>
            inflate({ left: b.x, top: ringTop(b), right: b.x + b.width, bottom }, MARK_GAP, RING_CLEARANCE),
          ),
          ...bars.flatMap((b) => (b.realized ? [rule(b.realized)] : [])),
          ...yTicks.map((tk) => inflate(tickLabelBox(tk.label, left, tk.pos, fontSize), LABEL_GAP, MARK_GAP)),
        ],
      },
    );
    const labels: (PlacedValue | undefined)[] = [];
    order.forEach((i, k) => (labels[i] = placed[k]));
    return { top, yTicks, bars, labels, complete: points.every((_, i) => !always(i) || labels[i]) };
  };
  // When a figure that is always shown finds no room to rise into (a lower neighbour
  // beside the peak, both near the top), the plot gives up a line of its height.
  const under = drawUnder(tops[growth.length ? 1 : 0]!);
  const { top, yTicks, bars, labels: valueLabels } = under.complete ? under : drawUnder(under.top + headroom);

  const words = pointWords(spec, lang);
  const pointModels: PointModel[] = [];
  const barModels: BudgetBar[] = bars.map((b, i) => {
    const p = points[i]!;
    const said = words[i]!;
    const bar: BudgetBar = { ...b, label: valueLabels[i] };
    const lines = [
      said.amount + (bar.planned ? ` (${t.plannedWord})` : ''),
      ...(said.realized === undefined ? [] : [`${t.realized} ${said.realized}`]),
      ...(said.growth === undefined ? [] : [said.growth]),
      ...(p.note ? [p.note] : []),
    ];
    const year = formatYear(p.year);
    const { offset } = FOCUS_RING;
    const focus = {
      x: px(bar.x - offset),
      y: px(ringTop(bar) - offset),
      width: px(barWidth + 2 * offset),
      height: px(Math.max(bar.height, 2) + 2 * offset),
    };
    pointModels.push({
      key: year,
      label: `${year}: ${lines.join('; ')}`,
      tooltip: { title: year, lines },
      anchor: { x: px(centers[i]!), y: bar.y },
      focus,
      // The bar with its ring and rule, up to its figure (a raised one's leader between).
      keepClear: [
        bar.label ? union([focus, rectOf(textBox(bar.label.text, bar.label.x, bar.label.y, fontSize))]) : focus,
      ],
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
    summary: summaryOf(spec, lang),
    table: tableOf(spec, lang),
    // No points: an empty chart, whose marks and legend are never drawn.
    empty: !points.length,
    legend,
    points: [pointModels],
    plot: { left, top, right, bottom },
    slots,
    bars: barModels,
    growth,
    yTicks,
  };
}
