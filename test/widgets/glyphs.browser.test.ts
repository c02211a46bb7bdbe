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

// A value axis that does not start at zero is broken by a mark on its baseline, left of
// the plot: on real glyphs it keeps 3 px or more from every text (the "9,4%" beside it,
// the first period under it) and from every data marker.
describe('the axis break mark stands clear of texts and markers, on real glyph boxes', () => {
  afterEach(cleanup);
  const apart = (a: DOMRect, b: DOMRect, gap: number) =>
    a.right + gap <= b.left || b.right + gap <= a.left || a.bottom + gap <= b.top || b.bottom + gap <= a.top;
  for (const sample of ['poverty-trend.seed', 'poverty-trend.bps-2015-2025'])
    it(`${sample}: at 280, 320, 480, 640 and 1200 px`, async () => {
      const found: string[] = [];
      for (const width of [280, 320, 480, 640, 1200]) {
        const el = await settled(
          mount<El>(
            `<capaian-poverty-trend loading="eager" src="/examples/data/${sample}.json"></capaian-poverty-trend>`,
            width,
          ),
        );
        const svg = shadow(el).querySelector('.chart > svg')!;
        const mark = svg.querySelector('.y-axis path.axis-line');
        expect(mark, `${width}px: a break mark`).to.not.equal(null);
        const box = mark!.getBoundingClientRect();
        for (const other of svg.querySelectorAll('text, path.marker')) {
          if (other.localName === 'text' && !other.textContent?.trim()) continue;
          if (!apart(box, other.getBoundingClientRect(), other.localName === 'text' ? 3 : 2))
            found.push(`${width}px: break × ${other.textContent?.trim() || other.getAttribute('class')}`);
        }
        cleanup();
      }
      expect(found).to.deep.equal([]);
    });
});

// Long names, a long threshold label and annotations six months apart: each wraps or
// moves (a numbered note and the legend at the narrowest), none is cut to "…", none
// overlaps another, on real glyphs from 280 to 1200 px.
describe('long labels wrap or move, never cut short, on real glyph boxes', () => {
  afterEach(cleanup);
  const src = '/test/widgets/poverty-trend/fixtures/long-labels.json';
  for (const lang of ['id', 'en'])
    it(`poverty trend, long labels, ${lang}: 280, 320, 400, 480, 640, 900 and 1200 px`, async () => {
      const found: string[] = [];
      for (const width of [280, 320, 400, 480, 640, 900, 1200]) {
        const el = await settled(
          mount<El>(
            `<capaian-poverty-trend loading="eager" lang="${lang}" src="${src}"></capaian-poverty-trend>`,
            width,
          ),
        );
        found.push(...overlaps(el).map((pair) => `${width}px: ${pair}`));
        const texts = [...shadow(el).querySelectorAll('.chart > svg text, .legend')].map((t) => t.textContent ?? '');
        found.push(...texts.filter((t) => t.includes('…')).map((t) => `${width}px: cut "${t}"`));
        const words = texts.join(' ').replace(/\s+/g, ' ');
        for (const whole of ['Perkotaan dan pinggiran kota besar', 'Target RPJMN 2020–2024 (batas atas)'])
          if (!words.includes(whole) && !words.replace(/ /g, '').includes(whole.replace(/ /g, '')))
            found.push(`${width}px: "${whole}" missing`);
        cleanup();
      }
      expect(found).to.deep.equal([]);
    });
});
