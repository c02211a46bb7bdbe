import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { widgets } from '../../src/widgets/index.js';
import { boxesOverlap, cleanup, focusPoint, mount, settled, shadow } from '../helpers/browser.js';

type El = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** The focus ring on screen: the outer and inner edges of its stroke. */
function ringEdges(root: ShadowRoot): { outer: DOMRect; inner: DOMRect } {
  const ring = root.querySelector<SVGRectElement>('.focus-ring')!;
  const svg = ring.ownerSVGElement!.getBoundingClientRect();
  const half = parseFloat(getComputedStyle(ring).strokeWidth) / 2;
  const { x, y, width, height } = ring.getBBox();
  const grown = (by: number) => new DOMRect(svg.left + x - by, svg.top + y - by, width + 2 * by, height + 2 * by);
  return { outer: grown(half), inner: grown(-half) };
}

/** Whether a text's box crosses the ring's stroke: it reaches into the ring, and is not wholly inside it. */
function crosses({ outer, inner }: { outer: DOMRect; inner: DOMRect }, text: DOMRect): boolean {
  const inside =
    text.left >= inner.left - 0.5 &&
    text.right <= inner.right + 0.5 &&
    text.top >= inner.top - 0.5 &&
    text.bottom <= inner.bottom + 0.5;
  return boxesOverlap(outer, text) && !inside;
}

/** Whether a text lies beside the ring, left or right of its inside: it can meet only a side (or a corner). */
const beside = ({ inner }: { inner: DOMRect }, text: DOMRect) =>
  text.right <= inner.left + 0.5 || text.left >= inner.right - 0.5;

// A reader moving through a chart with the keyboard sees each point (a bar, a cell, a
// dot) in a ring 2.5 px wide, 3 px out. No text may lie under that ring, in any widget,
// variant or width: not the point's own, and nothing above or below it; only another
// point's text beside it may meet its side. A text inside the ring (a cell's code) is
// fine. Each text as the browser lays it out, its glyphs' full height.
describe("a focused point's ring covers no text", () => {
  afterEach(cleanup);
  for (const { tag, samples, variants } of widgets)
    for (const variant of variants ?? ['default'])
      for (const sample of samples)
        for (const width of [320, 640, 1200])
          it(`${sample}, ${variant}, at ${width} px: every point focused in turn`, async () => {
            const el = await settled(
              mount<El>(
                `<${tag} variant="${variant}" loading="eager" src="/examples/data/${sample}.json"></${tag}>`,
                width,
              ),
            );
            const root = shadow(el);
            const points = [...root.querySelectorAll('[data-point]')].map((p) => p.getAttribute('data-point')!);
            expect(points.length).to.be.greaterThan(0);
            const touching: string[] = [];
            for (const point of points) {
              await focusPoint(el, point);
              const ring = ringEdges(root);
              const own = root.querySelector(`[data-point="${point}"]`)!;
              for (const text of root.querySelectorAll('.chart > svg text')) {
                const box = text.getBoundingClientRect();
                if (!crosses(ring, box)) continue;
                // Where points stand closer than a figure is wide, another point's figure may meet the
                // ring's side rather than be left out for every reader (RING_CLEARANCE, budget-growth/layout.ts).
                const other = text.closest('[data-point]');
                if (other && other !== own && beside(ring, box)) continue;
                touching.push(`${point}: "${text.textContent}"`);
              }
            }
            expect(touching).to.deep.equal([]);
          });
});
