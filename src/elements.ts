/** Every widget class, defining no tag: register them under names of your own. */
export { BudgetGrowthElement } from './widgets/budget-growth/budget-growth.element.js';
export { CapaianElement } from './core/element.js';
export { defineElement, VERSION } from './core/define.js';
