/** Every widget class, defining no tag: register them under names of your own. */
export { BudgetGrowthElement } from './widgets/budget-growth/budget-growth.element.js';
export { PovertyTrendElement } from './widgets/poverty-trend/poverty-trend.element.js';
export { AuditStreakElement } from './widgets/audit-streak/audit-streak.element.js';
export { CapaianElement } from './core/element.js';
export { defineElement, VERSION } from './core/define.js';
