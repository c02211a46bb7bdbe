import { unsafeCSS } from 'lit';
import { css } from '../../core/styles.js';
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

// Constants of this file, never data: safe to turn into CSS.
const tokens = (theme: keyof typeof OPINION_COLORS) =>
  unsafeCSS(
    Object.entries(OPINION_COLORS[theme])
      .map(([code, colour]) => `--_o-${code.toLowerCase()}:var(--capaian-opinion-${code.toLowerCase()},${colour});`)
      .join(''),
  );
// Each with its light value as fallback, so a copy of these rules outside the shadow root
// (a standalone SVG download, where no :host declares the tokens) still draws the cells.
const fills = unsafeCSS(
  OPINIONS.map((o) => `.${o.toLowerCase()}{fill:var(--_o-${o.toLowerCase()},${OPINION_COLORS.light[o]})}`).join(''),
);

export const auditStyles = css`
  :host {
    ${tokens('light')}
  }
  :host([theme='dark']) {
    ${tokens('dark')}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${tokens('dark')}
    }
  }
  ${fills}
  .cell.missing {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.25;
    stroke-dasharray: 3 2;
  }
  svg .code {
    fill: var(--_o-text, #fff);
    font-weight: 700;
  }
  .icon {
    fill: none;
    stroke: var(--_o-text, #fff);
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
    font-weight: 800;
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
