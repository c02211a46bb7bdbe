import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/format.js';
import { plain, sample } from '../helpers/samples.js';
import {
  allowed,
  invalidNumberCases,
  LAYOUT_BUDGET_MS,
  layoutProblems,
  numberCases,
  reasonProblems,
  slowest,
  TIMEOUT,
} from './checks.js';
import { pathPattern, setAt } from './json.js';
import { widgets, type ReliabilityWidget } from './widgets.js';

/**
 * Every width from a phone to a wall, in both languages. The hang guard grows with the
 * data (50 µs a point): a 20,000-point series may take longer than a 12-point one.
 */
function unreadable(widget: ReliabilityWidget, spec: unknown, points = 0): string[] {
  const budget = LAYOUT_BUDGET_MS + points / 20;
  // Thousands of points: a phone and a desktop are enough to keep the suite quick.
  const widths = points > 1000 ? [320, 1200] : [200, 320, 640, 1200, 4000];
  const langs: Lang[] = points > 1000 ? ['id'] : ['id', 'en'];
  return widths.flatMap((width) => langs.flatMap((lang) => layoutProblems(widget, spec, width, lang, true, budget)));
}

function accepted(widget: ReliabilityWidget, doc: unknown): unknown {
  const result = widget.parse(doc);
  if (!result.ok) throw new Error(`rejected: ${result.reasons.map((r) => r.message).join('; ')}`);
  return result.spec;
}

function rejected(widget: ReliabilityWidget, doc: unknown) {
  const result = widget.parse(doc);
  if (result.ok) throw new Error('accepted, expected an error');
  expect(reasonProblems(result.reasons)).toEqual([]);
  return result.reasons;
}

describe('numbers: odd but valid values read well, invalid ones are named', { timeout: TIMEOUT }, () => {
  for (const widget of widgets) {
    const n = widget.numbers;
    if (!n) continue;
    describe(widget.name, () => {
      for (const [name, values] of numberCases(n)) {
        if (allowed(n, values))
          it(`${name}: drawn with finite numbers, 2–11 distinct ticks, no exponent, NaN or -0 text`, () => {
            expect(unreadable(widget, accepted(widget, n.doc(values)), values.length)).toEqual([]);
          });
        else
          it(`${name}: outside the format, an error naming the value or the cap, in bounded time`, () => {
            expect(slowest(() => widget.parse(n.doc(values)))).toBeLessThan(LAYOUT_BUDGET_MS);
            const reasons = rejected(widget, n.doc(values));
            const bad = values.findIndex((v) => !(v >= n.min && v <= n.max));
            if (bad >= 0) expect(reasons[0]!.path).toBe(n.valuePath(bad));
          });
      }

      for (const [name, values, index] of invalidNumberCases(n)) {
        it(`${name}: an error naming ${index >= 0 ? 'the value' : 'the cap'}, in bounded time`, () => {
          expect(slowest(() => widget.parse(n.doc(values)))).toBeLessThan(LAYOUT_BUDGET_MS);
          const reasons = rejected(widget, n.doc(values));
          if (index >= 0) expect(reasons[0]!.path).toBe(n.valuePath(index));
          if (index === -1) expect(reasons.map((r) => r.message).join('\n')).toContain(`at most ${n.maxItems}`);
        });
      }

      it('the value cap is worded by the schema ("up to 1e18"), not by a generic "Invalid value"', () => {
        const reasons = rejected(widget, n.doc([1, 1e21]));
        expect(reasons[0]!.expected).toMatch(/\d/);
        expect(reasons[0]!.message).not.toContain('Invalid');
      });
    });
  }
});

describe('text: a 10,000-character label is an error, one at the cap renders', { timeout: TIMEOUT }, () => {
  for (const widget of widgets) {
    const doc = sample(widget.samples[0]!);
    const fields = { ...widget.textFields, ...widget.urlFields };
    describe(widget.name, () => {
      for (const [field, cap] of Object.entries(fields)) {
        it(`${field}: over ${cap} characters is an error naming the path and the cap`, () => {
          const long = setAt(doc, field, 'W'.repeat(10_000));
          expect(slowest(() => widget.parse(long))).toBeLessThan(LAYOUT_BUDGET_MS);
          const reasons = rejected(widget, long);
          expect(reasons[0]!.path).toMatch(pathPattern(field));
          expect(reasons[0]!.message).toContain(`at most ${cap}`);
          expect(reasons[0]!.received.length).toBeLessThan(60);
        });

        it(`${field}: exactly ${cap} characters is accepted and lays out`, () => {
          const text = field in widget.urlFields ? `https://example.org/${'a'.repeat(cap - 20)}` : 'W'.repeat(cap);
          expect(unreadable(widget, accepted(widget, setAt(doc, field, text)))).toEqual([]);
        });
      }
    });
  }
});

describe('budget-growth: the figures of odd numbers', () => {
  const budget = widgets.find((w) => w.name === 'budget-growth')!;
  const model = (values: number[], lang: Lang = 'id') =>
    budget.layout(accepted(budget, budget.numbers!.doc(values)), 640, lang);

  it('writes -0 as "Rp 0", never "-Rp 0"', () => {
    expect(plain(model([-0, 5e12]).summary)).toContain('dari Rp 0 (1800)');
  });

  it('gives no growth figure ("∞%") from a start too near zero to divide by', () => {
    const m = model([Number.MIN_VALUE, 1e18]);
    expect(m.summary).not.toMatch(/∞|Infinity/);
    expect(m.table.rows[1]).toContain('–');
  });

  it('writes 1e18 in trillions, not in exponent form', () => {
    expect(plain(model([1e18]).summary)).toBe('Anggaran 1800: Rp 1.000.000 T.');
    expect(plain(model([1e18], 'en').summary)).toBe('The budget 1800: IDR 1,000,000T.');
  });
});
