import { css } from 'lit';
import { FOCUS_RING } from '../measure.js';

/**
 * Rules for the chart's SVG marks, shared with static SVG output. The font is inherited:
 * from the frame's root in the page, from the <svg>'s font-family in static SVG.
 */
export const chartStyles = css`
  svg {
    display: block;
    overflow: visible;
  }
  svg text {
    fill: var(--_text);
  }
  svg .muted {
    fill: var(--_muted);
  }
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .axis-line {
    stroke: var(--_muted);
    shape-rendering: crispEdges;
  }
  [data-point] {
    outline: none;
    cursor: default;
  }
  .hit {
    fill: transparent;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: ${FOCUS_RING.width};
    pointer-events: none;
  }
  @media (forced-colors: active) {
    .grid,
    .axis-line {
      stroke: GrayText;
    }
    svg text,
    svg .muted {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
  }
`;
