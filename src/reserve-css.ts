import type { ReserveStep } from './core/layout-definition.js';
import type { AnyWidgetDefinition } from './core/widget.js';

/*
 * dist/capaian.css: the space each widget keeps free before the script runs. An undefined
 * custom element is an empty inline box, so without it the text under a widget jumps
 * twice: when the tag is defined (its loading box appears) and when the data is drawn.
 * From each definition's `reserve` steps (ReserveStep, src/core/layout-definition.ts), the same heights as the
 * loading box: the tag is its own size container, and its ::before takes the height at
 * its width through container queries. A stylesheet, so a strict CSP (`style-src` without
 * 'unsafe-inline') allows it, where a style attribute would be refused. Build-time only
 * (scripts/build.mjs writes it; the browser tests use it), outside src/core/, whose every
 * module the classic script bundles.
 */

/** The padding the dark theme gives the host (src/core/styles/tokens.ts), which the loading box sits inside. */
const DARK_PADDING = 'clamp(12px, 3vw, 16px)';

/** One step's height as CSS: its frame, plus a chart that is a share of the width (100cqw). */
function heightOf(step: ReserveStep): string {
  if (!step.chart) return `${step.frame}px`;
  const [share, min, max] = step.chart;
  return `calc(${step.frame}px + clamp(${min}px, ${share * 100}cqw, ${max}px))`;
}

/** The rules of one widget: the default variant on the bare tag, the others by their attribute. */
function widgetRules(widget: AnyWidgetDefinition, tagOf: (widget: AnyWidgetDefinition) => string): string[] {
  const tag = tagOf(widget);
  const rules: string[] = [];
  widget.variants.forEach((variant, i) => {
    const selector = `${tag}${i === 0 ? '' : `[variant='${variant}']`}:not(:defined)::before`;
    for (const step of widget.reserve[variant] ?? []) {
      const rule = `${selector} { height: ${heightOf(step)}; }`;
      rules.push(step.from > 0 ? `@container capaian (min-width: ${step.from}px) { ${rule} }` : rule);
    }
  });
  return rules;
}

/**
 * The stylesheet for `widgets` (the registry). `tagOf` names the tag each is written for:
 * its own, or another, for a test that measures a tag nothing defines.
 */
export function reserveCss(
  widgets: readonly AnyWidgetDefinition[],
  tagOf = (widget: AnyWidgetDefinition): string => widget.tag,
): string {
  const all = widgets.map(tagOf).join(', ');
  const undefinedTags = `:is(${all}):not(:defined)`;
  return [
    '/* capaian: the space each widget keeps free until its script and data have come (no layout shift). */',
    `${undefinedTags} { display: block; container: capaian / inline-size; }`,
    `${undefinedTags}::before { content: ''; display: block; }`,
    `:is(${all})[theme='dark']:not(:defined) { padding: ${DARK_PADDING}; }`,
    `@media (prefers-color-scheme: dark) { :is(${all})[theme='auto']:not(:defined) { padding: ${DARK_PADDING}; } }`,
    ...widgets.flatMap((widget) => widgetRules(widget, tagOf)),
    '',
  ].join('\n');
}
