/**
 * Everything a download needs, loaded only when a reader asks for one: the static
 * figure renderer and the file savers. The classic script fetches it on demand as
 * `capaian-export.js`, beside itself, so the widgets' first load stays small.
 */
import { fileName, savePng, saveText, toCsv } from './download.js';
import type { CSSResultOrNative } from 'lit';
import { staticSvg, type StaticFigureParts } from './static-figure.js';
import { readerTheme, widgetStyles } from './styles.js';

export type CsvRows = (string | number | undefined)[][];

/** A live element's figure: its `theme` attribute and all its styles, resolved here, not in every page load. */
export interface ElementFigure extends Omit<StaticFigureParts, 'theme' | 'styles'> {
  theme: string | undefined;
  styles: readonly CSSResultOrNative[];
}

/** The figure as a standalone SVG, in the theme the reader sees and with the widget's own styles. */
export function elementSvg(parts: ElementFigure): string {
  return staticSvg({ ...parts, theme: readerTheme(parts.theme), styles: widgetStyles(parts.styles) });
}

export async function exportFigure(kind: string, parts: ElementFigure, csvRows: () => CsvRows): Promise<void> {
  const name = fileName(parts.spec.title);
  if (kind === 'csv') return saveText(toCsv(csvRows()), `${name}.csv`, 'text/csv;charset=utf-8');
  const svgText = elementSvg(parts);
  if (kind === 'svg') saveText(svgText, `${name}.svg`, 'image/svg+xml');
  else if (kind === 'png') await savePng(svgText, `${name}.png`);
}
