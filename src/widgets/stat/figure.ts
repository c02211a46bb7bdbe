import type { Lang } from '../../core/format.js';
import type { Rect } from '../../core/model.js';
import { px, textWidth, TYPE, wrapWords, type TypeSize } from '../../core/measure.js';
import type { FigureModel, Sparkline, Tail, TextMark } from './model.js';
import type { Figure } from './schema.js';
import { SPARK_HEIGHT, sparkline } from './spark.js';
import type { FigureText } from './story.js';
import { statText } from './text.js';

// One figure, top to bottom: its label, its number and the words after it, its change
// and comparison, its target, its small line of history and its note.

// Sizes from the core's scale: body text (labels, changes, the words after a number),
// small text (comparisons, targets, periods, notes); the numbers' display size is fitted
// per row (layout.ts).
const { body, small } = TYPE;

/** Estimated width of a number and the words that follow it. */
function lineWidth(main: string, size: number, tail: readonly Tail[]): number {
  return tail.reduce(
    (sum, word) => sum + 0.3 * word.size + textWidth(word.text, word.size, word.bold),
    textWidth(main, size, true),
  );
}

export interface Placement {
  x: number;
  top: number;
  column: number;
  labels: string[];
  baseline: number;
  size: number;
  lang: Lang;
}

/** One figure, top to bottom; returns its marks and where it ends. */
export function placeFigure(figure: Figure, text: FigureText, p: Placement) {
  const { x, column, size, lang } = p;
  const t = statText[lang];
  const texts: TextMark[] = [];
  /** Lines of text from baseline `y` down; returns the last line's baseline. */
  const lines = (words: string[], y: number, type: TypeSize, className: string, left = x) => {
    words.forEach((line, i) =>
      texts.push({ text: line, x: px(left), y: px(y + i * type.line), size: type.size, className }),
    );
    return y + (words.length - 1) * type.line;
  };
  lines(p.labels, p.top + 12 + body.size * 0.8, body, 'label');

  // The number, and the words after it on its baseline when they fit (else under it).
  const value = text.value(figure.value);
  // The words after it ("kali", "jiwa", "rencana") at body size.
  const tail: Tail[] = [
    ...(value.after ? [{ text: value.after, size: body.size, className: 'after' }] : []),
    ...(figure.status === 'planned' ? [{ text: t.planned, size: body.size, className: 'planned', bold: true }] : []),
  ];
  let y = p.baseline;
  if (lineWidth(value.main, size, tail) <= column) {
    texts.push({ text: value.main, x, y: px(y), size, className: 'value', tail });
  } else {
    texts.push({ text: value.main, x, y: px(y), size, className: 'value' });
    const [first, ...rest] = tail;
    if (first) {
      y += body.line + 2;
      texts.push({ ...first, x, y: px(y), tail: rest });
    }
  }
  y += size * 0.22;

  // The change: arrow and words in the tone's colour, then what it is compared with.
  let arrow: FigureModel['arrow'];
  const c = text.change;
  if (c) {
    y += 8 + body.size;
    arrow = { d: arrowPath(c.direction, x, y - body.size * 0.38), direction: c.direction, tone: c.tone };
    const words = wrapWords(t.change(c), body.size, column - 16, { bold: true });
    y = lines(words, y, body, `change ${c.tone}`, x + 16);
    y = lines(wrapWords(t.compared(c), small.size, column), y + small.line, small, 'muted');
  }

  // The target: the share in words, then the bar.
  let bar: FigureModel['bar'];
  if (text.target) {
    y = lines(wrapWords(t.reached(text.target), small.size, column), y + 8 + small.line, small, 'muted');
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
    const under = sparkTop + SPARK_HEIGHT + 4 + small.size;
    const ends = history.length > 1 ? [history[0]!, history[history.length - 1]!] : [history[0]!];
    const withValues = ends.map((point) => `${text.period(point)}: ${text.plain(point.value)}`);
    const roomy = withValues.reduce((sum, label) => sum + textWidth(label, small.size) + 12, 0) <= column;
    const labels = roomy ? withValues : ends.map((point) => text.period(point));
    labels.forEach((label, i) =>
      texts.push({
        text: label,
        x: px(i ? x + column : x),
        y: px(under),
        size: small.size,
        className: 'muted',
        anchor: i ? 'end' : undefined,
      }),
    );
    y = under;
  }

  if (figure.note) y = lines(wrapWords(figure.note, small.size, column), y + 8 + small.line, small, 'note');
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
