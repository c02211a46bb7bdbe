import { nothing, svg, type TemplateResult } from 'lit';
import type { Cursor } from '../../core/keys.js';
import type { FigureModel, StatModel, TextMark } from './layout.js';

const text = (t: TextMark) =>
  svg`<text class=${t.className} x=${t.x} y=${t.y} text-anchor=${t.anchor ?? nothing} font-size=${t.size}>${t.text}${(
    t.tail ?? []
  ).map((word) => svg`<tspan class=${word.className} dx="0.3em" font-size=${word.size}>${word.text}</tspan>`)}</text>`;

/** The change's arrow, 10 px wide, centred on (x + 5, y): up, down, or a bar for no change. */
function arrow(a: NonNullable<FigureModel['arrow']>): TemplateResult {
  const { x, y } = a;
  let d = `M${x},${y - 1.5}h10v3h-10z`;
  if (a.direction === 'up') d = `M${x},${y + 4}l5,-9l5,9z`;
  else if (a.direction === 'down') d = `M${x},${y - 4}l5,9l5,-9z`;
  return svg`<path class="arrow ${a.tone}" d=${d}></path>`;
}

/** Key figures have no legend: every mark says what it is in words. */
export function statSwatch(): TemplateResult {
  return svg``;
}

/**
 * The figures' marks. Words and numbers are hidden from assistive technology, which
 * reads the summary (one sentence per figure) and the table instead; each point of a
 * history is a focusable target that names its period and value.
 */
export function statChart(
  m: StatModel,
  active: Cursor | undefined,
  tabIndexOf: (row: number, col: number) => number,
): TemplateResult {
  return svg`${m.figures.map((f) => {
    const spark = f.spark;
    const on = spark && active?.row === spark.row ? spark.dots[active.col] : undefined;
    return svg`<g class="figure">
      <g aria-hidden="true">
        <line class="rule" x1=${f.x} x2=${f.x + f.width} y1=${f.y + 0.5} y2=${f.y + 0.5}></line>
        ${f.texts.map(text)}
        ${f.arrow ? arrow(f.arrow) : nothing}
        ${f.bar ? svg`<rect class="track" x=${f.bar.x} y=${f.bar.y} width=${f.bar.width} height=${f.bar.height} rx="3"></rect><rect class="progress" x=${f.bar.x} y=${f.bar.y} width=${Math.round(f.bar.width * f.bar.filled * 10) / 10} height=${f.bar.height} rx="3"></rect>` : nothing}
        ${spark ? spark.pieces.map((d) => svg`<path class="spark" d=${d}></path>`) : nothing}
        ${spark ? svg`<circle class="last" cx=${spark.dots[spark.dots.length - 1]!.x} cy=${spark.dots[spark.dots.length - 1]!.y} r="3.5"></circle>` : nothing}
        ${on ? svg`<circle class="on" cx=${on.x} cy=${on.y} r="4"></circle>` : nothing}
      </g>
      ${
        spark
          ? spark.dots.map(
              (dot, col) =>
                svg`<rect class="hit" data-point="${spark.row}:${col}" role="img" tabindex=${tabIndexOf(spark.row, col)} aria-label=${m.points[spark.row]![col]!.label} x=${dot.hit.x} y=${spark.top} width=${dot.hit.width} height=${spark.height}></rect>`,
            )
          : nothing
      }
    </g>`;
  })}`;
}
