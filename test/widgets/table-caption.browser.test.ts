import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { widgets } from '../../src/widgets/index.js';
import { cleanup, mount, openTable, settled, shadow } from '../helpers/browser.js';

type El = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** How far the caption's box or its text reaches outside the table's scroll box, on either side (px). */
function captionOutside(root: ShadowRoot): number {
  const wrap = root.querySelector('.table-wrap')!.getBoundingClientRect();
  const caption = root.querySelector('caption')!;
  const text = document.createRange();
  text.selectNodeContents(caption);
  const boxes = [caption.getBoundingClientRect(), ...text.getClientRects()];
  return Math.max(0, ...boxes.map((box) => Math.max(wrap.left - box.left, box.right - wrap.right)));
}

/** The widget at 320 px with its table open. */
async function openAt320(tag: string, sample: string): Promise<ShadowRoot> {
  const el = await settled(mount<El>(`<${tag} loading="eager" src="/examples/data/${sample}.json"></${tag}>`, 320));
  const root = shadow(el);
  await openTable(root);
  return root;
}

// A table wider than a phone scrolls sideways in its box; its caption is read first and
// must stay whole and in view, whichever part of the table is shown.
describe("a data table's caption stays in view at 320 px", () => {
  afterEach(cleanup);
  for (const { tag, samples } of widgets)
    for (const sample of samples)
      it(`${sample}: within the table's box, scrolled to the start and to the end`, async () => {
        const root = await openAt320(tag, sample);
        const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
        expect(captionOutside(root), 'at the start').to.be.at.most(0.5);
        wrap.scrollLeft = wrap.scrollWidth;
        expect(captionOutside(root), `scrolled by ${wrap.scrollLeft} px`).to.be.at.most(0.5);
      });

  it("the budget chart's longer sample has such a table (wider than its box), and a caption of more than one line", async () => {
    const root = await openAt320('capaian-budget-growth', 'budget-growth.extended');
    const wrap = root.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.scrollWidth).to.be.greaterThan(wrap.clientWidth + 50);
    const caption = root.querySelector('caption')!;
    expect(caption.getBoundingClientRect().height).to.be.greaterThan(30);
  });

  it('a caption of one unbroken word wraps inside the box too', async () => {
    const root = await openAt320('capaian-budget-growth', 'budget-growth.extended');
    root.querySelector('caption')!.textContent = 'W'.repeat(60);
    expect(captionOutside(root)).to.be.at.most(0.5);
  });
});
