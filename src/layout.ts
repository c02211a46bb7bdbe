/** Parsing and pure layout, with no DOM: for Node, tests and server-side rendering. */
import type { AnyLayoutDefinition } from './core/layout-definition.js';
import { widgetNamed as definitionNamed, widgets as definitions } from './widgets/index.js';

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
/**
 * The registry's widgets, as far as parsing and layout go: typed without their drawing
 * (Lit's templates and styles), so that this entry's types check in a Node project
 * without the DOM library.
 */
export const widgets: readonly AnyLayoutDefinition[] = definitions;
/** The widget of a name (`budget-growth`), if the library has it. */
export const widgetNamed: (name: string) => AnyLayoutDefinition | undefined = definitionNamed;
export type { LayoutDefinition, WidgetLayoutOptions } from './core/layout-definition.js';
