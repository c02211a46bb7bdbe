/**
 * Every widget's element class (and the type of its parsed document), defining no tag:
 * register them under names of your own. One line per widget of the registry
 * (src/widgets/index.ts); a test holds the two lists to each other.
 */
export * from './widgets/budget-growth/budget-growth.element.js';
export * from './widgets/poverty-trend/poverty-trend.element.js';
export * from './widgets/audit-streak/audit-streak.element.js';
export * from './widgets/stat/stat.element.js';
export { CapaianElement } from './core/element.js';
export { defineElement, VERSION } from './core/define.js';
