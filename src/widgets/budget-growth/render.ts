import { svg, type TemplateResult } from 'lit';
import type { Cursor } from '../../core/keys.js';
import { drawMarks, type Mark } from '../../core/marks.js';
import { hatchPath } from './hatch.js';
import type { BudgetModel } from './layout.js';

/** The legend's planned swatch: the box a planned bar is drawn as, and its hatch. */
const plannedSwatchHatch = hatchPath(1, 1, 14, 10);

export function budgetSwatch(kind: string): TemplateResult {
  if (kind === 'planned')
    return svg`<rect class="bar planned" x="1" y="1" width="14" height="10"></rect><path class="hatch" d=${plannedSwatchHatch}></path>`;
  if (kind === 'realized') return svg`<line class="realized" x1="0" y1="6" x2="16" y2="6"></line>`;
  return svg`<rect class="bar" x="1" y="1" width="14" height="10"></rect>`;
}

/** Gridlines and their value labels. */
function yAxisMarks(m: BudgetModel): Mark[] {
  const { plot, fontSize } = m;
  const marks: Mark[] = [];
  for (const t of m.yTicks) {
    marks.push({ tag: 'line', attrs: { class: 'grid', x1: plot.left, x2: plot.right, y1: t.pos, y2: t.pos } });
    marks.push({
      tag: 'text',
      attrs: {
        class: 'muted tick',
        x: plot.left - 6,
        y: t.pos,
        dy: '0.32em',
        'text-anchor': 'end',
        'font-size': fontSize,
      },
      text: t.label,
    });
  }
  return marks;
}

/** The years, and a grey box at the foot of each empty slot (a year without data). */
function xAxisMarks(m: BudgetModel): Mark[] {
  const marks: Mark[] = [];
  for (const s of m.slots) {
    if (!s.present) {
      marks.push({
        tag: 'rect',
        attrs: { class: 'empty-slot', x: s.x, y: m.plot.bottom - 12, width: s.width, height: 12 },
      });
    }
    if (s.label) {
      const { x, y, text } = s.label;
      marks.push({
        tag: 'text',
        attrs: { class: s.present ? 'year' : 'year muted', x, y, 'text-anchor': 'middle' },
        text,
      });
    }
  }
  return marks;
}

/** Growth between neighbouring bars: a bracket, the total and, across a gap, the yearly rate. */
function growthMarks(m: BudgetModel): Mark[] {
  const marks: Mark[] = [];
  for (const g of m.growth) {
    marks.push({ tag: 'path', attrs: { class: 'connector', d: `M${g.x1},${g.y + 3}V${g.y}H${g.x2}V${g.y + 3}` } });
    const total = { x: g.x, y: g.totalY, 'text-anchor': 'middle', 'font-size': m.fontSize, 'font-weight': '700' };
    marks.push({ tag: 'text', attrs: total, text: g.total });
    if (g.perYear) {
      const perYear = { class: 'muted', x: g.x, y: g.perYearY, 'text-anchor': 'middle', 'font-size': m.fontSize };
      marks.push({ tag: 'text', attrs: perYear, text: g.perYear });
    }
  }
  return marks;
}

/**
 * The bars. Each sits in a focusable group whose invisible hit area spans the whole
 * slot height, so short bars are as easy to hover and tap.
 */
function barMarks(
  m: BudgetModel,
  active: Cursor | undefined,
  tabIndexOf: (row: number, col: number) => number,
): Mark[] {
  const { plot } = m;
  return m.bars.map((b, i) => {
    const children: Mark[] = [
      { tag: 'rect', attrs: { class: 'hit', x: b.x, y: plot.top, width: b.width, height: plot.bottom - plot.top } },
      {
        tag: 'rect',
        attrs: { class: b.planned ? 'bar planned' : 'bar', x: b.x, y: b.y, width: b.width, height: b.height },
      },
    ];
    if (b.planned) children.push({ tag: 'path', attrs: { class: 'hatch', d: hatchPath(b.x, b.y, b.width, b.height) } });
    if (b.realized) {
      const { x1, x2, y } = b.realized;
      children.push({ tag: 'line', attrs: { class: 'realized', x1, x2, y1: y, y2: y } });
    }
    if (b.label?.leader) {
      const { x, y1, y2 } = b.label.leader;
      children.push({ tag: 'line', attrs: { class: 'leader', x1: x, x2: x, y1, y2 } });
    }
    if (b.label) {
      children.push({
        tag: 'text',
        attrs: { class: 'value', x: b.label.x, y: b.label.y, 'text-anchor': 'middle', 'font-size': m.fontSize },
        text: b.label.text,
      });
    }
    const attrs = {
      'data-point': `0:${i}`,
      role: 'img',
      tabindex: tabIndexOf(0, i),
      'aria-label': m.points[0]![i]!.label,
      class: active?.col === i ? 'active' : '',
    };
    return { tag: 'g', attrs, children };
  });
}

/** The budget chart's marks, layer by layer (drawn from data: see src/core/marks.ts). */
export function budgetChart(
  m: BudgetModel,
  active: Cursor | undefined,
  tabIndexOf: (row: number, col: number) => number,
): TemplateResult {
  const { plot } = m;
  return svg`
  <g class="y-axis" aria-hidden="true" ${drawMarks(yAxisMarks(m))}></g>
  <g class="x-axis" aria-hidden="true" font-size=${m.fontSize} ${drawMarks(xAxisMarks(m))}></g>
  <g class="growth" aria-hidden="true" ${drawMarks(growthMarks(m))}></g>
  <g class="bars" ${drawMarks(barMarks(m, active, tabIndexOf))}></g>
  <line class="axis-line" x1=${plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom} aria-hidden="true"></line>`;
}
