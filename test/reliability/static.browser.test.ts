import { expect } from '@open-wc/testing';
import { cleanText } from '../../src/core/schema.js';
import { cleanup, plain } from '../helpers/browser.js';
import {
  host,
  loadSample,
  readable,
  sleep,
  spyOnScript,
  unsafeNodes,
  until,
  watchUncaught,
  type Widget,
} from './browser.js';
import { setAt } from './json.js';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.js';
import { widgets } from './widgets.js';

// The XSS corpus through static rendering (src/static.ts): the server-rendered HTML
// (declarative shadow DOM plus inline JSON) and the standalone SVG are strings built
// without Lit's DOM, so their escaping is checked on its own.

type Static = typeof import('../../src/static.js');

/** Every payload in every text field at once, and URL payloads in the URL fields. */
function hostileDocs(widget: (typeof widgets)[number], base: unknown): unknown[] {
  return TEXT_PAYLOADS.map((payload, i) => {
    // Cut to each field's cap, so that every document is valid and gets drawn.
    let doc = Object.entries(widget.textFields).reduce(
      (d, [field, cap]) => setAt(d, field, payload.slice(0, cap)),
      base,
    );
    for (const field of Object.keys(widget.urlFields)) doc = setAt(doc, field, URL_PAYLOADS[i % URL_PAYLOADS.length]);
    return doc;
  });
}

describe('static rendering with the XSS corpus', function () {
  this.timeout(30_000);
  let rendering: Static;
  let spy: ReturnType<typeof spyOnScript>;
  let uncaught: ReturnType<typeof watchUncaught>;

  before(async () => {
    rendering = await import('../../src/static.js');
  });
  beforeEach(() => {
    spy = spyOnScript();
    uncaught = watchUncaught();
  });
  afterEach(async () => {
    await sleep(100);
    uncaught.stop();
    spy.restore();
    cleanup();
    expect(spy.hits, 'script ran').to.deep.equal([]);
    expect(uncaught.seen).to.deep.equal([]);
  });

  for (const widget of widgets) {
    describe(widget.name, () => {
      let docs: unknown[] = [];
      before(async () => {
        await widget.define();
        docs = hostileDocs(widget, await loadSample(widget.samples[0]!));
      });

      it('renderHtml: one inline JSON script holding the document, payloads only as text', async function () {
        if (!rendering.widgets.some((w) => w.name === widget.name)) this.skip();
        const box = host();
        for (const [i, doc] of docs.entries()) {
          const result = rendering.renderHtml(widget.name, doc, { lang: 'id' });
          expect(result.ok).to.equal(true);
          if (!result.ok) continue;
          const slot = document.createElement('div');
          // As a server-rendered page would arrive: parsed as HTML, shadow root attached
          // (eager, so that every one of them is taken over, on screen or not).
          slot.setHTMLUnsafe(result.output.replace(`<${widget.tag} `, `<${widget.tag} loading="eager" `));
          box.append(slot);
          const el = slot.firstElementChild as Widget;
          expect(slot.children, TEXT_PAYLOADS[i]).to.have.length(1);
          expect(el.localName).to.equal(widget.tag);
          const scripts = el.querySelectorAll('script');
          expect(scripts).to.have.length(1);
          expect(scripts[0]!.type).to.equal('application/json');
          expect(JSON.parse(scripts[0]!.textContent ?? '')).to.deep.equal(doc);
          expect(el.shadowRoot, 'declarative shadow root').to.not.equal(null);
          expect(unsafeNodes(el.shadowRoot!)).to.deep.equal([]);
          expect(readable(el.shadowRoot!)).to.contain(plain(cleanText(TEXT_PAYLOADS[i]!.slice(0, 100))));
        }
        // Then the element takes the figure over, still with nothing unsafe in it.
        const els = [...box.querySelectorAll<Widget>(widget.tag)];
        await Promise.all(els.map((el) => until(() => el.state === 'ready')));
        for (const el of els) expect(unsafeNodes(el.shadowRoot!)).to.deep.equal([]);
      });

      it('renderSvg: well-formed SVG, no script, handler, foreign content or outside reference', async function () {
        if (!rendering.widgets.some((w) => w.name === widget.name)) this.skip();
        for (const [i, doc] of docs.entries()) {
          const result = rendering.renderSvg(widget.name, doc, { lang: 'en', theme: 'dark' });
          expect(result.ok).to.equal(true);
          if (!result.ok) continue;
          const svg = new DOMParser().parseFromString(result.output, 'image/svg+xml');
          expect(svg.querySelector('parsererror'), TEXT_PAYLOADS[i]).to.equal(null);
          expect(svg.documentElement.localName).to.equal('svg');
          expect(unsafeNodes(svg)).to.deep.equal([]);
          // Long titles wrap over several <text> lines: compare without the spaces.
          const bare = (s: string | null) => (s ?? '').replace(/\s+/g, '');
          expect(bare(svg.documentElement.textContent)).to.contain(bare(cleanText(TEXT_PAYLOADS[i]!.slice(0, 100))));
        }
      });
    });
  }
});
