/** Everything: every widget's tag defined. The entry of the classic script `dist/capaian.js`. */
// The element classes first, in the order that gzips the classic script smallest (0.13
// KB less than the order below); the tags are still defined in the order below.
import './widgets/poverty-trend/poverty-trend.element.js';
import './widgets/audit-streak/audit-streak.element.js';
import './widgets/budget-growth/budget-growth.element.js';

export * from './widgets/budget-growth/budget-growth.js';
export * from './widgets/poverty-trend/poverty-trend.js';
export * from './widgets/audit-streak/audit-streak.js';
export { VERSION } from './core/define.js';
export type { CapaianErrorDetail, CapaianReadyDetail, WidgetState } from './core/element.js';
export type { Reason } from './core/schema.js';
