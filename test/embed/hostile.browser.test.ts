import { expect } from '@open-wc/testing';
import { widgets as registry } from '../../src/widgets/index.js';
import { until } from '../helpers/browser.js';
import { TYPE } from '../../src/core/measure.js';

type HostileWindow = Window & { cspViolations: string[]; pageErrors: string[] };

/** Opens an example page in an iframe and waits until every widget on it settled. */
async function open(
  path: string,
  width = 800,
): Promise<{ frame: HTMLIFrameElement; win: HostileWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const widgets = () => [...doc.querySelectorAll('[state]')];
  await until(() => widgets().length > 0 && widgets().every((w) => w.getAttribute('state') !== 'loading'), 8000);
  await new Promise((r) => setTimeout(r, 100));
  return { frame, win: frame.contentWindow as HostileWindow, doc };
}

describe('hostile host pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('renders every widget of the registry under a strict CSP with Trusted Types, with zero violations', async () => {
    const { win, doc } = await open('/examples/hostile/csp.html');
    for (const { tag } of registry) {
      const widgets = [...doc.querySelectorAll(tag)];
      expect(widgets.length, tag).to.be.greaterThan(0);
      expect(widgets.map((w) => w.getAttribute('state'))).to.deep.equal(widgets.map(() => 'ready'));
      for (const w of widgets) expect(w.shadowRoot!.querySelector('.chart > svg'), tag).to.not.equal(null);
    }
    const bar = doc.querySelector('capaian-budget-growth')!.shadowRoot!.querySelector('.bars .bar')!;
    expect(win.getComputedStyle(bar).fill).to.equal('rgb(31, 99, 166)');
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('under the strict CSP every widget opens its table, shows a tooltip and saves SVG, PNG and CSV, with zero violations', async () => {
    const { win, doc } = await open('/examples/hostile/csp.html');
    // Downloads are caught at the anchor's click and read from this (same-origin) test
    // page, so that the page under test makes no request its policy would not.
    const saved: { name: string; type: string; size: number }[] = [];
    const Anchor = (win as unknown as { HTMLAnchorElement: typeof HTMLAnchorElement }).HTMLAnchorElement;
    const original = Anchor.prototype.click;
    Anchor.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href)
        .then((r) => r.blob())
        .then((blob) => saved.push({ name, type: blob.type, size: blob.size }));
    };
    try {
      for (const { tag } of registry) {
        const el = doc.querySelector(tag)! as HTMLElement & { updateComplete: Promise<boolean> };
        const root = el.shadowRoot!;
        const details = root.querySelector('details')!;
        details.open = true;
        await until(() => root.querySelectorAll('tbody tr').length > 0);
        root.querySelector<SVGElement>('[data-point]')!.focus();
        await until(() => !!root.querySelector('[role=tooltip]'));
        for (const action of ['svg', 'png', 'csv']) {
          const before = saved.length;
          root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
          await until(() => saved.length > before, 5000);
          expect(saved.at(-1)!.name, `${tag} ${action}`).to.match(new RegExp(`\\.${action}$`));
          expect(saved.at(-1)!.size, `${tag} ${action}`).to.be.greaterThan(100);
        }
      }
    } finally {
      Anchor.prototype.click = original;
    }
    expect(saved.map((file) => file.type.split(';')[0])).to.deep.equal(
      registry.flatMap(() => ['image/svg+xml', 'image/png', 'text/csv']),
    );
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('renders with two copies of the library on one page and throws nothing', async () => {
    const { win, doc } = await open('/examples/hostile/two-builds.html');
    const states = [...doc.querySelectorAll('capaian-budget-growth')].map((w) => w.getAttribute('state'));
    expect(states).to.deep.equal(['ready', 'ready']);
    expect(win.pageErrors).to.deep.equal([]);
  });

  it('keeps its look on a page whose global CSS hides svg and tables and inflates text', async () => {
    const { win, doc } = await open('/examples/hostile/aggressive-css.html');
    const widget = doc.querySelector('capaian-budget-growth')!;
    const root = widget.shadowRoot!;
    const chart = root.querySelector('.chart > svg')!;
    expect(win.getComputedStyle(chart).display).to.equal('block');
    expect(chart.getAttribute('width')).to.equal(String(Math.floor(widget.getBoundingClientRect().width)));
    expect(win.getComputedStyle(root.querySelector('.summary')!).fontSize).to.equal(`${TYPE.body.size}px`);
    expect(win.getComputedStyle(root.querySelector('.title')!).textTransform).to.equal('none');
    root.querySelector('details')!.open = true;
    expect(win.getComputedStyle(root.querySelector('table')!).display).to.equal('table');
    expect(win.pageErrors).to.deep.equal([]);
  });
});
