import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { widgets } from '../../src/widgets/index.js';
import { cleanup, mount, settled, shadow } from '../helpers/browser.js';

type El = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/**
 * Every pair of the chart's texts whose glyph boxes, as the browser set them, overlap. A
 * text's box is its font's full line (ascent to descent, with the font's line gap), about
 * 15 % taller than its ink; two lines set 1.1 em apart touch as boxes without their letters
 * touching, so each box is trimmed by 8 % of its height at the top and bottom.
 */
function overlaps(el: El): string[] {
  const texts = [...shadow(el).querySelectorAll<SVGTextElement>('.chart > svg text')]
    .filter((t) => (t.textContent ?? '').trim())
    .map((t) => {
      const r = t.getBoundingClientRect();
      const trim = r.height * 0.08;
      return {
        text: t.textContent!.trim(),
        box: { left: r.left, right: r.right, top: r.top + trim, bottom: r.bottom - trim },
      };
    });
  const found: string[] = [];
  for (const [i, a] of texts.entries())
    for (const b of texts.slice(i + 1)) {
      const apart =
        a.box.right <= b.box.left + 0.5 ||
        b.box.right <= a.box.left + 0.5 ||
        a.box.bottom <= b.box.top + 0.5 ||
        b.box.bottom <= a.box.top + 0.5;
      if (!apart) found.push(`"${a.text}" × "${b.text}"`);
    }
  return found;
}

// Labels measured by an estimate in the layout are checked here on real glyphs: every
// widget, sample and variant, at the widths the layout tests use, in both languages.
describe('no two texts of a chart overlap, on real glyph boxes', () => {
  afterEach(cleanup);
  for (const { tag, samples, variants } of widgets)
    for (const sample of samples)
      for (const variant of variants)
        it(`${sample}${variant === variants[0] ? '' : ` (${variant})`}: at 320, 640 and 1200 px, id and en`, async () => {
          const found: string[] = [];
          for (const width of [320, 640, 1200])
            for (const lang of ['id', 'en']) {
              const el = await settled(
                mount<El>(
                  `<${tag} loading="eager" lang="${lang}" variant="${variant}" src="/examples/data/${sample}.json"></${tag}>`,
                  width,
                ),
              );
              found.push(...overlaps(el).map((pair) => `${width}px ${lang}: ${pair}`));
              cleanup();
            }
          expect(found).to.deep.equal([]);
        });
});
