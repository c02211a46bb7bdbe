import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { reserveCss } from '../../src/reserve-css.js';
import type { AnyWidgetDefinition } from '../../src/core/widget.js';
import { renderHtml } from '../../src/static.js';
import { widgets } from '../../src/widgets/index.js';
import { cleanup, fetchJson, nextFrame, settled } from '../helpers/browser.js';

type Widget = HTMLElement & { state: string; data: unknown; updateComplete: Promise<boolean> };

/**
 * The space a widget keeps free (the definition's `reserve`, src/core/widget.ts) is the same before its script runs
 * (capaian.css on the undefined tag), while it loads (the loading box) and once its first
 * sample is drawn, so a page around it does not move. Every tag is defined on this page,
 * so the stylesheet is measured on a stand-in tag that nothing defines.
 */
const standIn = (widget: AnyWidgetDefinition) => `x-undefined-${widget.name}`;
const WIDTHS = [320, 375, 640, 1280];

/** Mounts `tag` (with `variant` and `theme`) in a box `width` px wide. */
function mountTag(tag: string, width: number, variant: string, theme = 'light'): Widget {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const el = document.createElement(tag) as Widget;
  el.setAttribute('variant', variant);
  el.setAttribute('theme', theme);
  el.setAttribute('loading', 'eager');
  box.append(el);
  document.body.append(box);
  return el;
}

const heightOf = (el: Element) => el.getBoundingClientRect().height;

before(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(reserveCss(widgets, standIn));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
});
afterEach(cleanup);

for (const widget of widgets)
  for (const variant of widget.variants)
    describe(`<${widget.tag} variant="${variant}"> keeps its space`, () => {
      for (const theme of ['light', 'dark'])
        it(`as tall before its script runs as while it loads, ${theme}, at ${WIDTHS.join(', ')} px`, async () => {
          for (const width of WIDTHS) {
            const before = mountTag(standIn(widget), width, variant, theme);
            // No src and no data: the element stays in its loading box.
            const loading = mountTag(widget.tag, width, variant, theme);
            await loading.updateComplete;
            await nextFrame();
            expect(loading.state, `${width} px`).to.equal('loading');
            expect(
              Math.abs(heightOf(before) - heightOf(loading)),
              `${width} px: ${heightOf(before)} before, ${heightOf(loading)} loading`,
            ).to.be.at.most(1);
            cleanup();
          }
        });

      it(`as tall once its first sample (${widget.samples[0]}) is drawn, at ${WIDTHS.join(', ')} px`, async () => {
        const data = await fetchJson(`/examples/data/${widget.samples[0]}.json`);
        const drawn: string[] = [];
        const reserved: string[] = [];
        for (const width of WIDTHS) {
          const el = mountTag(widget.tag, width, variant);
          await el.updateComplete;
          await nextFrame();
          reserved.push(heightOf(el).toFixed(1));
          el.data = data;
          await settled(el);
          await nextFrame();
          drawn.push(heightOf(el).toFixed(1));
          cleanup();
        }
        // On failure the message gives the drawn heights: the steps to write in the definition's `reserve`.
        const near = drawn.every((h, i) => Math.abs(Number(h) - Number(reserved[i])) <= 1);
        expect(near, `reserved ${reserved.join(', ')}; drawn ${drawn.join(', ')}`).to.equal(true);
      });
    });

describe('a server-rendered widget', () => {
  it('keeps no space beside its pre-rendered figure before its script runs (capaian.css gives way)', async () => {
    for (const widget of widgets) {
      const result = renderHtml(widget.name, await fetchJson(`/examples/data/${widget.samples[0]}.json`));
      if (!result.ok) throw new Error(`${widget.name}: its first sample does not render`);
      const box = document.createElement('div');
      // Our own renderer's output, under a tag nothing defines; a declarative shadow root needs setHTMLUnsafe.
      box.setHTMLUnsafe(result.output.replaceAll(widget.tag, standIn(widget)));
      box.append(document.createElement(standIn(widget)));
      document.body.append(box);
      const [prerendered, empty] = [...box.children];
      expect(prerendered!.shadowRoot, widget.tag).to.not.equal(null);
      expect(getComputedStyle(prerendered!, '::before').content, widget.tag).to.equal('none');
      expect(getComputedStyle(empty!, '::before').content, `${widget.tag} without a figure`).to.equal('""');
      cleanup();
    }
  });
});
