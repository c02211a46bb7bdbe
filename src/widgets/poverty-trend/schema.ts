import * as v from '../../core/rules.js';
import {
  frameEntries,
  parseWith,
  reason,
  sortUnique,
  text,
  type FrameSpec,
  type ParseResult,
  type Reason,
} from '../../core/schema.js';
import { monthIndex } from '../../core/time.js';

/** Most series one chart takes: each needs its own dash, marker shape and end label. */
export const MAX_SERIES = 4;
/** Most points in one document, all series together (a 10,000-point series fits). */
export const MAX_POINTS = 20_000;

const period = v.string(
  'a period as "YYYY-MM"',
  v.regex(/^\d{4}-\d\d$/, 'a period as "YYYY-MM"'),
  v.regex(/-(0[1-9]|1[0-2])$/, 'a real month (01 to 12)'),
);

const percent = v.number('a number', v.min(0, 'a percentage from 0 to 100'), v.max(100, 'a percentage from 0 to 100'));

const point = v.object({
  period,
  value: percent,
  count: v.optional(
    v.number('a number of people', v.min(0, 'a count of 0 or more'), v.max(1e10, 'a count up to 1e10')),
  ),
});

const series = v.object({
  name: text(100, v.min(1, 'a name')),
  points: v.array(point, 'an array of points'),
});

/**
 * The poverty-trend document. Unknown fields are ignored; each series is sorted by
 * period and a repeated period is an error, since one of the two figures must be wrong.
 */
export const povertySchema = v.object({
  ...frameEntries,
  unit: v.optional(v.picklist(['percent'], '"percent"'), 'percent'),
  series: v.array(series, 'an array of series', v.max(MAX_SERIES, `at most ${MAX_SERIES} series`)),
  threshold: v.optional(v.object({ value: percent, label: v.optional(text(100)) })),
  annotations: v.optional(
    v.array(v.object({ period, label: text(200) }), 'an array of annotations', v.max(20, 'at most 20 annotations')),
    [],
  ),
});

/**
 * The poverty-trend document as a person writes it (README: "The JSON format"): the type of the
 * element's `data` property. Optional fields may be left out; parsing fills defaults,
 * cleans text and sorts, giving the {@link PovertySpec}.
 */
export type PovertyTrendDocument = v.Input<typeof povertySchema>;

/** A point with its period as a month index (`t`), for arithmetic on time. */
export interface PovertyPoint {
  period: string;
  t: number;
  value: number;
  count?: number | undefined;
}

export interface PovertySeries {
  name: string;
  /** Sorted by period, periods unique. */
  points: PovertyPoint[];
}

export interface PovertySpec extends FrameSpec {
  unit: 'percent';
  series: PovertySeries[];
  threshold?: { value: number; label?: string | undefined } | undefined;
  /** Sorted by period. */
  annotations: { period: string; t: number; label: string }[];
}

/** Turns untrusted JSON into a {@link PovertySpec}, or into reasons a person can act on. */
export function parsePoverty(input: unknown): ParseResult<PovertySpec> {
  return parseWith(povertySchema, input, (doc): PovertySpec | Reason[] => {
    const total = doc.series.reduce((n, s) => n + s.points.length, 0);
    if (total > MAX_POINTS) return [reason(['series'], `at most ${MAX_POINTS} points in all`, total)];
    const out: PovertySeries[] = [];
    for (const [i, s] of doc.series.entries()) {
      // The rules' output is ours (fresh objects): the month index is added in place.
      const points = s.points as PovertyPoint[];
      for (const p of points) p.t = monthIndex(p.period);
      const sorted = sortUnique(points, (p) => p.t, 'period', ['series', i, 'points']);
      if ('reasons' in sorted) return sorted.reasons;
      out.push({ name: s.name, points: sorted.sorted });
    }
    const annotations = doc.annotations.map((a) => ({ ...a, t: monthIndex(a.period) })).sort((a, b) => a.t - b.t);
    return { ...doc, series: out, annotations };
  });
}
