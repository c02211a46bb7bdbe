import { px, textWidth, wrapWords } from '../../core/measure.js';
import type { TextMark } from './marks.js';

/** An annotation as drawn: its rule, and its words beside it (one or two lines) or its note's number. */
export interface NoteMark {
  x: number;
  labels: TextMark[];
}

interface Placing {
  /** The rules' x, in order of the annotations. */
  rules: number[];
  texts: string[];
  width: number;
  /** Size of the annotation text. */
  size: number;
  /** Rows of labels above the plot: 1, or 2 when one row left some label out. */
  rows: number;
}

/** Room between two labels on a row, and between a label and its rule. */
const GAP = 8;
const OFFSET = 4;

/**
 * The annotations' labels above the plot, each beside its rule: right of it where it fits
 * in the chart, else left; on one line, or (with two rows) wrapped onto a second; never
 * over an earlier label. One that fits nowhere is numbered at its rule and its words go
 * into the legend ("1: Pemilu"): nothing is cut short or silently left out.
 * `crowded` says that a second row would place more.
 */
export function placeNotes({ rules, texts, width, size, rows }: Placing) {
  const lineHeight = size + 3;
  const taken: [number, number][][] = Array.from({ length: rows }, () => []);
  const free = (row: number, [a, b]: [number, number]) =>
    a >= 0 && b <= width && taken[row]!.every(([c, d]) => b + GAP <= c || a >= d + GAP);
  /** The lines beside rule `x` from row `first`, right of it or else left, if they fit. */
  const place = (x: number, lines: string[], first: number): TextMark[] | undefined => {
    const w = Math.max(...lines.map((line) => textWidth(line, size)));
    for (const right of [true, false]) {
      const span: [number, number] = right ? [x + OFFSET, x + OFFSET + w] : [x - OFFSET - w, x - OFFSET];
      const rowsUsed = lines.map((_, i) => first + i);
      if (rowsUsed.at(-1)! >= rows || !rowsUsed.every((row) => free(row, span))) continue;
      for (const row of rowsUsed) taken[row]!.push(span);
      return lines.map((text, i) => ({
        text,
        x: px(right ? span[0] : span[1]),
        y: size + 1 + (first + i) * lineHeight,
        anchor: right ? 'start' : 'end',
      }));
    }
    return undefined;
  };
  const legend: string[] = [];
  let crowded = false;
  const marks: NoteMark[] = rules.map((x, i) => {
    const text = texts[i]!;
    const wrapped = wrapWords(text, size, Math.max(60, textWidth(text, size) / 1.6), {
      balance: true,
      cutLongWords: true,
    });
    const tries: [string[], number][] = [
      [[text], 0],
      [[text], 1],
      ...(wrapped.length === 2 ? ([[wrapped, 0]] as [string[], number][]) : []),
    ];
    for (const [lines, row] of tries) {
      const labels = place(x, lines, row);
      if (labels) return { x, labels };
    }
    if (rows < 2) crowded = true;
    // Numbered: the number at the rule, the words in the legend.
    legend.push(text);
    // Beside the rule, else just clear of a label in its way, as near the rule as may be.
    const number = String(legend.length);
    const w = textWidth(number, size);
    const starts = [x + OFFSET, x - OFFSET - w, ...taken.flat().flatMap(([c, d]) => [d + GAP, c - GAP - w])];
    starts.sort((a, b) => Math.abs(a - x) - Math.abs(b - x));
    for (const start of starts)
      for (let row = 0; row < rows; row++)
        if (free(row, [start, start + w])) {
          taken[row]!.push([start, start + w]);
          return { x, labels: [{ text: number, x: px(start), y: size + 1 + row * lineHeight, anchor: 'start' }] };
        }
    return { x, labels: [{ text: number, x: px(x + OFFSET), y: size + 1, anchor: 'start' }] };
  });
  return { marks, legend, crowded, lineHeight };
}
