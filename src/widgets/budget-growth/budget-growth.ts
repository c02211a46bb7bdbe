/** `capaian/budget-growth`: defines `<capaian-budget-growth>`. */
import { defineElement } from '../../core/define.js';
import { BudgetGrowthElement } from './budget-growth.element.js';

export { BudgetGrowthElement };
export type { BudgetGrowthDocument, BudgetSpec } from './schema.js';

defineElement(BudgetGrowthElement.definition.tag, BudgetGrowthElement);
