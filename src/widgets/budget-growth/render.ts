import { nothing, svg, type TemplateResult } from 'lit';
import type { Cursor } from '../../core/keys.js';
import type { BudgetModel } from './layout.js';

/** The hatch that marks planned (not yet spent) years; ids are scoped by the shadow root. */
const defs = svg`<defs>
  <pattern id="planned-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
    <rect class="hatch-bg" width="6" height="6"></rect>
    <line class="hatch" x1="0" y1="0" x2="0" y2="6"></line>
  </pattern>
</defs>`;

export function budgetSwatch(kind: string): TemplateResult {
  if (kind === 'planned') return svg`${defs}<rect class="bar planned" x="1" y="1" width="14" height="10"></rect>`;
  if (kind === 'realized') return svg`<line class="realized" x1="0" y1="6" x2="16" y2="6"></line>`;
  return svg`<rect class="bar" x="1" y="1" width="14" height="10"></rect>`;
}

/**
 * The budget chart's marks. Each bar sits in a focusable group whose invisible hit
 * area spans the whole slot height, so short bars are as easy to hover and tap.
 */
export function budgetChart(
  m: BudgetModel,
  active: Cursor | undefined,
  tabIndexOf: (row: number, col: number) => number,
): TemplateResult {
  const { plot } = m;
  return svg`${defs}
  <g class="y-axis" aria-hidden="true">
    ${m.yTicks.map(
      (t) => svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${t.pos} y2=${t.pos}></line>
      <text class="muted tick" x=${plot.left - 6} y=${t.pos} dy="0.32em" text-anchor="end" font-size=${m.fontSize}>${t.label}</text>`,
    )}
  </g>
  <g class="x-axis" aria-hidden="true" font-size=${m.fontSize}>
    ${m.slots.map(
      (
        s,
      ) => svg`${s.present ? nothing : svg`<rect class="empty-slot" x=${s.x} y=${plot.bottom - 12} width=${s.width} height="12"></rect>`}
      ${s.label ? svg`<text class=${s.present ? 'year' : 'year muted'} x=${s.label.x} y=${s.label.y} text-anchor="middle">${s.label.text}</text>` : nothing}`,
    )}
  </g>
  <g class="growth" aria-hidden="true">
    ${m.growth.map(
      (g) => svg`<path class="connector" d="M${g.x1},${g.y + 3}V${g.y}H${g.x2}V${g.y + 3}"></path>
      <text x=${g.x} y=${g.totalY} text-anchor="middle" font-size=${m.fontSize} font-weight="600">${g.total}</text>
      ${g.perYear ? svg`<text class="muted" x=${g.x} y=${g.perYearY} text-anchor="middle" font-size=${m.fontSize}>${g.perYear}</text>` : nothing}`,
    )}
  </g>
  <g class="bars">
    ${m.bars.map((b, i) => {
      const point = m.points[0]![i]!;
      return svg`<g data-point="0:${i}" role="img" tabindex=${tabIndexOf(0, i)} aria-label=${point.label} class=${active?.col === i ? 'active' : ''}>
        <rect class="hit" x=${b.x} y=${plot.top} width=${b.width} height=${plot.bottom - plot.top}></rect>
        <rect class=${b.planned ? 'bar planned' : 'bar'} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>
        ${b.realized ? svg`<line class="realized" x1=${b.realized.x1} x2=${b.realized.x2} y1=${b.realized.y} y2=${b.realized.y}></line>` : nothing}
        ${b.label?.leader ? svg`<line class="leader" x1=${b.label.leader.x} x2=${b.label.leader.x} y1=${b.label.leader.y1} y2=${b.label.leader.y2}></line>` : nothing}
        ${b.label ? svg`<text class="value" x=${b.label.x} y=${b.label.y} text-anchor="middle" font-size=${m.fontSize}>${b.label.text}</text>` : nothing}
      </g>`;
    })}
  </g>
  <line class="axis-line" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom} aria-hidden="true"></line>`;
}
