/**
 * Every widget the reliability suites exercise: the registry's widgets, each with what
 * the suites cannot work out from its definition. The Node suites (properties,
 * pollution, numbers) and the browser suites (xss, faults, lifecycle, static) all
 * iterate over `widgets`, so a new widget joins every check when it joins the registry.
 *
 * `EXTRAS` names, per widget, where its text and URLs sit in its JSON format (paths with
 * `[*]` for every item of an array, and each field's documented length cap, written out
 * as the README promises it, not read from src), and optionally how to build a document
 * from a row of numbers, a fast-check arbitrary of valid documents and the value-axis
 * ticks of a model. A widget without an entry fails the suite's registry test.
 */
import type fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import type { Lang } from '../../src/core/format.js';
import type { AccessModel } from '../../src/core/model.js';
import { cleanText, type ParseResult } from '../../src/core/schema.js';
import type { AnyWidgetDefinition } from '../../src/core/widget.js';
import { widgets as registry } from '../../src/widgets/index.js';
import type { BudgetModel } from '../../src/widgets/budget-growth/layout.js';
import type { PovertyModel } from '../../src/widgets/poverty-trend/layout.js';
import { OPINIONS } from '../../src/widgets/audit-streak/schema.js';

/** The caps the README documents, as literals: a change in src must fail here. */
const TEXT_LIMITS = { title: 300, line: 500, notes: 2000 } as const;
const MAX_BUDGET_POINTS = 200;
const MAX_POINTS = 20_000;
const MAX_AUDIT_YEARS = 60;
const MAX_FIGURES = 8;
const MAX_HISTORY = 200;

type FC = typeof fc;

export interface NumberSeries {
  /** A valid document with one data point per value, in order along the axis. */
  doc(values: readonly number[]): unknown;
  /** JSON path of the i-th value in `doc(values)`, as a reason names it. */
  valuePath(index: number): string;
  /** Values the schema accepts, inclusive. */
  min: number;
  max: number;
  /** Most data points the schema accepts (one more is an error naming the cap). */
  maxItems: number;
}

export interface ReliabilityWidget {
  name: string;
  tag: string;
  definition: AnyWidgetDefinition;
  parse(input: unknown): ParseResult<unknown>;
  layout(spec: unknown, width: number, lang: Lang): AccessModel;
  /** Files in examples/data, without `.json`. The first is the one payloads are put into. */
  samples: string[];
  /** Every free-text field: JSON path (`[*]` = each item) → its length cap. */
  textFields: Record<string, number>;
  /** Every URL field: JSON path → its length cap. */
  urlFields: Record<string, number>;
  /** Documents the schema should accept (all of them, up to the odd cap it names). */
  validDocs?(fc: FC): Arbitrary<unknown>;
  numbers?: NumberSeries;
  /** The value-axis ticks of a model, for "at most about ten ticks". */
  ticks?(model: AccessModel): { value: number; label: string }[];
  /** The element class, defining nothing. */
  element(): Promise<CustomElementConstructor>;
  /** Imports the module that defines `tag`. */
  define(): Promise<unknown>;
}

/** The frame fields every widget shares (src/core/schema.ts `frameEntries`). */
export const FRAME_TEXT = {
  '$.title': TEXT_LIMITS.title,
  '$.subtitle': TEXT_LIMITS.line,
  '$.notes': TEXT_LIMITS.notes,
  '$.source.name': TEXT_LIMITS.line,
} as const;
export const FRAME_URLS = { '$.source.url': 2000 } as const;

/** Frame fields a valid document may carry, for the widgets' `validDocs`. */
export function frameArbitrary(fc: FC) {
  const text = (max: number) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.string({ maxLength: Math.min(max, 60) }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: max }) },
      { weight: 1, arbitrary: fc.string({ minLength: max, maxLength: max }) },
    );
  const url = fc.oneof(fc.webUrl(), fc.string({ maxLength: 80 }), fc.constantFrom('javascript:alert(1)', ' //x'));
  const date = fc
    .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2200-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  return {
    title: text(TEXT_LIMITS.title),
    subtitle: text(TEXT_LIMITS.line),
    notes: text(TEXT_LIMITS.notes),
    source: fc.record({ name: text(TEXT_LIMITS.line), url }, { requiredKeys: ['name'] }),
    updated: date,
  };
}

/** Amounts as a ministry writes them, and the edges of what the schema allows. */
function budgetAmount(fc: FC) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 500 }).map((n) => n * 1e11) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 1e18, noNaN: true }) },
    { weight: 1, arbitrary: fc.constantFrom(0, -0, 1, 5e-324, 1e-300, 1e15, 2 ** 53 + 2, 1e18, 1e18 - 128) },
  );
}

type Extras = Pick<ReliabilityWidget, 'textFields' | 'urlFields' | 'validDocs' | 'numbers' | 'ticks'>;

export const EXTRAS: Record<string, Extras> = {
  'budget-growth': {
    textFields: { ...FRAME_TEXT, '$.points[*].note': TEXT_LIMITS.line },
    urlFields: FRAME_URLS,
    validDocs: (fc) => {
      const point = fc.record(
        {
          year: fc.integer({ min: 1800, max: 2200 }),
          amount: budgetAmount(fc),
          realized: budgetAmount(fc),
          status: fc.constantFrom('final', 'planned'),
          note: frameArbitrary(fc).subtitle,
        },
        { requiredKeys: ['year', 'amount'] },
      );
      const points = fc.oneof(
        { weight: 15, arbitrary: fc.uniqueArray(point, { selector: (p) => p.year, maxLength: 12 }) },
        { weight: 1, arbitrary: fc.uniqueArray(point, { selector: (p) => p.year, maxLength: MAX_BUDGET_POINTS }) },
      );
      return fc.record(
        {
          ...frameArbitrary(fc),
          currency: fc.constantFrom('IDR', 'USD', 'EUR', 'JPY', 'XAU', 'ZZZ'),
          points,
        },
        { requiredKeys: ['title', 'points'] },
      );
    },
    numbers: {
      doc: (values) => ({
        title: 'Angka',
        points: values.map((amount, i) => ({ year: 1800 + i, amount })),
      }),
      valuePath: (i) => `$.points[${i}].amount`,
      min: 0,
      max: 1e18,
      maxItems: MAX_BUDGET_POINTS,
    },
    ticks: (model) => (model as BudgetModel).yTicks,
  },
  'poverty-trend': {
    textFields: {
      ...FRAME_TEXT,
      '$.series[*].name': 100,
      '$.threshold.label': 100,
      '$.annotations[*].label': 200,
    },
    urlFields: FRAME_URLS,
    validDocs: (fc) => {
      const frame = frameArbitrary(fc);
      const period = fc
        .integer({ min: 0, max: 12 * 400 - 1 })
        .map((m) => `${1800 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
      const percent = fc.oneof(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(0, -0, 5e-324, 9.41, 10, 100),
      );
      const point = fc.record(
        { period, value: percent, count: fc.oneof(fc.constant(-0), fc.double({ min: 0, max: 1e10, noNaN: true })) },
        { requiredKeys: ['period', 'value'] },
      );
      const name = fc.string({ minLength: 1, maxLength: 100 }).filter((s) => cleanText(s).length > 0);
      const series = fc.record({ name, points: fc.uniqueArray(point, { selector: (p) => p.period, maxLength: 30 }) });
      return fc.record(
        {
          ...frame,
          unit: fc.constant('percent'),
          series: fc.array(series, { maxLength: 4 }),
          threshold: fc.record(
            { value: percent, label: frame.title.map((s) => s.slice(0, 100)) },
            { requiredKeys: ['value'] },
          ),
          annotations: fc.array(fc.record({ period, label: frame.title.map((s) => s.slice(0, 200)) }), {
            maxLength: 20,
          }),
        },
        { requiredKeys: ['title', 'series'] },
      );
    },
    numbers: {
      doc: (values) => ({
        title: 'Angka',
        series: [
          {
            name: 'Nasional',
            points: values.map((value, i) => ({
              period: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
              value,
            })),
          },
        ],
      }),
      valuePath: (i) => `$.series[0].points[${i}].value`,
      min: 0,
      max: 100,
      maxItems: MAX_POINTS,
    },
    ticks: (model) => (model as PovertyModel).yTicks,
  },
  'audit-streak': {
    textFields: { ...FRAME_TEXT, '$.entity': TEXT_LIMITS.line, '$.audits[*].note': TEXT_LIMITS.line },
    urlFields: FRAME_URLS,
    validDocs: (fc) => {
      const frame = frameArbitrary(fc);
      // Unique years within one window of MAX_AUDIT_YEARS, in any order.
      const audits = fc.integer({ min: 1800, max: 2201 - MAX_AUDIT_YEARS }).chain((first) =>
        fc.uniqueArray(
          fc.record(
            {
              year: fc.integer({ min: first, max: first + MAX_AUDIT_YEARS - 1 }),
              opinion: fc.constantFrom(...OPINIONS),
              note: frame.subtitle,
            },
            { requiredKeys: ['year', 'opinion'] },
          ),
          { selector: (a) => a.year, maxLength: MAX_AUDIT_YEARS },
        ),
      );
      return fc.record({ ...frame, entity: frame.subtitle, audits }, { requiredKeys: ['title', 'audits'] });
    },
  },
  stat: {
    textFields: {
      ...FRAME_TEXT,
      '$.figures[*].label': TEXT_LIMITS.title,
      '$.figures[*].suffix': 40,
      '$.figures[*].compare.label': 100,
      '$.figures[*].target.label': 100,
      '$.figures[*].note': TEXT_LIMITS.line,
    },
    urlFields: FRAME_URLS,
    validDocs: (fc) => {
      const frame = frameArbitrary(fc);
      const label = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => cleanText(s).length > 0);
      // Whole numbers fit every unit; percentages stay within ±1000, the rest within ±1e18.
      const number = (unit: string) =>
        unit === 'percent'
          ? fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.constantFrom(0, -0, 9.41, 94.99, 100))
          : fc.oneof(fc.integer({ min: -1e6, max: 1e12 }), fc.constantFrom(0, -0, 3, 1e18, -1e18, 62_770_000_000_000));
      const figure = fc.constantFrom('money', 'percent', 'count', 'people').chain((unit) =>
        fc.record(
          {
            label: label(TEXT_LIMITS.title),
            value: number(unit),
            unit: fc.constant(unit),
            suffix: frame.subtitle.map((s) => s.slice(0, 40)),
            status: fc.constantFrom('final', 'planned'),
            compare: fc.record({ value: number(unit), label: label(100) }),
            better: fc.constantFrom('higher', 'lower'),
            target: fc.record({ value: number(unit).filter((v) => v > 0), label: label(100) }),
            history: fc.uniqueArray(
              fc.record({
                period: fc
                  .integer({ min: 1900 * 12, max: 2100 * 12 })
                  .map((m) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`),
                value: number(unit),
              }),
              { selector: (p) => p.period, maxLength: 30 },
            ),
            note: frame.subtitle,
          },
          { requiredKeys: ['label', 'value', 'unit'] },
        ),
      );
      return fc.record(
        {
          ...frame,
          currency: fc.constantFrom('IDR', 'USD', 'ZZZ'),
          figures: fc.array(figure, { maxLength: MAX_FIGURES }),
        },
        { requiredKeys: ['title', 'figures'] },
      );
    },
    numbers: {
      doc: (values) => ({
        title: 'Angka',
        figures: [
          {
            label: 'Anggaran',
            value: 0,
            unit: 'money',
            history: values.map((value, i) => ({ period: String(1800 + i), value })),
          },
        ],
      }),
      valuePath: (i) => `$.figures[0].history[${i}].value`,
      min: -1e18,
      max: 1e18,
      maxItems: MAX_HISTORY,
    },
  },
};

/**
 * A layout at a width: odd widths lay out a widget's second variant where it has one
 * (the audit streak's badge), even ones its default, so both are exercised.
 */
function layoutAt(definition: AnyWidgetDefinition) {
  return (spec: unknown, width: number, lang: Lang): AccessModel => {
    const variant = definition.variants[width % 2 ? definition.variants.length - 1 : 0]!;
    return definition.layout(spec, { width, lang, variant });
  };
}

export const widgets: ReliabilityWidget[] = registry.map((definition) => {
  const extras = EXTRAS[definition.name];
  if (!extras) throw new Error(`test/reliability/widgets.ts: no EXTRAS entry for ${definition.name}`);
  return {
    name: definition.name,
    tag: definition.tag,
    definition,
    parse: definition.parse,
    layout: layoutAt(definition),
    samples: [...definition.samples],
    ...extras,
    element: async () => {
      const elements: Record<string, unknown> = await import('../../src/elements.js');
      const found = Object.values(elements).find(
        (value) => (value as { definition?: unknown } | undefined)?.definition === definition,
      );
      if (!found) throw new Error(`src/elements.ts exports no class for ${definition.name}`);
      return found as CustomElementConstructor;
    },
    define: () => import('../../src/index.js'),
  };
});
