import * as v from '../../core/rules.js';
import {
  frameEntries,
  parseWith,
  reason,
  sortUnique,
  text,
  TEXT_LIMITS,
  type FrameSpec,
  type ParseResult,
  type Reason,
} from '../../core/schema.js';
import { monthIndex } from '../../core/time.js';

/** Most figures one fact box takes: two rows of four on a wide screen. */
export const MAX_FIGURES = 8;
/** Most points in one figure's history: a small line is no place for a long series. */
export const MAX_HISTORY = 200;

export const UNITS = ['money', 'percent', 'count', 'people'] as const;
export type StatUnit = (typeof UNITS)[number];

/** Any figure a ministry publishes, in whole currency units at most; a bigger number is a typo. */
const figureNumber = v.number('a number', v.min(-1e18, 'a number from -1e18'), v.max(1e18, 'a number up to 1e18'));

/** `2019` or `2019-03`: a year, or a month as BPS releases are dated. */
const period = v.string(
  'a period as "YYYY" or "YYYY-MM"',
  v.regex(/^\d{4}(-\d\d)?$/, 'a period as "YYYY" or "YYYY-MM"'),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'a real month (01 to 12)'),
);

/** A value with what it is ("2019", "pagu"). */
const labelled = v.object({ value: figureNumber, label: text(100, v.min(1, 'a label')) });

const figure = v.object({
  label: text(TEXT_LIMITS.title, v.min(1, 'a label')),
  value: figureNumber,
  unit: v.picklist(UNITS, `one of "${UNITS.join('", "')}"`),
  suffix: v.optional(text(40)),
  status: v.optional(v.picklist(['final', 'planned'], '"final" or "planned"'), 'final'),
  compare: v.optional(labelled),
  better: v.optional(v.picklist(['higher', 'lower'], '"higher" or "lower"')),
  target: v.optional(labelled),
  history: v.optional(
    v.array(
      v.object({ period, value: figureNumber }),
      'an array of { period, value }',
      v.max(MAX_HISTORY, `at most ${MAX_HISTORY} points`),
    ),
  ),
  note: v.optional(text(TEXT_LIMITS.line)),
});

/**
 * The key-figures document. Unknown fields are ignored; each history is sorted by
 * period, and a repeated period is an error, since one of the two values must be wrong.
 */
export const statSchema = v.object({
  ...frameEntries,
  currency: v.optional(
    v.string('an ISO 4217 code such as "IDR"', v.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "IDR"')),
    'IDR',
  ),
  figures: v.array(figure, 'an array of figures', v.max(MAX_FIGURES, `at most ${MAX_FIGURES} figures`)),
});

/**
 * The key-figures document as a person writes it (README: "The JSON format"): the type of the
 * element's `data` property. Optional fields may be left out; parsing fills defaults,
 * cleans text and sorts, giving the {@link StatSpec}.
 */
export type StatDocument = v.Input<typeof statSchema>;

/** A point of a figure's history, its period also as a month index (`t`; a year is its January). */
export interface HistoryPoint {
  period: string;
  t: number;
  value: number;
}

export type Figure = Omit<v.Output<typeof figure>, 'history'> & {
  /** Sorted by period, periods unique; empty without a history. */
  history: HistoryPoint[];
};

export interface StatSpec extends FrameSpec {
  currency: string;
  figures: Figure[];
}

/** Largest percentage a figure takes: growth can pass 100%, a thousand is a typo. */
const MAX_PERCENT = 1000;

/**
 * Count and people are whole numbers; a percentage lies within ±1000; a target is a
 * positive goal, since a share of it needs one.
 */
function figureReasons(f: v.Output<typeof figure>, index: number): Reason[] {
  const reasons: Reason[] = [];
  if (f.unit === 'percent') {
    const values: [(string | number)[], number][] = [
      [['value'], f.value],
      [['compare', 'value'], f.compare?.value ?? 0],
      [['target', 'value'], f.target?.value ?? 0],
      ...(f.history ?? []).map((p, i): [(string | number)[], number] => [['history', i, 'value'], p.value]),
    ];
    for (const [keys, value] of values)
      if (Math.abs(value) > MAX_PERCENT)
        reasons.push(reason(['figures', index, ...keys], `a percentage from -${MAX_PERCENT} to ${MAX_PERCENT}`, value));
  }
  const whole = f.unit === 'count' || f.unit === 'people';
  const wholeNumber = `a whole number (the unit is "${f.unit}")`;
  if (whole && !Number.isInteger(f.value)) reasons.push(reason(['figures', index, 'value'], wholeNumber, f.value));
  if (whole && f.compare && !Number.isInteger(f.compare.value))
    reasons.push(reason(['figures', index, 'compare', 'value'], wholeNumber, f.compare.value));
  if (f.target && f.target.value <= 0)
    reasons.push(reason(['figures', index, 'target', 'value'], 'a target above 0', f.target.value));
  return reasons;
}

/** Turns untrusted JSON into a {@link StatSpec}, or into reasons a person can act on. */
export function parseStat(input: unknown): ParseResult<StatSpec> {
  return parseWith(statSchema, input, (doc): StatSpec | Reason[] => {
    const figures: Figure[] = [];
    for (const [i, f] of doc.figures.entries()) {
      const reasons = figureReasons(f, i);
      if (reasons.length) return reasons;
      const points = (f.history ?? []).map((p) => ({
        ...p,
        t: monthIndex(p.period.length === 4 ? `${p.period}-01` : p.period),
      }));
      const sorted = sortUnique(points, (p) => p.t, 'period', ['figures', i, 'history']);
      if ('reasons' in sorted) return sorted.reasons;
      figures.push({ ...f, history: sorted.sorted });
    }
    return { ...doc, figures };
  });
}
