import { nothing, svg, type TemplateResult } from 'lit';
import type { Cursor } from '../../core/keys.js';
import type { StatModel, TextMark } from './layout.js';

const text = (t: TextMark) =>
  svg`<text class=${t.className} x=${t.x} y=${t.y} text-anchor=${t.anchor ?? nothing} font-size=${t.size}>${t.text}${(
    t.tail ?? []
  ).map((word) => svg`<tspan class=${word.className} dx="0.3em" font-size=${word.size}>${word.text}</tspan>`)}</text>`;

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
        <line class="rule" x1=${f.rule.x1} x2=${f.rule.x2} y1=${f.rule.y} y2=${f.rule.y}></line>
        ${f.texts.map(text)}
        ${f.arrow ? svg`<path class="arrow ${f.arrow.tone}" d=${f.arrow.d}></path>` : nothing}
        ${f.bar ? svg`<rect class="track" x=${f.bar.x} y=${f.bar.y} width=${f.bar.width} height=${f.bar.height} rx="3"></rect><rect class="progress" x=${f.bar.x} y=${f.bar.y} width=${f.bar.fillWidth} height=${f.bar.height} rx="3"></rect>` : nothing}
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
