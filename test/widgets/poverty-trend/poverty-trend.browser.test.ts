import { expect } from '@open-wc/testing';
import '../../../src/widgets/poverty-trend/poverty-trend.js';
import type { PovertyTrendElement } from '../../../src/widgets/poverty-trend/poverty-trend.element.js';
import {
  axeMatrix,
  axeViolations,
  boxesOverlap,
  focusPoint,
  lineCount,
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
  tapOutside,
  tooltip,
  until,
  openTable,
} from '../../helpers/browser.js';

const SEED = '/examples/data/poverty-trend.seed.json';
const BPS = '/examples/data/poverty-trend.bps-2015-2025.json';
const THREE = '/test/widgets/poverty-trend/fixtures/three-series.json';
type El = PovertyTrendElement;

const inline = (json: unknown, attrs = '') => inlineJson('capaian-poverty-trend', json, attrs);

async function press(el: El, k: string): Promise<string | null | undefined> {
  const root = shadow(el);
  key(root.activeElement ?? root.querySelector('[data-point]')!, k);
  await el.updateComplete;
  await el.updateComplete;
  return root.activeElement?.getAttribute('data-point');
}

describe('<capaian-poverty-trend>', () => {
  afterEach(cleanup);

  describe('data in', () => {
    it('reaches ready from the seed sample and draws chart, summary and table', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend src="${SEED}"></capaian-poverty-trend>`));
      const root = shadow(el);
      expect(el.getAttribute('state')).to.equal('ready');
      expect(root.querySelectorAll('.series .line')).to.have.length(1);
      expect(plain(root.querySelector('.summary')?.textContent)).to.contain('9,82% (Mar 2018)');
      expect((await openTable(root)).rows).to.have.length(3);
      expect(plain(root.querySelector('.end-labels')?.textContent)).to.contain('Nasional');
    });

    it('reaches ready from the BPS sample, with the skipped period in the table', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend src="${BPS}"></capaian-poverty-trend>`));
      const root = shadow(el);
      expect((await openTable(root)).rows).to.have.length(22);
      const sep2023 = [...root.querySelectorAll('tbody tr')].find((tr) => tr.textContent?.includes('Sep 2023'));
      expect(plain(sep2023?.textContent)).to.contain('tidak ada data');
      expect(plain(root.querySelector('.summary')?.textContent)).to.contain('−2,97 poin');
      expect(plain(root.querySelector('.annotations')?.textContent)).to.contain('Pandemi COVID-19');
      expect(root.querySelector('line.threshold')).to.not.equal(null);
      expect(plain(root.querySelector('.end-labels')?.textContent)).to.contain('Satu digit10%');
    });

    it('draws the same from inline JSON and from the data property', async () => {
      const json = await fetchJson(BPS);
      const a = await settled(mount<El>(inline(json)));
      const b = mount<El>('<capaian-poverty-trend></capaian-poverty-trend>');
      b.data = json;
      await settled(b);
      expect(shadow(a).querySelector('.chart > svg')?.outerHTML).to.equal(
        shadow(b).querySelector('.chart > svg')?.outerHTML,
      );
    });
  });

  describe('bad input', () => {
    it('shows a short message and puts the JSON path in the event and the console', async () => {
      const logged: string[] = [];
      const original = console.error;
      console.error = (message: string) => logged.push(message);
      try {
        const el = mount<El>(
          inline({ title: 'x', series: [{ name: 'N', points: [{ period: '2019-13', value: 9 }] }] }),
        );
        const event = await errorEvent(el);
        await settled(el, 'error');
        expect(event.detail.reasons[0].path).to.equal('$.series[0].points[0].period');
        expect(event.detail.reasons[0].expected).to.equal('a real month (01 to 12)');
        expect(logged.join('\n')).to.contain('$.series[0].points[0].period');
        expect(plain(shadow(el).querySelector('[role=alert]')?.textContent)).to.contain('tidak valid');
        expect(shadow(el).querySelector('svg')).to.equal(null);
      } finally {
        console.error = original;
      }
    });

    it('reports a repeated period with the path of the repeat', async () => {
      const points = [
        { period: '2019-03', value: 9.41 },
        { period: '2019-03', value: 9.4 },
      ];
      const original = console.error;
      console.error = () => {};
      try {
        const event = await errorEvent(mount<El>(inline({ title: 'x', series: [{ name: 'N', points }] })));
        expect(event.detail.reasons[0].path).to.equal('$.series[0].points[1].period');
      } finally {
        console.error = original;
      }
    });

    it('shows "no data" for an empty series list, and is ready', async () => {
      const el = await settled(mount<El>(inline({ title: 'Kosong', series: [] })));
      expect(plain(shadow(el).querySelector('[part=message]')?.textContent)).to.contain('Belum ada data');
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('shows markup in any text as text and creates no element from it', async () => {
      const markup = '<img src=x onerror=alert(1)>';
      const el = await settled(
        mount<El>(
          inline({
            title: markup,
            series: [{ name: markup, points: [{ period: '2019-03', value: 9.41 }] }],
            threshold: { value: 10, label: markup },
            annotations: [{ period: '2019-03', label: markup }],
          }),
        ),
      );
      const root = shadow(el);
      expect(root.querySelector('#title')?.textContent).to.equal(markup);
      expect(root.querySelector('img')).to.equal(null);
      expect(root.querySelector('.end-labels')?.textContent).to.contain('<img');
    });
  });

  describe('reading the chart', () => {
    it('moves point to point with the arrow keys, Home and End, showing a tooltip', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend src="${BPS}"></capaian-poverty-trend>`, 800));
      const root = shadow(el);
      root.querySelector<SVGElement>('[data-point="0:0"]')!.focus();
      await el.updateComplete;
      expect(tooltip(el)).to.contain('Mar 2015');
      expect(tooltip(el)).to.contain('28,59 juta jiwa');
      expect(await press(el, 'ArrowRight')).to.equal('0:1');
      expect(tooltip(el)).to.contain('−0,09 poin dibanding Mar 2015');
      expect(root.querySelector('.focus-ring')).to.not.equal(null);
      expect(await press(el, 'End')).to.equal('0:21');
      expect(tooltip(el)).to.contain('Sep 2025');
      expect(await press(el, 'ArrowLeft')).to.equal('0:20');
      expect(await press(el, 'ArrowLeft')).to.equal('0:19');
      expect(await press(el, 'ArrowLeft')).to.equal('0:18');
      expect(await press(el, 'ArrowLeft')).to.equal('0:17');
      expect(tooltip(el)).to.contain('Sep 2023');
      expect(tooltip(el)).to.contain('tidak ada data');
      expect(await press(el, 'Home')).to.equal('0:0');
      expect(root.querySelectorAll('[data-point][tabindex="0"]')).to.have.length(1);
    });

    it('moves between series with up and down, staying on the same period', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend src="${THREE}"></capaian-poverty-trend>`, 800));
      shadow(el).querySelector<SVGElement>('[data-point="0:10"]')!.focus();
      await el.updateComplete;
      expect(tooltip(el)).to.contain('Nasional: 9,78%');
      expect(await press(el, 'ArrowDown')).to.equal('1:10');
      expect(tooltip(el)).to.contain('Perkotaan: 7,38%');
      expect(tooltip(el)).to.contain('Mar 2020');
      expect(await press(el, 'ArrowDown')).to.equal('2:10');
      expect(await press(el, 'ArrowUp')).to.equal('1:10');
    });

    it('shows a tooltip on hover and hides it when the pointer leaves', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend src="${BPS}"></capaian-poverty-trend>`));
      const root = shadow(el);
      await pointAt(el, '[data-point="0:10"]', 'pointerover', 'mouse');
      expect(tooltip(el)).to.contain('Pandemi COVID-19');
      expect(root.querySelector('.active .guide')).to.not.equal(null);
      await leaveChart(el);
      expect(root.querySelector('[role=tooltip]')).to.equal(null);
    });

    it('keeps a tapped tooltip until the reader taps elsewhere', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend src="${SEED}"></capaian-poverty-trend>`));
      const root = shadow(el);
      await pointAt(el, '[data-point="0:1"]', 'pointerdown', 'touch');
      expect(tooltip(el)).to.contain('Sep 2018');
      await tapOutside(el);
      expect(root.querySelector('[role=tooltip]')).to.equal(null);
    });

    it('formats the English way under lang="en"', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend lang="en" src="${BPS}"></capaian-poverty-trend>`));
      const root = shadow(el);
      expect(plain(root.querySelector('.summary')?.textContent)).to.contain('−2.97 percentage points');
      const row = [...(await openTable(root)).rows].find((tr) => tr.textContent?.includes('Mar 2018'));
      expect(plain(row?.textContent)).to.contain('25.95 million people');
    });

    it('redraws when its container resizes', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend src="${BPS}"></capaian-poverty-trend>`, 800));
      el.parentElement!.style.width = '320px';
      await until(() => shadow(el).querySelector('.chart > svg')?.getAttribute('width') === '320');
    });
  });

  describe('tooltips', () => {
    for (const file of [BPS, THREE])
      for (const width of [320, 375, 640])
        it(`${file.split('/').pop()} at ${width} px: each line of every tooltip on one line, beside the point, not over it`, async () => {
          const el = await settled(mount<El>(`<capaian-poverty-trend src="${file}"></capaian-poverty-trend>`, width));
          const host = el.getBoundingClientRect();
          const problems: string[] = [];
          for (const hit of shadow(el).querySelectorAll('[data-point]')) {
            const point = hit.getAttribute('data-point')!;
            const tip = await focusPoint(el, point);
            const box = tip.getBoundingClientRect();
            for (const line of tip.querySelectorAll('strong, p'))
              if (lineCount(line) > 1) problems.push(`${point}: "${plain(line.textContent)}" wraps`);
            const ring = shadow(el).querySelector('.focus-ring')!.getBoundingClientRect();
            if (boxesOverlap(box, ring)) problems.push(`${point}: over its point`);
            if (box.left < host.left - 0.5 || box.right > host.right + 0.5)
              problems.push(`${point}: outside the widget`);
          }
          expect(problems).to.deep.equal([]);
        });

    it('goes away, with the focus ring, when focus leaves the chart for the table toggle', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend src="${SEED}"></capaian-poverty-trend>`));
      await focusPoint(el, '0:0');
      await press(el, 'ArrowRight');
      shadow(el).querySelector<HTMLElement>('details > summary')!.focus();
      await el.updateComplete;
      expect(!!shadow(el).querySelector('[role=tooltip]'), 'a tooltip').to.equal(false);
      expect(!!shadow(el).querySelector('.focus-ring'), 'a focus ring').to.equal(false);
    });
  });

  describe('as drawn by the browser, with its own fonts', () => {
    for (const file of [SEED, BPS, THREE]) {
      for (const width of [240, 320, 480, 800, 1200]) {
        it(`keeps every label inside the chart and apart: ${file.split('/').pop()} ${width}px`, async () => {
          const el = await settled(mount<El>(`<capaian-poverty-trend src="${file}"></capaian-poverty-trend>`, width));
          const svg = shadow(el).querySelector<SVGSVGElement>('.chart > svg')!;
          const boxes = [...svg.querySelectorAll<SVGTextElement>('text')].map((t) => ({
            t: t.textContent,
            b: t.getBBox(),
          }));
          for (const { t, b } of boxes) {
            expect(b.x, `${t} left`).to.be.at.least(0);
            expect(b.x + b.width, `${t} right`).to.be.at.most(svg.width.baseVal.value);
            expect(b.y, `${t} top`).to.be.at.least(0);
            expect(b.y + b.height, `${t} bottom`).to.be.at.most(svg.height.baseVal.value + 1);
          }
          // Glyph boxes include line spacing; 2 px of it may touch.
          const clash = (a: DOMRect, b: DOMRect) =>
            a.x < b.x + b.width && b.x < a.x + a.width && a.y + 2 < b.y + b.height && b.y + 2 < a.y + a.height;
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++)
              expect(clash(boxes[i]!.b, boxes[j]!.b), `${boxes[i]!.t} / ${boxes[j]!.t}`).to.equal(false);
        });
      }
    }
  });

  describe('a 10,000-point series', () => {
    const points = Array.from({ length: 10_000 }, (_, i) => ({
      period: `${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      value: 10 + Math.sin(i / 50) * 3,
    }));

    it('draws without markers and keeps every point in reach of the keyboard', async () => {
      const el = mount<El>('<capaian-poverty-trend></capaian-poverty-trend>', 1000);
      el.data = { title: 'Panjang', series: [{ name: 'Panjang', points }] };
      await settled(el);
      const root = shadow(el);
      expect(root.querySelector('.marker')).to.equal(null);
      expect(root.querySelectorAll('.hits rect').length).to.be.below(600);
      root.querySelector<SVGElement>('[data-point="0:0"]')!.focus();
      await el.updateComplete;
      expect(await press(el, 'ArrowRight')).to.equal('0:1');
      expect(await press(el, 'ArrowRight')).to.equal('0:2');
      expect(tooltip(el)).to.contain('Mar 1200');
      expect(await press(el, 'End')).to.equal('0:9999');
      expect(await press(el, 'ArrowLeft')).to.equal('0:9998');
      expect(tooltip(el)).to.contain('Mar 2033');
    });

    it('writes the rows of a table when the reader opens it, and keeps them through a resize', async () => {
      const el = mount<El>('<capaian-poverty-trend></capaian-poverty-trend>', 1000);
      el.data = { title: 'Panjang', series: [{ name: 'Panjang', points }] };
      await settled(el);
      const details = shadow(el).querySelector('details')!;
      // Closed: caption and header only; the rows are neither seen nor read until opened.
      expect(shadow(el).querySelectorAll('thead th')).to.have.length(2);
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(0);
      details.querySelector('summary')!.click();
      await until(() => shadow(el).querySelectorAll('tbody tr').length > 0);
      const rows = shadow(el).querySelectorAll('tbody tr');
      expect(rows).to.have.length(10_000);
      const last = rows[9_999]!;
      expect(last.querySelector('th[scope="row"]')?.textContent).to.equal('Apr 2033');
      expect(last.querySelector('td')?.className).to.equal('num');
      expect(last.querySelector('td')?.textContent).to.match(/^\d+,\d\d%$/);
      (el.parentElement as HTMLElement).style.width = '600px';
      await until(() => shadow(el).querySelector('svg')?.getAttribute('width') === '600');
      // The table does not depend on the width: the same row elements, not a rebuilt table.
      expect(shadow(el).querySelectorAll('tbody tr')[9_999]).to.equal(last);
      // Closing and opening again keeps them too.
      details.open = false;
      details.open = true;
      await new Promise((r) => setTimeout(r, 50));
      expect(shadow(el).querySelectorAll('tbody tr')[9_999]).to.equal(last);
    });

    it('fills an open table at once with new data, and a closed one with the newest data on opening', async () => {
      const el = mount<El>('<capaian-poverty-trend></capaian-poverty-trend>', 1000);
      el.data = { title: 'Panjang', series: [{ name: 'Panjang', points }] };
      await settled(el);
      // Closed, new data: opening shows the new rows, never the first document's.
      const shorter = points.slice(0, 2_000);
      el.data = { title: 'Pendek', series: [{ name: 'Pendek', points: shorter.concat(points.slice(3_000, 5_000)) }] };
      await settled(el);
      shadow(el).querySelector('summary')!.click();
      await until(() => shadow(el).querySelectorAll('tbody tr').length > 0);
      // 4,000 points with a gap of 1,000 skipped periods (at most 1,000 listed) between them.
      const count = shadow(el).querySelectorAll('tbody tr').length;
      expect(count).to.be.within(4_000, 5_000);
      expect(shadow(el).querySelector('caption')?.textContent).to.contain('Pendek');
      // Open, new data: the rows follow at once.
      el.data = { title: 'Panjang', series: [{ name: 'Panjang', points }] };
      await settled(el);
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(10_000);
      // Closed after being filled, new data: the old rows go at once, the new ones on opening.
      shadow(el).querySelector('details')!.open = false;
      el.data = { title: 'Pendek', series: [{ name: 'Pendek', points: points.slice(0, 1_500) }] };
      await settled(el);
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(0);
      shadow(el).querySelector('summary')!.click();
      await until(() => shadow(el).querySelectorAll('tbody tr').length > 0);
      expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(1_500);
    });
  });

  describe('accessibility', () => {
    axeMatrix('capaian-poverty-trend', [SEED, BPS, THREE]);

    it('has no axe violations with the tooltip open', async () => {
      const el = await settled(mount<El>(`<capaian-poverty-trend src="${BPS}" theme="dark"></capaian-poverty-trend>`));
      shadow(el).querySelector<SVGElement>('[data-point="0:17"]')!.focus();
      await el.updateComplete;
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
});
