import { smallMoneyAdvice } from '../../core/format.js';
import { defineWidget } from '../../core/widget.js';
import { BUDGET_CHART, budgetLayout } from './layout.js';
import { budgetChart, budgetSwatch } from './render.js';
import { budgetSchema, parseBudget } from './schema.js';
import { budgetStyles } from './styles.js';

/** `<capaian-budget-growth>`: a ministry's budget by year, as bars on a true year axis. */
export const budgetGrowth = defineWidget({
  name: 'budget-growth',
  tag: 'capaian-budget-growth',
  rules: budgetSchema,
  parse: parseBudget,
  layout: (spec, { width, lang }) => budgetLayout(spec, { width, lang }),
  chart: (model, { active, tabIndexOf }) => budgetChart(model, active, tabIndexOf),
  swatch: budgetSwatch,
  styles: budgetStyles,
  advice: (spec) =>
    smallMoneyAdvice(
      spec.points.flatMap((point) => [point.amount, point.realized ?? 0]),
      spec.currency,
    ),
  csv: (spec) => {
    const columns = ['year', 'amount', 'realized', 'status', 'note'] as const;
    return [[...columns], ...spec.points.map((point) => columns.map((column) => point[column]))];
  },
  // The first sample's height at 320, 375, 640 and 1280 px (ReserveStep, src/core/layout-definition.ts); the chart's share is budgetHeight's.
  reserve: {
    default: [
      { from: 0, frame: 404, chart: BUDGET_CHART },
      { from: 360, frame: 380, chart: BUDGET_CHART },
      { from: 480, frame: 240, chart: BUDGET_CHART },
      { from: 960, frame: 220, chart: BUDGET_CHART },
    ],
  },
  variants: ['default'],
  samples: ['budget-growth.extended', 'budget-growth.seed'],
});
