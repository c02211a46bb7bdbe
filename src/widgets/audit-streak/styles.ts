import { css, unsafeCSS } from 'lit';
import { OPINIONS } from './schema.js';

/**
 * Cell fills per opinion, and the code and icon colour on them. Light fills hold white
 * text at 4.5:1 or more and stand 3:1 or more from a white page; dark fills the same
 * with #141414 text on a #141414 page (see palette.test.ts). Good opinions are blue,
 * the others orange, red and grey at distinct lightness, so they stay apart under
 * protanopia, deuteranopia and tritanopia too; the icon and code tell them apart anyway.
 */
export const OPINION_COLORS = {
  light: { WTP: '#174f8a', 'WTP-DPP': '#287d8e', WDP: '#a45f00', TW: '#8c2715', TMP: '#3d3d3d', text: '#ffffff' },
  dark: { WTP: '#64a8e6', 'WTP-DPP': '#aee3ee', WDP: '#f0b44c', TW: '#f07050', TMP: '#9e9e9e', text: '#141414' },
} as const;

/** The cell colours as theme tokens: `--capaian-opinion-wtp` outside, `var(--_opinion-wtp)` inside. */
export const OPINION_TOKENS = {
  light: tokensOf(OPINION_COLORS.light),
  dark: tokensOf(OPINION_COLORS.dark),
};

function tokensOf(colours: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(colours).map(([code, colour]) => [`opinion-${code.toLowerCase()}`, colour]));
}

// One rule per opinion code, from the constants above (never from data).
const fills = unsafeCSS(OPINIONS.map((o) => `.${o.toLowerCase()}{fill:var(--_opinion-${o.toLowerCase()})}`).join(''));

export const auditStyles = css`
  ${fills}
  .cell.missing {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.25;
    stroke-dasharray: 3 2;
  }
  svg .code {
    fill: var(--_opinion-text);
    font-weight: 700;
  }
  .icon {
    fill: none;
    stroke: var(--_opinion-text);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .streak {
    fill: var(--_text);
  }
  [data-point]:hover .cell,
  [data-point].active .cell {
    stroke: var(--_text);
    stroke-width: 2;
  }
  .big {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .lead {
    font-weight: 700;
  }
  /* The badge keeps its summary for screen readers; the headline says it to the eye. */
  :host([variant='badge']) .summary {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .cell {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    .cell.missing {
      stroke: GrayText;
    }
    svg .code,
    .streak {
      fill: CanvasText;
    }
    .icon {
      stroke: CanvasText;
    }
  }
`;
