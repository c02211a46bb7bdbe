import { px, textWidth, wrapWords } from '../../core/measure.js';
import { type Audit } from './schema.js';

import type { TextLine } from './model.js';

/**
 * Where the cells and the headline go: balanced rows for the full variant, one line
 * for the badge, sized by estimated text widths so nothing overlaps or clips.
 */

export const ICON = 12;
/** Most years the badge shows. */
export const BADGE_YEARS = 5;
/** Fewest years the badge shows (when there are as many): one cell alone tells no streak. */
export const BADGE_MIN_YEARS = 3;
/**
 * Headline words are bold and large, where faces differ most from the Helvetica
 * estimate (DejaVu Sans Bold runs some 6 % wider still): they get this much more room.
 */
export const HEAD_SLACK = 1.1;
/** Room the bold headline lines take, with {@link HEAD_SLACK}. */
export const leadWidth = (lead: readonly string[], size: number) => widest(lead, size, true) * HEAD_SLACK;

export const widest = (texts: readonly string[], size: number, bold = false) =>
  Math.max(0, ...texts.map((s) => textWidth(s, size, bold)));

/** Baselines of `count` lines of `lineHeight` centred on `middle`. */
export const centred = (count: number, middle: number, lineHeight: number, size: number) =>
  Array.from({ length: count }, (_, i) => px(middle - ((count - 1) * lineHeight) / 2 + 0.35 * size + i * lineHeight));

export type Year = { year: number; audit: Audit | undefined };

/** Where the cells go, and the headline words that fit beside the figure. */
export interface Placement {
  years: Year[];
  boxes: { x: number; y: number; width: number }[];
  cellHeight: number;
  codeSize: number;
  missSize: number;
  leadSize: number;
  lead: string[];
  sub: string[];
  height: number;
  /** Badge: the line the figure and words are centred on. */
  middle?: number;
  /** Badge: the top of its muted lines, under the cells and across the whole width. */
  subTop?: number;
  more?: TextLine | undefined;
}

export interface Context {
  width: number;
  narrow: boolean;
  fontSize: number;
  all: Year[];
  /** Where the headline words start, right of the figure. */
  textX: number;
  /** The headline words, wrapped at `size` into `room` px with {@link HEAD_SLACK} to spare. */
  wrapLead: (size: number, room: number) => string[];
  sub: string[];
  missing: string;
}

/** Width "no data" needs at its most even break into two lines, when a year has no audit. */
export const missNeed = (ys: readonly Year[], words: string, size: number) =>
  ys.some((y) => !y.audit)
    ? widest(wrapWords(words, size, textWidth(words, size) - 1, { balance: true }), size) + 8
    : 0;

/**
 * The full variant: cells in balanced rows, as many per row as keep each cell wide
 * enough for the widest code (or "no data" in two lines), at most 120 px wide.
 */
export function grid(c: Context): Placement {
  const { width, narrow, fontSize, all } = c;
  const gap = narrow ? 4 : 6;
  const codes = all.flatMap((y) => (y.audit ? [y.audit.opinion] : []));
  const minCell = Math.ceil(Math.max(48, widest(codes, 11, true) + 8, missNeed(all, c.missing, fontSize)));
  let cols = Math.max(1, Math.min(all.length, Math.floor((width + gap) / (minCell + gap))));
  const rows = Math.ceil(all.length / cols);
  cols = Math.ceil(all.length / rows);
  const cw = Math.min(narrow ? 96 : 120, Math.floor((width - (cols - 1) * gap) / cols));
  const cellHeight = narrow ? 44 : 52;
  let codeSize = narrow ? 13 : 15;
  while (codeSize > 10 && widest(codes, codeSize, true) > cw - 10) codeSize--;
  const bigSize = narrow ? 32 : 40;
  const room = width - c.textX;
  let leadSize = narrow ? 15 : 17;
  let lead: string[];
  // Smaller words rather than a word wider than the room ("12× berturut-turut" at 200 px).
  do lead = c.wrapLead(leadSize, room);
  while (leadWidth(lead, leadSize) > room && --leadSize > 11);
  const subSize = fontSize + 1;
  const joined = c.sub.join(' · ');
  const sub = textWidth(joined, subSize) <= room ? [joined] : c.sub.flatMap((s) => wrapWords(s, subSize, room));
  const textBottom = leadSize * (1 + (lead.length - 1) * 1.25) + sub.length * subSize * 1.45 + 4;
  // At least 64 px, so a tooltip above the first row stays clear of its cells.
  const top = Math.ceil(Math.max(64, bigSize + 8, textBottom + (narrow ? 12 : 16)));
  // A row: the year, the cell, the streak bar, a gap.
  const rowStep = fontSize + 5 + cellHeight + 9 + (narrow ? 10 : 14);
  return {
    years: all,
    boxes: all.map((_, i) => ({
      x: (i % cols) * (cw + gap),
      y: top + Math.floor(i / cols) * rowStep + fontSize + 5,
      width: cw,
    })),
    cellHeight,
    codeSize,
    missSize: fontSize,
    leadSize,
    lead,
    sub,
    height: top + rows * rowStep - (narrow ? 10 : 14),
  };
}

/**
 * The badge: figure, words and the last years (three to five, as many as fit) in one
 * line; each cell as wide as its code needs. Where three years do not fit beside the
 * words (a 260 px sidebar), the words go above the cells; the words wrap to two lines,
 * then three, and get smaller before anything would spill. A gap before the current
 * run is said in a muted line under it all.
 */
export function badgeLine(c: Context): Placement {
  const { width, all } = c;
  const gap = 4;
  const cellHeight = 28;
  const codeSize = 11;
  const missSize = 10;
  const need = (y: Year) =>
    Math.ceil(
      Math.max(
        40,
        y.audit ? textWidth(y.audit.opinion, codeSize, true) + ICON + 14 : missNeed([y], c.missing, missSize),
      ),
    );
  const cellsWidth = (ys: Year[]) =>
    ys.reduce((sum, y) => sum + need(y) + gap, -gap) + (ys.length < all.length ? 14 : 0);
  const inLine = (k: number, size: number) => {
    const years = all.slice(-k);
    const room = width - c.textX - 12 - cellsWidth(years);
    const lead = c.wrapLead(size, room);
    return (k === 1 || lead.length <= 2) && leadWidth(lead, size) <= room ? { years, lead, size } : undefined;
  };
  const fewest = Math.min(BADGE_MIN_YEARS, all.length);
  let line: ReturnType<typeof inLine>;
  for (let k = Math.min(BADGE_YEARS, all.length); k >= fewest && !line; k--) line = inLine(k, 13);
  for (let size = 12; size >= 10 && !line; size--) line = inLine(fewest, size);
  const block = cellHeight + c.fontSize + 4;
  let height: number;
  let top: number;
  let middle: number;
  let x: number;
  const leadSize = line?.size ?? 13;
  let years = line?.years ?? all;
  let lead = line?.lead ?? [];
  if (line) {
    height = Math.ceil(Math.max(block + 8, lead.length * leadSize * 1.25 + 6, 28));
    middle = height / 2;
    top = Math.round((height - block) / 2);
    x = Math.min(c.textX + Math.ceil(leadWidth(lead, leadSize)) + 12, width - cellsWidth(years));
  } else {
    // Too narrow for one line (a long streak and a wide code at 200 px): words above, cells under.
    lead = c.wrapLead(leadSize, width - c.textX);
    middle = Math.max(lead.length * leadSize * 1.25 + 6, 30) / 2;
    let k = Math.min(BADGE_YEARS, all.length);
    while (k > 1 && cellsWidth(all.slice(-k)) > width) k--;
    years = all.slice(-k);
    top = Math.ceil(middle * 2) + 4;
    height = top + block + 2;
    x = 0;
  }
  const more = years.length < all.length ? { text: '…', x: px(x + 5), y: px(top + cellHeight / 2 + 4) } : undefined;
  if (more) x += 14;
  const boxes = years.map((y) => {
    const box = { x, y: top, width: need(y) };
    x += box.width + gap;
    return box;
  });
  const subSize = c.fontSize + 1;
  const sub = c.sub.flatMap((s) => wrapWords(s, subSize, width));
  const subTop = Math.ceil(Math.max(height, top + block) + 2);
  if (sub.length) height = Math.ceil(subTop + sub.length * subSize * 1.45);
  return { years, boxes, cellHeight, codeSize, missSize, leadSize, lead, sub, subTop, height, middle, more };
}
