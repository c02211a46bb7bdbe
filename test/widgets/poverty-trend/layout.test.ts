import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/format.js';
import { textWidth } from '../../../src/core/measure.js';
import { dodge, povertyLayout, type PovertyModel, type TextMark } from '../../../src/widgets/poverty-trend/layout.js';
import type { PovertySpec } from '../../../src/widgets/poverty-trend/schema.js';
import { nonFinite } from '../../helpers/model.js';
import { HANG_GUARD_SCALE } from '../../reliability/checks.js';
import { plain } from '../../helpers/samples.js';
import { bps, fixture, longSeries, seed, spec, three } from './fixtures.js';

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  what: string;
}

/** The box a text takes, from the same width estimate the layout uses. */
function box(t: TextMark, size: number, what: string, bold = false): Box {
  const w = textWidth(t.text, size, bold);
  const offset = { start: 0, middle: w / 2, end: w }[t.anchor];
  const x0 = t.x - offset;
  return { x0, x1: x0 + w, y0: t.y - size * 0.8, y1: t.y + size * 0.25, what };
}

function endLabelBox(m: PovertyModel, i: number): Box {
  const l = m.labels[i]!;
  const fs = m.fontSize;
  const name = l.lines.slice(0, l.nameLines);
  const rest = l.lines.slice(l.nameLines);
  const w = Math.max(
    ...name.map((n) => textWidth(n, fs, true) + (l.swatch ? 18 : 0)),
    ...rest.map((n) => textWidth(n, fs) + (l.swatch ? 18 : 0)),
  );
  const last = l.y + (l.lines.length - 1) * l.lineHeight;
  return { x0: l.x, x1: l.x + w, y0: l.y - fs * 0.8, y1: last + fs * 0.25, what: `end label ${name}` };
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Every text box in the chart, for "nothing overlaps, nothing leaves the chart". */
function texts(m: PovertyModel): Box[] {
  const fs = m.fontSize;
  return [
    ...m.labels.map((_, i) => endLabelBox(m, i)),
    ...m.xTicks.flatMap((t) => (t.label ? [box(t.label, fs, `x label ${t.label.text}`)] : [])),
    ...m.yTicks.map((t) =>
      box({ text: t.label, x: m.plot.left - 6, y: t.pos + fs * 0.3, anchor: 'end' }, fs - 1, `y label ${t.label}`),
    ),
    ...m.annotations.flatMap((a) => a.labels.map((label) => box(label, fs - 1, `annotation ${label.text}`))),
  ];
}

const closeEnds = spec({
  title: 't',
  series: ['Laki-laki di perkotaan yang bekerja', 'Perempuan di perkotaan', 'Perdesaan', 'Nasional'].map((name, i) => ({
    name,
    points: [
      { period: '2019-03', value: 9 + i },
      { period: '2019-09', value: 9.5 + i * 0.3 },
      { period: '2020-03', value: 9.2 + i * 0.05 },
    ],
  })),
  threshold: { value: 10, label: 'Satu digit' },
  annotations: [
    { period: '2019-06', label: 'Pemilu' },
    { period: '2019-07', label: 'Rilis BPS yang sangat panjang namanya' },
    { period: '2019-08', label: 'Kebijakan baru' },
  ],
});

describe('povertyLayout: the time axis', () => {
  it('breaks the line at September 2023 and never bridges it', () => {
    const m = povertyLayout(bps(), { width: 640, lang: 'id' });
    const moves = m.lines[0]!.path.match(/M/g) ?? [];
    expect(moves).toHaveLength(2);
    const [a, b] = m.lines[0]!.path.split('M').filter(Boolean);
    expect(a!.split('L')).toHaveLength(17); // Mar 2015 … Mar 2023
    expect(b!.split('L')).toHaveLength(4); // Mar 2024 … Sep 2025
  });
  it('places periods by time, so the skipped half-year keeps its width', () => {
    const m = povertyLayout(bps(), { width: 640, lang: 'id' });
    const x = m.points[0]!.map((p) => p.anchor.x);
    const step = x[1]! - x[0]!;
    expect(x[17]! - x[16]!).toBeCloseTo(step, 0); // Mar 2023 → Sep 2023 (skipped)
    expect(x[18]! - x[16]!).toBeCloseTo(2 * step, 0);
  });
  it('keeps the skipped period reachable, saying "tidak ada data" / "no data"', () => {
    const id = povertyLayout(bps(), { width: 640, lang: 'id' }).points[0]!;
    expect(id).toHaveLength(22);
    expect(id[17]!.tooltip).toEqual({ title: 'Sep 2023', lines: ['tidak ada data'] });
    expect(povertyLayout(bps(), { width: 640, lang: 'en' }).points[0]![17]!.label).toBe('Sep 2023: no data');
  });
  it('labels a long axis with years alone and a short one with months', () => {
    const long = povertyLayout(bps(), { width: 1200, lang: 'id' });
    const years = long.xTicks.flatMap((t) => (t.label ? [t.label.text] : []));
    expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
    expect(years[0]).toBe('2015');
    expect(years).toContain('2020');
    const short = povertyLayout(seed(), { width: 640, lang: 'id' });
    expect(short.xTicks.map((t) => t.label?.text)).toEqual(['Mar 2018', 'Sep 2018', 'Mar 2019']);
    expect(povertyLayout(seed(), { width: 640, lang: 'en' }).xTicks[1]!.label!.text).toBe('Sep 2018');
  });
  it('marks each annotation with a rule at its period and a label', () => {
    const m = povertyLayout(bps(), { width: 640, lang: 'id' });
    const march2020 = m.points[0]![10]!;
    expect(m.annotations).toHaveLength(1);
    expect(m.annotations[0]!.x).toBeCloseTo(march2020.anchor.x, 0);
    expect(m.annotations[0]!.labels.map((l) => l.text)).toEqual(['Pandemi COVID-19']);
    expect(march2020.tooltip.lines).toContain('Pandemi COVID-19');
  });
  it('widens the time axis to an annotation outside the data', () => {
    const s = spec({
      ...(seed() as object),
      annotations: [{ period: '2017-03', label: 'Awal' }],
      series: [{ name: 'N', points: seed().series[0]!.points }],
    });
    const m = povertyLayout(s, { width: 640, lang: 'id' });
    expect(m.annotations[0]!.x).toBeLessThan(m.points[0]![0]!.anchor.x - 100);
    expect(m.annotations[0]!.x).toBeGreaterThanOrEqual(m.plot.left);
  });
});

describe('povertyLayout: the value axis', () => {
  it('need not start at zero, and says where it starts: a tick at the foot and a break mark', () => {
    const m = povertyLayout(bps(), { width: 640, lang: 'id' });
    expect(m.axisBreak).toBe(true);
    expect(m.yTicks[0]!.pos).toBeCloseTo(m.plot.bottom, 0);
    expect(plain(m.yTicks[0]!.label)).toBe('8,0%');
  });
  it('draws no break when the axis starts at zero', () => {
    const s = spec({
      title: 't',
      series: [
        {
          name: 'N',
          points: [
            { period: '2019-03', value: 0 },
            { period: '2019-09', value: 3 },
          ],
        },
      ],
    });
    expect(povertyLayout(s, { width: 640, lang: 'id' }).axisBreak).toBe(false);
  });
  it('extends the axis to a threshold outside the data (the seed stays under 10%)', () => {
    const m = povertyLayout(seed(), { width: 640, lang: 'id' });
    expect(m.yTicks[m.yTicks.length - 1]!.value).toBeGreaterThanOrEqual(10);
    expect(m.threshold).toBeGreaterThanOrEqual(m.plot.top);
  });
  it('names the threshold beside the plot, at its line, as the label over the value', () => {
    const m = povertyLayout(bps(), { width: 640, lang: 'id' });
    const label = m.labels[1]!;
    expect(label.style).toBe(-1);
    expect(label.lines).toEqual(['Satu digit', '10%']);
    expect(label.y - m.fontSize).toBeLessThan(m.threshold!);
    expect(label.y + label.lineHeight).toBeGreaterThan(m.threshold!);
  });
  it('gives a readable axis when all values are equal', () => {
    const s = spec({
      title: 't',
      series: [{ name: 'N', points: ['2019-03', '2019-09', '2020-03'].map((period) => ({ period, value: 9.41 })) }],
    });
    const m = povertyLayout(s, { width: 320, lang: 'id' });
    expect(m.yTicks.length).toBeGreaterThanOrEqual(3);
    expect(new Set(m.yTicks.map((t) => t.label)).size).toBe(m.yTicks.length);
    const y = m.points[0]![0]!.anchor.y;
    expect(y).toBeGreaterThan(m.plot.top);
    expect(y).toBeLessThan(m.plot.bottom);
    expect(nonFinite(m)).toEqual([]);
  });
  it('never leaves 0–100, even for values at the ends', () => {
    for (const value of [0, 100]) {
      const s = spec({ title: 't', series: [{ name: 'N', points: [{ period: '2019-03', value }] }] });
      const m = povertyLayout(s, { width: 320, lang: 'en' });
      expect(m.yTicks[0]!.value).toBeGreaterThanOrEqual(0);
      expect(m.yTicks[m.yTicks.length - 1]!.value).toBeLessThanOrEqual(100);
    }
  });
});

describe('povertyLayout: marks', () => {
  it('marks every observation of a short series', () => {
    const m = povertyLayout(bps(), { width: 1200, lang: 'id' });
    expect(m.lines[0]!.markers.match(/M/g)).toHaveLength(21);
  });
  it('draws a 10,000-point series quickly, without markers, with pointer targets per 2 px', () => {
    const s = spec({ title: 't', series: [{ name: 'Panjang', points: longSeries(10_000) }] });
    const start = performance.now();
    const m = povertyLayout(s, { width: 1200, lang: 'id' });
    // Not a benchmark: a generous bound that only a quadratic step would exceed.
    expect(performance.now() - start).toBeLessThan(5000 * HANG_GUARD_SCALE);
    expect(m.lines[0]!.markers).toBe('');
    expect(m.points[0]).toHaveLength(10_000);
    const targets = m.hits[0]!.filter((h) => h.width > 0).length;
    expect(targets).toBeLessThanOrEqual((m.plot.right - m.plot.left) / 2 + 1);
    expect(m.points[0]![5000]!.tooltip.title).toBe('Sep 1616');
  });
  it('draws a 10,000-point series through at most four points per pixel column, and every point of a short one', () => {
    const long = spec({ title: 't', series: [{ name: 'Panjang', points: longSeries(10_000) }] });
    const m = povertyLayout(long, { width: 400, lang: 'id' });
    const drawn = m.lines[0]!.path.match(/[ML]/g)!.length;
    expect(drawn).toBeLessThanOrEqual(4 * Math.ceil(m.plot.right - m.plot.left + 1));
    expect(drawn).toBeGreaterThan(m.plot.right - m.plot.left); // every column still drawn
    const short = povertyLayout(spec({ title: 't', series: [{ name: 'N', points: longSeries(100) }] }), {
      width: 1200,
      lang: 'id',
    });
    expect(short.lines[0]!.path.match(/[ML]/g)).toHaveLength(100);
  });
  it('always marks a point with no neighbour on either side, even on a long series', () => {
    const points = longSeries(200).filter((_, i) => i !== 98 && i !== 100);
    const m = povertyLayout(spec({ title: 't', series: [{ name: 'N', points }] }), { width: 640, lang: 'id' });
    expect(m.lines[0]!.markers.match(/M/g)).toHaveLength(1);
    expect(m.lines[0]!.path.match(/M/g)).toHaveLength(3);
  });
  it('draws a one-point series as a point with its label', () => {
    const s = spec({ title: 't', series: [{ name: 'Nasional', points: [{ period: '2019-03', value: 9.41 }] }] });
    const m = povertyLayout(s, { width: 320, lang: 'id' });
    expect(m.lines[0]!.markers).not.toBe('');
    expect(m.labels[0]!.lines.map(plain)).toEqual(['Nasional', '9,41%']);
    expect(m.xTicks.map((t) => t.label?.text)).toEqual(['Mar 2019']);
    expect(m.points[0]![0]!.anchor.x).toBeGreaterThan(m.plot.left);
    expect(m.points[0]![0]!.anchor.x).toBeLessThan(m.plot.right);
    expect(nonFinite(m)).toEqual([]);
  });
  it('lays out no series as an empty chart', () => {
    const m = povertyLayout(spec({ title: 't', series: [] }), { width: 320, lang: 'id' });
    expect(m.empty).toBe(true);
    expect(m.summary).toContain('Belum ada data');
    expect(m.points).toEqual([]);
  });
  it('gives an empty chart the whole frame as its plot and nothing to draw, name or reach', () => {
    const m = povertyLayout(spec({ title: 't', series: [] }), { width: 320, lang: 'id' });
    expect(m.plot).toEqual({ left: 0, top: 0, right: 320, bottom: 260 });
    expect(m.axisBreak).toBe(false);
    expect([m.yTicks, m.xTicks, m.lines, m.labels, m.annotations, m.hits, m.legend]).toEqual([
      [],
      [],
      [],
      [],
      [],
      [],
      [],
    ]);
  });
  it('tells series apart by dash and marker, not only colour, and names them at their ends', () => {
    const m = povertyLayout(three(), { width: 640, lang: 'id' });
    expect(m.lines.map((l) => l.style)).toEqual([0, 1, 2]);
    const shapes = m.lines.map((l) => l.markers.replace(/[\d.,-]+/g, '').slice(0, 12));
    expect(new Set(shapes).size).toBe(3);
    expect(m.labels.map((l) => l.lines[0])).toEqual(['Nasional', 'Perkotaan', 'Perdesaan', 'Satu digit']);
    expect(m.labels.map((l) => l.swatch)).toEqual([true, true, true, false]);
    expect(m.legend).toEqual([]);
  });
});

describe('povertyLayout: reaching points', () => {
  it('gives each series a row and each period a column, the same period in every row', () => {
    const m = povertyLayout(three(), { width: 640, lang: 'id' });
    expect(m.points.map((r) => r.length)).toEqual([22, 22, 22]);
    for (const row of m.points) expect(row[10]!.tooltip.title).toBe('Mar 2020');
    expect(m.points[1]![10]!.tooltip.lines[0]).toBe('Perkotaan: 7,38%');
  });
  it('splits each column between the series, nearest line first', () => {
    const m = povertyLayout(three(), { width: 640, lang: 'id' });
    for (let c = 0; c < m.points[0]!.length; c++) {
      const spans = m.hits.map((row) => row[c]!).sort((a, b) => a.y - b.y);
      expect(spans[0]!.y).toBeCloseTo(m.plot.top, 0);
      expect(spans[2]!.y + spans[2]!.height).toBeCloseTo(m.plot.bottom, 0);
      for (let k = 1; k < spans.length; k++) expect(spans[k]!.y).toBeCloseTo(spans[k - 1]!.y + spans[k - 1]!.height, 0);
    }
  });
  it('tells the value, the count and the change since the previous period', () => {
    const m = povertyLayout(bps(), { width: 640, lang: 'id' });
    expect(m.points[0]![6]!.tooltip.lines.map(plain)).toEqual([
      '9,82%',
      '25,95 juta jiwa',
      '−0,30 poin dibanding Sep 2017',
    ]);
    expect(plain(m.points[0]![18]!.label)).toBe('Mar 2024: 9,03%; 25,22 juta jiwa; −0,33 poin dibanding Mar 2023');
  });
  it('says "no data" for a period only another series has, without a pointer target', () => {
    const s = spec({
      title: 't',
      series: [
        {
          name: 'A',
          points: [
            { period: '2019-03', value: 9 },
            { period: '2019-09', value: 8 },
          ],
        },
        { name: 'B', points: [{ period: '2019-09', value: 7 }] },
      ],
    });
    const m = povertyLayout(s, { width: 640, lang: 'en' });
    expect(m.points[1]![0]!.tooltip.lines).toEqual(['B: no data']);
    expect(m.hits[1]![0]!.width).toBe(0);
    expect(m.hits[0]![0]!.height).toBeCloseTo(m.plot.bottom - m.plot.top, 0);
  });
});

describe('dodge', () => {
  it('leaves apart blocks where they want to be', () => {
    expect(
      dodge(
        [
          { want: 10, height: 4 },
          { want: 30, height: 4 },
        ],
        0,
        100,
      ),
    ).toEqual([8, 28]);
  });
  it('centres a run of clashing blocks on their wishes, in input order', () => {
    expect(
      dodge(
        [
          { want: 52, height: 10 },
          { want: 50, height: 10 },
        ],
        0,
        100,
        0,
      ),
    ).toEqual([51, 41]);
  });
  it('keeps blocks within bounds', () => {
    const tops = dodge(
      [
        { want: 0, height: 10 },
        { want: 1, height: 10 },
        { want: 99, height: 10 },
      ],
      0,
      100,
      2,
    );
    expect(tops).toEqual([0, 12, 90]);
  });
});

describe('povertyLayout: labels never overlap or leave the chart', () => {
  const widths = Array.from({ length: 26 }, (_, i) => 200 + i * 40);
  const docs: [string, () => PovertySpec][] = [
    ['seed', seed],
    ['bps', bps],
    ['three series', three],
    ['four close series', () => closeEnds],
  ];
  for (const [name, make] of docs) {
    for (const lang of ['id', 'en'] as Lang[]) {
      it(`${name}, ${lang}, widths 200–1200 px`, () => {
        const s = make();
        for (const width of widths) {
          const m = povertyLayout(s, { width, lang });
          const at = `${name} ${lang} ${width}px`;
          const boxes = texts(m);
          for (let i = 0; i < boxes.length; i++) {
            const a = boxes[i]!;
            expect(a.x0, `${at}: ${a.what} left`).toBeGreaterThanOrEqual(0);
            expect(a.x1, `${at}: ${a.what} right`).toBeLessThanOrEqual(width);
            expect(a.y0, `${at}: ${a.what} top`).toBeGreaterThanOrEqual(0);
            expect(a.y1, `${at}: ${a.what} bottom`).toBeLessThanOrEqual(m.height);
            for (let j = i + 1; j < boxes.length; j++)
              expect(overlap(a, boxes[j]!), `${at}: ${a.what} / ${boxes[j]!.what}`).toBe(false);
          }
          for (const l of m.labels) expect(l.x, at).toBeGreaterThan(m.plot.right);
          // Under 240 px (below the 320 px the design serves) a broken axis's 14 px take more of it.
          expect(m.plot.right - m.plot.left, `${at}: plot width`).toBeGreaterThan(width * (width < 240 ? 0.4 : 0.45));
          expect(nonFinite(m), at).toEqual([]);
        }
      });
    }
  }
});

describe('povertyLayout: no label is cut short or left out', () => {
  const docs: [string, () => PovertySpec][] = [
    ['long labels', () => spec(fixture('long-labels'))],
    ['four close series', () => closeEnds],
    ['bps', bps],
    ['three series', three],
  ];
  for (const [name, make] of docs)
    it(`${name}: every name, threshold label and annotation whole in the chart or the legend, 200–1200 px`, () => {
      const s = make();
      for (let width = 200; width <= 1200; width += 20)
        for (const lang of ['id', 'en'] as Lang[]) {
          const m = povertyLayout(s, { width, lang });
          const at = `${name} ${lang} ${width}px`;
          const drawn = [
            ...m.labels.flatMap((l) => l.lines),
            ...m.annotations.flatMap((a) => a.labels.map((t) => t.text)),
          ];
          expect(
            drawn.filter((text) => text.endsWith('…')),
            at,
          ).toEqual([]);
          const legend = m.legend.map((item) => item.label);
          // Names: their lines joined, or whole in the legend.
          const names = [...s.series.map((x) => x.name), ...(s.threshold?.label ? [s.threshold.label] : [])];
          for (const [i, whole] of names.entries()) {
            const label = m.labels[i]!;
            const shown = label.lines.slice(0, label.nameLines).join(' ');
            expect(shown === whole || legend.includes(whole), `${at}: ${whole}`).toBe(true);
          }
          // Annotations: beside their rule in one or two lines, or numbered with the words in the legend.
          for (const [i, note] of s.annotations.entries()) {
            const shown = m.annotations[i]!.labels.map((t) => t.text).join(' ');
            expect(shown === note.label || legend.includes(`${shown}: ${note.label}`), `${at}: ${note.label}`).toBe(
              true,
            );
          }
        }
    });

  it('wraps a long name onto a second line rather than cutting it ("Perkotaan dan pinggiran kota besar")', () => {
    const m = povertyLayout(spec(fixture('long-labels')), { width: 640, lang: 'id' });
    expect(m.labels[0]!.nameLines).toBeGreaterThanOrEqual(2);
    expect(m.labels[0]!.lines.slice(0, m.labels[0]!.nameLines).join(' ')).toBe('Perkotaan dan pinggiran kota besar');
    expect(m.labels[2]!.lines.slice(0, m.labels[2]!.nameLines).join(' ')).toBe('Target RPJMN 2020–2024 (batas atas)');
  });

  it('gives three annotations six months apart each its words at 640 px, on a second row where needed', () => {
    const m = povertyLayout(spec(fixture('long-labels')), { width: 640, lang: 'id' });
    expect(m.annotations.map((a) => a.labels.map((t) => t.text).join(' '))).toEqual([
      'Pandemi COVID-19',
      'Bantuan sosial tunai diperluas',
      'Harga BBM naik',
    ]);
    expect(m.legend).toEqual([]);
  });
});

describe('povertyLayout: sizes and thresholds', () => {
  const two = spec({
    title: 't',
    series: ['A', 'B'].map((name, i) => ({
      name,
      points: [
        { period: '2019-03', value: 9 - 4 * i },
        { period: '2019-09', value: 8 - 4 * i },
      ],
    })),
  });
  const noted = (labels: string[]) =>
    spec({
      title: 't',
      series: [
        {
          name: 'N',
          points: [
            { period: '2019-03', value: 9 },
            { period: '2019-09', value: 8 },
          ],
        },
      ],
      annotations: labels.map((label) => ({ period: '2019-05', label })),
    });

  it('is never narrower than 200 px, and rounds the width to whole px', () => {
    expect(povertyLayout(two, { width: 100, lang: 'id' }).width).toBe(200);
    expect(povertyLayout(two, { width: 640.4, lang: 'id' }).width).toBe(640);
  });
  it('takes a fixed height when given one, the plot ending 24 px above its foot', () => {
    const m = povertyLayout(two, { width: 640, lang: 'id', height: 300 });
    expect(m.height).toBe(300);
    expect(m.plot.bottom).toBe(276);
  });
  it('keys each name with its line from 280 px wide, and not below', () => {
    expect(povertyLayout(two, { width: 279, lang: 'id' }).labels.map((l) => l.swatch)).toEqual([false, false]);
    expect(povertyLayout(two, { width: 280, lang: 'id' }).labels.map((l) => l.swatch)).toEqual([true, true]);
  });
  it('draws markers of radius 3 below 480 px and 3.5 from 480 px', () => {
    expect(povertyLayout(two, { width: 479, lang: 'id' }).markerRadius).toBe(3);
    expect(povertyLayout(two, { width: 480, lang: 'id' }).markerRadius).toBe(3.5);
  });
  it('marks a series of 60 points, and none of 61', () => {
    const markers = (n: number) => {
      const m = povertyLayout(spec({ title: 't', series: [{ name: 'N', points: longSeries(n) }] }), {
        width: 1200,
        lang: 'id',
      });
      return m.lines[0]!.markers.match(/M/g)?.length ?? 0;
    };
    expect(markers(60)).toBe(60);
    expect(markers(61)).toBe(0);
  });
  it('starts the plot 10 px down without annotations, 22 px with a row of them, 37 px with two', () => {
    const s = spec({ ...(noted([]) as object), annotations: [] });
    expect(povertyLayout(s, { width: 320, lang: 'id' }).plot.top).toBe(10);
    expect(povertyLayout(noted(['Pemilu']), { width: 320, lang: 'id' }).plot.top).toBe(22);
    expect(povertyLayout(noted(['Pemilu serentak', 'Rilis BPS', 'Sensus']), { width: 320, lang: 'id' }).plot.top).toBe(
      37,
    );
  });
  it('numbers a note with no room in the legend, after its key: "1: Banjir"', () => {
    const m = povertyLayout(noted(['Pemilu serentak', 'Rilis BPS', 'Sensus', 'Reshuffle kabinet', 'Banjir']), {
      width: 320,
      lang: 'id',
    });
    expect(m.annotations.map((a) => a.labels.map((l) => l.text).join(' '))).toEqual([
      'Pemilu serentak',
      'Rilis BPS',
      'Sensus',
      'Reshuffle kabinet',
      '1',
    ]);
    expect(m.legend).toEqual([{ swatch: 'note', label: '1: Banjir' }]);
  });
  it('starts a time axis of more than two years at the January before, when that adds at most a tenth', () => {
    const axis = (from: string, to: string) => {
      const m = povertyLayout(
        spec({
          title: 't',
          series: [
            {
              name: 'N',
              points: [
                { period: from, value: 9 },
                { period: to, value: 8 },
              ],
            },
          ],
        }),
        { width: 640, lang: 'id' },
      );
      return [m.points[0]![0]!.anchor.x, m.xTicks.flatMap((t) => (t.label ? [t.label.text] : []))];
    };
    // Two years exactly: the axis starts at the first period (at the plot's left, 54, + 6.5 for the marker).
    expect(axis('2019-02', '2021-02')).toEqual([60.5, ['Feb 2019', 'Feb 2020', 'Feb 2021']]);
    // 25 months: January 2019 is added, and named.
    expect(axis('2019-02', '2021-03')).toEqual([80.6, ['2019', '2020', '2021']]);
    // April is 3 months from January: added for 30 months (a tenth is 3), not for 29.
    expect(axis('2019-04', '2021-10')).toEqual([108, ['2019', '2020', '2021']]);
    expect(axis('2019-04', '2021-09')).toEqual([60.5, ['2020', '2021']]);
  });
  it('has no threshold line without a threshold', () => {
    expect(povertyLayout(two, { width: 640, lang: 'id' }).threshold).toBeUndefined();
  });
  it('joins a label to its line only when it moved more than a line or the line stops short of the plot edge', () => {
    const s = spec({
      title: 't',
      series: [
        {
          name: 'A',
          points: [
            { period: '2019-03', value: 9 },
            { period: '2019-09', value: 8 },
            { period: '2020-03', value: 8 },
          ],
        },
        {
          name: 'B',
          points: [
            { period: '2019-03', value: 5 },
            { period: '2019-09', value: 4 },
          ],
        },
      ],
      threshold: { value: 8.1, label: 'Batas' },
    });
    const leaders = (width: number) => povertyLayout(s, { width, lang: 'id' }).labels.map((l) => l.leader);
    // 640 px: A and the threshold sit at their lines; B's line ends a period early, 6.5 px past its last point.
    expect(leaders(640)).toEqual([undefined, { x1: 313.5, y1: 248.3, x2: 577, y2: 248.3 }, undefined]);
    // 320 px: A's end and the threshold, 0.1 points apart, are pushed apart, each by more than a line.
    expect(leaders(320)).toEqual([
      { x1: 252, y1: 66.5, x2: 257, y2: 81.6 },
      { x1: 157, y1: 179.5, x2: 257, y2: 179.5 },
      { x1: 254, y1: 63.7, x2: 257, y2: 48.6 },
    ]);
  });
  it('moves a time label that would cross the chart edge inside it, leaving its tick', () => {
    const points = longSeries(18).map((p, i) => ({ ...p, value: i % 6 }));
    const m = povertyLayout(spec({ title: 't', series: [{ name: 'N', points }] }), { width: 200, lang: 'id' });
    const first = m.xTicks[0]!;
    expect(first.pos).toBe(30);
    // "Jan 1200" is 59.3 px wide: centred on its tick it would start 0.4 px outside; it starts 1 px in.
    expect(first.label).toEqual({ text: 'Jan 1200', x: 30.6, y: 256, anchor: 'middle' });
  });
  it('keeps the series values beside their names while the labels stack in the height, and drops them past it', () => {
    // Two labels of a name and a value: 2 × (2 × 15 + 3) = 66 px; the room is the height less 20 px.
    const lines = (height: number) => povertyLayout(two, { width: 640, lang: 'id', height }).labels.map((l) => l.lines);
    expect(lines(86)).toEqual([
      ['A', '8,00%'],
      ['B', '4,00%'],
    ]);
    expect(lines(85)).toEqual([['A'], ['B']]);
  });
  it('is not empty with a series', () => {
    expect(povertyLayout(two, { width: 640, lang: 'id' }).empty).toBe(false);
  });
  it('marks no series when one of them is longer than 60 points', () => {
    const s = spec({
      title: 't',
      series: [
        { name: 'A', points: longSeries(61) },
        {
          name: 'B',
          points: [
            { period: '1201-01', value: 5 },
            { period: '1201-07', value: 6 },
          ],
        },
      ],
    });
    expect(povertyLayout(s, { width: 1200, lang: 'id' }).lines.map((l) => l.markers)).toEqual(['', '']);
  });
  it('marks points by the shortest cadence: monthly points under 12 px apart leave both series unmarked at 320 px', () => {
    const halfYears = ['1200-01', '1200-07', '1201-01', '1201-07'].map((period) => ({ period, value: 6 }));
    const s = spec({
      title: 't',
      series: [
        { name: 'A', points: longSeries(24) },
        { name: 'B', points: halfYears },
      ],
    });
    expect(povertyLayout(s, { width: 320, lang: 'id' }).lines.map((l) => l.markers)).toEqual(['', '']);
  });
  it('takes a one-point series as yearly when choosing to mark: it does not stop the others being marked', () => {
    const s = spec({
      title: 't',
      series: [
        {
          name: 'A',
          points: [
            { period: '2019-03', value: 9 },
            { period: '2019-09', value: 8 },
            { period: '2020-03', value: 7 },
          ],
        },
        { name: 'B', points: [{ period: '2019-09', value: 5 }] },
      ],
    });
    const m = povertyLayout(s, { width: 640, lang: 'id' });
    expect(m.lines.map((l) => l.markers.match(/M/g)?.length ?? 0)).toEqual([3, 1]);
  });
  it('marks points exactly four marker radii apart (12 px at 224 px wide), and not closer (223 px)', () => {
    const points = longSeries(12).map((p, i) => ({ ...p, value: 5 + (i % 4) }));
    const s = spec({ title: 't', series: [{ name: 'N', points }] });
    const markers = (width: number) =>
      povertyLayout(s, { width, lang: 'id' }).lines[0]!.markers.match(/M/g)?.length ?? 0;
    expect(markers(224)).toBe(12);
    expect(markers(223)).toBe(0);
  });
  it('joins a label to a line that ends exactly 1 px short of the plot edge, and not to one ending at it', () => {
    // Yearly points 2000–2010 and a note in February 2010: at 237 px a month is 1 px, so the line ends 1 px short.
    const points = Array.from({ length: 11 }, (_, i) => ({ period: `${2000 + i}-01`, value: 5 + (i % 3) }));
    const noted = spec({
      title: 't',
      series: [{ name: 'N', points }],
      annotations: [{ period: '2010-02', label: 'X' }],
    });
    const m = povertyLayout(noted, { width: 237, lang: 'id' });
    expect(m.plot.right).toBe(187);
    expect(m.labels[0]!.leader).toBeUndefined();
    const later = spec({
      title: 't',
      series: [{ name: 'N', points }],
      annotations: [{ period: '2010-03', label: 'X' }],
    });
    expect(povertyLayout(later, { width: 237, lang: 'id' }).labels[0]!.leader).toBeDefined();
  });
  it('moves a time label that would cross the right edge inside it, with the values dropped for the height', () => {
    const points = [
      { period: '1200-01', value: 0 },
      { period: '1200-02', value: 2 },
    ];
    const m = povertyLayout(spec({ title: 't', series: [{ name: 'N', points }] }), {
      width: 200,
      lang: 'id',
      height: 40,
    });
    expect(m.labels[0]!.lines).toEqual(['N']);
    const last = m.xTicks.at(-1)!;
    expect(last.pos).toBeGreaterThan(200 - textWidth(last.label!.text, m.fontSize) / 2 - 1);
    expect(last.label!.x).toBe(169.4);
  });
  it("joins no leader to a label moved exactly one line (15 px) from its line's end", () => {
    // A ends at 2%, B at 1.75%: 3 px apart at 196 px high, so their two-line labels, centred together, sit 15 px
    // above A's end and 15 px below B's (37 px down).
    const s = spec({
      title: 't',
      series: ['A', 'B'].map((name, k) => ({
        name,
        points: [
          { period: '2019-03', value: 1 },
          { period: '2019-09', value: 2 - k / 4 },
        ],
      })),
    });
    const m = povertyLayout(s, { width: 640, lang: 'id', height: 196 });
    expect(m.points[1]![1]!.anchor.y).toBe(37);
    expect(m.labels.map((l) => l.leader)).toEqual([undefined, undefined]);
  });
});
