import { describe, expect, it } from 'vitest';
import { columnCount, statLayout, type StatModel } from '../../../src/widgets/stat/layout.js';
import { parseStat, type StatSpec } from '../../../src/widgets/stat/schema.js';
import { nonFinite } from '../../helpers/model.js';
import { sample } from '../../helpers/samples.js';

const spec = (input: unknown): StatSpec => {
  const result = parseStat(input);
  if (!result.ok) throw new Error(result.reasons[0]!.message);
  return result.spec;
};
const samples = { seed: spec(sample('stat.seed')), extended: spec(sample('stat.extended')) };
const values = (m: StatModel) => m.figures.map((f) => f.texts.find((t) => t.className === 'value')!);

describe('statLayout', () => {
  it('flows figures into one to four columns by the width, evened out (four figures in three columns would leave one alone)', () => {
    expect([280, 320, 400, 480, 640, 800, 1200].map((w) => columnCount(w, 4))).toEqual([1, 1, 1, 2, 2, 2, 4]);
    expect(columnCount(1200, 5)).toBe(3);
    expect(columnCount(1200, 8)).toBe(4);
    expect(columnCount(1200, 1)).toBe(1);
    expect(columnCount(1200, 0)).toBe(1);
  });

  it('keeps the numbers of one row on one baseline, at one size', () => {
    for (const width of [480, 640, 1200]) {
      const m = statLayout(samples.seed, { width, lang: 'id' });
      const rows = new Map<number, { y: number; size: number }[]>();
      m.figures.forEach((f, i) => {
        const row = rows.get(f.y) ?? [];
        row.push(values(m)[i]!);
        rows.set(f.y, row);
      });
      expect(rows.size).toBe(Math.ceil(4 / m.columns));
      for (const row of rows.values()) {
        expect(new Set(row.map((v) => v.y)).size, `${width}`).toBe(1);
        expect(new Set(row.map((v) => v.size)).size, `${width}`).toBe(1);
      }
    }
  });

  // Hundreds of layouts: 6.5 s measured while other suites shared the machine (the default limit is 5 s).
  it(
    'at every width from 280 to 1200 px, in both languages: figures side by side never overlap and stay inside the width',
    { timeout: 30_000 },
    () => {
      for (const [name, s] of Object.entries(samples))
        for (const lang of ['id', 'en'] as const)
          for (let width = 280; width <= 1200; width += 7) {
            const m = statLayout(s, { width, lang });
            const where = `${name} ${lang} ${width}`;
            expect(nonFinite(m), where).toEqual([]);
            for (const f of m.figures) {
              expect(f.x, where).toBeGreaterThanOrEqual(0);
              expect(f.x + f.width, where).toBeLessThanOrEqual(width + 0.1);
              for (const t of f.texts) expect(t.y, where).toBeLessThanOrEqual(m.height + 1);
              // Lines of one figure go down the page: no two share a baseline.
              const ys = f.texts.filter((t) => t.anchor !== 'end').map((t) => t.y);
              expect(new Set(ys).size, where).toBe(ys.length);
            }
            for (const [i, a] of m.figures.entries())
              for (const b of m.figures.slice(i + 1))
                if (a.y === b.y) expect(b.x, where).toBeGreaterThanOrEqual(a.x + a.width + 8);
          }
    },
  );

  it('gives each history point a hit box inside its figure, in order, and marks the row of its figure', () => {
    const m = statLayout(samples.extended, { width: 640, lang: 'id' });
    const sparks = m.figures.filter((f) => f.spark);
    expect(sparks).toHaveLength(1);
    const spark = sparks[0]!.spark!;
    expect(spark.row).toBe(0);
    expect(m.points[0]).toHaveLength(21);
    const figure = sparks[0]!;
    let previous = -Infinity;
    for (const dot of spark.dots) {
      expect(dot.hit.x).toBeGreaterThanOrEqual(figure.x - 0.1);
      expect(dot.hit.x + dot.hit.width).toBeLessThanOrEqual(figure.x + figure.width + 0.1);
      expect(dot.x).toBeGreaterThan(previous);
      previous = dot.x;
    }
    expect(m.points[0]![20]!.label).toBe('Penduduk miskin, September 2025, Sep 2025: 8,25%');
  });

  it('breaks the small line where a release is missing (September 2023), never bridging it', () => {
    const m = statLayout(samples.extended, { width: 640, lang: 'id' });
    expect(m.figures.find((f) => f.spark)!.spark!.pieces).toHaveLength(2);
  });

  it('draws the change arrow by direction and tone, and a progress bar capped at full', () => {
    const m = statLayout(samples.seed, { width: 640, lang: 'id' });
    expect(m.figures[0]!.arrow).toMatchObject({ direction: 'up', tone: 'neutral' });
    expect(m.figures[1]!.arrow).toMatchObject({ direction: 'down', tone: 'good' });
    expect(m.figures[3]!.bar!.filled).toBeCloseTo(0.9499);
    const over = spec({
      title: 't',
      figures: [{ label: 'x', value: 120, unit: 'money', target: { value: 100, label: 'pagu' } }],
    });
    expect(statLayout(over, { width: 320, lang: 'id' }).figures[0]!.bar!.filled).toBe(1);
  });

  it('names a planned figure "rencana" after its number, or under it when the column is narrow', () => {
    const wide = statLayout(samples.seed, { width: 640, lang: 'id' });
    expect(wide.figures[0]!.texts.find((t) => t.className === 'value')!.tail).toEqual([
      { text: 'rencana', size: 14, className: 'planned' },
    ]);
    const narrow = statLayout(samples.seed, { width: 200, lang: 'id' });
    expect(narrow.figures[0]!.texts.some((t) => t.className === 'planned' && t.text === 'rencana')).toBe(true);
  });

  it('is empty, with no marks, for no figures', () => {
    const m = statLayout(spec({ title: 't', figures: [] }), { width: 640, lang: 'id' });
    expect(m.empty).toBe(true);
    expect(m.figures).toEqual([]);
    expect(m.points).toEqual([]);
  });
});
