/**
 * The type scale, and text measuring for every layout: width, word wrap and placement
 * without overlap.
 * Without a DOM, so layout stays pure and runs in Node. The one place that knows how
 * wide text runs: widgets call these functions and add no factors of their own.
 * Widths are those of Helvetica/Arial in ems, times two factors measured in Chromium
 * (getBBox), so an estimate errs towards "does not fit".
 */

/**
 * The type scale: three sizes, each with its line height in px, for every text a widget
 * sets — the frame (title; subtitle, legend, summary, table and tooltip; footer), the
 * static SVG and HTML, the downloads and the widgets' marks and labels. Few sizes read as
 * one design and cost the browser fewer font lookups. Chart labels are `small`: 12 px is
 * readable at 320 px and the smallest text anywhere.
 */
export const TYPE = {
  title: { size: 18, line: 24 },
  body: { size: 14, line: 20 },
  small: { size: 12, line: 16 },
} as const;

/** One size of the scale: its font size and line height, in px. */
export type TypeSize = (typeof TYPE)[keyof typeof TYPE];

/**
 * The one size outside the scale: a key figure read first and from afar (the stat's
 * numbers, the audit streak's "5×"). Title size would not stand out from the title
 * above it. The stat fits a number too long for its column down from here.
 */
export const DISPLAY = 32;

/**
 * Text is set in two weights, regular (400) and bold (700), and measured with one bold
 * factor. Each further weight costs the page a font lookup the first time it is set: on
 * Linux a blocking call to the browser's fontconfig, 2–3 ms of the first chart's layout
 * in a trace of the bench's `one` page; without the growth figures' 600 one widget took 0.96× the time.
 */
export const WEIGHTS = [400, 700] as const;

/**
 * The ring drawn around a focused point (`.focus-ring`, core/styles/chart.ts): `offset`
 * px out from a bar or a cell, `width` px wide. Text keeps `RING_CLEARANCE` px from the
 * box the ring surrounds, the ring's reach and a pixel more, so that focus covers none.
 */
export const FOCUS_RING = { offset: 3, width: 2.5 } as const;
export const RING_CLEARANCE = FOCUS_RING.offset + FOCUS_RING.width / 2 + 1;

/** DejaVu Sans, the usual Linux system-ui face, sets regular text up to 15 % wider than Helvetica (digits most). */
const REGULAR = 1.15;
/** Its bold runs up to 10 % wider than its regular (other faces' bolds less): one factor for all bold text. */
const BOLD = 1.1;
const NARROW = " ,.:;'!|ijlI()[]\u00a0";
/** Wide letters, and "×", which DejaVu Sans sets at 0.84 em (Helvetica 0.58) and "5×" draws large. */
const WIDE = 'mwMW%@×';
const DIGITS = '0123456789';

/** Of one character (code point). */
function charWidth(ch: string): number {
  if (DIGITS.includes(ch)) return 0.556;
  if (NARROW.includes(ch)) return 0.278;
  if (WIDE.includes(ch)) return 0.89;
  if ('+−-–'.includes(ch)) return 0.584;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if ('rtf'.includes(ch)) return 0.333;
  return 0.556;
}

/** Estimated width in px of `text` at `fontSize` px, on the safe side. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize * REGULAR * (bold ? BOLD : 1);
}

export interface WrapOptions {
  bold?: boolean;
  /** Evens the lines out ("unqualified opinions / in a row", not "unqualified opinions in / a row"), as headlines are set. */
  balance?: boolean;
  /**
   * A word wider than the line is cut where it must be (static output, where nothing
   * may spill out of the drawing); otherwise it keeps a line of its own, whole.
   */
  cutLongWords?: boolean;
}

/** Breaks `text` into lines of at most `maxWidth` px at spaces, by the same estimate as `textWidth`. */
export function wrapWords(text: string, fontSize: number, maxWidth: number, options: WrapOptions = {}): string[] {
  const { bold = false, balance = false, cutLongWords = false } = options;
  const fits = (line: string, max: number) => textWidth(line, fontSize, bold) <= max;
  const wrap = (max: number) => {
    const lines: string[] = [];
    for (const word of text.split(' ')) {
      const last = lines[lines.length - 1];
      if (last !== undefined && fits(`${last} ${word}`, max)) lines[lines.length - 1] = `${last} ${word}`;
      else lines.push(word);
      if (cutLongWords) cutLastLine(lines, (line) => fits(line, max));
    }
    return lines;
  };
  // The words after wrapping, a cut word counting once per piece. A narrower width never
  // cuts fewer, so the first wrap with more pieces is the first to cut a new word.
  const pieces = (wrapped: string[]) => wrapped.join(' ').split(' ').length;
  let lines = wrap(maxWidth);
  for (let max = maxWidth - 4; balance && lines.length > 1 && max > 0; max -= 4) {
    const narrower = wrap(max);
    // Balancing may not add a line, nor cut a word that the full width keeps whole.
    if (narrower.length > lines.length || pieces(narrower) > pieces(lines)) break;
    lines = narrower;
  }
  return lines;
}

/** Cuts the last line, while it does not fit, into the longest head that does and the rest. */
function cutLastLine(lines: string[], fits: (line: string) => boolean): void {
  let line = lines.pop()!;
  while (!fits(line) && line.length > 1) {
    let cut = line.length - 1;
    while (cut > 1 && !fits(line.slice(0, cut))) cut--;
    lines.push(line.slice(0, cut));
    line = line.slice(cut);
  }
  lines.push(line);
}

/** Rounds to 0.1 px: enough for any screen, and stable for snapshots and small output. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Keeps the items whose [start, end) spans do not overlap earlier kept ones, in priority order. */
export function placeWithoutOverlap<T>(
  items: readonly T[],
  span: (item: T) => [number, number],
  priority: (item: T, index: number) => number,
  gap = 4,
): Set<T> {
  const order = items.map((item, index) => ({ item, p: priority(item, index) })).sort((a, b) => b.p - a.p);
  const kept: [number, number][] = [];
  const result = new Set<T>();
  for (const { item } of order) {
    const [a, b] = span(item);
    if (kept.every(([c, d]) => b + gap <= c || a >= d + gap)) {
      kept.push([a, b]);
      result.add(item);
    }
  }
  return result;
}
