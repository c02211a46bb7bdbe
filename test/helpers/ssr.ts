import { html, type TemplateResult } from 'lit';
import { templateToString } from '../../src/core/export/to-string.js';

/** Renders a Lit template to markup in Node, as static SVG and server-rendered HTML are written. */
export function toMarkup(template: TemplateResult): string {
  return templateToString(template);
}

/** One element per line, so that snapshot diffs point at the mark that moved. */
export function prettySvg(markup: string): string {
  return markup.replace(/>\s+</g, '><').replace(/></g, '>\n<').trim();
}

/**
 * The golden SVG of a chart as laid out: the marks in an `<svg>` of the model's size,
 * written by `templateToString` as static SVG and server-rendered HTML are, one element per line.
 */
export function goldenSvg(model: { width: number; height: number }, chart: TemplateResult): string {
  const { width, height } = model;
  const markup = toMarkup(
    html`<svg xmlns="http://www.w3.org/2000/svg" width=${width} height=${height} viewBox="0 0 ${width} ${height}">
      ${chart}
    </svg>`,
  );
  return prettySvg(markup) + '\n';
}

/** The widths and languages every widget's golden SVGs are taken at. */
export const GOLDEN_SIZES = [
  [320, 'id'],
  [640, 'en'],
  [1200, 'id'],
] as const;
