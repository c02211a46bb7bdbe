/**
 * Everything a download needs, loaded only when a reader asks for one: the static
 * figure renderer and the file savers. The classic script fetches it on demand as
 * `capaian-export.js`, beside itself, so the widgets' first load stays small.
 */
import { fileName, savePng, saveText, toCsv } from './download.js';
import { staticSvg, type StaticFigureParts } from './static-figure.js';

export { staticSvg };

export type CsvRows = (string | number | undefined)[][];

export async function exportFigure(kind: string, parts: StaticFigureParts, csvRows: () => CsvRows): Promise<void> {
  const name = fileName(parts.spec.title);
  if (kind === 'csv') return saveText(toCsv(csvRows()), `${name}.csv`, 'text/csv;charset=utf-8');
  const svgText = staticSvg(parts);
  if (kind === 'svg') saveText(svgText, `${name}.svg`, 'image/svg+xml');
  else if (kind === 'png') await savePng(svgText, `${name}.png`);
}
