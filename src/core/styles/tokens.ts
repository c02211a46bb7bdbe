import { css, unsafeCSS, type CSSResult } from 'lit';
import type { ThemeName, ThemeTokens } from '../layout-definition.js';

export type { ThemeName };

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
    // The text's near-black: a ring no reader takes for an error (red), a warning or a series colour.
    focus: '#1b1b1b',
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
} as const satisfies ThemeTokens;

/** Padding of a widget that paints its own (dark) background: `--capaian-padding` overrides it. */
const DARK_PADDING = 'clamp(12px, 3vw, 16px)';

export const FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** `--_background: var(--capaian-background, #ffffff); …` for one theme's tokens. */
function declarations(tokens: Record<string, string>): CSSResult {
  // The names and colours are the library's own constants, never data: safe as CSS text.
  return unsafeCSS(
    Object.entries(tokens)
      .map(([name, value]) => `--_${name}: var(--capaian-${name}, ${value});`)
      .join(' '),
  );
}

/**
 * The rules that declare a set of tokens: the light values on the host, the dark ones
 * under `theme="dark"`, and under `theme="auto"` when the reader's system is dark. The
 * core's tokens and each widget's own (its `tokens`) are declared alike.
 */
export function tokenStyles(tokens: ThemeTokens): CSSResult {
  return css`
    :host {
      ${declarations(tokens.light)}
    }
    :host([theme='dark']) {
      ${declarations(tokens.dark)}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${declarations(tokens.dark)}
      }
    }
  `;
}

/** The core tokens, the font and the colour scheme of each theme. */
export const themeStyles = css`
  ${tokenStyles(TOKENS)}
  :host {
    --_font: var(--capaian-font-family, ${unsafeCSS(FONT_STACK)});
    --_padding: 0px;
    color-scheme: light;
  }
  /* The dark theme paints its own box, so its content keeps off the edges (12 px on a
     phone, 16 px from a 530 px wide window); the light theme sits flush on the page. */
  :host([theme='dark']) {
    --_padding: ${unsafeCSS(DARK_PADDING)};
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_padding: ${unsafeCSS(DARK_PADDING)};
      color-scheme: dark;
    }
  }
`;

/** A token's plain value in a theme (the widget's own tokens first), for output without custom properties. */
export function tokenValue(theme: ThemeName, name: string, widgetTokens?: ThemeTokens): string {
  const own = widgetTokens?.[theme][name];
  return own ?? (TOKENS[theme] as Record<string, string>)[name] ?? 'currentColor';
}

/** The theme the reader sees: `auto` resolved against their system setting. */
export function readerTheme(theme: string | undefined): ThemeName {
  return theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches)
    ? 'dark'
    : 'light';
}
