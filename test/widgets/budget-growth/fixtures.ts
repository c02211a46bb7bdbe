import { parseBudget, type BudgetSpec } from '../../../src/widgets/budget-growth/schema.js';
import { sample } from '../../helpers/samples.js';

/** A budget document parsed as the element parses it; a test's document that fails to parse fails the test. */
export function spec(input: unknown): BudgetSpec {
  const result = parseBudget(input);
  if (!result.ok) throw new Error(result.reasons.map((r) => r.message).join('\n'));
  return result.spec;
}

/** The two samples, parsed. */
export const seed = spec(sample('budget-growth.seed'));
export const extended = spec(sample('budget-growth.extended'));
