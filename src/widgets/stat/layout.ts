import type { Lang } from '../../core/format.js';
import { px, textWidth, wrapWords } from '../../core/measure.js';
import type { AccessModel, PointModel, Rect } from '../../core/model.js';
import { cadence } from '../../core/time.js';
import type { Figure, StatSpec } from './schema.js';
import { figureText, statSummary, statTable, type FigureText } from './story.js';
import { statText } from './text.js';

/** A line of text in the drawing; `className` says what it is (`label`, `value`, `change good`…). */
export interface TextMark {
  text: string;
  x: number;
  y: number;
  size: number;
  className: string;
  anchor?: 'start' | 'end' | undefined;
  /**
   * Words that follow on the same line in other styles ("kali", "rencana"): drawn as
   * `<tspan>`s, so the browser puts them after the number however wide its font sets it.
   */
  tail?: Tail[] | undefined;
}

export interface Tail {
  text: string;
  size: number;
  className: string;
}

/** A figure's small line: its pieces (broken at gaps), a hit box per point, the last point marked. */
export interface Sparkline {
  /** Row of the figure's points in `model.points`. */
  row: number;
  /** SVG path data of each unbroken piece. */
  pieces: string[];
  /** Each point's position (for the active dot) and its hit box, a band as wide as its share of the line. */
  dots: { x: number; y: number; hit: { x: number; width: number } }[];
  top: number;
  height: number;
}

export interface FigureModel {
  x: number;
  y: number;
  width: number;
  texts: TextMark[];
  /** The change's arrow: a triangle pointing up or down (or a bar for no change), in the tone's colour. */
  arrow?: { d: string; direction: 'up' | 'down' | 'same'; tone: string } | undefined;
  /** The thin rule along the figure's top, on the half pixel so it is crisp. */
  rule: { x1: number; x2: number; y: number };
  /**
   * The progress bar toward the target: its track, the share filled (0 to 1) and the
   * filled part's width.
   */
  bar?: { x: number; y: number; width: number; height: number; filled: number; fillWidth: number } | undefined;
  spark?: Sparkline | undefined;
}

export interface StatModel extends AccessModel {
  figures: FigureModel[];
  columns: number;
}

export interface LayoutOptions {
  width: number;
  lang: Lang;
}

/** Narrowest column a figure gets: "Rp 62,77 T" at the large size and a readable label. */
const MIN_COLUMN = 190;
const COLUMN_GAP = 24;
const ROW_GAP = 28;
/** Three sizes: labels and changes, small text (comparisons, notes, periods), and the large numbers. */
const BODY = 13;
const SMALL = 12;
const LINE = 1.35;
const SPARK_HEIGHT = 36;

/**
 * How many columns: as many as fit at {@link MIN_COLUMN} (at most four), then evened out,
 * so five figures sit three and two rather than four and one.
 */
export function columnCount(width: number, figures: number): number {
  const fit = Math.max(1, Math.min(4, Math.floor((width + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP))));
  const rows = Math.ceil(figures / fit);
  return Math.max(1, Math.ceil(figures / Math.max(1, rows)));
}

/** Height to reserve while loading: four figures, the typical fact box, at the width's columns. */
export function statHeight(width: number): number {
  return Math.ceil(4 / columnCount(width, 4)) * 170;
}

/**
 * Text is measured by an estimate (see measure.ts) and the reader's font may set it
 * wider: what must stay inside a column is fitted to this share of it.
 */
const SAFE = 0.9;

/** Estimated width of a number and the words that follow it. */
function lineWidth(main: string, size: number, tail: readonly Tail[]): number {
  return tail.reduce(
    (sum, word) => sum + 0.3 * word.size + textWidth(word.text, word.size),
    textWidth(main, size, true),
  );
}

/** The number's size on a row: the largest, down to 20 px, at which every figure's number fits its column. */
function valueSize(row: readonly string[], column: number, largest: number): number {
  let size = largest;
  while (size > 20 && !row.every((main) => textWidth(main, size, true) <= column * SAFE)) size -= 2;
  return size;
}

/** The words after a number ("kali", "jiwa", "rencana") are set at half its size, no smaller than body text. */
const tailSize = (size: number) => Math.max(BODY + 1, Math.round(size * 0.5));

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
  const largest = width < 480 ? 28 : 32;
  const texts = spec.figures.map((f) => figureText(f, spec, lang));
  const points: PointModel[][] = [];
  const figures: FigureModel[] = [];
  const keepClear: Rect[] = [];
  let top = 0;
  for (let first = 0; first < count; first += columns) {
    const row = spec.figures.slice(first, first + columns);
    const rowTexts = texts.slice(first, first + columns);
    const labels = row.map((f) => wrapWords(f.label, BODY, column * SAFE, { bold: true }));
    const labelLines = Math.max(...labels.map((lines) => lines.length));
    const size = valueSize(
      rowTexts.map((t, i) => t.value(row[i]!.value).main),
      column,
      largest,
    );
    // The numbers' common baseline: under the tallest label of the row.
    const baseline = top + 16 + labelLines * BODY * LINE + size * 0.78;
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
    summary: statSummary(spec, lang),
    table: statTable(spec, lang),
    points,
    legend: [],
    keepClear,
    empty: count === 0,
    figures,
    columns,
  };
}

interface Placement {
  x: number;
  top: number;
  column: number;
  labels: string[];
  baseline: number;
  size: number;
  lang: Lang;
}

/** One figure, top to bottom; returns its marks and where it ends. */
function placeFigure(figure: Figure, text: FigureText, p: Placement) {
  const { x, column, size, lang } = p;
  const t = statText[lang];
  const texts: TextMark[] = [];
  /** Lines of text from baseline `y` down; returns the last line's baseline. */
  const lines = (words: string[], y: number, fontSize: number, className: string, left = x) => {
    words.forEach((line, i) =>
      texts.push({ text: line, x: px(left), y: px(y + i * fontSize * LINE), size: fontSize, className }),
    );
    return y + (words.length - 1) * fontSize * LINE;
  };
  lines(p.labels, p.top + 12 + BODY * 0.8, BODY, 'label');

  // The number, and the words after it on its baseline when they fit (else under it).
  const value = text.value(figure.value);
  const small = tailSize(size);
  const tail: Tail[] = [
    ...(value.after ? [{ text: value.after, size: small, className: 'after' }] : []),
    ...(figure.status === 'planned' ? [{ text: t.planned, size: small, className: 'planned' }] : []),
  ];
  let y = p.baseline;
  if (lineWidth(value.main, size, tail) <= column * SAFE) {
    texts.push({ text: value.main, x, y: px(y), size, className: 'value', tail });
  } else {
    texts.push({ text: value.main, x, y: px(y), size, className: 'value' });
    const [first, ...rest] = tail;
    if (first) {
      y += small * LINE + 2;
      texts.push({ ...first, x, y: px(y), tail: rest });
    }
  }
  y += size * 0.22;

  // The change: arrow and words in the tone's colour, then what it is compared with.
  let arrow: FigureModel['arrow'];
  const c = text.change;
  if (c) {
    y += 8 + BODY;
    arrow = { d: arrowPath(c.direction, x, y - BODY * 0.38), direction: c.direction, tone: c.tone };
    const words = wrapWords(t.change(c), BODY, (column - 16) * SAFE, { bold: true });
    y = lines(words, y, BODY, `change ${c.tone}`, x + 16);
    y = lines(wrapWords(t.compared(c), SMALL, column * SAFE), y + SMALL * LINE, SMALL, 'muted');
  }

  // The target: the share in words, then the bar.
  let bar: FigureModel['bar'];
  if (text.target) {
    y = lines(wrapWords(t.reached(text.target), SMALL, column * SAFE), y + 8 + SMALL * LINE, SMALL, 'muted');
    const filled = Math.max(0, Math.min(1, text.target.ratio));
    bar = { x, y: px(y + 6), width: px(column), height: 6, filled, fillWidth: px(column * filled) };
    y += 12;
  }

  // The history as a small line; under it the first and last periods, with their values
  // when both fit ("Mar 2015: 11,22%"), since the line itself has no scale.
  let spark: Sparkline | undefined;
  let words: Rect | undefined;
  const history = figure.history;
  if (history.length) {
    const sparkTop = y + 12;
    // The figure's words above its small line: a tooltip on the line never covers them.
    words = { x, y: px(p.top), width: px(column), height: px(sparkTop - 6 - p.top) };
    spark = sparkline(figure, x, sparkTop, column);
    const under = sparkTop + SPARK_HEIGHT + 4 + SMALL;
    const ends = history.length > 1 ? [history[0]!, history[history.length - 1]!] : [history[0]!];
    const withValues = ends.map((point) => `${text.period(point)}: ${text.plain(point.value)}`);
    const roomy = withValues.reduce((sum, label) => sum + textWidth(label, SMALL - 1) + 12, 0) <= column * SAFE;
    const labels = roomy ? withValues : ends.map((point) => text.period(point));
    labels.forEach((label, i) =>
      texts.push({
        text: label,
        x: px(i ? x + column : x),
        y: px(under),
        size: SMALL - 1,
        className: 'muted',
        anchor: i ? 'end' : undefined,
      }),
    );
    y = under;
  }

  if (figure.note) y = lines(wrapWords(figure.note, SMALL, column * SAFE), y + 8 + SMALL * LINE, SMALL, 'note');
  const rule = { x1: x, x2: px(x + column), y: px(p.top + 0.5) };
  return {
    figure: { x, y: px(p.top), width: px(column), rule, texts, arrow, bar, spark },
    spark,
    words,
    bottom: y + 4,
  };
}

/** The arrow of a change, 10 px wide from `x`, centred on `y`: a triangle up or down, or a bar for no change. */
function arrowPath(direction: 'up' | 'down' | 'same', x: number, y: number): string {
  if (direction === 'up') return `M${px(x)},${px(y + 4)}l5,-9l5,9z`;
  if (direction === 'down') return `M${px(x)},${px(y - 4)}l5,9l5,-9z`;
  return `M${px(x)},${px(y - 1.5)}h10v3h-10z`;
}

/**
 * A figure's history as a line over time, scaled to its own range (the shape matters
 * here, not the distance from zero), broken where a period is missing at the series'
 * own cadence: a gap is never bridged.
 */
function sparkline(figure: Figure, left: number, top: number, width: number): Sparkline {
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
function historyPoints(figure: Figure, text: FigureText, spark: Sparkline): PointModel[] {
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
