import { formatYear, type Lang } from '../../core/format.js';
import { coreText } from '../../core/i18n.js';
import { px, textWidth } from '../../core/measure.js';
import type { AccessModel, LegendItem, PointModel } from '../../core/model.js';
import { wrapWords } from '../../core/wrap.js';
import { OPINIONS, type Audit, type AuditSpec, type Opinion } from './schema.js';
import { auditSummary, auditTable, auditYears, runYears } from './story.js';
import { streaks } from './streak.js';
import { auditText, opinionNames } from './text.js';

export type AuditVariant = 'full' | 'badge';

/** A line of text: `x` where it starts, or its centre when the text is centred; `y` its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

/** One fiscal year's cell. */
export interface AuditCell {
  year: number;
  /** Undefined for a year with no audit: a dashed "tidak ada data" cell. */
  opinion?: Opinion | undefined;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Top-left corner of the 12 × 12 icon; none in a "no data" cell. */
  icon?: { x: number; y: number } | undefined;
  /** The code, or the "no data" words in one or two lines, centred. */
  lines: TextLine[];
  /** The year, centred above the cell (full) or under it (badge). */
  yearLabel: TextLine;
  /** Part of the current streak: underlined in the full variant. */
  streak: boolean;
}

export interface AuditModel extends AccessModel {
  variant: AuditVariant;
  /** Size of years, sub-lines and "no data" words. */
  fontSize: number;
  codeSize: number;
  /** Size of the "no data" words in a cell. */
  missSize: number;
  /** The streak as a large figure ("3×"), absent when there is no current streak. */
  big?: (TextLine & { size: number }) | undefined;
  /** The headline words beside the figure: bold lead lines, then muted lines. */
  lead: TextLine[];
  leadSize: number;
  sub: TextLine[];
  cells: AuditCell[];
  /** Badge: an ellipsis before the cells when earlier years are left out. */
  more?: TextLine | undefined;
}

export interface LayoutOptions {
  width: number;
  lang: Lang;
  /** `full` (default): headline, legend and every year; `badge`: one line, the last few years. */
  variant?: AuditVariant | undefined;
}

const ICON = 12;
/** Most years the badge shows. */
export const BADGE_YEARS = 5;
/**
 * Headline words are bold and large, where faces differ most from the Helvetica
 * estimate (DejaVu Sans Bold runs some 6 % wider still): they get this much more room.
 */
const HEAD_SLACK = 1.1;
/** Room the bold headline lines take, with {@link HEAD_SLACK}. */
const leadWidth = (lead: readonly string[], size: number) => widest(lead, size, true) * HEAD_SLACK;

const widest = (texts: readonly string[], size: number, bold = false) =>
  Math.max(0, ...texts.map((s) => textWidth(s, size, bold)));

/** Baselines of `count` lines of `lineHeight` centred on `middle`. */
const centred = (count: number, middle: number, lineHeight: number, size: number) =>
  Array.from({ length: count }, (_, i) => px(middle - ((count - 1) * lineHeight) / 2 + 0.35 * size + i * lineHeight));

type Year = { year: number; audit: Audit | undefined };

/** Where the cells go, and the headline words that fit beside the figure. */
interface Placement {
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
  more?: TextLine | undefined;
}

interface Context {
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
const missNeed = (ys: readonly Year[], words: string, size: number) =>
  ys.some((y) => !y.audit) ? widest(wrapWords(words, size, textWidth(words, size) - 1, false, true), size) + 8 : 0;

/**
 * The full variant: cells in balanced rows, as many per row as keep each cell wide
 * enough for the widest code (or "no data" in two lines), at most 120 px wide.
 */
function grid(c: Context): Placement {
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
 * The badge: figure, words and the last years (up to five, as many as fit) in one
 * line; each cell as wide as its code needs. On the narrowest screens the words
 * wrap to two lines, then three, and get smaller before anything would spill.
 */
function badgeLine(c: Context): Placement {
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
  let line: ReturnType<typeof inLine>;
  for (let k = Math.min(BADGE_YEARS, all.length); k >= 1 && !line; k--) line = inLine(k, 13);
  for (let size = 12; size >= 10 && !line; size--) line = inLine(1, size);
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
  return { years, boxes, cellHeight, codeSize, missSize, leadSize, lead, sub: [], height, middle, more };
}

/**
 * Lays out the audit streak: one cell per fiscal year from the first audit to the last
 * (a year without one is a dashed "no data" cell), the current streak as a headline
 * figure, and the longest when it is another run. Pure: no DOM, runs in Node.
 *
 * Narrow screens: the cells wrap into balanced rows rather than scroll sideways, so
 * every year is visible at once, nothing hides behind a scroll cue, and arrow keys
 * still move year by year in reading order.
 */
export function auditLayout(spec: AuditSpec, options: LayoutOptions): AuditModel {
  const { lang } = options;
  const badge = options.variant === 'badge';
  const t = auditText[lang];
  const width = Math.max(200, Math.round(options.width));
  const narrow = width < 480;
  const fontSize = badge || narrow ? 11 : 12;
  const { audits } = spec;
  const latest = audits[audits.length - 1];
  const { current, longest } = streaks(audits);
  const n = current.length;
  const all = auditYears(audits);
  const missing = coreText[lang].missing;
  /** "WTP: Wajar Tanpa Pengecualian". */
  const named = (o: Opinion) => `${o}: ${opinionNames[lang][o]}`;
  const bigSize = badge ? 24 : narrow ? 32 : 40;
  const bigText = n ? t.big(n) : undefined;
  const textX = bigText ? Math.ceil(textWidth(bigText, bigSize, true) * HEAD_SLACK * 1.05) + (badge ? 6 : 10) : 0;
  const place = (badge ? badgeLine : grid)({
    width,
    narrow,
    fontSize,
    all,
    textX,
    wrapLead: (size, room) => wrapWords(n ? t.streak(n) : t.notNow, size, room / HEAD_SLACK, true, true),
    // No audits, no words: the chart is empty.
    sub: latest
      ? [
          n ? runYears(current) : `${latest.opinion} (${latest.year})`,
          ...(longest && longest !== current ? [t.longest(longest.length, runYears(longest))] : []),
        ]
      : [],
    missing,
  });
  const { cellHeight: ch, codeSize, missSize, leadSize, height } = place;
  const middle = place.middle ?? height / 2;

  const points: PointModel[] = [];
  const cells: AuditCell[] = place.years.map(({ year, audit }, i) => {
    const { x, y, width: cw } = place.boxes[i]!;
    const cx = x + cw / 2;
    const opinion = audit?.opinion;
    const label = formatYear(year);
    let icon: AuditCell['icon'];
    let lines: TextLine[];
    if (!opinion) {
      const words = wrapWords(missing, missSize, cw - 6);
      const ys = centred(words.length, y + ch / 2, missSize * 1.1, missSize);
      lines = words.map((text, j) => ({ text, x: px(cx), y: ys[j]! }));
    } else {
      // Badge: icon at the left, code centred in the rest, so an estimate's error cannot
      // push it out. Full: icon above the code, both centred.
      const contentTop = y + (ch - (ICON + 5 + 0.72 * codeSize)) / 2;
      icon = badge ? { x: px(x + 5), y: px(y + (ch - ICON) / 2) } : { x: px(cx - ICON / 2), y: px(contentTop) };
      lines = [
        badge
          ? { text: opinion, x: px(x + 5 + ICON + (cw - 5 - ICON) / 2), y: px(y + ch / 2 + 0.36 * codeSize) }
          : { text: opinion, x: px(cx), y: px(contentTop + ICON + 5 + 0.72 * codeSize) },
      ];
    }
    const tip = audit ? [named(audit.opinion), ...(audit.note ? [audit.note] : [])] : [missing];
    // Above the cell when there is room for the tooltip there, else below it.
    const top = px(y);
    const bottom = top + ch;
    points.push({
      key: label,
      label: `${label}: ${tip.join('; ')}`,
      tooltip: { title: label, lines: tip },
      anchor: { x: px(px(x) + cw / 2), y: bottom < 90 ? bottom : Math.max(top, 90) },
      focus: { x: px(px(x) - 3), y: px(top - 3), width: cw + 6, height: ch + 6 },
    });
    return {
      year,
      opinion,
      x: px(x),
      y: top,
      width: cw,
      height: ch,
      icon,
      lines,
      yearLabel: { text: label, x: px(cx), y: px(badge ? y + ch + fontSize + 2 : y - 5) },
      streak: !badge && n > 0 && year >= current.from,
    };
  });

  const leadLh = leadSize * 1.25;
  const leadYs = badge
    ? centred(place.lead.length, middle, leadLh, leadSize)
    : place.lead.map((_, i) => px(leadSize + i * leadLh));
  const subStart = leadYs[leadYs.length - 1]! + (fontSize + 1) * 1.45;
  const present = new Set(audits.map((a) => a.opinion));
  const legend: LegendItem[] = badge
    ? []
    : [
        ...OPINIONS.filter((o) => present.has(o)).map((o) => ({ swatch: o, label: named(o) })),
        ...(all.length > audits.length ? [{ swatch: 'missing', label: missing }] : []),
        ...(n ? [{ swatch: 'streak', label: t.current }] : []),
      ];

  return {
    lang,
    variant: badge ? 'badge' : 'full',
    width,
    fontSize,
    summary: auditSummary(spec, lang),
    table: auditTable(spec, lang),
    height,
    // No audits: an empty chart, whose marks are never drawn.
    empty: !latest,
    legend,
    points: [points],
    codeSize,
    missSize,
    big: bigText
      ? { text: bigText, x: 0, y: px(badge ? middle + 0.36 * bigSize : bigSize * 0.8), size: bigSize }
      : undefined,
    leadSize,
    lead: place.lead.map((text, i) => ({ text, x: textX, y: leadYs[i]! })),
    sub: place.sub.map((text, i) => ({ text, x: textX, y: px(subStart + i * (fontSize + 1) * 1.45) })),
    cells,
    more: place.more,
  };
}
