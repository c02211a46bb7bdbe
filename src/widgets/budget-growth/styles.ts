import { css } from 'lit';

export const budgetStyles = css`
  .bar {
    fill: var(--_accent);
  }
  /* A planned bar: an outline on the background, hatched (hatch.ts). */
  .bar.planned {
    fill: var(--_background);
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .hatch {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5;
    pointer-events: none;
  }
  .realized {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .empty-slot {
    fill: none;
    stroke: var(--_muted);
    stroke-dasharray: 2 2;
  }
  .connector,
  .leader {
    fill: none;
    stroke: var(--_muted);
  }
  [data-point]:hover .bar,
  [data-point].active .bar {
    fill-opacity: 0.85;
  }
  .value {
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
    .bar.planned,
    .hatch {
      stroke: CanvasText;
    }
    .bar.planned {
      fill: Canvas;
    }
    .realized,
    .empty-slot,
    .connector,
    .leader {
      stroke: CanvasText;
    }
  }
`;
