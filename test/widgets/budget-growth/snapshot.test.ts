import { describe, expect, it } from 'vitest';
import { budgetLayout } from '../../../src/widgets/budget-growth/layout.js';
import { budgetChart } from '../../../src/widgets/budget-growth/render.js';
import { parseBudget, type BudgetSpec } from '../../../src/widgets/budget-growth/schema.js';
import { sample } from '../../helpers/samples.js';
import { GOLDEN_SIZES, goldenSvg } from '../../helpers/ssr.js';

// Golden SVGs of the chart as laid out (coordinates rounded to 0.1 px by the layout):
// a change in any mark shows up as a reviewable diff in __snapshots__/.
describe('budget-growth golden SVG', () => {
  for (const file of ['budget-growth.seed', 'budget-growth.extended']) {
    for (const [width, lang] of GOLDEN_SIZES) {
      it(`${file} at ${width}px in ${lang}`, async () => {
        const spec = (parseBudget(sample(file)) as { spec: BudgetSpec }).spec;
        const m = budgetLayout(spec, { width, lang });
        await expect(
          goldenSvg(
            m,
            budgetChart(m, undefined, () => -1),
          ),
        ).toMatchFileSnapshot(`./__snapshots__/${file}.${width}.${lang}.svg`);
      });
    }
  }
});
