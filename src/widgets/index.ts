/**
 * The registry: every widget the library holds, one line each. Entry points, static
 * rendering, JSON Schemas, stories, the gallery, the tests, the size check and the
 * bench iterate this list; adding a widget is its folder plus one line here (see
 * CONTRIBUTING.md).
 */
import type { AnyWidgetDefinition } from '../core/widget.js';
import { auditStreak } from './audit-streak/definition.js';
import { budgetGrowth } from './budget-growth/definition.js';
import { povertyTrend } from './poverty-trend/definition.js';
import { stat } from './stat/definition.js';

export const widgets: readonly AnyWidgetDefinition[] = [budgetGrowth, povertyTrend, auditStreak, stat];

/** The widget of a name (`budget-growth`), if the library has it. */
export function widgetNamed(name: string): AnyWidgetDefinition | undefined {
  return widgets.find((widget) => widget.name === name);
}
