import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/format.js';
import { auditLayout } from '../../src/widgets/audit-streak/layout.js';
import { auditChart } from '../../src/widgets/audit-streak/render.js';
import { parseAudit, type AuditSpec } from '../../src/widgets/audit-streak/schema.js';
import { budgetLayout } from '../../src/widgets/budget-growth/layout.js';
import { budgetChart } from '../../src/widgets/budget-growth/render.js';
import { parseBudget, type BudgetSpec } from '../../src/widgets/budget-growth/schema.js';
import { povertyLayout } from '../../src/widgets/poverty-trend/layout.js';
import { povertyChart } from '../../src/widgets/poverty-trend/render.js';
import { renderSvg } from '../../src/static.js';
import { sample } from '../helpers/samples.js';
import { toMarkup } from '../helpers/ssr.js';
import { bps, seed, three } from './poverty-trend/fixtures.js';

/**
 * Every number in a geometric attribute the charts write (coordinates, sizes, path data) has at
 * most one decimal: the layout rounds to 0.1 px, and an offset added while drawing
 * must not bring back a binary fraction ("271.09999999999997" is 19 bytes of noise in
 * every copy of the SVG, and a diff in every golden file when a bar moves).
 */
const longDecimals = (markup: string) =>
  [...markup.matchAll(/\s(?:[xy][12]?|c[xy]|r|width|height|d|transform|font-size)="([^"]*)"/g)].flatMap(
    ([, value]) => value!.match(/\d\.\d{2,}/g) ?? [],
  );

// Every width from 200 to 1400 px in steps of 3 (9 for whole documents), in both languages.
const widths = (step: number) => Array.from({ length: 1200 / step + 1 }, (_, i) => 200 + step * i);
const langs: Lang[] = ['id', 'en'];

function check(name: string, draw: (width: number, lang: Lang) => string, step = 3) {
  it(`${name}: no attribute number has more than one decimal at any width`, () => {
    const found = new Map<string, string>();
    for (const width of widths(step))
      for (const lang of langs) for (const n of longDecimals(draw(width, lang))) found.set(n, `${width}px ${lang}`);
    expect(Object.fromEntries(found)).toEqual({});
  });
}

describe('chart coordinates', () => {
  for (const file of ['budget-growth.seed', 'budget-growth.extended']) {
    const spec = (parseBudget(sample(file)) as { spec: BudgetSpec }).spec;
    check(file, (width, lang) => {
      const m = budgetLayout(spec, { width, lang });
      // With the first bar active, so the marks drawn only then are checked too.
      return toMarkup(budgetChart(m, { row: 0, col: 0 }, () => -1));
    });
  }
  for (const [file, make] of [
    ['poverty-trend.seed', seed],
    ['poverty-trend.bps-2015-2025', bps],
    ['poverty-trend.three-series', three],
  ] as const) {
    const spec = make();
    check(file, (width, lang) => {
      const m = povertyLayout(spec, { width, lang });
      return toMarkup(povertyChart(m, { row: 0, col: 1 }, () => -1));
    });
  }
  for (const file of ['audit-streak.seed', 'audit-streak.history']) {
    const spec = (parseAudit(sample(file)) as { spec: AuditSpec }).spec;
    for (const variant of ['full', 'badge'] as const)
      check(`${file} (${variant})`, (width, lang) => {
        const m = auditLayout(spec, { width, lang, variant });
        return toMarkup(auditChart(m, { row: 0, col: 0 }, () => -1));
      });
  }
});

describe('standalone SVG coordinates', () => {
  for (const [name, file] of [
    ['budget-growth', 'budget-growth.extended'],
    ['poverty-trend', 'poverty-trend.bps-2015-2025'],
    ['audit-streak', 'audit-streak.history'],
  ] as const) {
    check(
      `${file} as a standalone SVG`,
      (width, lang) => {
        const result = renderSvg(name, sample(file), { width, lang });
        if (!result.ok) throw new Error(`${file} did not render`);
        return result.output;
      },
      9,
    );
  }
});
