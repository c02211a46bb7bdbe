import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/widgets/budget-growth/budget-growth.js';
import type { BudgetGrowthElement } from '../../src/widgets/budget-growth/budget-growth.element.js';
import { cleanup, mount, settled, shadow, until } from '../helpers/browser.js';
import { contrastRatio } from '../helpers/contrast.js';

const SEED = '/examples/data/budget-growth.seed.json';
type El = BudgetGrowthElement;

/** Once the chart is drawn at the host's content width (a widget drawn before it is measured, in a hidden parent say, is drawn at 640 px). */
async function drawn(el: El): Promise<El> {
  await settled(el);
  const content = () => {
    const style = getComputedStyle(el);
    return el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };
  const svg = () => shadow(el).querySelector('.chart > svg');
  await until(() => Number(svg()?.getAttribute('width')) === Math.floor(content()));
  return el;
}

/** How far the title and the chart sit inside the host's edges, and the chart's drawn width. */
function insets(el: El) {
  const host = el.getBoundingClientRect();
  const title = shadow(el).querySelector('.title')!.getBoundingClientRect();
  const svg = shadow(el).querySelector('.chart > svg')!;
  const chart = svg.getBoundingClientRect();
  return {
    left: title.left - host.left,
    top: title.top - host.top,
    right: host.right - chart.right,
    drawnWidth: Number(svg.getAttribute('width')),
    hostWidth: host.width,
  };
}

/**
 * A page of its own (an iframe, 500 px wide) whose body is `body`: the width the widget's
 * chart had at its first `capaian-ready`, its padding and its content width then.
 */
async function firstDraw(body: string): Promise<{ drawn: number; padding: number; content: number }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 500px; height: 600px; border: 0';
  frame.srcdoc = `<!doctype html><body style="margin: 0">
    <script>
      document.addEventListener('capaian-ready', (e) => {
        window.firstWidth ??= e.target.shadowRoot.querySelector('.chart > svg').getAttribute('width');
      });
    </script>
    ${body}</body>`;
  document.body.append(frame);
  const win = () => frame.contentWindow as Window & { firstWidth?: string };
  await until(() => win().firstWidth !== undefined, 8000);
  const style = win().getComputedStyle(win().document.querySelector('capaian-budget-growth')!);
  const padding = parseFloat(style.paddingLeft);
  return { drawn: Number(win().firstWidth), padding, content: 500 - padding - parseFloat(style.paddingRight) };
}

/** `rgb(r, g, b)` as `#rrggbb`. */
const hex = (rgb: string) =>
  '#' +
  (rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('');

describe('themes', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ colorScheme: 'light' });
  });

  describe('padding', () => {
    it('keeps the light theme flush with the page: the chart as wide as the host', async () => {
      const el = await drawn(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`, 500));
      const box = insets(el);
      expect(box.left).to.equal(0);
      expect(box.drawnWidth).to.equal(500);
      expect(box.right).to.be.within(-0.5, 0.5);
    });

    it('pads a dark widget, which paints its own box, by 12–16 px on every side, the chart narrower by as much', async () => {
      const el = await drawn(
        mount<El>(`<capaian-budget-growth theme="dark" src="${SEED}"></capaian-budget-growth>`, 500),
      );
      const box = insets(el);
      expect(box.left).to.be.within(12, 16);
      expect(box.top).to.be.within(12, 20);
      expect(box.right).to.be.within(box.left - 0.5, box.left + 0.5);
      expect(box.drawnWidth).to.equal(500 - 2 * box.left);
    });

    it("draws a padded widget that was in the page's HTML at its content width from the first draw", async () => {
      // The page's first read of its widgets (core/near.ts) measures their boxes, padding
      // included; a widget on a page of its own (an iframe) is read that way.
      const json = JSON.stringify(await (await fetch(SEED)).json());
      const { drawn, padding, content } = await firstDraw(
        `<capaian-budget-growth theme="dark" loading="eager"><script type="application/json">${json}</script></capaian-budget-growth>
        <script type="module" src="/src/widgets/budget-growth/budget-growth.ts"></script>`,
      );
      expect(padding).to.be.within(12, 16);
      expect(drawn).to.equal(content);
    });

    // React and Vue set `theme` as a property: Vue before the element is in the page,
    // @lit/react just after. The padding's CSS reads the attribute, so it must be there
    // for the page's first read of the widgets' widths.
    for (const order of ['before', 'after'])
      it(`draws a widget whose theme was set as a property ${order} it joined the page at its content width from the first draw`, async () => {
        const json = JSON.stringify(await (await fetch(SEED)).json());
        const set = `el.theme = 'dark'; el.loading = 'eager'; el.data = ${json};`;
        const { drawn, padding, content } = await firstDraw(`<script type="module">
            import '/src/widgets/budget-growth/budget-growth.ts';
            const el = document.createElement('capaian-budget-growth');
            ${order === 'before' ? set : ''}
            document.body.append(el);
            ${order === 'after' ? set : ''}
          </script>`);
        expect(padding).to.be.within(12, 16);
        expect(drawn).to.equal(content);
      });

    it('reflects theme as soon as it is set as a property, and follows the attribute', () => {
      const el = document.createElement('capaian-budget-growth') as El;
      el.theme = 'dark';
      expect(el.getAttribute('theme')).to.equal('dark');
      el.setAttribute('theme', 'auto');
      expect(el.theme).to.equal('auto');
      el.theme = undefined;
      expect(el.hasAttribute('theme')).to.equal(false);
    });

    it('pads theme="auto" only while the reader is in dark mode', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const dark = await drawn(
        mount<El>(`<capaian-budget-growth theme="auto" src="${SEED}"></capaian-budget-growth>`, 500),
      );
      expect(insets(dark).left).to.be.within(12, 16);
      await emulateMedia({ colorScheme: 'light' });
      const light = await drawn(
        mount<El>(`<capaian-budget-growth theme="auto" src="${SEED}"></capaian-budget-growth>`, 500),
      );
      expect(insets(light).left).to.equal(0);
    });

    it('takes --capaian-padding over the default, in either theme', async () => {
      const flush = mount<El>(`<capaian-budget-growth theme="dark" src="${SEED}"></capaian-budget-growth>`, 500);
      flush.style.setProperty('--capaian-padding', '0px');
      expect(insets(await drawn(flush)).left).to.equal(0);
      const padded = mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`, 500);
      padded.style.setProperty('--capaian-padding', '20px');
      const box = insets(await drawn(padded));
      expect(box.left).to.equal(20);
      expect(box.drawnWidth).to.equal(460);
    });
  });

  describe('the focus ring', () => {
    for (const theme of ['light', 'dark'])
      it(`${theme}: drawn in a colour at 3:1 or more against the widget's background, and no red`, async () => {
        const el = await drawn(
          mount<El>(`<capaian-budget-growth theme="${theme}" src="${SEED}"></capaian-budget-growth>`),
        );
        shadow(el).querySelector<SVGElement>('[data-point="0:1"]')!.focus();
        await el.updateComplete;
        const ring = shadow(el).querySelector('.focus-ring')!;
        const stroke = hex(getComputedStyle(ring).stroke);
        const background = hex(getComputedStyle(el).backgroundColor);
        expect(contrastRatio(stroke, background)).to.be.at.least(3);
        expect(stroke).to.not.equal('#b3261e');
      });
  });
});
