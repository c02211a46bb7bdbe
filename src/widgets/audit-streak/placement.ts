import { DISPLAY, px, RING_CLEARANCE, textWidth, TYPE, wrapWords, type TypeSize } from '../../core/measure.js';
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
export const widest = (texts: readonly string[], size: number, bold = false) =>
  Math.max(0, ...texts.map((s) => textWidth(s, size, bold)));

/** Baselines of `count` lines of `lineHeight` centred on `middle`. */
export const centred = (count: number, middle: number, lineHeight: number, size: number) =>
  Array.from({ length: count }, (_, i) => px(middle - ((count - 1) * lineHeight) / 2 + 0.35 * size + i * lineHeight));

export type Year = { year: number; audit: Audit | undefined };

/**
 * How far a cell's year sits from it, clear of the cell's focus ring (`RING_CLEARANCE`):
 * above it, its baseline this far up (the digits' 0.2 em under the baseline in the box
 * the layout estimates); under it in the badge, this far down (the glyphs' box reaches
 * 0.95 em above the baseline as the browser lays it out, DejaVu Sans 0.93 em).
 */
export const yearAbove = (fontSize: number) => Math.ceil(RING_CLEARANCE + 0.2 * fontSize);
export const yearBelow = (fontSize: number) => Math.ceil(RING_CLEARANCE + 0.95 * fontSize);
/** Room before the badge's first cell for the "…" of the years left out, clear of that cell's focus ring. */
const MORE = 17;

/** Where the cells go, and the headline words that fit beside the figure. */
export interface Placement {
  years: Year[];
  boxes: { x: number; y: number; width: number }[];
  cellHeight: number;
  codeSize: number;
  /** The headline words' size: title, or smaller where a word would not fit. */
  leadType: TypeSize;
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
  /** The headline words, bold, wrapped at `size` into `room` px. */
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
  const { title, body, small } = TYPE;
  const gap = narrow ? 4 : 6;
  const codes = all.flatMap((y) => (y.audit ? [y.audit.opinion] : []));
  const minCell = Math.ceil(Math.max(48, widest(codes, small.size, true) + 10, missNeed(all, c.missing, fontSize)));
  let cols = Math.max(1, Math.min(all.length, Math.floor((width + gap) / (minCell + gap))));
  const rows = Math.ceil(all.length / cols);
  cols = Math.ceil(all.length / rows);
  const cw = Math.min(narrow ? 96 : 120, Math.floor((width - (cols - 1) * gap) / cols));
  const cellHeight = narrow ? 44 : 52;
  // Codes at body size, or small where the cells are too narrow (minCell fits them small).
  const codeSize = widest(codes, body.size, true) <= cw - 10 ? body.size : small.size;
  const room = width - c.textX;
  // Title-size words, smaller rather than a word wider than the room ("12× berturut-turut" at 200 px).
  const fitsRoom = (type: TypeSize) => widest(c.wrapLead(type.size, room), type.size, true) <= room;
  const leadType = [title, body].find(fitsRoom) ?? small;
  const lead = c.wrapLead(leadType.size, room);
  const joined = c.sub.join(' · ');
  const sub = textWidth(joined, fontSize) <= room ? [joined] : c.sub.flatMap((s) => wrapWords(s, fontSize, room));
  const textBottom = leadType.size + (lead.length - 1) * leadType.line + sub.length * small.line + 4;
  // At least 64 px, so a tooltip above the first row stays clear of its cells.
  const top = Math.ceil(Math.max(64, DISPLAY + 8, textBottom + (narrow ? 12 : 16)));
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
    leadType,
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
  const { width, all, fontSize } = c;
  const { body, small } = TYPE;
  const gap = 4;
  // Two lines of small "no data" with room to spare.
  const cellHeight = 32;
  // Codes and "no data" in the badge's cells are small, like its years.
  const codeSize = fontSize;
  const need = (y: Year) =>
    Math.ceil(
      Math.max(
        40,
        y.audit ? textWidth(y.audit.opinion, codeSize, true) + ICON + 14 : missNeed([y], c.missing, fontSize),
      ),
    );
  const cellsWidth = (ys: Year[]) =>
    ys.reduce((sum, y) => sum + need(y) + gap, -gap) + (ys.length < all.length ? MORE : 0);
  const inLine = (k: number, type: TypeSize) => {
    const years = all.slice(-k);
    const room = width - c.textX - 12 - cellsWidth(years);
    const lead = c.wrapLead(type.size, room);
    return (k === 1 || lead.length <= 2) && widest(lead, type.size, true) <= room ? { years, lead, type } : undefined;
  };
  const fewest = Math.min(BADGE_MIN_YEARS, all.length);
  let line: ReturnType<typeof inLine>;
  for (let k = Math.min(BADGE_YEARS, all.length); k >= fewest && !line; k--) line = inLine(k, body);
  line ??= inLine(fewest, small);
  // The cells and the years under them, with room for the year's tail.
  const block = cellHeight + yearBelow(fontSize) + 2;
  let height: number;
  let top: number;
  let middle: number;
  let x: number;
  let subTop: number;
  const leadType = line?.type ?? body;
  let years = line?.years ?? all;
  let lead = line?.lead ?? [];
  const sub = c.sub.flatMap((s) => wrapWords(s, fontSize, width));
  const subHeight = sub.length * small.line;
  if (line) {
    height = Math.ceil(Math.max(block + 8, lead.length * leadType.line + 6, 28));
    middle = height / 2;
    top = Math.round((height - block) / 2);
    x = Math.min(c.textX + Math.ceil(widest(lead, leadType.size, true)) + 12, width - cellsWidth(years));
    // The muted lines under it all.
    subTop = Math.ceil(Math.max(height, top + block) + 2);
    if (sub.length) height = Math.ceil(subTop + subHeight);
  } else {
    // Too narrow for one line (a gap year and a long streak at 320 px): the words and the
    // muted lines above, the cells under them, so that a tooltip finds room beside a cell.
    lead = c.wrapLead(leadType.size, width - c.textX);
    middle = Math.max(lead.length * leadType.line + 6, 30) / 2;
    let k = Math.min(BADGE_YEARS, all.length);
    while (k > 1 && cellsWidth(all.slice(-k)) > width) k--;
    years = all.slice(-k);
    subTop = Math.ceil(middle * 2);
    top = Math.ceil(subTop + subHeight) + 4;
    height = top + block + 2;
    x = 0;
  }
  const more = years.length < all.length ? { text: '…', x: px(x + 5), y: px(top + cellHeight / 2 + 4) } : undefined;
  if (more) x += MORE;
  const boxes = years.map((y) => {
    const box = { x, y: top, width: need(y) };
    x += box.width + gap;
    return box;
  });
  return { years, boxes, cellHeight, codeSize, leadType, lead, sub, subTop, height, middle, more };
}
