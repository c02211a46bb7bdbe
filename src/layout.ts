/** Parsing and pure layout, with no DOM: for Node, tests and server-side rendering. */
export { budgetSchema, parseBudget, type BudgetSpec } from './widgets/budget-growth/schema.js';
export { budgetLayout, type BudgetModel } from './widgets/budget-growth/layout.js';
export * from './core/format.js';
export type { Reason, ParseResult } from './core/schema.js';
