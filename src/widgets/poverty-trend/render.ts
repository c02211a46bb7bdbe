import { nothing, svg, type TemplateResult } from 'lit';
import type { Cursor } from '../../core/keys.js';
import { markerPath, type PovertyModel, type TextMark } from './marks.js';
import { BREAK_ROOM } from './value-axis.js';

const text = (t: TextMark, cls: string, size: number) =>
  svg`<text class=${cls} x=${t.x} y=${t.y} text-anchor=${t.anchor} font-size=${size}>${t.text}</text>`;

/** A series' key: a short stretch of its line with its marker, 14×12; the threshold's line; a note's rule. */
export function povertySwatch(style: string | number): TemplateResult {
  if (style === 'threshold') return svg`<path class="threshold" d="M0,6H14"></path>`;
  if (style === 'note') return svg`<path class="rule" d="M7,0V12"></path>`;
  return svg`<path class="line s${style}" d="M0,6H14"></path><path class="marker s${style}" d=${markerPath(+style, 7, 6, 3)}></path>`;
}

/** A focusable, named pointer target for one period of one series. */
function target(m: PovertyModel, r: number, c: number, tabIndexOf: (row: number, col: number) => number) {
  const h = m.hits[r]![c]!;
  return svg`<rect class="hit" data-point="${r}:${c}" role="img" tabindex=${tabIndexOf(r, c)} aria-label=${m.points[r]![c]!.label} x=${h.x} y=${h.y} width=${h.width} height=${h.height}></rect>`;
}

/**
 * The poverty trend's marks. Lines, markers and labels are hidden from assistive
 * technology; each period of each series is a focusable target that names its value.
 *
 * A period without a pointer target of its own (one of many in a pixel) is drawn only
 * while it is the cursor, in one of two `slots` the element alternates between, so the
 * previous cursor's element outlives the move: removing a focused element would blur it
 * and end keyboard reading.
 */
export function povertyChart(
  m: PovertyModel,
  active: Cursor | undefined,
  tabIndexOf: (row: number, col: number) => number,
  slots: (Cursor | undefined)[] = [],
): TemplateResult {
  const { plot, fontSize: fs } = m;
  const point = active && m.points[active.row]?.[active.col];
  const hit = active && m.hits[active.row]?.[active.col];
  // Only periods with a pointer target of their own: a `nothing` per period would still
  // cost Lit two comment markers each, 20,000 for a 10,000-point series.
  const targets: TemplateResult[] = [];
  m.hits.forEach((row, r) => row.forEach((h, c) => h.width && targets.push(target(m, r, c, tabIndexOf))));
  // A broken axis: the tick labels move left to make room for the break, which sits on the
  // baseline between them and the plot.
  const breakX = plot.left - BREAK_ROOM + 2;
  const labelX = plot.left - 6 - (m.axisBreak ? BREAK_ROOM : 0);
  return svg`<g class="y-axis" aria-hidden="true">
    ${m.yTicks.map(
      (
        t,
      ) => svg`${t.pos < plot.bottom - 1 ? svg`<line class="grid" x1=${plot.left} x2=${plot.right} y1=${t.pos} y2=${t.pos}></line>` : nothing}
      <text class="muted" x=${labelX} y=${t.pos} dy="0.32em" text-anchor="end" font-size=${fs}>${t.label}</text>`,
    )}
    <line class="axis-line" x1=${m.axisBreak ? breakX : plot.left} x2=${plot.right} y1=${plot.bottom} y2=${plot.bottom}></line>
    ${
      m.axisBreak
        ? svg`<path class="break-gap" d="M${breakX},${plot.bottom + 4}l4,-8h4l-4,8z"></path>
    <path class="axis-line" fill="none" d="M${breakX},${plot.bottom + 4}l4,-8m0,8l4,-8"></path>`
        : nothing
    }
  </g>
  <g class="x-axis" aria-hidden="true">
    ${m.xTicks.map(
      (t) => svg`<line class="axis-line" x1=${t.pos} x2=${t.pos} y1=${plot.bottom} y2=${plot.bottom + 4}></line>
      ${t.label ? text(t.label, 'muted', fs) : nothing}`,
    )}
  </g>
  <g class="annotations" aria-hidden="true">
    ${m.annotations.map(
      (a) => svg`<line class="rule" x1=${a.x} x2=${a.x} y1=${fs + 3} y2=${plot.bottom}></line>
      <path class="event" d="M${a.x},${plot.bottom - 5}l4,5h-8z"></path>
      ${a.labels.map((label) => text(label, 'halo', fs))}`,
    )}
  </g>
  ${
    m.threshold === undefined
      ? nothing
      : svg`<line class="threshold" x1=${plot.left} x2=${plot.right} y1=${m.threshold} y2=${m.threshold} aria-hidden="true"></line>`
  }
  <g class="series" aria-hidden="true">
    ${m.lines.map(
      (l) => svg`<path class="line s${l.style}" d=${l.path}></path>
      ${l.markers ? svg`<path class="marker s${l.style}" d=${l.markers}></path>` : nothing}`,
    )}
  </g>
  <g class="end-labels" aria-hidden="true" font-size=${fs}>
    ${m.labels.map((l) => {
      const x = l.x + (l.swatch ? 18 : 0);
      return svg`${l.leader ? svg`<line class="leader" x1=${l.leader.x1} y1=${l.leader.y1} x2=${l.leader.x2} y2=${l.leader.y2}></line>` : nothing}
      ${l.swatch ? svg`<g transform="translate(${l.x},${l.y - fs / 2 - 2})">${povertySwatch(l.style)}</g>` : nothing}
      ${l.lines.map(
        (line, i) =>
          svg`<text class=${i < l.nameLines ? `halo name s${l.style}` : 'halo'} x=${x} y=${l.y + i * l.lineHeight}>${line}</text>`,
      )}`;
    })}
  </g>
  ${
    point && hit
      ? svg`<g class="active" aria-hidden="true">
    <line class="guide" x1=${point.anchor.x} x2=${point.anchor.x} y1=${plot.top} y2=${plot.bottom}></line>
    ${
      hit.value
        ? svg`<path class="marker s${active.row} current" d=${markerPath(active.row, point.anchor.x, point.anchor.y, m.markerRadius + 1.5)}></path>`
        : svg`<circle class="gap-mark" cx=${point.anchor.x} cy=${point.anchor.y} r=${m.markerRadius + 1}></circle>`
    }
  </g>`
      : nothing
  }
  <g class="hits">
    ${targets}
    ${slots.map((p) => (p && m.hits[p.row]?.[p.col]?.width === 0 ? target(m, p.row, p.col, tabIndexOf) : nothing))}
  </g>`;
}
