import { nothing, svg, type TemplateResult } from 'lit';
import type { Cursor } from '../../core/keys.js';
import type { AuditModel } from './layout.js';
import type { Opinion } from './schema.js';

/**
 * Icons in a 12 × 12 box, so that colour is never the only code: a tick for the
 * opinions that count toward a streak, "!" for qualified, a cross for adverse and a
 * struck circle for a disclaimer (no opinion given).
 */
const ICONS: Record<Opinion, string> = {
  WTP: 'M2 6.5 5 9.5 10 2.5',
  'WTP-DPP': 'M2 6.5 5 9.5 10 2.5',
  WDP: 'M6 1.5v6M6 10.5v.1',
  TW: 'M2.5 2.5l7 7M9.5 2.5l-7 7',
  TMP: 'M6 1.5a4.5 4.5 0 1 0 .01 0M2.8 9.2l6.4-6.4',
};

const cellClass = (opinion: Opinion | undefined) => (opinion ? `cell ${opinion.toLowerCase()}` : 'cell missing');

export function auditSwatch(kind: string): TemplateResult {
  if (kind === 'streak') return svg`<rect class="streak" y="4.5" width="16" height="3"></rect>`;
  if (kind === 'missing') return svg`<rect class="cell missing" x="1" y="1" width="14" height="10" rx="2"></rect>`;
  const icon = ICONS[kind as Opinion];
  return svg`<rect class=${cellClass(kind as Opinion)} width="16" height="12" rx="2"></rect>
    ${icon ? svg`<path class="icon" transform="translate(3.5 1.5) scale(.75)" d=${icon}></path>` : nothing}`;
}

/**
 * The headline and one focusable group per fiscal year: the year, the cell with its
 * icon and code (or "no data"), and the current-streak bar under it.
 */
export function auditChart(
  m: AuditModel,
  active: Cursor | undefined,
  tabIndexOf: (row: number, col: number) => number,
): TemplateResult {
  const { big, more } = m;
  return svg`<g class="headline" aria-hidden="true">
    ${big ? svg`<text class="big" x=${big.x} y=${big.y} font-size=${big.size}>${big.text}</text>` : nothing}
    ${m.lead.map((l) => svg`<text class="lead" x=${l.x} y=${l.y} font-size=${m.leadSize}>${l.text}</text>`)}
    ${m.sub.map((l) => svg`<text class="muted" x=${l.x} y=${l.y} font-size=${m.fontSize}>${l.text}</text>`)}
    ${more ? svg`<text class="muted" x=${more.x} y=${more.y} text-anchor="middle" font-size=${m.fontSize}>${more.text}</text>` : nothing}
  </g>
  <g class="cells">
    ${m.cells.map(
      (
        c,
        i,
      ) => svg`<g data-point="0:${i}" role="img" tabindex=${tabIndexOf(0, i)} aria-label=${m.points[0]![i]!.label} class=${active?.col === i ? 'active' : ''}>
      <text class="muted" x=${c.yearLabel.x} y=${c.yearLabel.y} text-anchor="middle" font-size=${m.fontSize}>${c.yearLabel.text}</text>
      <rect class=${cellClass(c.opinion)} x=${c.x} y=${c.y} width=${c.width} height=${c.height} rx="3"></rect>
      ${c.icon && c.opinion ? svg`<path class="icon" transform="translate(${c.icon.x} ${c.icon.y})" d=${ICONS[c.opinion]}></path>` : nothing}
      ${c.lines.map(
        (l) =>
          svg`<text class=${c.opinion ? 'code' : 'muted'} x=${l.x} y=${l.y} text-anchor="middle" font-size=${c.opinion ? m.codeSize : m.fontSize}>${l.text}</text>`,
      )}
      ${c.streak ? svg`<rect class="streak" x=${c.x} y=${c.y + c.height + 4} width=${c.width} height="3"></rect>` : nothing}
    </g>`,
    )}
  </g>`;
}
