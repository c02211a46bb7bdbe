import { css } from 'lit';

/** Series cycle through three colours, and each has its own dash and marker shape too. */
export const povertyStyles = css`
  .s0,
  .s3 {
    --c: var(--_accent);
  }
  .s1 {
    --c: var(--_accent-2);
  }
  .s2 {
    --c: var(--_accent-3);
  }
  .line {
    fill: none;
    stroke: var(--c);
    stroke-width: 2.25;
    stroke-linejoin: round;
  }
  .line.s1 {
    stroke-dasharray: 7 3;
  }
  .line.s2 {
    stroke-dasharray: 2 2.5;
  }
  .line.s3 {
    stroke-dasharray: 9 3 2 3;
  }
  .marker {
    fill: var(--c);
    stroke: var(--_background);
    stroke-width: 1;
  }
  .marker.current {
    stroke-width: 2;
  }
  svg .name {
    fill: var(--c, var(--_text));
    font-weight: 700;
  }
  .halo {
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .leader,
  .guide {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .leader {
    stroke-dasharray: 1 2;
  }
  .rule {
    stroke: var(--_muted);
    stroke-dasharray: 3 3;
  }
  .event {
    fill: var(--_muted);
  }
  .threshold {
    stroke: var(--_text);
    stroke-width: 1.25;
  }
  .break-gap {
    fill: var(--_background);
  }
  .gap-mark {
    fill: var(--_background);
    stroke: var(--_muted);
    stroke-dasharray: 2 2;
  }
  /* A name or note too long for the chart goes whole into the legend: it wraps there, even unbroken. */
  .legend span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .line,
    .threshold,
    .leader,
    .guide,
    .rule,
    .gap-mark {
      stroke: CanvasText;
    }
    .marker,
    .event,
    svg .name {
      fill: CanvasText;
    }
    .marker,
    .halo,
    .break-gap {
      stroke: Canvas;
    }
    .break-gap,
    .gap-mark {
      fill: Canvas;
    }
  }
`;
