import { smallMoneyAdvice } from '../../core/format.js';
import { defineWidget } from '../../core/widget.js';
import { budgetHeight, budgetLayout } from './layout.js';
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
  placeholderHeight: (width) => budgetHeight(width),
  variants: ['default'],
  samples: ['budget-growth.extended', 'budget-growth.seed'],
});
