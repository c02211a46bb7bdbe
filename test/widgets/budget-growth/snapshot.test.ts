import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { budgetLayout } from '../../../src/widgets/budget-growth/layout.js';
import { budgetChart } from '../../../src/widgets/budget-growth/render.js';
import { parseBudget, type BudgetSpec } from '../../../src/widgets/budget-growth/schema.js';
import { sample } from '../../helpers/samples.js';
import { prettySvg, toMarkup } from '../../helpers/ssr.js';

// Golden SVGs of the chart as laid out (coordinates rounded to 0.1 px by the layout):
// a change in any mark shows up as a reviewable diff in __snapshots__/.
describe('budget-growth golden SVG', () => {
  for (const file of ['budget-growth.seed', 'budget-growth.extended']) {
    for (const [width, lang] of [
      [320, 'id'],
      [640, 'en'],
      [1200, 'id'],
    ] as const) {
      it(`${file} at ${width}px in ${lang}`, async () => {
        const spec = (parseBudget(sample(file)) as { spec: BudgetSpec }).spec;
        const m = budgetLayout(spec, { width, lang });
        const markup = toMarkup(
          html`<svg
            xmlns="http://www.w3.org/2000/svg"
            width=${m.width}
            height=${m.height}
            viewBox="0 0 ${m.width} ${m.height}"
          >
            ${budgetChart(m, undefined, () => -1)}
          </svg>`,
        );
        await expect(prettySvg(markup) + '\n').toMatchFileSnapshot(`./__snapshots__/${file}.${width}.${lang}.svg`);
      });
    }
  }
});
