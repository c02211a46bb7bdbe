import { expect } from '@open-wc/testing';
import { cleanup, mount, shadow } from '../helpers/browser.js';
import {
  host,
  loadSample,
  readable,
  renderAll,
  scriptJson,
  sleep,
  until,
  watchUncaught,
  type Widget,
} from './browser.js';
import { allowed, invalidNumberCases, numberCases } from './checks.js';
import {
  BROKEN_NUMBER_TEXT,
  everyPath,
  NEGATIVE_ZERO_TEXT,
  poisonedJson,
  pollution,
  POISON_KEYS,
  setAt,
} from './json.js';
import { widgets } from './widgets.js';

// Hostile and odd data through the element, in a real browser: prototype pollution,
// odd numbers, caps and long text. The same documents' parse and layout are checked in
// Node (pollution.test.ts, numbers.test.ts); here the rendered result is.

/** Words and attribute values of a rendered widget that read as broken numbers. */
function brokenNumbers(el: Widget): string[] {
  const texts = [readable(shadow(el))];
  for (const node of shadow(el).querySelectorAll('*'))
    for (const attr of node.attributes) if (attr.name !== 'style') texts.push(attr.value);
  return texts.filter((t) => BROKEN_NUMBER_TEXT.test(t) || NEGATIVE_ZERO_TEXT.test(t));
}

for (const widget of widgets) {
  describe(`<${widget.tag}> with hostile and odd data`, function () {
    this.timeout(30_000);
    let base: unknown;
    let uncaught: ReturnType<typeof watchUncaught>;
    let quiet: typeof console.error;

    before(async () => {
      await widget.define();
      base = await loadSample(widget.samples[0]!);
    });
    beforeEach(() => {
      uncaught = watchUncaught();
      quiet = console.error;
      console.error = () => {};
    });
    afterEach(async () => {
      await sleep(20);
      console.error = quiet;
      uncaught.stop();
      cleanup();
      expect(uncaught.seen).to.deep.equal([]);
      expect(pollution()).to.deep.equal([]);
    });

    describe('prototype pollution', () => {
      it('hostile keys in every object, through inline JSON and through the data property: drawn, nothing polluted', async () => {
        const text = poisonedJson(base);
        const inline = mount<Widget>(
          `<${widget.tag} loading="eager"><script type="application/json">${scriptJson(JSON.parse(text))}</script></${widget.tag}>`,
        );
        const [viaData] = await renderAll(widget, [JSON.parse(poisonedJson(base, 'last'))]);
        await until(() => inline.state !== 'loading');
        for (const el of [inline, viaData!]) {
          expect(el.state).to.equal('ready');
          expect(readable(shadow(el))).to.not.contain('polluted');
        }
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });

      it('a hostile object in place of each value: the error state with its message, nothing polluted', async () => {
        const poison = JSON.parse(`{${POISON_KEYS.join(',')}}`) as unknown;
        const docs = everyPath(base).map((path) => (path === '$' ? poison : setAt(base, path, poison)));
        const els = await renderAll(widget, docs);
        for (const el of els) {
          expect(el.state).to.equal('error');
          expect(shadow(el).querySelector('[role=alert]')).to.not.equal(null);
          expect(shadow(el).querySelector('svg')).to.equal(null);
        }
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      });
    });

    const n = widget.numbers;
    if (n) {
      describe('numbers', () => {
        for (const width of [320, 1200]) {
          it(`odd but valid numbers draw at ${width}px with no exponent, NaN or -0 in text or attributes`, async () => {
            const cases = numberCases(n).filter(([, values]) => allowed(n, values));
            const els = await renderAll(
              widget,
              cases.map(([, values]) => n.doc(values)),
              width,
            );
            for (const [i, el] of els.entries()) {
              const name = cases[i]![0];
              expect(el.state, name).to.equal('ready');
              expect(shadow(el).querySelector('svg'), name).to.not.equal(null);
              expect(brokenNumbers(el), name).to.deep.equal([]);
            }
          });
        }

        it('numbers the format rejects end in the error state with the reason in the event', async () => {
          const outside = numberCases(n).filter(([, values]) => !allowed(n, values));
          const cases = [
            ...invalidNumberCases(n),
            ...outside.map(([name, values]): [string, number[], number] => [name, values, -1]),
          ];
          const box = host();
          const seen = cases.map(([, values]) => {
            const el = document.createElement(widget.tag) as Widget;
            el.loading = 'eager';
            const event = new Promise<CustomEvent>((resolve) =>
              el.addEventListener('capaian-error', (e) => resolve(e as CustomEvent), { once: true }),
            );
            el.data = n.doc(values);
            box.append(el);
            return { el, event };
          });
          for (const [i, { el, event }] of seen.entries()) {
            const [name, , index] = cases[i]!;
            const { detail } = await event;
            expect(detail.kind, name).to.equal('parse');
            if (index >= 0) expect(detail.reasons[0].path, name).to.equal(n.valuePath(index));
            expect(el.state).to.equal('error');
            expect(shadow(el).querySelector('svg'), name).to.equal(null);
          }
        });
      });
    }

    it('every text at its cap, unbroken, at 320px: drawn and nothing spills sideways', async () => {
      const fields = Object.entries(widget.textFields);
      const doc = fields.reduce((d, [field, cap]) => setAt(d, field, 'W'.repeat(cap)), base);
      const [el] = await renderAll(widget, [doc], 320);
      expect(el!.state).to.equal('ready');
      shadow(el!).querySelector('details')?.setAttribute('open', '');
      await sleep(0);
      const spill = [...shadow(el!).querySelectorAll<HTMLElement>('[part]')].filter((p) => p.scrollWidth > 322);
      expect(spill.map((p) => `${p.getAttribute('part')}: ${p.scrollWidth}px`)).to.deep.equal([]);
      expect(el!.getBoundingClientRect().width).to.be.at.most(320);
    });
  });
}
