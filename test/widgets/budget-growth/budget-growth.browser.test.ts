import { expect } from '@open-wc/testing';
import '../../../src/widgets/budget-growth/budget-growth.js';
import type {
  BudgetGrowthDocument,
  BudgetGrowthElement,
} from '../../../src/widgets/budget-growth/budget-growth.element.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  axeMatrix,
  boxesOverlap,
  axeViolations,
  cleanup,
  errorEvent,
  fetchJson,
  focusPoint,
  inlineJson,
  leaveChart,
  mount,
  nextFrame,
  plain,
  pointAt,
  settled,
  shadow,
  tapOutside,
  until,
  openTable,
} from '../../helpers/browser.js';

const SEED = '/examples/data/budget-growth.seed.json';
const EXTENDED = '/examples/data/budget-growth.extended.json';
type El = BudgetGrowthElement;

const inline = (json: unknown, attrs = '') => inlineJson('capaian-budget-growth', json, attrs);

describe('<capaian-budget-growth>', () => {
  afterEach(cleanup);

  describe('data in, three ways', () => {
    it('reaches ready from a src URL and draws chart, summary and table', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
      const root = shadow(el);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(root.querySelectorAll('.bars .bar')).to.have.length(4);
      expect(plain(root.querySelector('.summary')?.textContent)).to.contain('Rp 22,4 T (2015)');
      expect((await openTable(root)).rows).to.have.length(6);
    });

    it('reaches ready from an inline JSON script with the same result', async () => {
      const json = await fetchJson(SEED);
      const a = await settled(mount<El>(inline(json)));
      const b = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
      expect(shadow(a).querySelector('.chart > svg')?.outerHTML).to.equal(
        shadow(b).querySelector('.chart > svg')?.outerHTML,
      );
    });

    it('reaches ready from the data property with the same result', async () => {
      const json = await fetchJson(SEED);
      const a = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      a.data = json;
      await settled(a);
      const b = await settled(mount<El>(inline(json)));
      expect(plain(shadow(a).querySelector('.summary')?.textContent)).to.equal(
        plain(shadow(b).querySelector('.summary')?.textContent),
      );
    });

    it('fires a bubbling, composed capaian-ready event', async () => {
      const seen = new Promise<Event>((resolve) => document.addEventListener('capaian-ready', resolve, { once: true }));
      mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`);
      const event = await seen;
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('fetches a URL once however many widgets use it', async () => {
      const url = `${EXTENDED}?once=${Math.random()}`;
      const original = window.fetch;
      let calls = 0;
      window.fetch = (...args) => {
        calls++;
        return original(...args);
      };
      try {
        const els = [1, 2, 3].map(() => mount<El>(`<capaian-budget-growth src="${url}"></capaian-budget-growth>`));
        await Promise.all(els.map((el) => settled(el)));
        expect(calls).to.equal(1);
      } finally {
        window.fetch = original;
      }
    });

    it('aborts the first request when src changes, and the second wins', async () => {
      const el = mount<El>(`<capaian-budget-growth src="${EXTENDED}?slow=${Math.random()}"></capaian-budget-growth>`);
      el.src = SEED;
      await settled(el);
      await new Promise((r) => setTimeout(r, 100));
      expect(shadow(el).querySelectorAll('.bars .bar')).to.have.length(4);
    });

    it('reads inline JSON that arrives after the element is upgraded', async () => {
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      await el.updateComplete;
      expect(el.state).to.equal('loading');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(await fetchJson(SEED));
      el.append(script);
      await settled(el);
    });
  });

  describe('bad input', () => {
    it('shows a short message and puts the JSON path in the event and the console', async () => {
      const logged: string[] = [];
      const original = console.error;
      console.error = (message: string) => logged.push(message);
      try {
        const el = mount<El>(inline({ title: 'x', points: [{ year: 2015, amount: 'banyak' }] }));
        const event = await errorEvent(el);
        await settled(el, 'error');
        expect(event.detail.kind).to.equal('parse');
        expect(event.detail.reasons[0].path).to.equal('$.points[0].amount');
        expect(event.detail.reasons[0].received).to.equal('"banyak"');
        expect(logged.join('\n')).to.contain('$.points[0].amount');
        expect(plain(shadow(el).querySelector('[role=alert]')?.textContent)).to.contain('tidak valid');
        expect(shadow(el).querySelector('svg')).to.equal(null);
      } finally {
        console.error = original;
      }
    });

    it('reports a repeated year with the path of the repeat', async () => {
      const el = mount<El>(
        inline({
          title: 'x',
          points: [
            { year: 2015, amount: 1 },
            { year: 2015, amount: 2 },
          ],
        }),
      );
      const event = await errorEvent(el);
      expect(event.detail.reasons[0].path).to.equal('$.points[1].year');
    });

    it('says so in English under lang="en"', async () => {
      const el = mount<El>(inline({ points: 3 }, 'lang="en"'));
      await settled(el, 'error');
      expect(plain(shadow(el).querySelector('[role=alert]')?.textContent)).to.contain('data is invalid');
    });

    it('ends in error with a retry button when the URL does not load', async () => {
      const el = mount<El>('<capaian-budget-growth src="/examples/data/missing.json"></capaian-budget-growth>');
      const event = await errorEvent(el);
      expect(event.detail.kind).to.equal('load');
      expect(event.detail.reasons[0].received).to.equal('HTTP 404');
      await settled(el, 'error');
      expect(shadow(el).querySelector('button')).to.not.equal(null);
    });

    it('ends in error for invalid inline JSON', async () => {
      const el = mount<El>(
        '<capaian-budget-growth><script type="application/json">{ "title": </script></capaian-budget-growth>',
      );
      await settled(el, 'error');
    });

    it('shows "no data" for an empty points list, and is ready', async () => {
      const el = await settled(mount<El>(inline({ title: 'Kosong', points: [] })));
      expect(plain(shadow(el).querySelector('[part=message]')?.textContent)).to.contain('Belum ada data');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows a title of markup as text and creates no element from it', async () => {
      const title = '<img src=x onerror=alert(1)>';
      const el = await settled(mount<El>(inline({ title, points: [{ year: 2015, amount: 1e12 }] })));
      const heading = shadow(el).querySelector('#title');
      expect(heading?.textContent).to.equal(title);
      expect(shadow(el).querySelector('img')).to.equal(null);
    });

    it('links the source only when its URL is http(s)', async () => {
      const doc = (url: string) => ({ title: 't', points: [{ year: 2015, amount: 1 }], source: { name: 'S', url } });
      const bad = await settled(mount<El>(inline(doc('javascript:alert(1)'))));
      expect(shadow(bad).querySelector('a')).to.equal(null);
      expect(plain(shadow(bad).querySelector('[part=source]')?.textContent)).to.equal('Sumber: S');
      const good = await settled(mount<El>(inline(doc('https://bps.go.id/'))));
      expect(shadow(good).querySelector('a')?.getAttribute('href')).to.equal('https://bps.go.id/');
    });
  });

  describe('reading the chart', () => {
    it('moves between bars with the arrow keys, Home and End, showing a tooltip', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
      const root = shadow(el);
      const first = root.querySelector<SVGElement>('[data-point="0:0"]')!;
      first.focus();
      await el.updateComplete;
      expect(plain(root.querySelector('[role=tooltip]')?.textContent)).to.contain('2015');
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
      await el.updateComplete;
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('data-point')).to.equal('0:1');
      expect(plain(root.querySelector('[role=tooltip]')?.textContent)).to.contain('+93,3% dalam 3 tahun');
      expect(root.querySelector('.focus-ring')).to.not.equal(null);
      root.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
      await el.updateComplete;
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('data-point')).to.equal('0:3');
      expect(plain(root.querySelector('[role=tooltip]')?.textContent)).to.contain('rencana');
      expect(root.querySelectorAll('[data-point][tabindex="0"]')).to.have.length(1);
    });

    it('shows a tooltip on hover and hides it when the pointer leaves', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
      const root = shadow(el);
      await pointAt(el, '[data-point="0:2"] .hit');
      expect(plain(root.querySelector('[role=tooltip]')?.textContent)).to.contain('Rp 58,9 T');
      await leaveChart(el);
      expect(root.querySelector('[role=tooltip]')).to.equal(null);
    });

    it('keeps a tapped tooltip until the reader taps elsewhere', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
      const root = shadow(el);
      await pointAt(el, '[data-point="0:1"] .hit', 'pointerdown', 'touch');
      expect(plain(root.querySelector('[role=tooltip]')?.textContent)).to.contain('2018');
      await tapOutside(el);
      expect(root.querySelector('[role=tooltip]')).to.equal(null);
    });

    it('formats the English way under lang="en"', async () => {
      const en = await settled(
        mount<El>(`<capaian-budget-growth lang="en" src="${SEED}"></capaian-budget-growth>`, 1000),
      );
      expect(plain(shadow(en).querySelector('.summary')?.textContent)).to.contain('IDR 22.4T (2015)');
    });

    it("speaks the document's language, not the page's: a CMS's lang=\"en-US\" leaves an Indonesian chart Indonesian", async () => {
      const json = (await fetchJson(SEED)) as BudgetGrowthDocument;
      const wrapper = mount<HTMLElement>(`<div lang="en-US"><capaian-budget-growth></capaian-budget-growth></div>`);
      const el = wrapper.querySelector<El>('capaian-budget-growth')!;
      el.data = json;
      await settled(el);
      expect(plain(shadow(el).querySelector('.summary')?.textContent)).to.contain('Rp 22,4 T');
      el.data = { ...json, lang: 'en' };
      await until(() => plain(shadow(el).querySelector('.summary')?.textContent).includes('IDR 22.4T'));
      el.setAttribute('lang', 'id');
      await until(() => plain(shadow(el).querySelector('.summary')?.textContent).includes('Rp 22,4 T'));
    });
  });

  describe('advice', () => {
    it('warns once in the console when every amount is under a million (trillions typed as 22.4)', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = mount<El>(`<capaian-budget-growth></capaian-budget-growth>`);
        const doc = {
          title: 'Anggaran',
          points: [
            { year: 2019, amount: 58.9 },
            { year: 2020, amount: 62.77 },
          ],
        };
        el.data = doc;
        await settled(el);
        el.data = { ...doc };
        await el.updateComplete;
        expect(warnings.filter((w) => w.includes('whole currency units'))).to.have.length(1);
        expect(warnings[0]).to.match(/^<capaian-budget-growth>: every amount is under 1,000,000 IDR/);
      } finally {
        console.warn = original;
      }
    });
  });

  describe('downloads', () => {
    it('the SVG download holds the marks on screen: every bar, label and gridline', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${EXTENDED}"></capaian-budget-growth>`, 640));
      const file = new DOMParser().parseFromString((await el.toSvg())!, 'image/svg+xml');
      const onScreen = shadow(el).querySelector('.chart > svg')!;
      for (const selector of [
        '.bars > g',
        '.bars rect.bar',
        '.bars line.realized',
        '.bars text.value',
        '.x-axis text',
        '.y-axis line.grid',
        '.growth text',
      ]) {
        const count = onScreen.querySelectorAll(selector).length;
        expect(count, selector).to.be.greaterThan(0);
        expect(file.querySelectorAll(selector).length, selector).to.equal(count);
      }
    });
  });

  describe('found in review', () => {
    it('shows the new data when src changed while it was detached', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
      const parent = el.parentElement!;
      el.remove();
      el.src = EXTENDED;
      parent.append(el);
      await until(() => shadow(el).querySelectorAll('.bars .bar').length === 11);
    });

    it('leaves keys alone outside the data points, and Alt+Arrow to the browser', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
      const summary = shadow(el).querySelector('details > summary')!;
      const onSummary = new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true, cancelable: true });
      summary.dispatchEvent(onSummary);
      expect(onSummary.defaultPrevented).to.equal(false);
      const point = shadow(el).querySelector<SVGElement>('[data-point="0:0"]')!;
      point.focus();
      const back = new KeyboardEvent('keydown', {
        key: 'ArrowLeft',
        altKey: true,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      point.dispatchEvent(back);
      expect(back.defaultPrevented).to.equal(false);
    });

    it('hides the tooltip on Escape and keeps focus on the point', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
      const point = shadow(el).querySelector<SVGElement>('[data-point="0:1"]')!;
      point.focus();
      await el.updateComplete;
      expect(shadow(el).querySelector('[role=tooltip]')).to.not.equal(null);
      point.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(shadow(el).querySelector('[role=tooltip]')).to.equal(null);
      expect(shadow(el).activeElement?.getAttribute('data-point')).to.equal('0:1');
    });

    it('reports a layout failure as kind "layout" in the error state instead of throwing', async () => {
      const { BudgetGrowthElement } = await import('../../../src/widgets/budget-growth/budget-growth.element.js');
      class Broken extends BudgetGrowthElement {
        static override definition = {
          ...BudgetGrowthElement.definition,
          layout: (): never => {
            throw new Error('layout bug');
          },
        };
      }
      customElements.define('capaian-broken-test', Broken);
      const original = console.error;
      console.error = () => {};
      try {
        const el = mount<El>(`<capaian-broken-test loading="eager" src="${SEED}"></capaian-broken-test>`);
        const event = await errorEvent(el);
        expect(event.detail.kind).to.equal('layout');
        expect(event.detail.reasons[0].received).to.contain('layout bug');
        await settled(el, 'error');
      } finally {
        console.error = original;
      }
    });
  });

  describe('labels as drawn: real glyph boxes', () => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    type Rect = { left: number; top: number; right: number; bottom: number; what: string };
    const overlap = (a: Rect, b: Rect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

    /** The ink of a text: its drawn width across, and the glyphs' own height above and below the baseline. */
    function ink(text: SVGTextElement): Rect {
      const style = getComputedStyle(text);
      canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const m = canvas.measureText(text.textContent ?? '');
      const box = text.getBoundingClientRect();
      const baseline = box.top + m.fontBoundingBoxAscent;
      return {
        left: box.left,
        right: box.right,
        top: baseline - m.actualBoundingBoxAscent,
        bottom: baseline + m.actualBoundingBoxDescent,
        what: `"${plain(text.textContent)}"`,
      };
    }

    for (const file of [SEED, EXTENDED])
      for (const lang of ['id', 'en'])
        // 450 px: where a realized rule once ran into the next figure ("–97,93 T").
        for (const width of [320, 450, 640, 1200])
          it(`${file.split('/').pop()} ${lang} at ${width} px: no text over another, a bar or a realized rule, none outside the chart`, async () => {
            const el = await settled(
              mount<El>(`<capaian-budget-growth lang="${lang}" src="${file}"></capaian-budget-growth>`, width),
            );
            const svg = shadow(el).querySelector('.chart > svg')!;
            const chart = svg.getBoundingClientRect();
            const texts = [...svg.querySelectorAll('text')].map(ink);
            const problems: string[] = [];
            for (const [i, a] of texts.entries()) {
              if (a.left < chart.left || a.right > chart.right || a.top < chart.top || a.bottom > chart.bottom)
                problems.push(`${a.what} outside the chart`);
              for (const b of texts.slice(i + 1)) if (overlap(a, b)) problems.push(`${a.what} over ${b.what}`);
            }
            const marks = [
              ...[...svg.querySelectorAll('.bars .bar')].map((bar) => ({
                ...bar.getBoundingClientRect().toJSON(),
                what: 'a bar',
              })),
              // A rule 2 px thick, kept 3 px clear at its ends: closer, it reads as a minus sign.
              ...[...svg.querySelectorAll('.realized')].map((line) => {
                const r = line.getBoundingClientRect();
                return {
                  left: r.left - 3,
                  right: r.right + 3,
                  top: r.top - 1,
                  bottom: r.bottom + 1,
                  what: 'a realized rule',
                };
              }),
            ];
            for (const value of [...svg.querySelectorAll<SVGTextElement>('text.value')].map(ink))
              for (const mark of marks) if (overlap(value, mark)) problems.push(`${value.what} over ${mark.what}`);
            expect(problems).to.deep.equal([]);
          });
  });

  describe('tooltips: never over what they describe', () => {
    for (const width of [320, 640, 1200])
      it(`at ${width} px: every bar's tooltip leaves the bar, its rule and its figure in view, inside the widget`, async () => {
        const el = await settled(mount<El>(`<capaian-budget-growth src="${EXTENDED}"></capaian-budget-growth>`, width));
        const host = el.getBoundingClientRect();
        const problems: string[] = [];
        for (const group of shadow(el).querySelectorAll<SVGGElement>('[data-point]')) {
          const point = group.getAttribute('data-point')!;
          const tip = (await focusPoint(el, point)).getBoundingClientRect();
          const marks = [...group.querySelectorAll('.bar, .realized, .value, .leader')];
          for (const mark of marks)
            if (boxesOverlap(tip, mark.getBoundingClientRect()))
              problems.push(`${point}: over its ${mark.getAttribute('class')}`);
          if (tip.left < host.left - 0.5 || tip.right > host.right + 0.5) problems.push(`${point}: outside the widget`);
        }
        expect(problems).to.deep.equal([]);
      });

    it('goes away, with the focus ring, when Tab takes focus on from the chart', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
      await focusPoint(el, '0:0');
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('data-point')).to.equal('0:1');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('data-point')).to.equal(null);
      // Booleans, not elements: a failure then reports in a line, not a serialized DOM.
      expect(!!shadow(el).querySelector('[role=tooltip]'), 'a tooltip').to.equal(false);
      expect(!!shadow(el).querySelector('.focus-ring'), 'a focus ring').to.equal(false);
      // Shift+Tab comes back to the bar the reader left.
      await sendKeys({ down: 'Shift' });
      try {
        await sendKeys({ press: 'Tab' });
      } finally {
        await sendKeys({ up: 'Shift' });
      }
      await el.updateComplete;
      expect(shadow(el).activeElement?.getAttribute('data-point')).to.equal('0:1');
    });
  });

  describe('size', () => {
    it('fills its container and redraws when the container resizes', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`, 800));
      expect(shadow(el).querySelector('.chart > svg')?.getAttribute('width')).to.equal('800');
      el.parentElement!.style.width = '320px';
      await until(() => shadow(el).querySelector('.chart > svg')?.getAttribute('width') === '320');
    });

    it('redraws its marks at a new width exactly as a widget drawn at that width, keeping the bars', async () => {
      const chart = (el: El) => shadow(el).querySelector('.chart > svg')!;
      const el = await settled(mount<El>(`<capaian-budget-growth src="${EXTENDED}"></capaian-budget-growth>`, 800));
      const firstBar = chart(el).querySelector('[data-point="0:0"]');
      el.parentElement!.style.width = '320px';
      await until(() => chart(el).getAttribute('width') === '320');
      const resized = chart(el).outerHTML;
      expect(chart(el).querySelector('[data-point="0:0"]')).to.equal(firstBar);
      cleanup();
      const fresh = await settled(mount<El>(`<capaian-budget-growth src="${EXTENDED}"></capaian-budget-growth>`, 320));
      expect(resized).to.equal(chart(fresh).outerHTML);
    });

    it('keeps an open table, its very rows, through a resize', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`, 800));
      const firstRow = (await openTable(shadow(el))).rows[0];
      el.parentElement!.style.width = '320px';
      await until(() => shadow(el).querySelector('.chart > svg')?.getAttribute('width') === '320');
      expect(shadow(el).querySelector('tbody')!.rows[0]).to.equal(firstRow);
      expect(shadow(el).querySelector<HTMLDetailsElement>('details[part~="table"]')!.open).to.equal(true);
    });

    it('draws at its real width after starting in a hidden parent', async () => {
      const wrapper = mount<HTMLElement>(
        `<div hidden><capaian-budget-growth loading="eager" src="${SEED}"></capaian-budget-growth></div>`,
        500,
      );
      const el = await settled(wrapper.querySelector<El>('capaian-budget-growth')!);
      wrapper.hidden = false;
      await until(() => shadow(el).querySelector('.chart > svg')?.getAttribute('width') === '500');
    });

    it('draws at once when eager in a page in the background, which gets no viewport reports', async () => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      try {
        const el = document.createElement('capaian-budget-growth') as El;
        el.loading = 'eager';
        el.data = await fetchJson(SEED);
        mount<HTMLElement>('<div></div>').append(el);
        // Ready on connecting, not a frame later on a report that a hidden page never gets.
        expect(el.state).to.equal('ready');
        await settled(el);
        expect(shadow(el).querySelector('.chart > svg')).to.not.equal(null);
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
      }
    });

    it('waits to load until it comes near the viewport, unless eager', async () => {
      const spacer = mount<HTMLElement>('<div class="spacer"></div>');
      spacer.style.height = '5000px';
      const far = mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`);
      const eager = mount<El>(`<capaian-budget-growth loading="eager" src="${SEED}"></capaian-budget-growth>`);
      await settled(eager);
      await new Promise((r) => setTimeout(r, 100));
      expect(far.state).to.equal('loading');
      far.scrollIntoView();
      await settled(far);
    });

    it('draws when a hidden parent is shown', async () => {
      const wrapper = mount<HTMLElement>(
        `<div hidden><capaian-budget-growth src="${SEED}"></capaian-budget-growth></div>`,
        480,
      );
      const el = wrapper.querySelector<El>('capaian-budget-growth')!;
      await new Promise((r) => setTimeout(r, 50));
      wrapper.hidden = false;
      await settled(el);
      await until(() => shadow(el).querySelector('.chart > svg')?.getAttribute('width') === '480');
    });

    it('never logs a ResizeObserver loop error while resizing', async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      const el = await settled(mount<El>(`<capaian-budget-growth src="${EXTENDED}"></capaian-budget-growth>`, 900));
      for (const w of [320, 700, 410, 1200, 333]) {
        el.parentElement!.style.width = `${w}px`;
        await nextFrame();
      }
      await nextFrame();
      await nextFrame();
      window.removeEventListener('error', onError);
      expect(errors).to.deep.equal([]);
    });
  });

  it('a second copy warns once in all, whatever the number of its tags, and never throws', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const { defineElement } = await import('../../../src/core/define.js');
      class Other extends HTMLElement {}
      defineElement('capaian-budget-growth', Other);
      defineElement('capaian-budget-growth', Other);
      customElements.define('capaian-x-clash', class extends HTMLElement {});
      defineElement('capaian-x-clash', Other);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('already defined');
    } finally {
      console.warn = original;
    }
  });

  describe('accessibility', () => {
    axeMatrix('capaian-budget-growth', [SEED, EXTENDED]);

    it('has no axe violations in the error state, light and dark', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await settled(mount<El>(inline({ points: 'x' }, `theme="${theme}"`)), 'error');
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });

    it('has no axe violations while loading', async () => {
      const el = mount<El>('<capaian-budget-growth></capaian-budget-growth>');
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('has no axe violations with the tooltip open', async () => {
      const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}" theme="dark"></capaian-budget-growth>`));
      shadow(el).querySelector<SVGElement>('[data-point="0:1"]')!.focus();
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
});
