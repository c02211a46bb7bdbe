import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/core/format.js';
import { FOCUS_RING } from '../../../src/core/measure.js';
import { budgetGrowth } from '../../../src/widgets/budget-growth/definition.js';
import { growthSteps } from '../../../src/widgets/budget-growth/growth.js';
import {
  inflate,
  nearestFreeCentre,
  overlaps,
  textBox,
  tickLabelBox,
  type Box,
} from '../../../src/widgets/budget-growth/boxes.js';
import { placeGrowthLabels } from '../../../src/widgets/budget-growth/labels.js';
import { budgetLayout, type BudgetModel } from '../../../src/widgets/budget-growth/layout.js';
import { spec } from './fixtures.js';
import type { BudgetSpec } from '../../../src/widgets/budget-growth/schema.js';
import { growthPhrase } from '../../../src/widgets/budget-growth/story.js';
import { plain, sample } from '../../helpers/samples.js';

/** Every text the chart draws, as the box the layout estimates for it. */
function textBoxes(m: BudgetModel): { what: string; box: Box }[] {
  const fs = m.fontSize;
  return [
    ...m.bars.flatMap((b) =>
      b.label ? [{ what: `value ${b.year}`, box: textBox(b.label.text, b.label.x, b.label.y, fs) }] : [],
    ),
    ...m.growth.flatMap((g) => [
      { what: `growth ${g.fromYear}→${g.toYear}`, box: textBox(g.total, g.x, g.totalY, fs, true) },
      ...(g.perYear
        ? [{ what: `per year ${g.fromYear}→${g.toYear}`, box: textBox(g.perYear, g.x, g.perYearY, fs - 1) }]
        : []),
    ]),
    ...m.slots.flatMap((s) =>
      s.label ? [{ what: `year ${s.year}`, box: textBox(s.label.text, s.label.x, s.label.y, fs) }] : [],
    ),
    ...m.yTicks.map((t) => ({ what: `tick ${t.label}`, box: tickLabelBox(t.label, m.plot.left, t.pos, fs) })),
  ];
}

/** What is wrong with one chart's labels, as sentences; none when all is well. */
function labelProblems(s: BudgetSpec, m: BudgetModel): string[] {
  const problems: string[] = [];
  const points = s.points;

  // The largest changes first: no drawn change is smaller than one left out.
  const shown = new Set(m.growth.map((g) => g.fromYear));
  const changes = growthSteps(points).filter((g) => g.total !== null);
  const smallestShown = Math.min(...changes.filter((g) => shown.has(g.fromYear)).map((g) => Math.abs(g.total!)));
  for (const g of changes)
    if (!shown.has(g.fromYear) && Math.abs(g.total!) > smallestShown)
      problems.push(`growth ${g.fromYear}→${g.toYear} (${g.total}) dropped while a smaller one is drawn`);

  // First, last, peak and planned always carry their figure.
  const peak = points.reduce((best, p) => (p.amount > best.amount ? p : best), points[0]!);
  for (const [i, p] of points.entries()) {
    const always = i === 0 || i === points.length - 1 || p === peak || p.status === 'planned';
    if (always && !m.bars[i]!.label) problems.push(`no value label on ${p.year}`);
  }

  // No two texts overlap, and none leaves the chart.
  const texts = textBoxes(m);
  const chart: Box = { left: 0, top: 0, right: m.width, bottom: m.height };
  for (const [i, a] of texts.entries()) {
    const { left, top, right, bottom } = a.box;
    if (left < chart.left || top < chart.top || right > chart.right || bottom > chart.bottom)
      problems.push(`${a.what} outside the chart`);
    for (const b of texts.slice(i + 1)) if (overlaps(a.box, b.box)) problems.push(`${a.what} overlaps ${b.what}`);
  }

  // Value labels stay off every bar, clear of every realized rule (which beside a figure reads as a minus sign).
  for (const bar of m.bars) {
    if (!bar.label) continue;
    const box = textBox(bar.label.text, bar.label.x, bar.label.y, m.fontSize);
    for (const other of m.bars) {
      const rect = { left: other.x, top: other.y, right: other.x + other.width, bottom: m.plot.bottom };
      if (overlaps(box, rect)) problems.push(`value ${bar.year} over bar ${other.year}`);
      const rule = other.realized;
      if (rule && overlaps(box, inflate({ left: rule.x1, top: rule.y - 1, right: rule.x2, bottom: rule.y + 1 }, 4, 1)))
        problems.push(`value ${bar.year} touches the realized rule of ${other.year}`);
    }
    // A label covers its bar's centre; one raised above what is in its way hangs from a leader within its bar.
    const leader = bar.label.leader;
    if (!leader && !(box.left < bar.x + bar.width / 2 && bar.x + bar.width / 2 < box.right))
      problems.push(`value ${bar.year} beside its bar, not over it`);
    if (leader && !(bar.x <= leader.x && leader.x <= bar.x + bar.width && leader.y2 < bar.y && leader.y1 >= box.bottom))
      problems.push(`value ${bar.year}: its leader misses the bar or the label`);
  }
  // A growth figure covers the middle of its connector.
  for (const g of m.growth) {
    const box = textBox(g.total, g.x, g.totalY, m.fontSize, true);
    if (!(box.left <= (g.x1 + g.x2) / 2 && (g.x1 + g.x2) / 2 <= box.right))
      problems.push(`growth ${g.fromYear}→${g.toYear} beside its connector`);
  }
  // No text comes within a pixel of a focused bar's ring (drawn around `focus`), give or take
  // the 0.05 px that positions are rounded by; only a neighbour's figure beside the ring may meet its side
  // (RING_CLEARANCE, budget-growth/layout.ts).
  for (const [i, point] of (m.points[0] ?? []).entries()) {
    const { x, y, width, height } = point.focus;
    const centreLine = { left: x, top: y, right: x + width, bottom: y + height };
    const ring = inflate(centreLine, FOCUS_RING.width / 2 + 0.95);
    const inner = inflate(centreLine, -FOCUS_RING.width / 2);
    const year = m.bars[i]!.year;
    for (const t of texts) {
      if (!overlaps(ring, t.box)) continue;
      const neighbour = t.what.startsWith('value ') && t.what !== `value ${year}`;
      // Beside the ring: left or right of its inside, so it can meet only a side (or a corner).
      if (neighbour && (t.box.right <= inner.left || t.box.left >= inner.right)) continue;
      problems.push(`${t.what} touches the focus ring of ${year}`);
    }
  }
  // A leader crosses no text.
  for (const bar of m.bars) {
    const leader = bar.label?.leader;
    if (!leader) continue;
    const path = { left: leader.x - 0.5, top: leader.y1, right: leader.x + 0.5, bottom: leader.y2 };
    for (const t of texts) if (overlaps(path, t.box)) problems.push(`leader of ${bar.year} crosses ${t.what}`);
  }
  return problems;
}

const samples = budgetGrowth.samples.map((name) => [name, spec(sample(name))] as const);
const widths = Array.from({ length: (1200 - 200) / 4 + 1 }, (_, i) => 200 + i * 4);

describe('budget labels: a sweep of every sample from 200 to 1200 px', () => {
  for (const [name, s] of samples)
    for (const lang of ['id', 'en'] as Lang[])
      it(`${name} in ${lang}: largest changes first; first, last, peak and planned labelled; nothing overlaps, leaves the chart or touches a realized rule or a focus ring`, () => {
        const problems = widths.flatMap((width) =>
          labelProblems(s, budgetLayout(s, { width, lang })).map((p) => `${width}px: ${p}`),
        );
        expect(problems).toEqual([]);
      });
});

describe('budget labels: what is not drawn is still told', () => {
  for (const [name, s] of samples)
    it(`${name}: every change and every amount is in the tooltips and the table at 280 px`, () => {
      const m = budgetLayout(s, { width: 280, lang: 'id' });
      const tooltips = m.points[0]!.map((p) => p.tooltip.lines.join(' '));
      const table = m.table.rows.map((row) => row.join(' '));
      for (const [i, g] of growthSteps(s.points).entries()) {
        expect(tooltips[i + 1]).toContain(growthPhrase(g, 'id'));
        expect(table.some((row) => row.includes(growthPhrase(g, 'id')))).toBe(true);
      }
    });
});

describe('budget labels: the extended sample as an editor sees it', () => {
  const extended = spec(sample('budget-growth.extended'));
  const growthAt = (width: number) => budgetLayout(extended, { width, lang: 'id' }).growth.map((g) => plain(g.total));

  it('keeps the two largest increases, 2017→2018 (+150%) and 2019→2020 (+128%), at 480 and 640 px', () => {
    for (const width of [480, 640]) {
      const growth = budgetLayout(extended, { width, lang: 'id' }).growth;
      expect(growth.map((g) => g.fromYear)).toEqual(expect.arrayContaining([2017, 2019]));
    }
  });
  it('writes every change in one style: whole percents when the decimal would leave some out', () => {
    expect(growthAt(640)).toHaveLength(10);
    expect(growthAt(640).every((text) => /^[+−]\d+%$/.test(text))).toBe(true);
    expect(growthAt(1200).every((text) => /^[+−]\d+,\d%$/.test(text))).toBe(true);
  });
  it('draws every change at 1200 px, in year order', () => {
    expect(growthAt(1200)).toHaveLength(10);
    expect(budgetLayout(extended, { width: 1200, lang: 'id' }).growth.map((g) => g.fromYear)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
  });
});

describe('placeGrowthLabels', () => {
  // Figures about 45 px wide, over connectors 30 px long.
  const candidate = (change: number, x1: number) => ({ total: '+00,0%', change, x1, x2: x1 + 30 });

  it('stops at the first change that finds no room, so none smaller is drawn after it', () => {
    // Three neighbours too close for all; the middle one is the largest.
    const placed = placeGrowthLabels([candidate(0.1, 0), candidate(0.9, 20), candidate(0.05, 40)], {
      fontSize: 12,
      chartWidth: 200,
    });
    expect(placed.map((p) => p.candidate.change)).toEqual([0.9]);
  });
  it('keeps a smaller change beside a larger one when both fit', () => {
    const placed = placeGrowthLabels([candidate(0.1, 0), candidate(0.9, 100)], { fontSize: 12, chartWidth: 300 });
    expect(placed.map((p) => p.candidate.change)).toEqual([0.9, 0.1]);
  });
});

describe('nearestFreeCentre', () => {
  it('keeps the preferred centre when it is free', () => {
    expect(nearestFreeCentre(50, 10, [0, 100], [[70, 80]])).toBe(50);
  });
  it('moves just clear of the obstacle, to the nearer side', () => {
    expect(nearestFreeCentre(50, 10, [0, 100], [[52, 60]])).toBe(47);
    expect(nearestFreeCentre(50, 10, [0, 100], [[40, 48]])).toBe(53);
  });
  it('finds nothing when every place within the range is taken', () => {
    expect(nearestFreeCentre(50, 10, [45, 55], [[40, 60]])).toBeUndefined();
  });
});

describe('budget labels: random documents hold the same rules', () => {
  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seed: number) {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const documents = Array.from({ length: 60 }, (_, n) => {
    const next = random(n + 1);
    const count = 2 + Math.floor(next() * 14);
    let year = 2000;
    const points = Array.from({ length: count }, (_, i) => {
      year += next() < 0.15 ? 2 : 1;
      const amount = Math.round((1 + next() * 149) * 100) * 1e10;
      const realized = next() < 0.4 ? Math.round(amount * (0.85 + next() * 0.2)) : undefined;
      const status = i === count - 1 && next() < 0.5 ? 'planned' : 'final';
      return { year, amount, realized, status };
    });
    return spec({ title: `random ${n}`, points });
  });

  // From 320 px. There, many bars with large swings can leave a first or last figure no
  // room between the chart's edge, a taller neighbour and its label: with 12 px labels
  // (the type scale's small size; 11 px before) one document of these 60 (14 bars, its
  // last, Rp 53 T, beside Rp 143 T). That figure stays in the tooltip and the table.
  it('60 documents of 2 to 15 years at widths 320–1200 px', () => {
    const problems = documents.flatMap((s, n) =>
      [320, 375, 480, 640, 800, 1200].flatMap((width) =>
        labelProblems(s, budgetLayout(s, { width, lang: 'id' })).map((p) => `document ${n}, ${width}px: ${p}`),
      ),
    );
    expect(problems).toEqual(['document 3, 320px: no value label on 2016']);
  });
});
