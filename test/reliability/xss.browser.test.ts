import { expect } from '@open-wc/testing';
import { cleanText, safeHttpUrl } from '../../src/core/schema.js';
import { cleanup, mount, plain, shadow } from '../helpers/browser.js';
import {
  create,
  host,
  loadSample,
  readable,
  renderAll,
  scriptJson,
  shape,
  sleep,
  spyOnScript,
  unsafeNodes,
  until,
  watchUncaught,
  type Widget,
} from './browser.js';
import { setAt, stringPaths } from './json.js';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.js';
import { widgets } from './widgets.js';

/**
 * Opens the first point's tooltip, so that tooltip text is rendered and audited too (a
 * payload set in an item field reaches every item, the first one's tooltip included).
 */
async function openTooltips(el: Widget): Promise<void> {
  const first = shadow(el).querySelector<SVGElement>('[data-point]');
  first?.focus();
  await el.updateComplete;
}

function audit(els: Widget[]): string[] {
  return els.flatMap((el, i) => [
    ...unsafeNodes(shadow(el)).map((p) => `#${i}: ${p}`),
    // Nothing may be added to the page around the element either.
    ...[...el.children].filter((c) => c.localName !== 'script').map((c) => `#${i}: light DOM <${c.localName}>`),
  ]);
}

describe('the XSS audit itself', () => {
  afterEach(cleanup);

  it('sees a payload that does run, and the elements and links it would plant', async () => {
    const spy = spyOnScript();
    try {
      const box = host();
      const template = document.createElement('template');
      // A deliberately unsafe page fragment: the canary that proves the spies work.
      template.innerHTML = `<img src="data:image/png;base64,AA" onerror="__capaianXss('img-onerror')"><a href="${URL_PAYLOADS[0]}">x</a><svg><foreignObject></foreignObject></svg>`;
      box.append(template.content.cloneNode(true));
      await until(() => spy.hits.length > 0);
      expect(spy.hits).to.deep.equal(['img-onerror']);
      expect(unsafeNodes(box)).to.have.length.greaterThan(3);
    } finally {
      spy.restore();
    }
  });
});

for (const widget of widgets) {
  describe(`${widget.tag}: the XSS corpus in every text field and URL`, function () {
    this.timeout(30_000);
    let base: unknown;
    let spy: ReturnType<typeof spyOnScript>;
    let uncaught: ReturnType<typeof watchUncaught>;

    before(async () => {
      await widget.define();
      base = await loadSample(widget.samples[0]!);
    });
    beforeEach(() => {
      spy = spyOnScript();
      uncaught = watchUncaught();
    });
    afterEach(async () => {
      // Time for any handler that might have been planted (onerror, onload) to fire.
      await sleep(100);
      uncaught.stop();
      spy.restore();
      cleanup();
      expect(spy.hits, 'script ran').to.deep.equal([]);
      expect(uncaught.seen).to.deep.equal([]);
    });

    /** A payload cut to a field's length cap: within it the document is valid. */
    const fit = (field: string, payload: string) =>
      payload.slice(0, { ...widget.textFields, ...widget.urlFields }[field] ?? payload.length);

    for (const field of Object.keys(widget.textFields)) {
      it(`${field}: each payload is shown as text, the DOM keeps its shape (data property)`, async () => {
        // Each payload's control is the same text with its angle brackets made letters: as
        // wide to the layout, so it wraps into as many lines, and markup-free. Any element
        // more or fewer than the control's came from the payload.
        const harmless = (payload: string) => payload.replace(/[<>]/g, 'x');
        const controls = await renderAll(
          widget,
          TEXT_PAYLOADS.map((payload) => setAt(base, field, harmless(fit(field, payload)))),
        );
        const expected: Record<string, number>[] = [];
        for (const control of controls) {
          await openTooltips(control);
          expected.push(shape(shadow(control)));
        }
        cleanup();
        const els = await renderAll(
          widget,
          TEXT_PAYLOADS.map((payload) => setAt(base, field, fit(field, payload))),
        );
        for (const [i, el] of els.entries()) {
          const payload = fit(field, TEXT_PAYLOADS[i]!);
          expect(el.state, payload).to.equal('ready');
          await openTooltips(el);
          expect(shape(shadow(el)), payload).to.deep.equal(expected[i]);
          // As text: whole in the title, notes and table; a label may be cut short ("…") or
          // start a sentence with a capital, so its first characters are what must show.
          expect(readable(shadow(el)).toLowerCase(), payload).to.contain(
            plain(cleanText(payload)).slice(0, 12).toLowerCase(),
          );
        }
        expect(audit(els)).to.deep.equal([]);
      });
    }

    for (const field of Object.keys(widget.urlFields)) {
      it(`${field}: only http(s) becomes a link; the rest is no link at all`, async () => {
        const els = await renderAll(
          widget,
          URL_PAYLOADS.map((payload) => setAt(base, field, payload)),
        );
        for (const [i, el] of els.entries()) {
          const payload = URL_PAYLOADS[i]!;
          expect(el.state, payload).to.equal('ready');
          const links = [...shadow(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
          const safe = safeHttpUrl(payload);
          expect(links, JSON.stringify(payload)).to.deep.equal(safe ? [safe] : []);
          for (const href of links) expect(new URL(href!).protocol).to.match(/^https?:$/);
        }
        expect(audit(els)).to.deep.equal([]);
      });
    }

    it('inline <script type="application/json">: payloads with </script> and <!-- stay data', async () => {
      const fields = [...Object.keys(widget.textFields), ...Object.keys(widget.urlFields)];
      const all = [...TEXT_PAYLOADS, ...URL_PAYLOADS];
      // One element per payload; every field holds a payload, each field a different one.
      const els = all.map((_, i) => {
        const doc = fields.reduce((d, field, j) => setAt(d, field, fit(field, all[(i + j) % all.length]!)), base);
        return mount<Widget>(
          `<${widget.tag} loading="eager"><script type="application/json">${scriptJson(doc)}</script></${widget.tag}>`,
        );
      });
      await Promise.all(els.map((el) => until(() => el.state !== 'loading')));
      for (const el of els) {
        expect(el.state).to.equal('ready');
        // The script element is still the only child: nothing broke out of it.
        expect([...el.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE)).to.have.length(1);
        await openTooltips(el);
      }
      expect(audit(els)).to.deep.equal([]);
    });

    it('the escape "<\\/" works as well as \\u003c for a payload with </script>', async () => {
      const payload = `</script><img src=x onerror=__capaianXss('slash')>`;
      const json = JSON.stringify(setAt(base, '$.title', payload)).replace(/<\//g, '<\\/');
      const el = mount<Widget>(
        `<${widget.tag} loading="eager"><script type="application/json">${json}</script></${widget.tag}>`,
      );
      await until(() => el.state !== 'loading');
      expect(el.state).to.equal('ready');
      expect(readable(shadow(el))).to.contain(payload);
      expect(audit([el])).to.deep.equal([]);
    });

    it('src: the same payloads, fetched as JSON from a URL', async () => {
      const fields = Object.keys(widget.textFields);
      const urls = TEXT_PAYLOADS.map((payload, i) => {
        let doc = fields.reduce((d, f) => setAt(d, f, fit(f, payload)), base);
        doc = setAt(doc, Object.keys(widget.urlFields)[0] ?? '$.unused', URL_PAYLOADS[i % URL_PAYLOADS.length]);
        return URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
      });
      const box = host();
      const els = urls.map((url) => {
        const el = create(widget, { src: url });
        box.append(el);
        return el;
      });
      await Promise.all(els.map((el) => until(() => el.state !== 'loading')));
      for (const el of els) expect(el.state).to.equal('ready');
      expect(audit(els)).to.deep.equal([]);
      urls.forEach((url) => URL.revokeObjectURL(url));
    });

    it('every other string of the format (codes, dates, kinds) holding a payload: ready or error, never markup', async () => {
      const all = [...TEXT_PAYLOADS, ...URL_PAYLOADS];
      const paths = stringPaths(base);
      const logged: string[] = [];
      const original = console.error;
      console.error = (message: string) => logged.push(message);
      try {
        const els = await renderAll(
          widget,
          paths.map((path, i) => setAt(base, path, all[i % all.length])),
        );
        for (const el of els) expect(el.state).to.be.oneOf(['ready', 'error']);
        expect(audit(els)).to.deep.equal([]);
      } finally {
        console.error = original;
      }
      // Each rejection names its field in the console.
      for (const line of logged) expect(line).to.match(/\$\.\w/);
    });

    it('hostile attribute values on the element itself', async () => {
      const box = host();
      const els = TEXT_PAYLOADS.slice(0, 12).map((payload) => {
        const el = create(widget, { lang: payload, theme: payload, 'heading-level': payload });
        el.data = base;
        box.append(el);
        return el;
      });
      await Promise.all(els.map((el) => until(() => el.state !== 'loading')));
      for (const el of els) expect(el.state).to.equal('ready');
      expect(audit(els)).to.deep.equal([]);
    });
  });
}
