import { expect } from '@open-wc/testing';
import { widgets as registry } from '../../src/widgets/index.js';
import { until } from '../helpers/browser.js';

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
    expect(win.getComputedStyle(root.querySelector('.summary')!).fontSize).to.equal('13px');
    expect(win.getComputedStyle(root.querySelector('.title')!).textTransform).to.equal('none');
    root.querySelector('details')!.open = true;
    expect(win.getComputedStyle(root.querySelector('table')!).display).to.equal('table');
    expect(win.pageErrors).to.deep.equal([]);
  });
});
