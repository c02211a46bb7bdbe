import { formatYear } from '../../core/format.js';
import { coreText } from '../../core/i18n.js';
import { DISPLAY, FOCUS_RING, px, textWidth, TYPE, wrapWords } from '../../core/measure.js';
import { oncePerDocument, type LegendItem, type PointModel, type Rect } from '../../core/model.js';
import { union } from '../../core/tooltip.js';
import { OPINIONS, type AuditSpec, type Opinion } from './schema.js';
import { formatRanges } from '../../core/words.js';
import { auditSummary, auditTable, auditYears, gapBefore, runYears } from './story.js';
import { streaks } from './streak.js';
import { auditText, opinionNames } from './text.js';

import type { AuditCell, AuditModel, LayoutOptions, TextLine } from './model.js';
import { badgeLine, BADGE_YEARS, centred, grid, ICON, yearAbove, yearBelow } from './placement.js';

/** The words do not depend on the width: written once per document and language. */
const summaryOf = oncePerDocument(auditSummary);
const tableOf = oncePerDocument(auditTable);

export { BADGE_YEARS };
export type { AuditCell, AuditModel, AuditVariant, LayoutOptions, TextLine } from './model.js';

/** The box of a line of text of `size` px, drawn from `line.x` (start) or centred on it. */
function lineBox(line: TextLine, size: number, anchor: 'start' | 'middle', bold = false): Rect {
  const width = textWidth(line.text, size, bold);
  return { x: anchor === 'start' ? line.x : line.x - width / 2, y: line.y - 0.8 * size, width, height: size };
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
  // Years, muted lines and "no data" at the scale's small size (core/measure.ts).
  const fontSize = TYPE.small.size;
  const { audits } = spec;
  const latest = audits[audits.length - 1];
  const { current, longest } = streaks(audits);
  const n = current.length;
  const all = auditYears(audits);
  const gap = gapBefore(audits, current);
  /** "Sejak TA 2021; TA 2020 tanpa data": a run counted since a year without data says so. */
  const since = gap.length ? t.sinceGap(current.from, formatRanges(gap, lang)) : undefined;
  const missing = coreText[lang].missing;
  /** "WTP: Wajar Tanpa Pengecualian". */
  const named = (o: Opinion) => `${o}: ${opinionNames[lang][o]}`;
  // The streak's count ("5×") is the figure read first: display size (core/measure.ts); in the
  // badge, a compact line in a sidebar, title size, which still stands out from its words.
  const bigSize = badge ? TYPE.title.size : DISPLAY;
  const bigText = n ? t.big(n) : undefined;
  /** The muted lines: the run's years (or since its gap) and the longest run; the badge's only a gap. */
  const subLines = (): string[] => {
    // No audits, no words: the chart is empty.
    if (!latest) return [];
    if (badge) return since ? [since] : [];
    return [
      since ?? (n ? runYears(current) : `${latest.opinion} (${latest.year})`),
      ...(longest && longest !== current ? [t.longest(longest.length, runYears(longest))] : []),
    ];
  };
  const textX = bigText ? Math.ceil(textWidth(bigText, bigSize, true)) + (badge ? 6 : 10) : 0;
  const place = (badge ? badgeLine : grid)({
    width,
    narrow,
    fontSize,
    all,
    textX,
    wrapLead: (size, room) => wrapWords(n ? t.streak(n) : t.notNow, size, room, { bold: true, balance: true }),
    sub: subLines(),
    missing,
  });
  const { cellHeight: ch, codeSize, leadType, height } = place;
  const leadSize = leadType.size;
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
      const words = wrapWords(missing, fontSize, cw - 6);
      const ys = centred(words.length, y + ch / 2, fontSize * 1.1, fontSize);
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
    const top = px(y);
    // The year above the cell (under it in the badge), clear of the cell's focus ring.
    const yearLabel = { text: label, x: px(cx), y: px(badge ? y + ch + yearBelow(fontSize) : y - yearAbove(fontSize)) };
    const { offset } = FOCUS_RING;
    const focus = { x: px(px(x) - offset), y: px(top - offset), width: cw + 2 * offset, height: ch + 2 * offset };
    points.push({
      key: label,
      label: `${label}: ${tip.join('; ')}`,
      tooltip: { title: label, lines: tip },
      anchor: { x: px(px(x) + cw / 2), y: top },
      focus,
      // The cell with its ring, its year and the streak bar under it.
      keepClear: [focus, lineBox(yearLabel, fontSize, 'middle'), { x: px(x), y: top + ch, width: cw, height: 8 }],
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
      yearLabel,
      streak: !badge && n > 0 && year >= current.from,
    };
  });

  const leadLh = leadType.line;
  const leadYs = badge
    ? centred(place.lead.length, middle, leadLh, leadSize)
    : place.lead.map((_, i) => px(leadSize + i * leadLh));
  const subLine = TYPE.small.line;
  const subStart = leadYs[leadYs.length - 1]! + subLine;
  const present = new Set(audits.map((a) => a.opinion));
  const legend: LegendItem[] = badge
    ? []
    : [
        ...OPINIONS.filter((o) => present.has(o)).map((o) => ({ swatch: o, label: named(o) })),
        ...(all.length > audits.length ? [{ swatch: 'missing', label: missing }] : []),
        ...(n ? [{ swatch: 'streak', label: t.current }] : []),
      ];

  const big = bigText
    ? { text: bigText, x: 0, y: px(badge ? middle + 0.36 * bigSize : bigSize * 0.8), size: bigSize }
    : undefined;
  const lead = place.lead.map((text, i) => ({ text, x: textX, y: leadYs[i]! }));
  const sub = place.sub.map((text, i) =>
    place.subTop === undefined
      ? { text, x: textX, y: px(subStart + i * subLine) }
      : { text, x: 0, y: px(place.subTop + fontSize + i * subLine) },
  );
  // The figure and its words, the muted lines and the badge's "…", each its own area: in
  // the badge the muted lines sit under the cells, and one area round all would cover them.
  const words = [
    ...(big ? [lineBox(big, big.size, 'start', true)] : []),
    ...lead.map((line) => lineBox(line, leadSize, 'start', true)),
  ];
  const subBoxes = sub.map((line) => lineBox(line, fontSize, 'start'));
  const headline = [
    ...(words.length ? [union(words)] : []),
    ...(subBoxes.length ? [union(subBoxes)] : []),
    ...(place.more ? [lineBox(place.more, fontSize, 'middle')] : []),
  ];

  return {
    lang,
    variant: badge ? 'badge' : 'full',
    width,
    fontSize,
    summary: summaryOf(spec, lang),
    table: tableOf(spec, lang),
    height,
    // No audits: an empty chart, whose marks are never drawn.
    empty: !latest,
    legend,
    // A badge sits in a sidebar: no room for a row of downloads.
    compact: badge,
    points: [points],
    codeSize,
    big,
    leadSize,
    lead,
    sub,
    // No tooltip covers the headline ("2× WTP berturut-turut", and the badge's "…"), whichever year it describes.
    keepClear: headline.length ? headline : undefined,
    cells,
    more: place.more,
  };
}
