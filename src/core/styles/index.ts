/**
 * The style sheets every widget shares, in parts: tokens and theme, the frame, the
 * chart's marks, the tooltip and the table. A widget element adopts these, its own
 * tokens and its own styles (`elementStyles`); static output uses the chart rules and
 * the widget's styles with every token resolved (`static-figure.ts`).
 */
import type { CSSResult } from 'lit';
import type { AnyWidgetDefinition } from '../widget.js';
import { chartStyles } from './chart.js';
import { frameStyles } from './frame.js';
import { tableStyles } from './table.js';
import { themeStyles, tokenStyles } from './tokens.js';
import { tooltipStyles } from './tooltip.js';

export { chartStyles, frameStyles, tableStyles, themeStyles, tokenStyles, tooltipStyles };
export { FONT_STACK, readerTheme, tokenValue, TOKENS, type ThemeName } from './tokens.js';

/** The shared sheets, in cascade order. */
export const sharedStyles: CSSResult[] = [themeStyles, frameStyles, tableStyles, tooltipStyles, chartStyles];

/** Everything a widget's element adopts: the shared sheets, its own tokens, its own styles. */
export function elementStyles(definition: AnyWidgetDefinition): CSSResult[] {
  const own = definition.tokens ? [tokenStyles(definition.tokens)] : [];
  return [...sharedStyles, ...own, definition.styles];
}
