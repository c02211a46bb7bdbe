import { css } from 'lit';
import { TYPE } from '../measure.js';

const { title, body, small } = TYPE;

/**
 * The HTML frame around every chart (title, legend, chart box, summary, footer,
 * messages, buttons), written to survive aggressive host-page CSS: type is set on an
 * inner root, boxes are sized explicitly.
 */
export const frameStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    contain: layout;
    color: var(--_text);
    background: var(--_background);
    /* On the host, so that the width measured (its content box) is the chart's. */
    padding: var(--capaian-padding, var(--_padding));
  }
  /* Host-page rules beat :host rules, so type is set on an inner root, not the host:
     body size (TYPE, measure.ts) for all but the title, the footer and the downloads. */
  .root {
    font: ${body.size}px / ${body.line}px var(--_font);
    letter-spacing: normal;
    text-transform: none;
    text-align: start;
    color: var(--_text);
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .frame {
    margin: 0;
    padding: 0;
  }
  .title {
    margin: 0;
    /* A ratio, so that a title size set by the page keeps its spacing. */
    font: 700 var(--capaian-title-size, ${title.size}px) / ${title.line / title.size} var(--_font);
    overflow-wrap: anywhere;
  }
  .subtitle {
    margin: 2px 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 16px;
    margin: 8px 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .legend svg {
    display: block;
    flex: none;
  }
  .chart {
    position: relative;
    margin-top: 8px;
  }
  .summary {
    margin: 8px 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .footer,
  .downloads {
    font: ${small.size}px / ${small.line}px var(--_font);
  }
  .footer {
    margin: 6px 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .footer p {
    margin: 2px 0 0;
  }
  a {
    color: inherit;
    text-decoration: underline;
  }
  a:focus-visible,
  summary:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .message {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    justify-content: center;
    gap: 8px;
    min-height: 120px;
    padding: 16px;
    border: 1px dashed var(--_grid);
    border-radius: 4px;
    color: var(--_text);
  }
  .message.loading {
    color: var(--_muted);
  }
  button {
    font: inherit;
    padding: 4px 12px;
    border: 1px solid var(--_text);
    border-radius: 4px;
    background: var(--_background);
    color: var(--_text);
    cursor: pointer;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 10px;
    margin-top: 6px;
    color: var(--_muted);
  }
  button.link {
    padding: 2px 0;
    border: 0;
    background: none;
    color: var(--_text);
    text-decoration: underline;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    .chart > svg {
      animation: capaian-fade 180ms ease-out;
    }
  }
  @keyframes capaian-fade {
    from {
      opacity: 0;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .tooltip,
    .focus-ring,
    .downloads,
    details > summary {
      display: none;
    }
  }
`;
