import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/format.js';
import type { AnyWidgetDefinition } from '../../src/core/widget.js';
import { widgets } from '../../src/widgets/index.js';
import { renderSvg } from '../../src/static.js';
import { sample } from '../helpers/samples.js';
import { toMarkup } from '../helpers/ssr.js';
import { three } from './poverty-trend/fixtures.js';

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
  // Hundreds of layouts: a minute on a machine busy with other suites, a few seconds alone.
  it(`${name}: no attribute number has more than one decimal at any width`, { timeout: 60_000 }, () => {
    const found = new Map<string, string>();
    for (const width of widths(step))
      for (const lang of langs) for (const n of longDecimals(draw(width, lang))) found.set(n, `${width}px ${lang}`);
    expect(Object.fromEntries(found)).toEqual({});
  });
}

/** The chart's marks with the first point active, so the marks drawn only then are checked too. */
function marks(widget: AnyWidgetDefinition, spec: unknown, width: number, lang: Lang, variant: string): string {
  const model = widget.layout(spec, { width, lang, variant });
  return toMarkup(widget.chart(model, { active: { row: 0, col: 0 }, tabIndexOf: () => -1, memory: {} }));
}

describe('chart coordinates', () => {
  for (const widget of widgets)
    for (const file of widget.samples)
      for (const variant of widget.variants) {
        const parsed = widget.parse(sample(file));
        if (!parsed.ok) throw new Error(`${file} does not parse`);
        check(`${file} (${variant})`, (width, lang) => marks(widget, parsed.spec, width, lang, variant));
      }
  // Three series: each with its own markers and end labels.
  const poverty = widgets.find((widget) => widget.name === 'poverty-trend')!;
  check('poverty-trend.three-series', (width, lang) => marks(poverty, three(), width, lang, 'default'));
});

describe('standalone SVG coordinates', () => {
  for (const widget of widgets) {
    const file = widget.samples[0]!;
    check(
      `${file} as a standalone SVG`,
      (width, lang) => {
        const result = renderSvg(widget.name, sample(file), { width, lang });
        if (!result.ok) throw new Error(`${file} did not render`);
        return result.output;
      },
      9,
    );
  }
});
