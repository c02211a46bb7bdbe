import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { widgets } from '../../src/widgets/index.js';
import { cleanup, mount, openTable, settled, shadow } from '../helpers/browser.js';

type El = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** How far the caption reaches outside the table's scroll box, on either side (px). */
function captionOutside(root: ShadowRoot): number {
  const wrap = root.querySelector('.table-wrap')!.getBoundingClientRect();
  const caption = root.querySelector('caption')!.getBoundingClientRect();
  return Math.max(0, wrap.left - caption.left, caption.right - wrap.right);
}

// A table wider than a phone scrolls sideways in its box; its caption is read first and
// must stay whole and in view, whichever part of the table is shown.
describe("a data table's caption stays in view at 320 px", () => {
  afterEach(cleanup);
  for (const { tag, samples } of widgets)
    for (const sample of samples)
      it(`${sample}: within the table's box, scrolled to the start and to the end`, async () => {
        const el = await settled(
          mount<El>(`<${tag} loading="eager" src="/examples/data/${sample}.json"></${tag}>`, 320),
        );
        const root = shadow(el);
        await openTable(root);
        const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
        expect(captionOutside(root), 'at the start').to.be.at.most(0.5);
        wrap.scrollLeft = wrap.scrollWidth;
        expect(captionOutside(root), `scrolled by ${wrap.scrollLeft} px`).to.be.at.most(0.5);
      });
});
