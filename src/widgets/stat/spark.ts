import { px } from '../../core/measure.js';
import type { PointModel } from '../../core/model.js';
import { cadence } from '../../core/time.js';
import type { Sparkline } from './model.js';
import type { Figure } from './schema.js';
import type { FigureText } from './story.js';

/** Height of a figure's small line of history. */
export const SPARK_HEIGHT = 36;

/**
 * A figure's history as a line over time, scaled to its own range (the shape matters
 * here, not the distance from zero), broken where a period is missing at the series'
 * own cadence: a gap is never bridged.
 */
export function sparkline(figure: Figure, left: number, top: number, width: number): Sparkline {
  const history = figure.history;
  const first = history[0]!.t;
  const last = history[history.length - 1]!.t;
  const values = history.map((p) => p.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // Room for the end dot at both ends, and for a flat line in the middle.
  const inset = 4;
  const xOf = (t: number) =>
    last === first ? left + width / 2 : left + inset + ((t - first) / (last - first)) * (width - 2 * inset);
  const yOf = (v: number) =>
    high === low ? top + SPARK_HEIGHT / 2 : top + inset + ((high - v) / (high - low)) * (SPARK_HEIGHT - 2 * inset);
  const step = cadence(history);
  const pieces: string[] = [];
  let piece = '';
  history.forEach((p, i) => {
    const startsPiece = i === 0 || p.t - history[i - 1]!.t > step;
    if (startsPiece && piece) pieces.push(piece);
    piece = `${startsPiece ? `M${px(xOf(p.t))}` : `${piece}L${px(xOf(p.t))}`},${px(yOf(p.value))}`;
  });
  pieces.push(piece);
  const xs = history.map((p) => xOf(p.t));
  const dots = history.map((p, i) => {
    // Each point's band reaches halfway to its neighbours.
    const from = i === 0 ? left : (xs[i - 1]! + xs[i]!) / 2;
    const to = i === xs.length - 1 ? left + width : (xs[i]! + xs[i + 1]!) / 2;
    return { x: px(xs[i]!), y: px(yOf(p.value)), hit: { x: px(from), width: px(to - from) } };
  });
  return { row: 0, pieces, dots, top: px(top), height: SPARK_HEIGHT };
}

/** The history's points for the tooltip, the keyboard and screen readers. */
export function historyPoints(figure: Figure, text: FigureText, spark: Sparkline): PointModel[] {
  return figure.history.map((point, i) => {
    const dot = spark.dots[i]!;
    const period = text.period(point);
    const value = text.plain(point.value);
    return {
      key: `${spark.row}:${point.period}`,
      label: `${figure.label}, ${period}: ${value}`,
      tooltip: { title: period, lines: [value] },
      anchor: { x: dot.x, y: px(dot.y - 6) },
      focus: { x: px(dot.x - 6), y: px(dot.y - 6), width: 12, height: 12 },
    };
  });
}
