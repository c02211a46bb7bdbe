import { chartStyles, FONT_STACK, tokenValue } from '../styles/index.js';
import type { ThemeName, ThemeTokens } from '../layout-definition.js';

/**
 * What resolvedCss reads of a widget: its styles (a Lit CSSResult in a definition) and
 * its colour tokens. Typed without Lit, so that capaian/static's types need no DOM.
 */
export interface StyledWidget {
  styles: { readonly cssText: string };
  tokens?: ThemeTokens | undefined;
}

/**
 * The chart's CSS and the widget's, with every theme token (the core's and the widget's
 * own) resolved to its plain value in `theme`, for SVG viewers without custom properties.
 */
export function resolvedCss(definition: StyledWidget, theme: ThemeName): string {
  const sheets = [chartStyles, definition.styles];
  return sheets
    .map((sheet) => sheet.cssText)
    .join('')
    .replace(/var\(--_font\)/g, FONT_STACK)
    .replace(/var\(--_([\w-]+)\)/g, (_, name: string) => tokenValue(theme, name, definition.tokens))
    .replace(/\[data-point\][^{]*\{[^}]*\}/g, '')
    .replace(/\s*\n\s*/g, ' ');
}
