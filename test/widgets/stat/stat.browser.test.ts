import { expect } from '@open-wc/testing';
import '../../../src/widgets/stat/stat.js';
import type { StatElement } from '../../../src/widgets/stat/stat.element.js';
import {
  axeMatrix,
  axeViolations,
  cleanup,
  errorEvent,
  fetchJson,
  inlineJson,
  key,
  leaveChart,
  mount,
  plain,
  pointAt,
  settled,
  shadow,
  tooltip,
  until,
  openTable,
} from '../../helpers/browser.js';

const SEED = '/examples/data/stat.seed.json';
const EXTENDED = '/examples/data/stat.extended.json';
type El = StatElement;

const tag = (attrs: string) => `<capaian-stat ${attrs}></capaian-stat>`;
const inline = (json: unknown, attrs = '') => inlineJson('capaian-stat', json, attrs);

/** Every text box of a figure, as the browser set it (real glyphs, not the layout's estimate). */
function textBoxes(el: El) {
  const svg = shadow(el).querySelector<SVGSVGElement>('.chart > svg')!;
  const origin = svg.getBoundingClientRect();
  return [...svg.querySelectorAll<SVGGElement>('g.figure')].map((figure) => {
    const rule = figure.querySelector('line.rule')!;
    const left = Number(rule.getAttribute('x1'));
    const right = Number(rule.getAttribute('x2'));
    const boxes = [...figure.querySelectorAll('text')].map((text) => {
      const r = text.getBoundingClientRect();
      return {
        text: text.textContent ?? '',
        left: r.left - origin.left,
        right: r.right - origin.left,
        top: r.top,
        bottom: r.bottom,
      };
    });
    return { left, right, boxes };
  });
}

describe('<capaian-stat>', () => {
  afterEach(cleanup);

  describe('data in', () => {
    it('draws the seed: four figures, their numbers in Indonesian, a summary sentence each and the table', async () => {
      const el = await settled(mount<El>(tag(`src="${SEED}"`), 640));
      const root = shadow(el);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(root.querySelectorAll('g.figure')).to.have.length(4);
      const numbers = [...root.querySelectorAll('text.value')].map((t) => plain(t.textContent));
      expect(numbers).to.deep.equal(['Rp 62,77 Trencana', '9,41%', '3kali', '94,99%']);
      expect(plain(root.querySelector('.summary')?.textContent)).to.contain('turun 0,41 poin dibanding Maret 2018');
      expect((await openTable(root)).rows).to.have.length(13);
      expect(root.querySelectorAll('[data-point]')).to.have.length(9);
      expect(root.querySelector('.legend')).to.equal(null);
    });

    it('draws the same from inline JSON and from the data property', async () => {
      const json = await fetchJson(EXTENDED);
      const a = await settled(mount<El>(inline(json)));
      const b = mount<El>(tag(''));
      b.data = json;
      await settled(b);
      // Eager: below two figures this tall it starts outside the lazy-loading margin.
      const c = await settled(mount<El>(tag(`src="${EXTENDED}" loading="eager"`)));
      const chart = (el: El) => shadow(el).querySelector('.chart > svg')?.outerHTML;
      expect(chart(a)).to.equal(chart(c));
      expect(chart(b)).to.equal(chart(c));
    });

    it('colours a change only when the document says which way is better, and always says it in words', async () => {
      const el = await settled(mount<El>(tag(`src="${SEED}"`)));
      const root = shadow(el);
      const changes = [...root.querySelectorAll('text.change')];
      expect(changes.map((t) => t.getAttribute('class'))).to.deep.equal(['change neutral', 'change good']);
      expect(changes.map((t) => plain(t.textContent))).to.deep.equal(['naik 6,6%', 'turun 0,41 poin']);
      expect(getComputedStyle(changes[1]!).fill).to.not.equal(getComputedStyle(changes[0]!).fill);
      expect(root.querySelectorAll('path.arrow')).to.have.length(2);
    });
  });

  describe('layout in the browser', () => {
    for (const width of [320, 640, 1200])
      for (const lang of ['id', 'en'])
        it(`keeps every text of a figure inside its column, without overlaps, at ${width} px in ${lang}`, async () => {
          for (const file of [SEED, EXTENDED]) {
            const el = await settled(mount<El>(tag(`src="${file}" lang="${lang}"`), width));
            for (const figure of textBoxes(el)) {
              for (const box of figure.boxes) {
                expect(box.left, `${file} ${box.text}`).to.be.at.least(figure.left - 1);
                expect(box.right, `${file} ${box.text}`).to.be.at.most(figure.right + 1);
              }
              for (const [i, a] of figure.boxes.entries())
                for (const b of figure.boxes.slice(i + 1)) {
                  const apart =
                    a.bottom <= b.top + 1 || b.bottom <= a.top + 1 || a.right <= b.left || b.right <= a.left;
                  expect(apart, `${file}: "${a.text}" and "${b.text}"`).to.equal(true);
                }
            }
            cleanup();
          }
        });

    it('lays out again in columns when the element is resized', async () => {
      const el = await settled(mount<El>(tag(`src="${SEED}"`), 1200));
      const rows = () => new Set([...shadow(el).querySelectorAll('line.rule')].map((l) => l.getAttribute('y1'))).size;
      expect(rows()).to.equal(1);
      el.parentElement!.style.width = '320px';
      await until(() => rows() === 4);
      expect(shadow(el).querySelector('.chart > svg')?.getAttribute('width')).to.equal('320');
    });
  });

  describe('reading the history', () => {
    it('moves along the small line with the arrow keys, Home and End, with the period and value in the tooltip', async () => {
      const el = await settled(mount<El>(tag(`src="${EXTENDED}"`), 640));
      const root = shadow(el);
      root.querySelector<SVGElement>('[data-point="0:0"]')!.focus();
      await el.updateComplete;
      expect(tooltip(el)).to.equal('Mar 201511,22%');
      key(root.activeElement!, 'ArrowRight');
      await el.updateComplete;
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('data-point')).to.equal('0:1');
      expect(tooltip(el)).to.equal('Sep 201511,13%');
      expect(root.querySelector('.focus-ring')).to.not.equal(null);
      expect(root.querySelector('circle.on')).to.not.equal(null);
      key(root.activeElement!, 'End');
      await el.updateComplete;
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('aria-label')).to.equal(
        'Penduduk miskin, September 2025, Sep 2025: 8,25%',
      );
      expect(root.querySelectorAll('[data-point][tabindex="0"]')).to.have.length(1);
    });

    it('shows a tooltip on hover that does not cover its point, and hides it when the pointer leaves', async () => {
      const el = await settled(mount<El>(tag(`src="${SEED}" lang="en"`), 640));
      const root = shadow(el);
      await pointAt(el, '[data-point="0:4"]');
      expect(tooltip(el)).to.equal('Mar 201710.64%');
      const tip = root.querySelector('[role=tooltip]')!.getBoundingClientRect();
      const dot = root.querySelector('circle.on')!.getBoundingClientRect();
      const apart = tip.bottom <= dot.top || tip.top >= dot.bottom || tip.right <= dot.left || tip.left >= dot.right;
      expect(apart).to.equal(true);
      await leaveChart(el);
      expect(root.querySelector('[role=tooltip]')).to.equal(null);
    });
  });

  it("keeps the tooltip off the figure's words above its small line (number, change, comparison), at 320 and 640 px", async () => {
    for (const width of [320, 640]) {
      const el = await settled(mount<El>(tag(`src="${EXTENDED}"`), width));
      const root = shadow(el);
      for (const col of [0, 10, 20]) {
        root.querySelector<SVGElement>(`[data-point="0:${col}"]`)!.focus();
        await el.updateComplete;
        await until(() => !!root.querySelector('[role=tooltip]'));
        const tip = root.querySelector('[role=tooltip]')!.getBoundingClientRect();
        const figure = root.querySelector('[data-point="0:0"]')!.closest('g.figure')!;
        const line = figure.querySelector('path.spark')!.getBoundingClientRect();
        const words = [...figure.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().bottom < line.top);
        expect(words.length).to.be.greaterThan(2);
        for (const word of words) {
          const r = word.getBoundingClientRect();
          const apart = tip.bottom <= r.top || tip.top >= r.bottom || tip.right <= r.left || tip.left >= r.right;
          expect(apart, `${width}px, point ${col}: tooltip over "${word.textContent}"`).to.equal(true);
        }
      }
      cleanup();
    }
  });

  describe('bad input', () => {
    it('an unknown unit: the path and the allowed units in the event', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const el = mount<El>(inline({ title: 't', figures: [{ label: 'x', value: 1, unit: 'rupiah' }] }));
        const event = await errorEvent(el);
        await settled(el, 'error');
        expect(event.detail.reasons[0]).to.include({ path: '$.figures[0].unit' });
        expect(plain(shadow(el).querySelector('[role=alert]')?.textContent)).to.contain('tidak valid');
      } finally {
        console.error = original;
      }
    });

    it('shows "no data" for no figures, and is ready', async () => {
      const el = await settled(mount<El>(inline({ title: 't', figures: [] })));
      expect(plain(shadow(el).querySelector('[part=message]')?.textContent)).to.contain('Belum ada data');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows markup in any text as text and creates no element from it', async () => {
      const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      const figure = {
        label: markup,
        value: 1,
        unit: 'count',
        suffix: '<b onclick=x>kali</b>',
        note: markup,
        compare: { value: 2, label: markup },
        history: [{ period: '2019', value: 1 }],
      };
      const el = await settled(mount<El>(inline({ title: markup, figures: [figure] })));
      const root = shadow(el);
      expect(root.querySelector('#title')?.textContent).to.equal(markup);
      expect(root.querySelector('.summary')?.textContent).to.contain(markup);
      expect(root.querySelector('.chart')?.textContent).to.contain('<b onclick=x>kali</b>');
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('script')).to.equal(null);
      expect(root.querySelector('b')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    axeMatrix('capaian-stat', [SEED, EXTENDED]);

    it('has no axe violations with the tooltip open, in either theme', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await settled(mount<El>(tag(`src="${SEED}" theme="${theme}"`)));
        shadow(el).querySelector<SVGElement>('[data-point="0:3"]')!.focus();
        await el.updateComplete;
        await until(() => !!shadow(el).querySelector('[role=tooltip]'));
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });
  });
});
