import { unsafeCSS, type CSSResult, type CSSResultOrNative } from 'lit';

/**
 * Lit's `css` tag without its check that every interpolated value is a `css` result (and
 * the error text that comes with it, 0.1 KB gzip): what the library's own style sheets
 * interpolate is its own constants. Named `css` so the build's template minifier shrinks
 * these templates too.
 */
export const css = (strings: TemplateStringsArray, ...values: (CSSResult | number)[]): CSSResult =>
  unsafeCSS(String.raw({ raw: strings }, ...values));

/**
 * Theme tokens. Public knobs are `--capaian-<name>` custom properties; everything inside
 * reads the private `--_<name>` copies so one override reaches every part. Light values
 * meet WCAG AA on white, dark values on #141414 (text 4.5:1, marks 3:1 at least).
 * Kept as data so static SVG output can resolve them to plain colours.
 */
export const TOKENS = {
  light: {
    background: '#ffffff',
    text: '#1b1b1b',
    muted: '#595959',
    grid: '#d6d6d6',
    accent: '#1f63a6',
    'accent-2': '#b3541e',
    'accent-3': '#6b3fa0',
    focus: '#b3261e',
    'tooltip-background': '#1b1b1b',
    'tooltip-text': '#ffffff',
  },
  dark: {
    background: '#141414',
    text: '#f0f0f0',
    muted: '#b4b4b4',
    grid: '#3a3a3a',
    accent: '#5ea8e8',
    'accent-2': '#f0a35e',
    'accent-3': '#c7a2f0',
    focus: '#ffd166',
    'tooltip-background': '#f0f0f0',
    'tooltip-text': '#141414',
  },
} as const satisfies Record<'light' | 'dark', Record<string, string>>;

export type ThemeName = keyof typeof TOKENS;

export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** `--_background: var(--capaian-background, #ffffff); …` for one theme. Our own constants only. */
function declarations(theme: ThemeName): CSSResult {
  const lines = Object.entries(TOKENS[theme]).map(([name, value]) => `--_${name}: var(--capaian-${name}, ${value});`);
  return unsafeCSS(`${lines.join('')} color-scheme: ${theme};`);
}

/** A token's plain value, for output that cannot use custom properties. */
export function tokenValue(theme: ThemeName, name: string): string {
  return (TOKENS[theme] as Record<string, string>)[name] ?? 'currentColor';
}

const darkTokens = declarations('dark');

export const themeStyles = css`
  :host {
    ${declarations('light')}
    --_font: var(--capaian-font-family, ${unsafeCSS(FONT_STACK)});
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
`;

/** Rules for the chart's SVG marks, shared with static SVG output. */
export const chartStyles = css`
  svg {
    display: block;
    overflow: visible;
    font-family: var(--_font);
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
    stroke-width: 2.5;
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
  }
`;

/** The HTML frame around every chart, written to survive aggressive host-page CSS. */
const frameOnly = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    contain: layout;
    color: var(--_text);
    background: var(--_background);
  }
  /* Host-page rules beat :host rules, so type is set on an inner root, not the host. */
  .root {
    font: 400 14px/1.45 var(--_font);
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
    padding: var(--capaian-padding, 0);
  }
  .title {
    margin: 0;
    font-size: var(--capaian-title-size, 18px);
    font-weight: 700;
    line-height: 1.3;
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
    font-size: 13px;
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
    font-size: 13px;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .footer {
    margin: 6px 0 0;
    font-size: 12px;
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
  details {
    margin-top: 6px;
    font-size: 13px;
  }
  details > summary {
    cursor: pointer;
    color: var(--_text);
    width: max-content;
    max-width: 100%;
  }
  .table-wrap {
    overflow-x: auto;
    margin-top: 4px;
  }
  table {
    display: table;
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 2px 0 4px;
  }
  th,
  td {
    padding: 3px 8px 3px 0;
    border-bottom: 1px solid var(--_grid);
    text-align: start;
    vertical-align: top;
  }
  .num {
    text-align: end;
  }
  .tooltip {
    position: absolute;
    left: var(--x);
    top: var(--y);
    translate: var(--tx, -50%) var(--ty, calc(-100% - 10px));
    z-index: 1;
    /* An absolute box shrinks to the room right of its left edge: near the chart's
       right end the tooltip would fold into a column. max-width still caps it. */
    width: max-content;
    max-width: min(260px, 90%);
    padding: 6px 8px;
    border-radius: 4px;
    background: var(--_tooltip-background);
    color: var(--_tooltip-text);
    font-size: 13px;
    line-height: 1.35;
    pointer-events: none;
    box-shadow: 0 2px 6px rgb(0 0 0 / 25%);
    overflow-wrap: anywhere;
  }
  .tooltip.start {
    --tx: -16px;
  }
  .tooltip.end {
    --tx: calc(-100% + 16px);
  }
  .tooltip.below {
    --ty: 16px;
  }
  .tooltip strong {
    display: block;
  }
  .tooltip p {
    margin: 0;
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
    font-size: 12px;
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
  @media (forced-colors: active) {
    .focus-ring {
      stroke: Highlight;
    }
    .tooltip {
      border: 1px solid CanvasText;
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

export const frameStyles = [frameOnly, chartStyles];

/** The theme the reader sees: `auto` resolved against their system setting. */
export function readerTheme(theme: string | undefined): ThemeName {
  return theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches)
    ? 'dark'
    : 'light';
}

/** A widget's own styles: its element styles without the shared theme and frame. */
export function widgetStyles(styles: readonly CSSResultOrNative[]): CSSResultOrNative[] {
  return styles.filter((s) => s !== themeStyles && s !== chartStyles && !frameStyles.includes(s as never));
}
