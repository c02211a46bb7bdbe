/** Everything: every widget's tag defined. The entry of the classic script `dist/capaian.js`. */
export * from './widgets/budget-growth/budget-growth.js';
export * from './widgets/poverty-trend/poverty-trend.js';
export * from './widgets/audit-streak/audit-streak.js';
export { VERSION } from './core/define.js';
export type { CapaianErrorDetail, CapaianReadyDetail, WidgetState } from './core/element.js';
export type { Reason } from './core/schema.js';
