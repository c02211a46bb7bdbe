/**
 * What frameworks do to a custom element, done by hand: React and Vue re-create inline
 * objects on every render, and a handler that sets state re-renders at once.
 */
import { expect } from '@open-wc/testing';
import '../src/widgets/budget-growth/budget-growth.js';
import { BudgetGrowthElement } from '../src/widgets/budget-growth/budget-growth.element.js';
import type { CapaianErrorDetail } from '../src/core/element.js';
import { coreText } from '../src/core/i18n.js';
import { cleanup, errorEvent, fetchJson, mount, plain, settled, shadow } from './helpers/browser.js';
import { watchUncaught } from './reliability/browser.js';

const SEED = '/examples/data/budget-growth.seed.json';
type El = BudgetGrowthElement;
type Doc = { title: string; points: { year: number; amount: number }[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** An invalid document (its points are a string), as untyped JSON may bring one. */
const broken = () => ({ title: 'Rusak', points: 'bukan daftar' }) as unknown as El['data'];
/** A new object with the same content: what an inline `data={{…}}` is on every render. */
const copy = <T>(value: T): T => structuredClone(value);

const definition = BudgetGrowthElement.definition;
const parse = definition.parse;

/** Counts the widget's `capaian-ready` events and the documents it parses (one per load of a document). */
function count(el: El): { readies: number; parses: number } {
  const counts = { readies: 0, parses: 0 };
  el.addEventListener('capaian-ready', () => counts.readies++);
  definition.parse = (input) => {
    counts.parses++;
    return parse(input);
  };
  return counts;
}

/** More than any honest run needs: a widget that loops stops here instead of freezing the tab. */
const RUNAWAY = 50;

describe('in a framework', () => {
  let doc: Doc;
  before(async () => {
    doc = (await fetchJson(SEED)) as Doc;
  });
  afterEach(() => {
    definition.parse = parse;
    cleanup();
  });

  describe('equal documents are not news', () => {
    it('announces ready once when each capaian-ready re-renders with a new, equal object (React: inline data, state set on ready)', async () => {
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      const counts = count(el);
      // setState in the handler: React renders again in a later task and sets `data` to a fresh inline object.
      el.addEventListener('capaian-ready', () => {
        if (counts.readies < RUNAWAY) setTimeout(() => (el.data = copy(doc)));
      });
      el.data = copy(doc);
      await sleep(500);
      expect(counts.readies).to.equal(1);
      expect(counts.parses).to.equal(1);
      expect(el.state).to.equal('ready');
    });

    it('announces ready again when the new object holds a different document, once', async () => {
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      const counts = count(el);
      let current: Doc = doc;
      el.addEventListener('capaian-ready', () => {
        if (counts.readies < RUNAWAY) setTimeout(() => (el.data = copy(current)));
      });
      el.data = copy(current);
      await sleep(200);
      expect(counts.readies).to.equal(1);

      current = { ...doc, title: 'Anggaran yang lain' };
      el.data = copy(current);
      await sleep(300);
      expect(counts.readies).to.equal(2);
      expect(counts.parses).to.equal(2);
      expect(plain(shadow(el).querySelector('.title')?.textContent)).to.equal('Anggaran yang lain');
    });

    it('loads and announces once when equal objects are set again and again in microtasks (Vue: inline :data)', async () => {
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      const counts = count(el);
      let sets = 0;
      const setAgain = () => {
        el.data = copy(doc);
        if (++sets < 200) queueMicrotask(setAgain);
      };
      setAgain();
      await settled(el);
      // And after it is drawn: a watcher that sets the same content whenever the widget reports.
      el.addEventListener('capaian-ready', () => {
        for (let i = 0; i < 20 && counts.readies < RUNAWAY; i++) queueMicrotask(() => (el.data = copy(doc)));
      });
      for (let i = 0; i < 20; i++) queueMicrotask(() => (el.data = copy(doc)));
      await sleep(300);
      expect(sets).to.equal(200);
      expect(counts.readies).to.equal(1);
      expect(counts.parses).to.equal(1);
    });

    it('keeps a document changed in place as it was drawn, and redraws it on reload()', async () => {
      const mine = copy(doc);
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      el.data = mine;
      await settled(el);
      mine.title = 'Diubah di tempat';
      el.data = mine;
      el.data = { ...mine }; // a shallow copy of a mutated document holds the same content
      await sleep(100);
      expect(plain(shadow(el).querySelector('.title')?.textContent)).to.equal(doc.title);
      el.reload();
      await settled(el);
      expect(plain(shadow(el).querySelector('.title')?.textContent)).to.equal('Diubah di tempat');
    });
  });

  describe('defined after the framework rendered', () => {
    /** A tag of its own for each test, defined when the test says: as `import('capaian')` in an effect does. */
    let lateTags = 0;
    const lateTag = () => `capaian-x-late-${++lateTags}`;
    const defineLate = (tag: string) => customElements.define(tag, class extends BudgetGrowthElement {});

    it('draws a data property set before the tag was defined, once it is', async () => {
      const tag = lateTag();
      const el = document.createElement(tag) as El;
      el.data = copy(doc);
      mount('<div></div>').append(el);
      expect(el.state).to.equal(undefined); // still a plain HTMLElement, holding an own property
      defineLate(tag);
      await settled(el);
      expect(plain(shadow(el).querySelector('.title')?.textContent)).to.equal(doc.title);
    });

    it('draws a data property set on an element created, defined and only then connected', async () => {
      const tag = lateTag();
      const el = document.createElement(tag) as El;
      el.data = copy(doc);
      defineLate(tag);
      customElements.upgrade(el);
      mount('<div></div>').append(el);
      await settled(el);
      expect(plain(shadow(el).querySelector('.title')?.textContent)).to.equal(doc.title);
    });

    it('ends in error on a data attribute ("[object Object]"), saying to set the property or import capaian first', async () => {
      const el = mount<El>('<capaian-budget-growth data="[object Object]"></capaian-budget-growth>');
      const { detail } = await errorEvent(el);
      expect(el.state).to.equal('error');
      expect(detail.kind).to.equal('attribute');
      expect(detail.reasons[0].path).to.equal('$.data');
      expect(detail.reasons[0].received).to.equal('"[object Object]"');
      expect(detail.reasons[0].message).to.contain('data property').and.contain('import capaian before');
      await el.updateComplete;
      expect(plain(shadow(el).querySelector('[role=alert]')?.textContent)).to.equal(coreText.id.dataAttribute);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(plain(shadow(el).querySelector('[role=alert]')?.textContent)).to.equal(coreText.en.dataAttribute);
    });

    it('ends in error on a data attribute written before the tag was defined, and draws once the property is set', async () => {
      const tag = lateTag();
      const el = mount<El>(`<${tag} data="[object Object]"></${tag}>`);
      const failed = errorEvent(el);
      defineLate(tag);
      expect((await failed).detail.kind).to.equal('attribute');
      // The framework's next render, now that the element has the property, sets it.
      el.data = copy(doc);
      await settled(el);
      expect(plain(shadow(el).querySelector('.title')?.textContent)).to.equal(doc.title);
    });
  });

  describe('whenReady(): late code never misses ready', () => {
    it('resolves at once for code that attaches after capaian-ready fired (a framework effect)', async () => {
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      el.data = copy(doc);
      await settled(el);
      const first = await Promise.race([el.whenReady(), sleep(0).then(() => 'not at once')]);
      expect(first).to.deep.equal({ empty: false });
    });

    it('resolves once the data is drawn, after capaian-ready, when asked before the data came', async () => {
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      const counts = count(el);
      const ready = el.whenReady();
      el.data = copy(doc);
      expect(await ready).to.deep.equal({ empty: false });
      expect(counts.readies).to.equal(1);
      expect(el.state).to.equal('ready');
      expect(shadow(el).querySelectorAll('.bars .bar')).to.have.length(4);
    });

    it('waits for the new document after data changed, and resolves with it drawn', async () => {
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      el.data = copy(doc);
      await el.whenReady();
      el.data = { ...doc, title: 'Anggaran baru' };
      await el.whenReady();
      expect(plain(shadow(el).querySelector('.title')?.textContent)).to.equal('Anggaran baru');
      el.data = { ...doc, points: [] };
      expect(await el.whenReady()).to.deep.equal({ empty: true });
    });

    it('rejects when the data fails, with the capaian-error detail as the error cause, now and for late callers', async () => {
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      const failed = errorEvent(el);
      const early = el.whenReady();
      el.data = broken();
      const error = await early.then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      const { detail } = await failed;
      expect(error).to.be.instanceOf(Error);
      expect(error!.cause).to.equal(detail);
      expect(detail.kind).to.equal('parse');
      expect(error!.message).to.contain('invalid data').and.contain('$.points');
      const late = await el.whenReady().then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(late?.cause).to.deep.equal(detail);
    });

    it('leaves no unhandled rejection behind on a failing widget that nobody asked', async () => {
      const uncaught = watchUncaught();
      try {
        const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
        el.data = broken();
        await settled(el, 'error');
        await sleep(50);
      } finally {
        uncaught.stop();
      }
      expect(uncaught.seen).to.deep.equal([]);
    });
  });

  describe('types for plain TypeScript', () => {
    // Checked by `tsc`: without the event map, `e.detail` does not exist on type 'Event'.
    it('gives listeners on the element, an ancestor and the document typed details', async () => {
      const seen: string[] = [];
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      el.addEventListener('capaian-ready', (e) => seen.push(`element: empty ${e.detail.empty}`));
      el.parentElement!.addEventListener('capaian-error', (e) => seen.push(`ancestor: ${e.detail.kind}`));
      const onDocument = (e: CustomEvent<CapaianErrorDetail>) => seen.push(`document: ${e.detail.reasons[0]!.path}`);
      document.addEventListener('capaian-error', onDocument);
      try {
        el.data = copy(doc);
        await el.whenReady();
        el.data = broken();
        await settled(el, 'error');
      } finally {
        document.removeEventListener('capaian-error', onDocument);
      }
      expect(seen).to.deep.equal(['element: empty false', 'ancestor: parse', 'document: $.points']);
    });
  });
});
