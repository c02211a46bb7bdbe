import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/format.js';
import { textWidth } from '../../../src/core/measure.js';
import { tooltipSpot, union } from '../../../src/core/tooltip.js';
import { px, TYPE, wrapWords } from '../../../src/core/measure.js';
import { auditLayout, BADGE_YEARS, type AuditModel } from '../../../src/widgets/audit-streak/layout.js';
import { centred } from '../../../src/widgets/audit-streak/placement.js';
import { coreText } from '../../../src/core/i18n.js';
import { parseAudit, type AuditSpec } from '../../../src/widgets/audit-streak/schema.js';
import { nonFinite } from '../../helpers/model.js';
import { sample } from '../../helpers/samples.js';

function spec(input: unknown): AuditSpec {
  const result = parseAudit(input);
  if (!result.ok) throw new Error(result.reasons.map((r) => r.message).join('\n'));
  return result.spec;
}
const doc = (audits: [number, string, string?][]) =>
  spec({ title: 't', audits: audits.map(([year, opinion, note]) => ({ year, opinion, note })) });

const seed = spec(sample('audit-streak.seed'));
const history = spec(sample('audit-streak.history'));
const CODES = ['WTP', 'WTP-DPP', 'WDP', 'TW', 'TMP'];

describe('auditLayout: the cells', () => {
  it('gives every fiscal year from first to last a cell, in order, a missing one included', () => {
    const m = auditLayout(history, { width: 1200, lang: 'id' });
    expect(m.cells.map((c) => c.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022]);
    expect(m.cells.map((c) => c.opinion ?? '-')).toEqual(['TMP', 'WTP', 'WTP', 'WTP', 'WTP-DPP', '-', 'WTP', 'WTP']);
    for (let i = 1; i < m.cells.length; i++) expect(m.cells[i]!.x).toBeGreaterThan(m.cells[i - 1]!.x);
  });

  it('shows the code and an icon in every cell, and "tidak ada data" / "no data" in a missing one', () => {
    const m = auditLayout(history, { width: 1200, lang: 'id' });
    for (const c of m.cells.filter((c) => c.opinion)) {
      expect(c.lines.map((l) => l.text)).toEqual([c.opinion]);
      expect(c.icon).toBeDefined();
    }
    const gap = m.cells[5]!;
    expect(gap.icon).toBeUndefined();
    expect(gap.lines.map((l) => l.text).join(' ')).toBe('tidak ada data');
    expect(
      auditLayout(history, { width: 320, lang: 'en' })
        .cells[5]!.lines.map((l) => l.text)
        .join(' '),
    ).toBe('no data');
  });

  it('marks the cells of the current streak only', () => {
    const m = auditLayout(history, { width: 640, lang: 'id' });
    expect(m.cells.filter((c) => c.streak).map((c) => c.year)).toEqual([2021, 2022]);
  });

  it('wraps the cells into balanced rows at 320 px and keeps one row at 1200 px', () => {
    const rows = (m: AuditModel) => new Set(m.cells.map((c) => c.y)).size;
    expect(rows(auditLayout(history, { width: 1200, lang: 'id' }))).toBe(1);
    const narrow = auditLayout(history, { width: 320, lang: 'id' });
    expect(rows(narrow)).toBeGreaterThan(1);
    const perRow = [...new Set(narrow.cells.map((c) => c.y))].map((y) => narrow.cells.filter((c) => c.y === y).length);
    expect(Math.max(...perRow) - Math.min(...perRow)).toBeLessThanOrEqual(1);
  });

  it('reaches every year in reading order with the arrow keys: one row of points', () => {
    const m = auditLayout(history, { width: 320, lang: 'id' });
    expect(m.points).toHaveLength(1);
    expect(m.points[0]!.map((p) => p.key)).toEqual(m.cells.map((c) => String(c.year)));
  });

  it('gives each year a tooltip with the full name and the note', () => {
    const m = auditLayout(history, { width: 640, lang: 'en' });
    expect(m.points[0]![0]!.tooltip).toEqual({
      title: '2015',
      lines: ['TMP: Disclaimer', 'Pertanggungjawaban dana bansos'],
    });
    expect(m.points[0]![5]!.tooltip).toEqual({ title: '2020', lines: ['no data'] });
    expect(m.points[0]![4]!.label).toBe(
      '2019: WTP-DPP: Unqualified, with explanatory paragraph; WTP dengan paragraf penjelasan',
    );
  });

  it('keeps every tooltip off its cell, its year, its streak bar and the headline ("2× WTP berturut-turut")', () => {
    const size = { width: 180, height: 44 };
    for (const width of [320, 1200])
      for (const variant of ['full', 'badge'] as const) {
        const m = auditLayout(history, { width, lang: 'id', variant });
        expect(m.keepClear!.length).toBeGreaterThan(0);
        for (const p of m.points[0]!) {
          const spot = tooltipSpot(size, p, m, { top: -80, bottom: m.height + 200 });
          const covered = [...p.keepClear!, ...m.keepClear!].filter(
            (r) =>
              spot.x < r.x + r.width &&
              r.x < spot.x + size.width &&
              spot.y < r.y + r.height &&
              r.y < spot.y + size.height,
          );
          expect(covered, `${width}px ${variant} ${p.key}`).toEqual([]);
        }
      }
  });
});

describe('auditLayout: the headline', () => {
  it('gives the current streak as a figure, and the longest when it is another run', () => {
    const id = auditLayout(history, { width: 1200, lang: 'id' });
    expect(id.big?.text).toBe('2×');
    expect(id.lead.map((l) => l.text).join(' ')).toBe('WTP berturut-turut');
    // The run follows a year without data (2020): it is counted since that gap, and says so.
    expect(id.sub.map((l) => l.text).join(' ')).toBe('Sejak TA 2021; TA 2020 tanpa data · Terpanjang 4× (2016–2019)');
    const en = auditLayout(history, { width: 1200, lang: 'en' });
    expect(`${en.big?.text} ${en.lead.map((l) => l.text).join(' ')}`).toBe('2 unqualified opinions in a row');
    expect(en.sub.map((l) => l.text).join(' ')).toBe('Since FY 2021; no data for FY 2020 · Longest run: 4 (2016–2019)');
  });

  it('leaves the longest out when it is the current streak: the seed, 3× WTP', () => {
    const m = auditLayout(seed, { width: 640, lang: 'id' });
    expect(`${m.big?.text} ${m.lead.map((l) => l.text).join(' ')}`).toBe('3× WTP berturut-turut');
    expect(m.sub.map((l) => l.text)).toEqual(['2016–2018']);
  });

  it('says the latest opinion when there is no current streak', () => {
    const m = auditLayout(
      doc([
        [2020, 'WTP'],
        [2021, 'WTP'],
        [2022, 'TW'],
      ]),
      { width: 640, lang: 'id' },
    );
    expect(m.big).toBeUndefined();
    expect(m.lead.map((l) => l.text).join(' ')).toBe('Opini terakhir bukan WTP');
    expect(m.sub.map((l) => l.text).join(' ')).toBe('TW (2022) · Terpanjang 2× (2020–2021)');
  });
});

describe('auditLayout: the legend', () => {
  it('lists the codes present with their full names, then "no data" and the streak bar', () => {
    expect(auditLayout(history, { width: 640, lang: 'id' }).legend).toEqual([
      { swatch: 'WTP', label: 'WTP: Wajar Tanpa Pengecualian' },
      { swatch: 'WTP-DPP', label: 'WTP-DPP: WTP dengan Paragraf Penjelasan' },
      { swatch: 'TMP', label: 'TMP: Tidak Menyatakan Pendapat' },
      { swatch: 'missing', label: 'tidak ada data' },
      { swatch: 'streak', label: 'Rangkaian WTP saat ini' },
    ]);
    expect(auditLayout(seed, { width: 640, lang: 'en' }).legend.map((l) => l.label)).toEqual([
      'WTP: Unqualified',
      'Current run of unqualified opinions',
    ]);
  });
});

describe('auditLayout: the badge', () => {
  it('puts the headline and the last years in one line, with no legend', () => {
    const m = auditLayout(history, { width: 1200, lang: 'id', variant: 'badge' });
    expect(m.variant).toBe('badge');
    expect(m.legend).toEqual([]);
    expect(m.cells.map((c) => c.year)).toEqual([2018, 2019, 2020, 2021, 2022]);
    expect(new Set(m.cells.map((c) => c.y)).size).toBe(1);
    expect(m.more?.text).toBe('…');
    expect(m.height).toBeLessThan(80);
    expect(m.sub.map((l) => l.text)).toEqual(['Sejak TA 2021; TA 2020 tanpa data']);
    expect(m.sub[0]!.y).toBeGreaterThan(Math.max(...m.cells.map((c) => c.yearLabel.y)));
    expect(auditLayout(seed, { width: 1200, lang: 'id', variant: 'badge' }).sub).toEqual([]);
    expect(m.cells[2]!.lines.map((l) => l.text).join(' ')).toBe('tidak ada data');
  });

  it('shows fewer years when narrow, always the latest, and every year when they fit', () => {
    const m = auditLayout(history, { width: 320, lang: 'en', variant: 'badge' });
    expect(m.cells.length).toBeGreaterThanOrEqual(1);
    expect(m.cells.length).toBeLessThan(BADGE_YEARS);
    expect(m.cells[m.cells.length - 1]!.year).toBe(2022);
    const all = auditLayout(seed, { width: 640, lang: 'id', variant: 'badge' });
    expect(all.cells.map((c) => c.year)).toEqual([2016, 2017, 2018]);
    expect(all.more).toBeUndefined();
  });

  it("fits a 260 px sidebar (236 px inside the dark theme's padding): three years or more, words above them", () => {
    for (const width of [236, 248, 260])
      for (const lang of ['id', 'en'] as const)
        for (const s of [history, seed]) {
          const m = auditLayout(s, { width, lang, variant: 'badge' });
          const years = m.cells.map((c) => c.year);
          expect(years.length, `${width} px ${lang}`).toBeGreaterThanOrEqual(3);
          expect(years.at(-1)).toBe(s.audits.at(-1)!.year);
          expect(Math.max(...m.cells.map((c) => c.x + c.width))).toBeLessThanOrEqual(width);
          expect(m.compact).toBe(true);
        }
    expect(auditLayout(history, { width: 260, lang: 'en', variant: 'badge' }).sub.map((l) => l.text)).toEqual([
      'Since FY 2021; no data for FY 2020',
    ]);
  });

  // Documents for mutants the third run of docs/mutation.md found surviving, found by comparing the layout
  // with each mutant's over 25 documents at 200–700 px.
  const sevenYears = doc(
    ['TMP', 'WTP', 'WDP', 'TMP', 'WTP', 'WTP', 'WDP'].map((o, i): [number, string] => [2000 + i, o]),
  );
  const lines = (m: AuditModel) => m.lead.map((l) => l.text);
  const years = (m: AuditModel) => m.cells.map((c) => [c.year, c.x, c.width]);

  it('puts the words above the cells rather than beside them in more than two lines', () => {
    // At 274 px, beside three cells, "Opini terakhir bukan WTP" would take four lines at 12 px.
    const m = auditLayout(sevenYears, { width: 274, lang: 'id', variant: 'badge' });
    expect([lines(m), m.leadSize]).toEqual([['Opini terakhir bukan WTP'], 14]);
    expect(years(m)).toEqual([
      [2003, 17, 61],
      [2004, 82, 61],
      [2005, 147, 61],
      [2006, 212, 61],
    ]);
  });

  it('keeps the words beside the cells in two lines', () => {
    const m = auditLayout(sevenYears, { width: 314, lang: 'id', variant: 'badge' });
    expect([lines(m), m.leadSize]).toEqual([['Opini terakhir', 'bukan WTP'], 12]);
    expect(years(m)).toEqual([
      [2004, 123, 61],
      [2005, 188, 61],
      [2006, 253, 61],
    ]);
  });

  const fourYears = doc([
    [2000, 'WTP-DPP'],
    [2001, 'WTP'],
    [2002, 'WTP'],
    [2003, 'WTP'],
  ]);

  it('leaves no room for the ellipsis when every year is shown: four cells fill 295 px exactly', () => {
    // 100 + 3 × 61 px and three 4 px gaps: 295 px, with the words above them.
    const m = auditLayout(fourYears, { width: 295, lang: 'id', variant: 'badge' });
    expect(years(m)).toEqual([
      [2000, 0, 100],
      [2001, 104, 61],
      [2002, 169, 61],
      [2003, 234, 61],
    ]);
    expect(m.more).toBeUndefined();
  });

  it('measures the words in bold when it decides whether they fit beside the cells', () => {
    // At 343 px "WTP berturut-turut" in bold does not fit beside three cells in two lines at 12 px (in regular it
    // would): the words go above, in one line at 14 px.
    const m = auditLayout(fourYears, { width: 343, lang: 'id', variant: 'badge' });
    expect([lines(m), m.leadSize]).toEqual([['WTP berturut-turut'], 14]);
    expect(years(m).map(([year]) => year)).toEqual([2000, 2001, 2002, 2003]);
  });

  it('shows at most five years under the words, even where all six would fit', () => {
    // Four TW years and two WTP at 342 px: four cells of 50 px, two of 61 and five gaps make exactly 342 px, but
    // the badge keeps the last five after "…" (17 px).
    const six = doc(['TW', 'TW', 'TW', 'TW', 'WTP', 'WTP'].map((o, i): [number, string] => [2000 + i, o]));
    const m = auditLayout(six, { width: 342, lang: 'en', variant: 'badge' });
    expect(lines(m)).toEqual(['unqualified opinions in a row']);
    expect(years(m)).toEqual([
      [2001, 17, 50],
      [2002, 71, 50],
      [2003, 125, 50],
      [2004, 179, 61],
      [2005, 244, 61],
    ]);
    expect(m.more?.text).toBe('…');
  });

  it('keeps under the words as many of the last years as fill the width exactly', () => {
    // At 208 px the words go above the cells: "…" (17 px, clear of the first cell's focus ring) and three
    // cells of 61 px with two 4 px gaps make exactly 208 px, so 2004–2006 are kept, not only 2005–2006. (A
    // document for a mutant the second run left open; see docs/mutation.md, third run.)
    const m = auditLayout(
      doc([
        [2000, 'TMP'],
        [2001, 'WTP'],
        [2002, 'WDP'],
        [2003, 'TMP'],
        [2004, 'WTP'],
        [2005, 'WTP'],
        [2006, 'WDP'],
      ]),
      { width: 208, lang: 'id', variant: 'badge' },
    );
    expect(m.cells.map((c) => [c.year, c.x, c.width])).toEqual([
      [2004, 17, 61],
      [2005, 82, 61],
      [2006, 147, 61],
    ]);
    expect(m.more?.text).toBe('…');
  });

  it('centres the words above the cells on half their height (at least 15 px), puts the muted lines under them and the cells 4 px under those', () => {
    let above = 0;
    for (const width of [200, 236, 248, 260])
      for (const lang of ['id', 'en'] as const)
        for (const s of [history, seed]) {
          const m = auditLayout(s, { width, lang, variant: 'badge' });
          if (m.cells[0]!.y <= m.lead.at(-1)!.y) continue;
          above++;
          // The lead's line height is its size's on the scale (body 14/20 or small 12/16); muted lines are small.
          const leadLine = [TYPE.body, TYPE.small].find((t) => t.size === m.leadSize)!.line;
          const middle = Math.max(m.lead.length * leadLine + 6, 30) / 2;
          expect(
            m.lead.map((l) => l.y),
            `${width} px ${lang}`,
          ).toEqual(centred(m.lead.length, middle, leadLine, m.leadSize));
          const subTop = Math.ceil(middle * 2);
          expect(
            m.sub.map((l) => l.y),
            `${width} px ${lang}`,
          ).toEqual(m.sub.map((_, i) => px(subTop + TYPE.small.size + i * TYPE.small.line)));
          expect(m.cells[0]!.y, `${width} px ${lang}`).toBe(Math.ceil(subTop + m.sub.length * TYPE.small.line) + 4);
        }
    // All 16 cases put the words above: a mutant that lifts the cells cannot skip its case.
    expect(above).toBe(16);
  });
});

describe('auditLayout: odd but valid input', () => {
  it('lays out no audits as an empty chart', () => {
    const m = auditLayout(doc([]), { width: 320, lang: 'id' });
    expect(m.empty).toBe(true);
    expect(m.summary).toContain('Belum ada data');
  });
  it('draws a single year', () => {
    const m = auditLayout(doc([[2022, 'WDP']]), { width: 320, lang: 'en' });
    expect(m.cells).toHaveLength(1);
    expect(m.big).toBeUndefined();
  });
  it('draws sixty years within the width', () => {
    const m = auditLayout(doc(Array.from({ length: 60 }, (_, i) => [1963 + i, CODES[i % 5]!] as [number, string])), {
      width: 320,
      lang: 'id',
    });
    expect(m.cells).toHaveLength(60);
    expect(Math.max(...m.cells.map((c) => c.x + c.width))).toBeLessThanOrEqual(320);
  });
});

// ---- Labels never overlap or leave the chart ----

type Box = { x0: number; x1: number; y0: number; y1: number; what: string; cell?: number };
const textBox = (what: string, x: number, y: number, w: number, size: number, anchor: 'start' | 'middle'): Box => {
  const x0 = anchor === 'middle' ? x - w / 2 : x;
  return { x0, x1: x0 + w, y0: y - 0.75 * size, y1: y + 0.22 * size, what };
};
const meets = (a: Box, b: Box, gap = 0) => a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 && b.y0 < a.y1;
const inside = (a: Box, b: Box) => a.x0 >= b.x0 && a.x1 <= b.x1 && a.y0 >= b.y0 && a.y1 <= b.y1;

/** Every text and mark of a model as boxes, by the same width estimate the layout uses. */
function boxes(m: AuditModel): { texts: Box[]; cells: Box[]; bars: Box[] } {
  const texts: Box[] = [];
  if (m.big)
    texts.push(textBox('figure', m.big.x, m.big.y, textWidth(m.big.text, m.big.size, true), m.big.size, 'start'));
  for (const l of m.lead)
    texts.push(textBox(`lead ${l.text}`, l.x, l.y, textWidth(l.text, m.leadSize, true), m.leadSize, 'start'));
  for (const l of m.sub)
    texts.push(textBox(`sub ${l.text}`, l.x, l.y, textWidth(l.text, m.fontSize), m.fontSize, 'start'));
  if (m.more) texts.push(textBox('more', m.more.x, m.more.y, textWidth('…', m.fontSize), m.fontSize, 'middle'));
  const cells: Box[] = [];
  const bars: Box[] = [];
  m.cells.forEach((c, i) => {
    cells.push({ x0: c.x, x1: c.x + c.width, y0: c.y, y1: c.y + c.height, what: `cell ${c.year}` });
    if (c.streak)
      bars.push({ x0: c.x, x1: c.x + c.width, y0: c.y + c.height + 4, y1: c.y + c.height + 7, what: 'bar' });
    const y = c.yearLabel;
    texts.push(textBox(`year ${y.text}`, y.x, y.y, textWidth(y.text, m.fontSize), m.fontSize, 'middle'));
    for (const l of c.lines) {
      const size = c.opinion ? m.codeSize : m.fontSize;
      const box = textBox(`${c.year} ${l.text}`, l.x, l.y, textWidth(l.text, size, !!c.opinion), size, 'middle');
      texts.push({ ...box, cell: i });
    }
    if (c.icon)
      texts.push({ x0: c.icon.x, x1: c.icon.x + 12, y0: c.icon.y, y1: c.icon.y + 12, what: `icon ${c.year}`, cell: i });
  });
  return { texts, cells, bars };
}

/** What is wrong with a model's placement, in words; nothing when all is well. */
function problems(m: AuditModel): string[] {
  const { texts, cells, bars } = boxes(m);
  const out = nonFinite(m);
  const frame: Box = { x0: 0, x1: m.width, y0: 0, y1: m.height, what: 'chart' };
  for (const b of [...texts, ...cells, ...bars]) if (!inside(b, frame)) out.push(`${b.what} leaves the chart`);
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++)
      if (meets(texts[i]!, texts[j]!, 2)) out.push(`${texts[i]!.what} meets ${texts[j]!.what}`);
  for (const tb of texts) {
    cells.forEach((cb, k) => {
      const pad = { ...cb, x0: cb.x0 + 2, x1: cb.x1 - 2, y0: cb.y0 + 2, y1: cb.y1 - 2 };
      if (tb.cell === k ? !inside(tb, pad) : meets(tb, cb)) out.push(`${tb.what} over or out of ${cb.what}`);
    });
    for (const bar of bars) if (meets(tb, bar)) out.push(`${tb.what} over a streak bar`);
  }
  for (let i = 0; i < cells.length; i++)
    for (let j = i + 1; j < cells.length; j++)
      if (meets(cells[i]!, cells[j]!)) out.push(`${cells[i]!.what} meets ${cells[j]!.what}`);
  return out;
}

describe('auditLayout: labels never overlap, spill from their cells or leave the chart', () => {
  const widths = Array.from({ length: 51 }, (_, i) => 200 + i * 20);
  const docs: [string, AuditSpec][] = [
    ['seed', seed],
    ['history', history],
    [
      'every code and gaps',
      doc([
        [2001, 'TMP'],
        [2002, 'TW'],
        [2004, 'WDP'],
        [2005, 'WTP-DPP'],
        [2006, 'WTP'],
        [2008, 'WTP-DPP'],
      ]),
    ],
    [
      'no current streak',
      doc([
        [2018, 'WTP'],
        [2019, 'WTP'],
        [2020, 'WTP'],
        [2021, 'WDP'],
      ]),
    ],
    ['a streak of twelve', doc(Array.from({ length: 12 }, (_, i) => [2011 + i, 'WTP-DPP'] as [number, string]))],
    [
      'sixty years',
      doc(
        Array.from({ length: 60 }, (_, i) => [1963 + i, i % 7 === 3 ? 'TW' : 'WTP-DPP'] as [number, string]).filter(
          (_, i) => i % 11 !== 5,
        ),
      ),
    ],
    ['a single year', doc([[2022, 'WTP']])],
  ];
  for (const [name, s] of docs)
    for (const variant of ['full', 'badge'] as const)
      for (const lang of ['id', 'en'] as Lang[])
        it(`${name}, ${variant}, ${lang}, widths 200–1200 px`, () => {
          for (const width of widths)
            expect(problems(auditLayout(s, { width, lang, variant })), `${name} ${variant} ${lang} ${width}px`).toEqual(
              [],
            );
        });
});

describe('auditLayout: what tooltips keep clear of, and the words of a one-year run', () => {
  /** The box of a line: from its x (start) or centred on it (middle), 0.8 of its size above the baseline. */
  const box = (
    line: { text: string; x: number; y: number },
    size: number,
    anchor: 'start' | 'middle',
    bold = false,
  ) => {
    const width = textWidth(line.text, size, bold);
    return { x: anchor === 'start' ? line.x : line.x - width / 2, y: line.y - 0.8 * size, width, height: size };
  };

  it('keeps the headline clear: the figure and lead in bold as one area, the muted lines in regular as another, all from their start', () => {
    const m = auditLayout(history, { width: 640, lang: 'id' });
    expect(m.variant).toBe('full');
    expect(m.keepClear).toEqual([
      union([box(m.big!, m.big!.size, 'start', true), ...m.lead.map((line) => box(line, m.leadSize, 'start', true))]),
      union(m.sub.map((line) => box(line, m.fontSize, 'start'))),
    ]);
  });

  it("keeps the badge's ellipsis clear too, as an area of its own centred on its x", () => {
    const m = auditLayout(history, { width: 1200, lang: 'id', variant: 'badge' });
    expect(m.more).toBeDefined();
    expect(m.keepClear).toEqual([
      union([box(m.big!, m.big!.size, 'start', true), ...m.lead.map((line) => box(line, m.leadSize, 'start', true))]),
      union(m.sub.map((line) => box(line, m.fontSize, 'start'))),
      box(m.more!, m.fontSize, 'middle'),
    ]);
  });

  it('rings each cell 3 px out, anchors its tooltip at its top centre, and keeps its year and streak bar clear', () => {
    const m = auditLayout(history, { width: 640, lang: 'id' });
    m.cells.forEach((cell, i) => {
      const point = m.points[0]![i]!;
      const focus = { x: px(cell.x - 3), y: px(cell.y - 3), width: cell.width + 6, height: cell.height + 6 };
      expect(point.focus).toEqual(focus);
      expect(point.anchor).toEqual({ x: px(cell.x + cell.width / 2), y: cell.y });
      expect(point.keepClear).toEqual([
        focus,
        box(cell.yearLabel, m.fontSize, 'middle'),
        { x: cell.x, y: cell.y + cell.height, width: cell.width, height: 8 },
      ]);
    });
  });

  it('gives no streak legend entry when there is no run, and no muted words without audits', () => {
    const broken = auditLayout(
      doc([
        [2015, 'WTP'],
        [2016, 'WDP'],
      ]),
      { width: 640, lang: 'id' },
    );
    expect(broken.legend.map((item) => item.swatch)).toEqual(['WTP', 'WDP']);
    const none = auditLayout(doc([]), { width: 640, lang: 'id' });
    // The grid joins no lines into one empty line.
    expect(none.sub.map((line) => line.text).join('')).toBe('');
  });

  it('says "WTP" / "unqualified opinion" for a one-year run, not "in a row"', () => {
    const one = doc([[2022, 'WTP']]);
    expect(auditLayout(one, { width: 640, lang: 'id' }).lead.map((l) => l.text)).toEqual(['WTP']);
    expect(auditLayout(one, { width: 640, lang: 'en' }).lead.map((l) => l.text)).toEqual(['unqualified opinion']);
  });

  it('is not narrow at 480 px: 52 px cells (44 px at 479 px)', () => {
    expect(auditLayout(history, { width: 480, lang: 'id' }).cells[0]!.height).toBe(52);
    expect(auditLayout(history, { width: 479, lang: 'id' }).cells[0]!.height).toBe(44);
  });

  it('balances the lead words when they wrap', () => {
    for (let width = 200; width <= 480; width += 10) {
      const m = auditLayout(history, { width, lang: 'en' });
      if (m.lead.length < 2) continue;
      const room = width - m.lead[0]!.x;
      const text = m.lead.map((l) => l.text).join(' ');
      expect(
        m.lead.map((l) => l.text),
        `${width}`,
      ).toEqual(wrapWords(text, m.leadSize, room, { bold: true, balance: true }));
    }
  });
});

describe('auditLayout: the grid of cells', () => {
  it('makes the cells of a row fill the width between 4 px gaps, when that is under the widest a cell may be', () => {
    // Twenty WTP years at 320 px: five columns (four rows); (320 − 4 × 4) / 5 = 60.8, so cells 60 px wide, under
    // the 96 px cap of a narrow chart. (A case for a mutant the third run of docs/mutation.md found surviving.)
    const twenty = doc(Array.from({ length: 20 }, (_, i): [number, string] => [2000 + i, 'WTP']));
    const m = auditLayout(twenty, { width: 320, lang: 'id' });
    expect(m.cells.slice(0, 6).map((c) => [c.x, c.width])).toEqual([
      [0, 60],
      [64, 60],
      [128, 60],
      [192, 60],
      [256, 60],
      [0, 60],
    ]);
  });

  it('takes as many columns as cells of the narrowest width fit (the widest code in bold at 12 px + 10, or "no data" in two lines), then balances the rows', () => {
    const withGap = doc([
      [2010, 'WTP'],
      [2011, 'WTP'],
      [2013, 'WTP'],
      [2014, 'WTP'],
      [2015, 'WTP'],
      [2016, 'WTP'],
      [2017, 'WTP'],
      [2018, 'WTP'],
      [2019, 'WTP'],
    ]);
    const withDpp = doc([
      [2012, 'WTP-DPP'],
      [2013, 'WDP'],
      [2014, 'WTP-DPP'],
      [2015, 'WTP'],
      [2016, 'WTP-DPP'],
      [2017, 'WTP'],
      [2018, 'TW'],
      [2019, 'WTP-DPP'],
    ]);
    // Short codes and no gap: only here is "no data" (which needs no room) wider than the codes.
    const shortCodes = doc(Array.from({ length: 9 }, (_, i) => [2010 + i, 'WTP'] as [number, string]));
    for (const s of [withGap, withDpp, history, shortCodes])
      for (let width = 200; width <= 800; width++) {
        const m = auditLayout(s, { width, lang: 'id' });
        const gap = width < 480 ? 4 : 6;
        const widestOf = (texts: string[], size: number, bold = false) =>
          Math.max(0, ...texts.map((t) => textWidth(t, size, bold)));
        const missing = coreText.id.missing;
        const noData = m.cells.some((c) => !c.opinion)
          ? widestOf(
              wrapWords(missing, m.fontSize, textWidth(missing, m.fontSize) - 1, { balance: true }),
              m.fontSize,
            ) + 8
          : 0;
        const codes = s.audits.map((a) => a.opinion);
        const narrowest = Math.ceil(Math.max(48, widestOf(codes, 12, true) + 10, noData));
        const n = m.cells.length;
        const fit = Math.max(1, Math.min(n, Math.floor((width + gap) / (narrowest + gap))));
        const rows = new Set(m.cells.map((c) => c.y)).size;
        expect(rows, `${width} px`).toBe(Math.ceil(n / fit));
      }
  });
});
