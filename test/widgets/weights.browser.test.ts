import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { WEIGHTS } from '../../src/core/measure.js';
import { widgets } from '../../src/widgets/index.js';
import { cleanup, focusPoint, mount, openTable, settled, shadow } from '../helpers/browser.js';

type El = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** Each weight the browser set text in, with the first text set in it. */
function weightsOf(root: ShadowRoot): Map<string, string> {
  const found = new Map<string, string>();
  for (const el of root.querySelectorAll('*')) {
    const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    if (!own) continue;
    const weight = getComputedStyle(el).fontWeight;
    if (!found.has(weight)) found.set(weight, el.textContent!.trim().slice(0, 30));
  }
  return found;
}

// Each weight beyond two is one more font lookup on the page's first layout (measure.ts).
describe('text is set in the two weights of the type scale, 400 and 700', () => {
  afterEach(cleanup);
  for (const { tag, samples, variants } of widgets)
    for (const sample of samples)
      for (const variant of variants)
        it(`${sample}${variant === variants[0] ? '' : ` (${variant})`}: chart, frame, open table and tooltip at 640 px`, async () => {
          const el = await settled(
            mount<El>(`<${tag} loading="eager" variant="${variant}" src="/examples/data/${sample}.json"></${tag}>`),
          );
          const root = shadow(el);
          // Every sample has a table and data points: their texts are checked too.
          await openTable(root);
          const point = root.querySelector('[data-point]')?.getAttribute('data-point');
          expect(point, 'a data point').to.be.a('string');
          await focusPoint(el, point!);
          const weights = weightsOf(root);
          expect(weights.size, 'texts found').to.be.greaterThan(0);
          for (const [weight, text] of weights)
            expect(WEIGHTS.map(String), `"${text}" is set in ${weight}`).to.include(weight);
        });
});
