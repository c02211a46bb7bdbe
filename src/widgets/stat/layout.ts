import { oncePerDocument, type PointModel, type Rect } from '../../core/model.js';
import { DISPLAY, px, textWidth, TYPE, wrapWords } from '../../core/measure.js';
import { placeFigure } from './figure.js';
import type { FigureModel, LayoutOptions, StatModel } from './model.js';
import type { StatSpec } from './schema.js';
import { historyPoints } from './spark.js';
import { figureText, statSummary, statTable } from './story.js';

/** The words do not depend on the width: written once per document and language. */
const summaryOf = oncePerDocument(statSummary);
const tableOf = oncePerDocument(statTable);

export type { FigureModel, LayoutOptions, Sparkline, StatModel, Tail, TextMark } from './model.js';

/** Narrowest column a figure gets: "Rp 62,77 T" at the large size and a readable label. */
const MIN_COLUMN = 190;
const COLUMN_GAP = 24;
const ROW_GAP = 28;

/**
 * How many columns: as many as fit at {@link MIN_COLUMN} (at most four), then evened out,
 * so five figures sit three and two rather than four and one.
 */
export function columnCount(width: number, figures: number): number {
  const fit = Math.max(1, Math.min(4, Math.floor((width + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP))));
  const rows = Math.ceil(figures / fit);
  return Math.max(1, Math.ceil(figures / Math.max(1, rows)));
}

/** The number's size on a row: display size, or down to 20 px where a number would not fit its column. */
function valueSize(row: readonly string[], column: number): number {
  let size = DISPLAY;
  while (size > 20 && !row.every((main) => textWidth(main, size, true) <= column)) size -= 2;
  return size;
}

/**
 * Lays out key figures: a grid of one to four columns by the width, each figure its
 * label, its number (numbers of one row on one baseline, at one size), its change with an
 * arrow and words, the comparison, a progress bar toward a target, a small line of its
 * history and its note. Pure: no DOM, runs in Node.
 */
export function statLayout(spec: StatSpec, options: LayoutOptions): StatModel {
  const { lang } = options;
  const width = Math.max(200, Math.round(options.width));
  const count = spec.figures.length;
  const columns = columnCount(width, count);
  const column = (width - COLUMN_GAP * (columns - 1)) / columns;
  const texts = spec.figures.map((f) => figureText(f, spec, lang));
  const points: PointModel[][] = [];
  const figures: FigureModel[] = [];
  const keepClear: Rect[] = [];
  let top = 0;
  for (let first = 0; first < count; first += columns) {
    const row = spec.figures.slice(first, first + columns);
    const rowTexts = texts.slice(first, first + columns);
    const { body } = TYPE;
    const labels = row.map((f) => wrapWords(f.label, body.size, column, { bold: true }));
    const labelLines = Math.max(...labels.map((lines) => lines.length));
    const size = valueSize(
      rowTexts.map((t, i) => t.value(row[i]!.value).main),
      column,
    );
    // The numbers' common baseline: under the tallest label of the row.
    const baseline = top + 16 + labelLines * body.line + size * 0.78;
    let bottom = top;
    row.forEach((figure, i) => {
      const x = px(i * (column + COLUMN_GAP));
      const placed = placeFigure(figure, rowTexts[i]!, { x, top, column, labels: labels[i]!, baseline, size, lang });
      if (placed.words) keepClear.push(placed.words);
      if (placed.spark) {
        placed.spark.row = points.length;
        points.push(historyPoints(figure, rowTexts[i]!, placed.spark));
      }
      figures.push(placed.figure);
      bottom = Math.max(bottom, placed.bottom);
    });
    top = bottom + ROW_GAP;
  }
  return {
    lang,
    width,
    height: Math.max(0, Math.ceil(top - ROW_GAP)),
    summary: summaryOf(spec, lang),
    table: tableOf(spec, lang),
    points,
    legend: [],
    keepClear,
    empty: count === 0,
    figures,
    columns,
  };
}
