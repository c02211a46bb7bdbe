import type { TemplateResult } from 'lit';
import { CapaianElement } from '../../core/element.js';
import type { Cursor } from '../../core/keys.js';
import { frameStyles, themeStyles } from '../../core/styles.js';
import { budgetHeight, budgetLayout, type BudgetModel } from './layout.js';
import { budgetChart, budgetSwatch } from './render.js';
import { parseBudget, type BudgetSpec } from './schema.js';
import { budgetStyles } from './styles.js';

/**
 * A ministry's budget by year: bars on a true year axis (a missing year stays an empty
 * slot), planned years hatched, value labels, and growth between neighbouring bars
 * (the compound yearly rate across a gap). Defines no tag; see `capaian/budget-growth`.
 *
 * @summary Budget growth by year, from JSON.
 * @tag capaian-budget-growth
 */
export class BudgetGrowthElement extends CapaianElement<BudgetSpec, BudgetModel> {
  static override styles = [themeStyles, frameStyles, budgetStyles];

  protected parse(input: unknown) {
    return parseBudget(input);
  }

  protected layout(spec: BudgetSpec, width: number, lang: 'id' | 'en'): BudgetModel {
    return budgetLayout(spec, { width, lang });
  }

  protected renderChart(model: BudgetModel, active: Cursor | undefined): TemplateResult {
    return budgetChart(model, active, (row, col) => this.tabIndexOf(row, col));
  }

  protected renderSwatch(kind: string): TemplateResult {
    return budgetSwatch(kind);
  }

  /** Raw figures, not the formatted table: amounts in whole currency units. */
  protected override csvRows(spec: BudgetSpec): (string | number | undefined)[][] {
    const keys = ['year', 'amount', 'realized', 'status', 'note'] as const;
    return [[...keys], ...spec.points.map((p) => keys.map((k) => p[k]))];
  }

  protected override placeholderHeight(width: number): number {
    return budgetHeight(width);
  }
}
