/**
 * Static and server-side rendering, in Node or any JavaScript runtime, from the same
 * parse and layout code the elements use: a standalone SVG file, or the element's
 * HTML with a declarative shadow DOM that readers without JavaScript see and that the
 * element takes over when the script runs.
 */
import { html } from 'lit';
import { chartSvg, figure, legendBlock, tableBlock, tableRows } from './core/frame.js';
import type { Lang } from './core/format.js';
import { widgetLang } from './core/i18n.js';
import type { AccessModel } from './core/model.js';
import { reason, type FrameSpec, type Reason } from './core/schema.js';
import { resolvedCss, type StyledWidget } from './core/export/resolved-css.js';
import { STATIC_PADDING, staticSvg } from './core/export/static-figure.js';
import { variantOf, type AnyLayoutDefinition, type ThemeName } from './core/layout-definition.js';
import { elementStyles } from './core/styles/index.js';
import { escapeMarkup, templateToString } from './core/export/to-string.js';
import type { AnyWidgetDefinition } from './core/widget.js';
import { widgetNamed, widgets as definitions } from './widgets/index.js';

/**
 * The registry's widgets, as far as code outside the browser uses them: parsing, layout
 * and what `resolvedCss` reads. Typed without Lit's templates, so that this entry's types
 * check in a Node project without the DOM library.
 */
export const widgets: readonly (AnyLayoutDefinition & StyledWidget)[] = definitions;

export interface StaticOptions {
  /**
   * Width in px (default 640): of the whole SVG file (`renderSvg`); for `renderHtml`, the
   * drawing a browser without container queries shows (the nearest of {@link BANDS}).
   */
  width?: number;
  lang?: Lang;
  theme?: ThemeName;
  /** A named layout where the widget has more than one (the audit streak's `badge`). */
  variant?: string;
}

export type StaticResult = { ok: true; output: string } | { ok: false; reasons: Reason[] };

interface Prepared {
  widget: AnyWidgetDefinition;
  spec: FrameSpec;
  model: AccessModel;
  lang: Lang;
  variant: string;
  theme: ThemeName;
}

function prepare(name: string, input: unknown, options: StaticOptions): Prepared | { reasons: Reason[] } {
  const widget = widgetNamed(name);
  if (!widget) return { reasons: [reason([], `a widget: ${definitions.map((w) => w.name).join(', ')}`, name)] };
  const parsed = widget.parse(input);
  if (!parsed.ok) return { reasons: parsed.reasons };
  // Options may come from a command line or a query string: anything odd falls back.
  const lang: Lang = widgetLang(options.lang, parsed.spec.lang);
  const width = Number.isFinite(options.width) ? Math.min(4000, Math.max(200, Math.round(options.width!))) : 640;
  const variant = variantOf(widget, options.variant);
  const model: AccessModel = widget.layout(parsed.spec, { width, lang, variant });
  return { widget, spec: parsed.spec, model, lang, variant, theme: options.theme === 'dark' ? 'dark' : 'light' };
}

/** The marks as a server draws them: no cursor, no point in the tab order yet. */
function chartOf(widget: AnyWidgetDefinition, model: AccessModel) {
  return widget.chart(model, { active: undefined, tabIndexOf: () => -1, memory: {} });
}

/**
 * A standalone SVG file of the figure (title, chart, summary, source), `width` wide in
 * all: the chart is laid out inside the file's padding.
 */
export function renderSvg(name: string, input: unknown, options: StaticOptions = {}): StaticResult {
  const width = (Number.isFinite(options.width) ? options.width! : 640) - 2 * STATIC_PADDING;
  const p = prepare(name, input, { ...options, width });
  if ('reasons' in p) return { ok: false, reasons: p.reasons };
  const { widget, spec, model, lang, theme } = p;
  return {
    ok: true,
    output: staticSvg({ definition: widget, spec, model, lang, theme, chart: chartOf(widget, model) }),
  };
}

/**
 * Widths `renderHtml` lays a chart out at. Each drawing is shown, by a container query,
 * from its width up to the next one, scaled up by at most a third: text is never drawn
 * smaller than laid out (10 px at least) at any width from 320 px, and no wider than
 * 4/3 of it.
 */
export const BANDS = [320, 400, 480, 640, 800, 1000] as const;

/** The rules that show one band's legend and drawing at each container width, and `fallback`'s without container queries. */
function bandStyles(fallback: number): string {
  const rules = [
    '.root { container-type: inline-size; }',
    '.band > svg { width: 100%; height: auto; }',
    `.band:not(.b${fallback}) { display: none; }`,
  ];
  BANDS.forEach((width, i) => {
    const next = BANDS[i + 1];
    const query = [i ? `(min-width: ${width}px)` : '', next ? `(max-width: ${next - 0.02}px)` : '']
      .filter(Boolean)
      .join(' and ');
    rules.push(`@container ${query} { .band { display: none; } .band.b${i} { display: block; } }`);
  });
  return rules.join('\n');
}

/**
 * The element with a declarative shadow root holding the rendered figure and its
 * styles, and the document as inline JSON: no JavaScript needed to read it, and the
 * element takes it over (same data, same look) once the script loads. The chart and its
 * legend are drawn at each of {@link BANDS} widths, and the reader's container width
 * picks one, so a phone gets a phone's drawing rather than a wide one scaled down.
 */
export function renderHtml(name: string, input: unknown, options: StaticOptions = {}): StaticResult {
  const p = prepare(name, input, options);
  if ('reasons' in p) return { ok: false, reasons: p.reasons };
  const { widget, spec, model, lang, variant, theme } = p;
  const models = BANDS.map((width) => widget.layout(spec, { width, lang, variant }) as AccessModel);
  const band = (i: number, content: unknown) => html`<div class="band b${i}">${content}</div>`;
  const fallback = BANDS.reduce(
    (best, width, i) => (Math.abs(width - model.width) < Math.abs(BANDS[best]! - model.width) ? i : best),
    0,
  );
  const body = templateToString(
    figure({
      spec,
      model,
      lang,
      headingLevel: 2,
      chart: chartOf(widget, model),
      swatch: widget.swatch,
      table: tableBlock(model.table, lang, tableRows(model.table)),
      bands: {
        legend: html`${models.map((m, i) => (m.legend.length ? band(i, legendBlock(m.legend, widget.swatch)) : ''))}`,
        drawings: html`${models.map((m, i) => band(i, chartSvg(m, chartOf(widget, m))))}`,
      },
    }),
  );
  const css = elementStyles(widget)
    .map((sheet) => sheet.cssText)
    .join('\n');
  // The figure is here, so capaian.css's space for an undefined tag is not (its ::before).
  const noReserve = ':host::before { content: none !important; }';
  const json = JSON.stringify(input).replace(/</g, '\\u003c');
  return {
    ok: true,
    output:
      `<${widget.tag} lang="${lang}" theme="${theme}"` +
      (variant === widget.variants[0] ? '>' : ` variant="${escapeMarkup(variant)}">`) +
      `<template shadowrootmode="open"><style>${css}\n${bandStyles(fallback)}\n${noReserve}</style>${body}</template>` +
      `<script type="application/json">${json}</script></${widget.tag}>`,
  };
}

export { resolvedCss };
