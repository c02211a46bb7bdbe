import { formatMonthIndex } from '../../core/time.js';
import type { Lang } from '../../core/format.js';
import { px } from '../../core/measure.js';
import type { PointModel } from '../../core/model.js';
import { LazyPoint, type Hit } from './marks.js';
import type { PovertyPoint } from './schema.js';
import { cellText, formatPoints, type Cell, type PovertyGrid } from './story.js';
import { povertyText } from './text.js';

/** Where the plot is and how values map onto it. */
export interface PlotFrame {
  xScale: (t: number) => number;
  yScale: (value: number) => number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  lang: Lang;
}

/**
 * Fills the NaN entries of `ys` (cells without a value) with where the line would be at
 * their `xs`: on the straight line between the values either side; before the first
 * value or after the last, level with it.
 */
function fillGaps(ys: number[], xs: readonly number[]): void {
  let before = -1; // the last index with a value so far
  for (let after = 0; after <= ys.length; after++) {
    // Past the end counts as a value: it closes a trailing gap.
    if (after < ys.length && Number.isNaN(ys[after])) continue;
    for (let gap = before + 1; gap < after; gap++) {
      if (before < 0) ys[gap] = ys[after]!;
      else if (after === ys.length) ys[gap] = ys[before]!;
      else {
        const span = xs[after]! - xs[before]!;
        const share = span ? (xs[gap]! - xs[before]!) / span : 0;
        ys[gap] = ys[before]! + (ys[after]! - ys[before]!) * share;
      }
    }
    before = after;
  }
}

/** The nearest point before column `column` in a row of cells, if any. */
function pointBefore(row: readonly Cell[], column: number): PovertyPoint | undefined {
  for (let c = column - 1; c >= 0; c--) {
    const cell = row[c];
    if (typeof cell === 'object') return cell;
  }
  return undefined;
}

/**
 * Reachable points and their pointer targets: every period, for every series; each
 * column split between the series with something there, nearest line first.
 */
export function pointTargets(grid: PovertyGrid, frame: PlotFrame): { points: PointModel[][]; hits: Hit[][] } {
  const { series, periods, cells, events } = grid;
  const { xScale, yScale, left, right, top, bottom, lang } = frame;
  const words = povertyText[lang];
  const seriesCount = series.length;
  const periodX = periods.map(xScale);
  // Cells without a value sit where the line would be, between their neighbours.
  const cellY = cells.map((row) => {
    const ys = row.map((cell) => (typeof cell === 'object' ? yScale(cell.value) : NaN));
    fillGaps(ys, periodX);
    return ys;
  });
  const hits: Hit[][] = series.map(() => []);
  const points: PointModel[][] = series.map(() => []);
  // A point's words: its value, count, change since the series' previous value, events.
  const describe = (row: number, col: number) => {
    const cell = cells[row]![col];
    // A period the series has nothing for reads as one it skipped.
    const [value, count] = cellText(cell ?? 'missing', lang);
    let change = '';
    if (typeof cell === 'object') {
      const before = pointBefore(cells[row]!, col);
      if (before) {
        const since = `${words.vs} ${formatMonthIndex(before.t, lang)}`;
        change = `${formatPoints(cell.value - before.value, lang)} ${words.pp} ${since}`;
      }
    }
    return {
      title: formatMonthIndex(periods[col]!, lang),
      lines: [
        (seriesCount > 1 ? `${series[row]!.name}: ` : '') + value,
        count,
        change,
        ...(events.get(periods[col]!) ?? []),
      ].filter((line) => line !== ''),
    };
  };
  // A loop without closures or arrays per period: it runs 10,000 times for a long series.
  const rowsHere: number[] = []; // the series with a cell in this column
  const lastColumn = periods.length - 1;
  for (let col = 0; col <= lastColumn; col++) {
    // The column reaches halfway to the periods either side.
    const columnLeft = col > 0 ? (periodX[col - 1]! + periodX[col]!) / 2 : left;
    const columnRight = col < lastColumn ? (periodX[col]! + periodX[col + 1]!) / 2 : right;
    const x = px(periodX[col]!);
    rowsHere.length = 0;
    for (let row = 0; row < seriesCount; row++) {
      const y = px(cellY[row]![col]!);
      if (cells[row]![col]) rowsHere.push(row);
      else hits[row]![col] = { x, y, width: 0, height: 0, value: false };
      points[row]![col] = new LazyPoint({ x, y }, row, col, periods[col]!, describe);
    }
    // Each series with something here, top to bottom, reaches halfway to the next.
    if (rowsHere.length > 1) rowsHere.sort((a, b) => cellY[a]![col]! - cellY[b]![col]!);
    let targetTop = top;
    for (let k = 0; k < rowsHere.length; k++) {
      const row = rowsHere[k]!;
      const targetBottom = k < rowsHere.length - 1 ? (cellY[row]![col]! + cellY[rowsHere[k + 1]!]![col]!) / 2 : bottom;
      hits[row]![col] = {
        x: px(columnLeft),
        y: px(targetTop),
        width: px(columnRight - columnLeft),
        height: px(targetBottom - targetTop),
        value: cells[row]![col] !== 'missing',
      };
      targetTop = targetBottom;
    }
  }
  // Many periods per pixel: one pointer target per 2 px stands for its first period;
  // the others stay reachable by keyboard.
  for (const row of hits) {
    let target: Hit | undefined; // the target that stands for the periods after it
    for (const hit of row) {
      if (!hit.width) continue;
      if (target && hit.x < target.x + 2) {
        target.width = px(hit.x + hit.width - target.x);
        hit.width = 0;
        hit.height = 0;
      } else target = hit;
    }
  }
  return { points, hits };
}
