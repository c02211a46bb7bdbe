import { describe, expect, it } from 'vitest';
import type { Tick } from '../../src/core/axis.js';
import type { AccessModel } from '../../src/core/model.js';
import type { BudgetSpec } from '../../src/widgets/budget-growth/schema.js';
import { widgets } from '../../src/widgets/index.js';
import type { PovertyModel } from '../../src/widgets/poverty-trend/layout.js';
import type { PovertySpec } from '../../src/widgets/poverty-trend/schema.js';
import { sample } from '../helpers/samples.js';
import { fixture } from './poverty-trend/fixtures.js';

/** The highest value each widget with a value axis draws: its bars, or its lines and threshold. */
const HIGHEST: Record<string, (spec: never) => number> = {
  'budget-growth': (spec: BudgetSpec) => Math.max(...spec.points.map((p) => Math.max(p.amount, p.realized ?? 0))),
  'poverty-trend': (spec: PovertySpec) =>
    Math.max(...spec.series.flatMap((s) => s.points.map((p) => p.value)), spec.threshold?.value ?? -Infinity),
};

/** Extra documents: three series close together, and a small range far from zero. */
const EXTRA: Record<string, unknown[]> = {
  'poverty-trend': [
    fixture('three-series'),
    {
      title: 't',
      series: [
        { name: 'N', points: [40.1, 40.3, 39.9, 40.6].map((value, i) => ({ period: `${2020 + i}-03`, value })) },
      ],
    },
  ],
};

const widths = Array.from({ length: 24 }, (_, i) => 280 + i * 40);
type Axed = AccessModel & { yTicks?: Tick[] };

describe('value axes: the top tick is the first nice one at or above the highest value', () => {
  for (const widget of widgets)
    for (const [name, doc] of [
      ...widget.samples.map((s) => [s, sample(s)] as const),
      ...(EXTRA[widget.name] ?? []).map((d, i) => [`extra ${i + 1}`, d] as const),
    ])
      it(`${widget.name}, ${name}: at most a quarter of the axis empty above it, 280–1200 px`, () => {
        const parsed = widget.parse(doc);
        if (!parsed.ok) throw new Error(`${name} rejected`);
        for (const width of widths)
          for (const variant of widget.variants) {
            const m = widget.layout(parsed.spec, { width, lang: 'id', variant }) as Axed;
            if (!m.yTicks?.length) continue;
            // A widget that draws a value axis must say what its highest value is.
            expect(HIGHEST[widget.name], `${widget.name} draws an axis`).to.be.a('function');
            const highest = HIGHEST[widget.name]!(parsed.spec as never);
            const values = m.yTicks.map((t) => t.value);
            const [base, top] = [values[0]!, values.at(-1)!];
            const at = `${name} ${width}px`;
            expect(top, at).toBeGreaterThanOrEqual(highest);
            expect(values.at(-2)!, `${at}: a lower tick would do`).toBeLessThan(highest);
            expect((top - highest) / (top - base), `${at}: empty above`).toBeLessThanOrEqual(0.25);
          }
      });
});

describe('poverty trend: a baseline above zero keeps every mark clear of it', () => {
  const poverty = widgets.find((w) => w.name === 'poverty-trend')!;
  const docs = [...poverty.samples.map((s) => sample(s)), ...EXTRA['poverty-trend']!];
  for (const [i, doc] of docs.entries())
    it(`document ${i + 1}: every point 2 px or more above a broken baseline, 280–1200 px`, () => {
      const parsed = poverty.parse(doc);
      if (!parsed.ok) throw new Error('rejected');
      for (const width of widths) {
        const m = poverty.layout(parsed.spec, { width, lang: 'en', variant: 'default' }) as PovertyModel;
        expect(m.axisBreak, `${width}px`).toBe(true);
        const lowest = Math.max(...m.points.flat().map((p) => p.anchor.y));
        expect(m.plot.bottom - lowest, `${width}px: lowest point above the baseline`).toBeGreaterThanOrEqual(
          m.markerRadius + 2,
        );
      }
    });

  it('the seed (9,41–9,82%, threshold 10%): the 0,41-point drop takes under two thirds of the plot', () => {
    const parsed = poverty.parse(sample('poverty-trend.seed'));
    if (!parsed.ok) throw new Error('rejected');
    const m = poverty.layout(parsed.spec, { width: 640, lang: 'id', variant: 'default' }) as PovertyModel;
    const ys = m.points[0]!.map((p) => p.anchor.y);
    expect((Math.max(...ys) - Math.min(...ys)) / (m.plot.bottom - m.plot.top)).toBeLessThan(2 / 3);
  });
});
