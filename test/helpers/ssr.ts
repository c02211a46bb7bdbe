import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';

/** Renders a Lit template to markup in Node, without Lit's hydration comments. */
export function toMarkup(template: TemplateResult): string {
  return collectResultSync(render(template))
    .replace(/<!--\/?lit-part[^>]*-->/g, '')
    .replace(/<!--lit-node \d+-->/g, '')
    .replace(/<\?lit\$\d+\$>/g, '')
    .replace(/<\?>/g, '');
}

/** One element per line, so that snapshot diffs point at the mark that moved. */
export function prettySvg(markup: string): string {
  return markup.replace(/>\s+</g, '><').replace(/></g, '>\n<').trim();
}
