/** Parsing and pure layout, with no DOM: for Node, tests and server-side rendering. */
export {
  budgetSchema,
  parseBudget,
  type BudgetGrowthDocument,
  type BudgetSpec,
} from './widgets/budget-growth/schema.js';
export { budgetLayout, type BudgetModel } from './widgets/budget-growth/layout.js';
export {
  povertySchema,
  parsePoverty,
  type PovertyTrendDocument,
  type PovertySpec,
} from './widgets/poverty-trend/schema.js';
export { povertyLayout, type PovertyModel } from './widgets/poverty-trend/layout.js';
export { auditSchema, parseAudit, type AuditStreakDocument, type AuditSpec } from './widgets/audit-streak/schema.js';
export { auditLayout, type AuditModel } from './widgets/audit-streak/layout.js';
export { streaks } from './widgets/audit-streak/streak.js';
export type { StatDocument, StatSpec } from './widgets/stat/schema.js';
export * from './core/format.js';
export type { Reason, ParseResult } from './core/schema.js';
export { widgets, widgetNamed } from './widgets/index.js';
export type { WidgetDefinition, WidgetLayoutOptions } from './core/widget.js';
