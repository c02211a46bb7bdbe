import { css } from 'lit';

/**
 * Colours of a change when the document says which way is better: green for good, red
 * for bad, each 4.5:1 or more against its theme's background (text) and told apart by
 * the arrow and the words too, never by colour alone.
 */
export const CHANGE_TOKENS = {
  light: { good: '#1b7a3a', bad: '#b3261e' },
  dark: { good: '#6fcf8e', bad: '#ff8a7a' },
};

export const statStyles = css`
  .rule {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  /* The type scale's bold (WEIGHTS, measure.ts): labels, numbers, changes and "rencana". */
  svg .label,
  svg .value,
  svg .change,
  svg .planned {
    font-weight: 700;
  }
  svg .value {
    font-variant-numeric: tabular-nums;
  }
  svg .after,
  svg .note {
    fill: var(--_muted);
    font-weight: 400;
  }
  .arrow.neutral {
    fill: var(--_text);
  }
  svg .good {
    fill: var(--_good);
  }
  svg .bad {
    fill: var(--_bad);
  }
  svg .planned {
    fill: var(--_accent);
  }
  .track {
    fill: var(--_grid);
  }
  .progress {
    fill: var(--_accent);
  }
  .spark {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.75;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .last,
  .on {
    fill: var(--_accent);
    stroke: var(--_background);
    stroke-width: 1.5;
  }
  @media (forced-colors: active) {
    .spark {
      stroke: CanvasText;
    }
    .rule {
      stroke: GrayText;
    }
    .track {
      fill: GrayText;
    }
    .progress,
    .last,
    .on,
    .arrow.neutral,
    svg .after,
    svg .note,
    svg .good,
    svg .bad,
    svg .planned {
      fill: CanvasText;
    }
  }
`;
