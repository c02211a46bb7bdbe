import { expect } from '@open-wc/testing';
import '../../../src/widgets/audit-streak/audit-streak.js';
import type { AuditStreakElement } from '../../../src/widgets/audit-streak/audit-streak.element.js';
import {
  axeMatrix,
  inlineJson,
  axeViolations,
  boxesOverlap,
  focusPoint,
  cleanup,
  errorEvent,
  fetchJson,
  key,
  leaveChart,
  mount,
  plain,
  pointAt,
  settled,
  shadow,
  tapOutside,
  tooltip,
  until,
  openTable,
} from '../../helpers/browser.js';

const SEED = '/examples/data/audit-streak.seed.json';
const HISTORY = '/examples/data/audit-streak.history.json';
type El = AuditStreakElement;

const tag = (attrs: string) => `<capaian-audit-streak ${attrs}></capaian-audit-streak>`;
const inline = (json: unknown, attrs = '') => inlineJson('capaian-audit-streak', json, attrs);
const doc = (audits: unknown, extra: object = {}) => ({ title: 'Opini BPK', audits, ...extra });

/** Mounts markup that must fail, returning the event's first reason and the console output. */
async function rejected(markup: string) {
  const logged: string[] = [];
  const original = console.error;
  console.error = (message: string) => logged.push(message);
  try {
    const el = mount<El>(markup);
    const event = await errorEvent(el);
    await settled(el, 'error');
    expect(shadow(el).querySelector('svg')).to.equal(null);
    expect(plain(shadow(el).querySelector('[role=alert]')?.textContent)).to.contain('tidak valid');
    return { reason: event.detail.reasons[0], log: logged.join('\n') };
  } finally {
    console.error = original;
  }
}

describe('<capaian-audit-streak>', () => {
  afterEach(cleanup);

  describe('data in', () => {
    it('draws the history sample from src: a cell per year, headline, summary and table', async () => {
      const el = await settled(mount<El>(tag(`src="${HISTORY}"`), 800));
      const root = shadow(el);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(root.querySelectorAll('[data-point]')).to.have.length(8);
      expect(root.querySelectorAll('.chart .cell.missing')).to.have.length(1);
      expect(plain(root.querySelector('.headline')?.textContent)).to.contain('2× WTP berturut-turut');
      expect(plain(root.querySelector('.headline')?.textContent)).to.contain('Terpanjang 4× (2016–2019)');
      expect(plain(root.querySelector('.summary')?.textContent)).to.contain('sejak tahun anggaran 2021');
      expect((await openTable(root)).rows).to.have.length(8);
      expect(root.querySelectorAll('.legend li')).to.have.length(5);
    });

    it('draws the seed sample: 3× WTP', async () => {
      const el = await settled(mount<El>(tag(`src="${SEED}" lang="en"`)));
      const root = shadow(el);
      expect(root.querySelectorAll('[data-point]')).to.have.length(3);
      expect(plain(root.querySelector('.headline')?.textContent)).to.contain('3 unqualified opinions in a row');
    });

    it('draws the same from inline JSON and from the data property', async () => {
      const json = await fetchJson(HISTORY);
      const a = await settled(mount<El>(inline(json)));
      const b = mount<El>(tag(''));
      b.data = json;
      await settled(b);
      const c = await settled(mount<El>(tag(`src="${HISTORY}"`)));
      const chart = (el: El) => shadow(el).querySelector('.chart > svg')?.outerHTML;
      expect(chart(a)).to.equal(chart(c));
      expect(chart(b)).to.equal(chart(c));
    });
  });

  describe('variants', () => {
    it('badge: the headline and the last years in one line, no legend, the summary kept for screen readers', async () => {
      const el = await settled(mount<El>(tag(`src="${HISTORY}" variant="badge"`), 1000));
      const root = shadow(el);
      const cells = [...root.querySelectorAll('[data-point]')];
      expect(cells.length).to.be.within(1, 5);
      expect(cells[cells.length - 1]!.getAttribute('aria-label')).to.contain('2022');
      expect(root.querySelector('.legend')).to.equal(null);
      expect(Number(root.querySelector('.chart > svg')?.getAttribute('height'))).to.be.below(80);
      const summary = root.querySelector('.summary')!;
      expect(summary.getBoundingClientRect().width).to.be.at.most(1);
      expect(plain(summary.textContent)).to.contain('2 kali berturut-turut');
    });

    for (const theme of ['light', 'dark'])
      it(`badge in a 260 px sidebar (${theme}): three years or more, the gap before the run said, no download row`, async () => {
        const el = await settled(mount<El>(tag(`src="${HISTORY}" variant="badge" theme="${theme}"`), 260));
        const root = shadow(el);
        expect(root.querySelectorAll('[data-point]').length).to.be.at.least(3);
        expect(plain(root.querySelector('.chart')?.textContent)).to.contain('Sejak TA 2021; TA 2020 tanpa data');
        expect(root.querySelector('.downloads')).to.equal(null);
        // Drawn at the host's content width once measured (the first draw is at 640 px).
        const fits = () =>
          root.querySelector('.chart > svg')!.getBoundingClientRect().right <= el.getBoundingClientRect().right;
        await until(fits);
        const full = await settled(mount<El>(tag(`src="${HISTORY}" theme="${theme}"`), 260));
        expect(shadow(full).querySelector('.downloads')).to.not.equal(null);
      });

    it('lays out again when the variant changes', async () => {
      const el = await settled(mount<El>(tag(`src="${HISTORY}"`), 1000));
      expect(shadow(el).querySelectorAll('[data-point]')).to.have.length(8);
      el.variant = 'badge';
      await el.updateComplete;
      expect(el.getAttribute('variant')).to.equal('badge');
      expect(shadow(el).querySelectorAll('[data-point]').length).to.be.at.most(5);
      el.removeAttribute('variant');
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[data-point]')).to.have.length(8);
    });

    it('wraps the cells into rows at 320 px, every year in view', async () => {
      const el = await settled(mount<El>(tag(`src="${HISTORY}"`), 320));
      const svg = shadow(el).querySelector('.chart > svg')!;
      expect(svg.getAttribute('width')).to.equal('320');
      const rows = new Set([...shadow(el).querySelectorAll('rect.cell')].map((r) => r.getAttribute('y')));
      expect(rows.size).to.be.above(1);
      const box = svg.getBoundingClientRect();
      for (const cell of shadow(el).querySelectorAll('rect.cell')) {
        const r = cell.getBoundingClientRect();
        expect(r.left).to.be.at.least(box.left);
        expect(r.right).to.be.at.most(box.right);
      }
    });
  });

  describe('reading the chart', () => {
    it('moves year to year with the arrow keys, Home and End, with a tooltip of full name and note', async () => {
      const el = await settled(mount<El>(tag(`src="${HISTORY}"`), 800));
      const root = shadow(el);
      root.querySelector<SVGElement>('[data-point="0:0"]')!.focus();
      await el.updateComplete;
      expect(tooltip(el)).to.equal('2015TMP: Tidak Menyatakan PendapatPertanggungjawaban dana bansos');
      key(root.activeElement!, 'ArrowRight');
      await el.updateComplete;
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('data-point')).to.equal('0:1');
      expect(tooltip(el)).to.contain('WTP: Wajar Tanpa Pengecualian');
      expect(root.querySelector('.focus-ring')).to.not.equal(null);
      for (let i = 0; i < 4; i++) {
        key(root.activeElement!, 'ArrowRight');
        await el.updateComplete;
        await el.updateComplete;
      }
      expect(root.activeElement?.getAttribute('data-point')).to.equal('0:5');
      expect(tooltip(el)).to.equal('2020tidak ada data');
      key(root.activeElement!, 'End');
      await el.updateComplete;
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('aria-label')).to.equal('2022: WTP: Wajar Tanpa Pengecualian');
      key(root.activeElement!, 'Home');
      await el.updateComplete;
      await el.updateComplete;
      expect(root.activeElement?.getAttribute('data-point')).to.equal('0:0');
      expect(root.querySelectorAll('[data-point][tabindex="0"]')).to.have.length(1);
    });

    it('shows a tooltip on hover, and keeps a tapped one until the reader taps elsewhere', async () => {
      const el = await settled(mount<El>(tag(`src="${HISTORY}" lang="en"`), 800));
      const root = shadow(el);
      await pointAt(el, '[data-point="0:4"] rect');
      expect(tooltip(el)).to.contain('WTP-DPP: Unqualified, with explanatory paragraph');
      await leaveChart(el);
      expect(root.querySelector('[role=tooltip]')).to.equal(null);
      await pointAt(el, '[data-point="0:0"] rect', 'pointerdown', 'touch');
      expect(tooltip(el)).to.contain('TMP: Disclaimer');
      await tapOutside(el);
      expect(root.querySelector('[role=tooltip]')).to.equal(null);
    });

    it('keeps the tooltip inside the chart and off the cell it describes', async () => {
      for (const variant of ['full', 'badge']) {
        const el = await settled(mount<El>(tag(`src="${HISTORY}" variant="${variant}"`), 320));
        const root = shadow(el);
        const cells = root.querySelectorAll<SVGElement>('[data-point]');
        const last = cells[cells.length - 1]!;
        last.focus();
        await el.updateComplete;
        const tip = root.querySelector('[role=tooltip]')!.getBoundingClientRect();
        const cell = last.querySelector('rect.cell')!.getBoundingClientRect();
        const chart = root.querySelector('.chart')!.getBoundingClientRect();
        expect(tip.left, variant).to.be.at.least(chart.left - 1);
        expect(tip.right, variant).to.be.at.most(chart.right + 1);
        // Above or under it, or (the badge at 320 px, its words above its cells) beside it.
        const off =
          tip.bottom <= cell.top || tip.top >= cell.bottom || tip.right <= cell.left || tip.left >= cell.right;
        expect(off, variant).to.equal(true);
        // Not folded into a narrow column at the chart's right end.
        expect(tip.width, variant).to.be.above(150);
        cleanup();
      }
    });
  });

  describe('tooltips', () => {
    for (const file of [SEED, HISTORY])
      for (const variant of ['', 'badge'])
        for (const width of [320, 640])
          it(`${file.split('/').pop()} ${variant || 'full'} at ${width} px: no tooltip over its cell, its year or the headline`, async () => {
            const attrs = `src="${file}"${variant ? ` variant="${variant}"` : ''}`;
            const el = await settled(mount<El>(tag(attrs), width));
            const host = el.getBoundingClientRect();
            const headline = [...shadow(el).querySelectorAll('.headline text')].map((t) => t.getBoundingClientRect());
            const problems: string[] = [];
            for (const cell of shadow(el).querySelectorAll('[data-point]')) {
              const point = cell.getAttribute('data-point')!;
              const box = (await focusPoint(el, point)).getBoundingClientRect();
              for (const mark of cell.querySelectorAll('rect, text'))
                if (boxesOverlap(box, mark.getBoundingClientRect()))
                  problems.push(`${point}: over its ${mark.getAttribute('class')} ${plain(mark.textContent)}`);
              if (headline.some((h) => boxesOverlap(box, h))) problems.push(`${point}: over the headline`);
              if (box.left < host.left - 0.5 || box.right > host.right + 0.5)
                problems.push(`${point}: outside the widget`);
            }
            expect(problems).to.deep.equal([]);
          });
  });

  describe('bad input', () => {
    it('an unknown opinion code: the path and the allowed codes in the event and the console', async () => {
      const { reason, log } = await rejected(inline(doc([{ year: 2015, opinion: 'WTP-X' }])));
      expect(reason.path).to.equal('$.audits[0].opinion');
      expect(reason.expected).to.equal('one of "WTP", "WTP-DPP", "WDP", "TW", "TMP"');
      expect(log).to.contain('$.audits[0].opinion');
      expect(log).to.contain('"TMP"');
    });

    it('a repeated year: the path of the repeat', async () => {
      const { reason } = await rejected(
        inline(
          doc([
            { year: 2015, opinion: 'WTP' },
            { year: 2015, opinion: 'WDP' },
          ]),
        ),
      );
      expect(reason.path).to.equal('$.audits[1].year');
    });

    it('a non-integer year', async () => {
      const { reason } = await rejected(inline(doc([{ year: 2015.5, opinion: 'WTP' }])));
      expect(reason).to.include({ path: '$.audits[0].year', expected: 'an integer year' });
    });

    it('more than 60 years', async () => {
      const { reason } = await rejected(
        inline(
          doc([
            { year: 1900, opinion: 'WTP' },
            { year: 2000, opinion: 'WTP' },
          ]),
        ),
      );
      expect(reason.received).to.equal('101 years (1900–2000)');
    });

    it('says so in English under lang="en"', async () => {
      const original = console.error;
      console.error = () => {};
      try {
        const el = mount<El>(inline(doc([{ year: 2015, opinion: '?' }]), 'lang="en"'));
        await settled(el, 'error');
        expect(plain(shadow(el).querySelector('[role=alert]')?.textContent)).to.contain('data is invalid');
      } finally {
        console.error = original;
      }
    });

    it('draws unsorted years in order', async () => {
      const el = await settled(
        mount<El>(
          inline(
            doc([
              { year: 2018, opinion: 'WTP' },
              { year: 2016, opinion: 'WDP' },
              { year: 2017, opinion: 'WTP' },
            ]),
          ),
        ),
      );
      const labels = [...shadow(el).querySelectorAll('[data-point]')].map((p) => p.getAttribute('aria-label')!);
      expect(labels.map((l) => l.slice(0, 4))).to.deep.equal(['2016', '2017', '2018']);
    });

    it('shows "no data" for an empty list, and is ready', async () => {
      const el = await settled(mount<El>(inline(doc([]))));
      expect(plain(shadow(el).querySelector('[part=message]')?.textContent)).to.contain('Belum ada data');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('draws a single year', async () => {
      const el = await settled(mount<El>(inline(doc([{ year: 2022, opinion: 'TW' }]), 'lang="en"')));
      expect(shadow(el).querySelectorAll('[data-point]')).to.have.length(1);
      expect(plain(shadow(el).querySelector('.headline')?.textContent)).to.contain('Latest opinion not unqualified');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows markup in any text as text and creates no element from it', async () => {
      const markup = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      const el = await settled(
        mount<El>(
          inline(doc([{ year: 2015, opinion: 'WTP', note: markup }], { title: markup, entity: markup, notes: markup })),
        ),
      );
      const root = shadow(el);
      expect(root.querySelector('#title')?.textContent).to.equal(markup);
      expect(root.querySelector('.summary')?.textContent).to.contain(markup);
      root.querySelector<SVGElement>('[data-point="0:0"]')!.focus();
      await el.updateComplete;
      expect(root.querySelector('[role=tooltip]')?.textContent).to.contain(markup);
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('script')).to.equal(null);
    });
  });

  describe('accessibility', () => {
    axeMatrix('capaian-audit-streak', [SEED, HISTORY], ['full', 'badge']);

    it('has no axe violations with the tooltip open, in either theme', async () => {
      for (const theme of ['light', 'dark']) {
        const el = await settled(mount<El>(tag(`src="${HISTORY}" theme="${theme}"`)));
        shadow(el).querySelector<SVGElement>('[data-point="0:5"]')!.focus();
        await el.updateComplete;
        await until(() => !!shadow(el).querySelector('[role=tooltip]'));
        expect(await axeViolations(el)).to.deep.equal([]);
      }
    });

    it('gives every year an accessible name and one tab stop', async () => {
      const el = await settled(mount<El>(tag(`src="${HISTORY}"`)));
      const points = [...shadow(el).querySelectorAll('[data-point]')];
      expect(points.map((p) => p.getAttribute('role'))).to.deep.equal(Array(8).fill('img'));
      expect(points[5]!.getAttribute('aria-label')).to.equal('2020: tidak ada data');
      expect(points.filter((p) => p.getAttribute('tabindex') === '0')).to.have.length(1);
    });
  });
});
