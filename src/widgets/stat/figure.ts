import type { Lang } from '../../core/format.js';
import { px, textWidth, wrapWords } from '../../core/measure.js';
import type { Rect } from '../../core/model.js';
import type { FigureModel, Sparkline, Tail, TextMark } from './model.js';
import type { Figure } from './schema.js';
import { SPARK_HEIGHT, sparkline } from './spark.js';
import type { FigureText } from './story.js';
import { statText } from './text.js';

// One figure, top to bottom: its label, its number and the words after it, its change
// and comparison, its target, its small line of history and its note.

/**
 * The type scale: body text (labels, changes), small text (comparisons, notes, periods)
 * and the line height; the numbers' size is fitted per row (see layout.ts).
 */
export const BODY = 13;
export const SMALL = 12;
export const LINE = 1.35;

/**
 * Text is measured by an estimate (see measure.ts) and the reader's font may set it
 * wider: what must stay inside a column is fitted to this share of it.
 */
export const SAFE = 0.9;

/** Estimated width of a number and the words that follow it. */
function lineWidth(main: string, size: number, tail: readonly Tail[]): number {
  return tail.reduce(
    (sum, word) => sum + 0.3 * word.size + textWidth(word.text, word.size),
    textWidth(main, size, true),
  );
}

/** The words after a number ("kali", "jiwa", "rencana") are set at half its size, no smaller than body text. */
const tailSize = (size: number) => Math.max(BODY + 1, Math.round(size * 0.5));

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
