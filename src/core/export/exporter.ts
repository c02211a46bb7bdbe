/**
 * Everything a download needs, loaded only when a reader asks for one: the static
 * figure renderer and the file savers. Bundlers split it into its own chunk; the classic
 * script loads it as `capaian-export.js` from beside itself (see src/classic/).
 */
import { fileName, savePng, saveText, toCsv } from './download.js';
import { staticSvg, type StaticFigureParts } from './static-figure.js';
import { readerTheme } from '../styles/index.js';

/** A live element's figure: its `theme` attribute, resolved here rather than on every page load. */
export interface ElementFigure extends Omit<StaticFigureParts, 'theme'> {
  theme: string | undefined;
}

/** The figure as a standalone SVG, in the theme the reader sees. */
export function elementSvg(figure: ElementFigure): string {
  return staticSvg({ ...figure, theme: readerTheme(figure.theme) });
}

/** Saves the figure as SVG or PNG, or its data as CSV, named after the title. */
export async function exportFigure(kind: string, figure: ElementFigure): Promise<void> {
  const name = fileName(figure.spec.title);
  if (kind === 'csv')
    return saveText(toCsv(figure.definition.csv(figure.spec)), `${name}.csv`, 'text/csv;charset=utf-8');
  const svgText = elementSvg(figure);
  if (kind === 'svg') saveText(svgText, `${name}.svg`, 'image/svg+xml');
  else if (kind === 'png') await savePng(svgText, `${name}.png`);
}
