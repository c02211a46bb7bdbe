import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/core/define.js';
import { cleanup, nextFrame, plain, settled, shadow } from '../helpers/browser.js';
import { create, host, loadSample, sleep, until, watchUncaught, type Widget } from './browser.js';
import { widgets } from './widgets.js';

declare global {
  interface Window {
    gc?: (options?: { type: 'major'; execution: 'async' }) => Promise<void> | void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const CYCLES = 1000;

/**
 * Full garbage collection (Chromium runs with --js-flags=--expose-gc), then the heap in
 * use. Asynchronous, from an empty stack: a collection called from script scans the
 * native stack conservatively, and a stale pointer there can keep a dead node alive.
 */
async function heapAfterGc(): Promise<number> {
  if (!window.gc || !performance.memory) throw new Error('run Chromium with --js-flags=--expose-gc');
  for (let i = 0; i < 3; i++) {
    await sleep(0);
    await window.gc({ type: 'major', execution: 'async' });
  }
  return performance.memory.usedJSHeapSize;
}

type ObserverName = 'ResizeObserver' | 'MutationObserver' | 'IntersectionObserver';
type Patchable = Record<'observe' | 'unobserve' | 'disconnect', ((...args: never[]) => unknown) | undefined>;

/**
 * Records what is observed and what listens on `document` and `window`, by wrapping the
 * platform's methods, so that a test can ask what an element left behind.
 */
function instrument() {
  const observed = new Map<object, Set<Node>>();
  const listening = new Map<EventTarget, Set<string>>();
  const undo: (() => void)[] = [];
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (o: object) => ids.get(o) ?? (ids.set(o, ++next), next);

  for (const name of ['ResizeObserver', 'MutationObserver', 'IntersectionObserver'] as ObserverName[]) {
    const proto = window[name].prototype as unknown as Patchable;
    const saved = { observe: proto.observe, unobserve: proto.unobserve, disconnect: proto.disconnect };
    const targets = (o: object) => observed.get(o) ?? observed.set(o, new Set()).get(o)!;
    proto.observe = function (this: object, target: Node, ...rest: unknown[]) {
      targets(this).add(target);
      return (saved.observe as (...a: unknown[]) => unknown).call(this, target, ...rest);
    } as never;
    if (saved.unobserve)
      proto.unobserve = function (this: object, target: Node) {
        targets(this).delete(target);
        return (saved.unobserve as (t: Node) => unknown).call(this, target);
      } as never;
    proto.disconnect = function (this: object) {
      targets(this).clear();
      return (saved.disconnect as () => unknown).call(this);
    } as never;
    undo.push(() => {
      proto.observe = saved.observe;
      proto.disconnect = saved.disconnect;
      if (saved.unobserve) proto.unobserve = saved.unobserve;
    });
  }

  const target = EventTarget.prototype;
  const { addEventListener, removeEventListener } = target;
  const key = (type: string, listener: unknown, options?: boolean | EventListenerOptions) =>
    `${type}:${id(listener as object)}:${typeof options === 'boolean' ? options : !!options?.capture}`;
  target.addEventListener = function (this: EventTarget, type, listener, options) {
    if ((this === document || this === window) && listener)
      (listening.get(this) ?? listening.set(this, new Set()).get(this)!).add(key(type, listener, options));
    return addEventListener.call(this, type, listener, options);
  };
  target.removeEventListener = function (this: EventTarget, type, listener, options) {
    if (listener) listening.get(this)?.delete(key(type, listener, options));
    return removeEventListener.call(this, type, listener, options);
  };
  undo.push(() => Object.assign(target, { addEventListener, removeEventListener }));

  return {
    /** Everything observed inside `el` (the element or its shadow tree). */
    observedIn(el: Element): number {
      let n = 0;
      for (const set of observed.values())
        for (const node of set) if (node === el || el.contains(node) || el.shadowRoot?.contains(node)) n++;
      return n;
    },
    /** How many observers have been used at all. */
    observers: () => observed.size,
    /** The document and window listeners in place now. */
    listeners: () =>
      [...listening.entries()].flatMap(([t, set]) =>
        [...set].map((k) => `${t === document ? 'document' : 'window'} ${k}`),
      ),
    restore: () => undo.forEach((f) => f()),
  };
}

for (const widget of widgets) {
  describe(`<${widget.tag}> lifecycle`, function () {
    this.timeout(60_000);
    let doc: unknown;
    let uncaught: ReturnType<typeof watchUncaught>;

    before(async () => {
      await widget.define();
      doc = await loadSample(widget.samples[0]!);
    });
    beforeEach(() => (uncaught = watchUncaught()));
    afterEach(() => {
      uncaught.stop();
      cleanup();
      expect(uncaught.seen).to.deep.equal([]);
    });

    it(`attached and detached ${CYCLES} times: no observer or listener left, heap bounded, draws again`, async () => {
      const probe = instrument();
      try {
        const box = host(640);
        const el = create(widget);
        el.data = doc;
        box.append(el);
        await settled(el);
        const listenersBefore = probe.listeners();
        const heapBefore = await heapAfterGc();

        for (let i = 0; i < CYCLES; i++) {
          el.remove();
          box.append(el);
          if (i % 100 === 0) {
            // Now and then: a frame to run observers in, and a tap that pins a tooltip
            // (which listens on the document for the tap that closes it).
            await el.updateComplete;
            await nextFrame();
            shadow(el)
              .querySelector('[data-point]')
              ?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'touch' }));
          }
        }
        el.remove();
        await nextFrame();

        expect(probe.observedIn(el), 'observations left').to.equal(0);
        expect(probe.listeners(), 'listeners left').to.deep.equal(listenersBefore);
        // Observers are made once and reused, not once per attach.
        expect(probe.observers()).to.be.at.most(4);
        const growth = (await heapAfterGc()) - heapBefore;
        expect(growth, `heap grew by ${growth} bytes`).to.be.below(1_000_000);

        box.style.width = '800px';
        box.append(el);
        await until(() => shadow(el).querySelector('svg[width="800"]') !== null);
        expect(el.state).to.equal('ready');
        expect(probe.observedIn(el)).to.be.greaterThan(0);
      } finally {
        probe.restore();
      }
    });

    it(`${CYCLES} elements drawn and removed: all are collected`, async () => {
      const box = host(320);
      const refs: WeakRef<Widget>[] = [];
      const small = { ...(doc as object) };
      const round = async (n: number, keep: boolean) => {
        for (let i = 0; i < n; i++) {
          // Half of them lazy (watched for the viewport), half eager.
          const el = create(widget, i % 2 ? {} : { loading: 'lazy' });
          el.data = small;
          box.append(el);
          if (i % 10 === 0) await settled(el);
          el.remove();
          if (keep) refs.push(new WeakRef(el));
        }
      };
      await round(20, false);
      const heapBefore = await heapAfterGc();
      await round(CYCLES, true);
      // A leak keeps every element (whatever holds one holds each); a callback already
      // queued for the last one holds it for a moment: collect until none is left.
      let alive: number[] = [];
      let growth = 0;
      for (let attempt = 0; attempt < 10; attempt++) {
        await nextFrame();
        growth = (await heapAfterGc()) - heapBefore;
        alive = refs.flatMap((r, i) => (r.deref() ? [i] : []));
        if (!alive.length) break;
        await sleep(50);
      }
      expect(alive, `removed elements still reachable (of ${CYCLES})`).to.deep.equal([]);
      expect(growth, `heap grew by ${growth} bytes`).to.be.below(2_000_000);
    });

    it('removed while loading from a URL, again and again: no request, rejection or event left over', async () => {
      const box = host(320);
      const el = create(widget, { src: `/examples/data/${widget.samples[0]}.json?lifecycle` });
      const events: string[] = [];
      el.addEventListener('capaian-error', () => events.push('error'));
      for (let i = 0; i < 200; i++) {
        box.append(el);
        el.remove();
      }
      await sleep(100);
      expect(events).to.deep.equal([]);
      box.append(el);
      await settled(el);
    });

    it('properties set before the tag is defined are honoured', async () => {
      const Element = await widget.element();
      const tag = `${widget.tag}-early-${Math.random().toString(36).slice(2, 8)}`;
      const early = document.createElement(tag) as Widget & { headingLevel: number; theme: string };
      early.data = doc;
      early.headingLevel = 4;
      early.theme = 'dark';
      early.loading = 'eager';
      early.setAttribute('lang', 'en');
      host().append(early);
      const fromUrl = document.createElement(tag) as Widget;
      fromUrl.src = `/examples/data/${widget.samples[0]}.json`;

      defineElement(tag, class extends Element {});
      host().append(fromUrl);

      await settled(early);
      const root = shadow(early);
      expect(root.querySelector('[role=heading]')?.getAttribute('aria-level')).to.equal('4');
      expect(early.getAttribute('theme')).to.equal('dark');
      expect(plain(root.querySelector('#title')?.textContent)).to.equal(plain((doc as { title: string }).title));
      expect(root.querySelector('.root')?.getAttribute('lang')).to.equal('en');
      await settled(fromUrl);
      expect(plain(shadow(fromUrl).querySelector('#title')?.textContent)).to.equal(
        plain((doc as { title: string }).title),
      );
    });
  });
}
