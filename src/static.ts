/**
 * Static and server-side rendering, in Node or any JavaScript runtime, from the same
 * parse and layout code the elements use: a standalone SVG file, or the element's
 * HTML with a declarative shadow DOM that readers without JavaScript see and that the
 * element takes over when the script runs.
 */
import type { CSSResultGroup, TemplateResult } from 'lit';
import { figure, tableBlock, tableRows } from './core/frame.js';
import type { Lang } from './core/format.js';
import type { AccessModel } from './core/model.js';
import { reason, type FrameSpec, type ParseResult, type Reason } from './core/schema.js';
import { resolvedCss, staticSvg } from './core/static-figure.js';
import { frameStyles, themeStyles, type ThemeName } from './core/styles.js';
import { escapeMarkup, templateToString } from './core/to-string.js';
import { budgetLayout } from './widgets/budget-growth/layout.js';
import { budgetChart, budgetSwatch } from './widgets/budget-growth/render.js';
import { parseBudget } from './widgets/budget-growth/schema.js';
import { budgetStyles } from './widgets/budget-growth/styles.js';
import { auditLayout } from './widgets/audit-streak/layout.js';
import { auditChart, auditSwatch } from './widgets/audit-streak/render.js';
import { parseAudit } from './widgets/audit-streak/schema.js';
import { auditStyles } from './widgets/audit-streak/styles.js';
import { povertyLayout } from './widgets/poverty-trend/layout.js';
import { povertyChart, povertySwatch } from './widgets/poverty-trend/render.js';
import { parsePoverty } from './widgets/poverty-trend/schema.js';
import { povertyStyles } from './widgets/poverty-trend/styles.js';

/** What static rendering needs of a widget: its own parse, layout, marks and styles. */
export interface StaticWidget {
  tag: string;
  parse(input: unknown): ParseResult<FrameSpec>;
  layout(spec: FrameSpec, width: number, lang: Lang): AccessModel;
  chart(model: AccessModel): TemplateResult;
  swatch(kind: string): TemplateResult;
  styles: CSSResultGroup;
}

const never = () => -1;

/** Every widget, by name; a new widget joins with one entry. */
export const staticWidgets: Record<string, StaticWidget> = {
  'budget-growth': {
    tag: 'capaian-budget-growth',
    parse: parseBudget as StaticWidget['parse'],
    layout: (spec, width, lang) => budgetLayout(spec as never, { width, lang }),
    chart: (model) => budgetChart(model as never, undefined, never),
    swatch: budgetSwatch,
    styles: budgetStyles,
  },
  'poverty-trend': {
    tag: 'capaian-poverty-trend',
    parse: parsePoverty as StaticWidget['parse'],
    layout: (spec, width, lang) => povertyLayout(spec as never, { width, lang }),
    chart: (model) => povertyChart(model as never, undefined, never),
    swatch: povertySwatch,
    styles: povertyStyles,
  },
  'audit-streak': {
    tag: 'capaian-audit-streak',
    parse: parseAudit as StaticWidget['parse'],
    layout: (spec, width, lang) => auditLayout(spec as never, { width, lang, variant: 'full' }),
    chart: (model) => auditChart(model as never, undefined, never),
    swatch: auditSwatch,
    styles: auditStyles,
  },
};

export interface StaticOptions {
  /** Chart width in px (default 640). */
  width?: number;
  lang?: Lang;
  theme?: ThemeName;
}

export type StaticResult = { ok: true; output: string } | { ok: false; reasons: Reason[] };

interface Prepared {
  widget: StaticWidget;
  spec: FrameSpec;
  model: AccessModel;
  lang: Lang;
  theme: ThemeName;
}

function prepare(name: string, input: unknown, options: StaticOptions): Prepared | { reasons: Reason[] } {
  const widget = staticWidgets[name];
  if (!widget) return { reasons: [reason([], `a widget: ${Object.keys(staticWidgets).join(', ')}`, name)] };
  const parsed = widget.parse(input);
  if (!parsed.ok) return { reasons: parsed.reasons };
  // Options may come from a command line or a query string: anything odd falls back.
  const lang: Lang = options.lang === 'en' ? 'en' : 'id';
  const width = Number.isFinite(options.width) ? Math.min(4000, Math.max(200, Math.round(options.width!))) : 640;
  const model = widget.layout(parsed.spec, width, lang);
  return { widget, spec: parsed.spec, model, lang, theme: options.theme === 'dark' ? 'dark' : 'light' };
}

/** A standalone SVG file of the figure (title, chart, summary, source). */
export function renderSvg(name: string, input: unknown, options: StaticOptions = {}): StaticResult {
  const p = prepare(name, input, options);
  if ('reasons' in p) return { ok: false, reasons: p.reasons };
  const { widget, spec, model, lang, theme } = p;
  return {
    ok: true,
    output: staticSvg({
      spec,
      model,
      lang,
      theme,
      chart: widget.chart(model),
      swatch: widget.swatch,
      styles: widget.styles,
    }),
  };
}

/**
 * The element with a declarative shadow root holding the rendered figure and its
 * styles, and the document as inline JSON: no JavaScript needed to read it, and the
 * element takes it over (same data, same look) once the script loads.
 */
export function renderHtml(name: string, input: unknown, options: StaticOptions = {}): StaticResult {
  const p = prepare(name, input, options);
  if ('reasons' in p) return { ok: false, reasons: p.reasons };
  const { widget, spec, model, lang, theme } = p;
  const body = templateToString(
    figure({
      spec,
      model,
      lang,
      headingLevel: 2,
      chart: widget.chart(model),
      swatch: widget.swatch,
      table: tableBlock(model.table, lang, tableRows(model.table)),
    }),
  );
  const css = [themeStyles, frameStyles, widget.styles]
    .flat(2)
    .map((s) => ('cssText' in s ? s.cssText : ''))
    .join('\n');
  // The fluid rule lets the pre-rendered chart scale to its container until the script takes over.
  const fluid = '.chart > svg { width: 100%; height: auto; }';
  const json = JSON.stringify(input).replace(/</g, '\\u003c');
  return {
    ok: true,
    output:
      `<${widget.tag} lang="${lang}" theme="${escapeMarkup(theme!)}">` +
      `<template shadowrootmode="open"><style>${css}\n${fluid}</style>${body}</template>` +
      `<script type="application/json">${json}</script></${widget.tag}>`,
  };
}

export { resolvedCss };
