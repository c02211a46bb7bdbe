import { css } from 'lit';

/** The tooltip over the chart, in the body size the frame sets; its top-left corner placed through the CSSOM (`--x`, `--y`, see tooltip.ts). */
export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    left: var(--x, 0);
    top: var(--y, 0);
    z-index: 1;
    /* An absolute box shrinks to the room right of its left edge: near the chart's
       right end the tooltip would fold into a column. max-width still caps it. */
    width: max-content;
    max-width: min(260px, 90%);
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--_tooltip-background);
    color: var(--_tooltip-text);
    pointer-events: none;
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
    overflow-wrap: anywhere;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .tooltip {
      border: 1px solid CanvasText;
    }
  }
`;
