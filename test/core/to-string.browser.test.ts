import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { templateToString } from '../../src/core/export/to-string.js';
import type { AccessModel } from '../../src/core/model.js';
import { widgets } from '../../src/widgets/index.js';
import { fetchJson } from '../helpers/browser.js';

// Downloads, static SVG and server-rendered HTML write each chart with templateToString; the
// element draws the same templates with Lit (and the budget chart's marks with drawMarks).
// The two must give the same elements, attributes and text.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Each element in order: its tag, its attributes (sorted: Lit sets bound ones after the static ones) and its own text. */
function describeTree(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((el) => {
    const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent)
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    return `${el.localName} [${attrs.join(' ')}] ${JSON.stringify(text)}`;
  });
}

describe('a chart written as text is the chart drawn on screen', () => {
  for (const widget of widgets)
    for (const sample of widget.samples)
      for (const variant of widget.variants)
        it(`${widget.name}, ${sample}, ${variant}: the same elements, attributes and text at 320, 640 and 1200 px`, async () => {
          const parsed = widget.parse(await fetchJson(`/examples/data/${sample}.json`));
          if (!parsed.ok) throw new Error(`${sample} does not parse`);
          for (const [width, lang] of [
            [320, 'id'],
            [640, 'en'],
            [1200, 'id'],
          ] as const) {
            const model = widget.layout(parsed.spec, { width, lang, variant }) as AccessModel;
            const chart = () => widget.chart(model, { active: undefined, tabIndexOf: () => -1, memory: {} });
            const drawn = document.createElementNS(SVG_NS, 'svg');
            render(chart(), drawn);
            const written = new DOMParser().parseFromString(
              `<svg xmlns="${SVG_NS}">${templateToString(chart())}</svg>`,
              'image/svg+xml',
            ).documentElement;
            expect(written.querySelector('parsererror'), `${width} px: not well-formed`).to.equal(null);
            const [onScreen, asText] = [describeTree(drawn), describeTree(written)];
            expect(onScreen.length, `${width} px`).to.be.greaterThan(5);
            expect(asText, `${width} px`).to.deep.equal(onScreen);
          }
        });
});
