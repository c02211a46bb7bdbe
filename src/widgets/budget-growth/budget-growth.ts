import { defineElement } from '../../core/define.js';
import { BudgetGrowthElement } from './budget-growth.element.js';

export { BudgetGrowthElement };
export type { BudgetSpec } from './schema.js';

defineElement('capaian-budget-growth', BudgetGrowthElement);

declare global {
  interface HTMLElementTagNameMap {
    'capaian-budget-growth': BudgetGrowthElement;
  }
}
