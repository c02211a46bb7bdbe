import * as v from '../../core/rules.js';
import {
  frameEntries,
  parseWith,
  sortUnique,
  text,
  TEXT_LIMITS,
  year,
  type FrameSpec,
  type ParseResult,
} from '../../core/schema.js';

/** Most years one chart accepts; beyond it bars would be thinner than a pixel on a phone. */
export const MAX_BUDGET_POINTS = 200;

const amount = v.number(
  'a number of currency units',
  v.min(0, 'an amount of 0 or more'),
  v.max(1e18, 'an amount up to 1e18'),
);

const point = v.object({
  year,
  amount,
  realized: v.optional(amount),
  status: v.optional(v.picklist(['final', 'planned'], '"final" or "planned"'), 'final'),
  note: v.optional(text(TEXT_LIMITS.line)),
});

/**
 * The budget document. Unknown fields are ignored; `points` is sorted by year and a
 * repeated year is an error, since one of the two figures must be wrong.
 */
export const budgetSchema = v.object({
  ...frameEntries,
  currency: v.optional(
    v.string('an ISO 4217 code such as "IDR"', v.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "IDR"')),
    'IDR',
  ),
  points: v.array(point, 'an array of points', v.max(MAX_BUDGET_POINTS, `at most ${MAX_BUDGET_POINTS} points`)),
});

/**
 * The budget document as a person writes it (README: "The JSON format"): the type of the
 * element's `data` property. Optional fields may be left out; parsing fills defaults,
 * cleans text and sorts, giving the {@link BudgetSpec}.
 */
export type BudgetGrowthDocument = v.Input<typeof budgetSchema>;

export type BudgetPoint = v.Output<typeof point>;

export interface BudgetSpec extends FrameSpec {
  currency: string;
  /** Sorted by year, years unique. */
  points: BudgetPoint[];
}

/** Turns untrusted JSON into a {@link BudgetSpec}, or into reasons a person can act on. */
export function parseBudget(input: unknown): ParseResult<BudgetSpec> {
  return parseWith(budgetSchema, input, (doc) => {
    const points = sortUnique(doc.points, (p) => p.year, 'year', ['points']);
    return 'reasons' in points ? points.reasons : { ...doc, points: points.sorted };
  });
}
