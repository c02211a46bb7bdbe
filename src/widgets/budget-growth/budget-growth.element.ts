import { CapaianElement } from '../../core/element.js';
import { elementStyles } from '../../core/styles/index.js';
import { budgetGrowth } from './definition.js';
import type { BudgetModel } from './layout.js';
import type { BudgetGrowthDocument, BudgetSpec } from './schema.js';

export type { BudgetGrowthDocument, BudgetSpec };

/**
 * A ministry's budget by year: bars on a true year axis (a missing year stays an empty
 * slot), planned years hatched, value labels, and growth between neighbouring bars
 * (the compound yearly rate across a gap). Defines no tag; see `capaian/budget-growth`.
 *
 * @summary Budget growth by year, from JSON.
 * @tag capaian-budget-growth
 */
export class BudgetGrowthElement extends CapaianElement<BudgetSpec, BudgetModel> {
  static override definition = budgetGrowth;
  static override styles = elementStyles(budgetGrowth);

  /**
   * The document as an object ({@link BudgetGrowthDocument}); takes precedence over `src` and inline
   * JSON. One with the same content as the current one is no change: assign a new object.
   */
  declare data: BudgetGrowthDocument | undefined;
  /** The one layout there is: `default`. */
  declare variant: 'default' | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'capaian-budget-growth': BudgetGrowthElement;
  }
}
