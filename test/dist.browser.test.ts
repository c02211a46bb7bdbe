import { expect } from '@open-wc/testing';
import { widgets as registry } from '../src/widgets/index.js';
import { fetchJson, until } from './helpers/browser.js';

// The built classic script, as a webmaster loads it (npm test builds dist/ before this
// runs). Each case is a page of its own in an iframe, so that every page starts with no
// tag defined, as a reader's does.

type PageWindow = Window & {
  log: string[];
  warnings: string[];
  errors: string[];
  loadingBox?: string[];
  downloads?: string[];
};

/** A page in an iframe: `body` after a script that records warnings, errors, ready events and first frame. */
async function page(body: string, width = 600): Promise<{ frame: HTMLIFrameElement; win: () => PageWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 400px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en-US"><body>
    <script>
      window.log = []; window.warnings = []; window.errors = [];
      const warn = console.warn; console.warn = (...a) => { warnings.push(a.join(' ')); warn(...a); };
      addEventListener('error', (e) => errors.push(e.message));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
      requestAnimationFrame(() => log.push('frame'));
      document.addEventListener('capaian-ready', (e) => log.push('ready ' + (e.target.id || e.target.localName)));
    </script>${body}</body></html>`;
  document.body.append(frame);
  return { frame, win: () => frame.contentWindow as PageWindow };
}

const scriptsLoaded = (win: PageWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname.split('/').pop()!)
    .filter((name) => name.endsWith('.js'));

async function inline(name: string) {
  return JSON.stringify(await fetchJson(`/examples/data/${name}.json`));
}

describe('dist/capaian.js, the classic script', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const widget of registry) {
    it(`draws <${widget.tag}> from inline JSON, loading only the core and that widget's own script`, async () => {
      const json = await inline(widget.samples[0]!);
      const { win } = await page(
        `<${widget.tag} id="w"><script type="application/json">${json}</script></${widget.tag}>` +
          '<script src="/dist/capaian.js"></script>',
      );
      await until(() => win().log?.includes('ready w'), 8000);
      const el = win().document.getElementById('w')!;
      expect(el.getAttribute('state')).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.chart > svg')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('.summary')!.textContent!.length).to.be.greaterThan(20);
      expect(scriptsLoaded(win())).to.deep.equal(['capaian.js', `capaian-${widget.name}.js`]);
      expect(win().warnings).to.deep.equal([]);
      expect(win().errors).to.deep.equal([]);
    });
  }

  it('loads a widget added to the page later, once per widget type however many appear', async () => {
    const { win } = await page('<script src="/dist/capaian.js"></script>');
    await until(() => !!(win() as PageWindow & { Capaian?: unknown }).Capaian, 5000);
    const doc = win().document;
    for (let i = 0; i < 3; i++) {
      const el = doc.createElement('capaian-audit-streak');
      el.id = `a${i}`;
      el.setAttribute('src', '/examples/data/audit-streak.seed.json');
      doc.body.append(el);
    }
    await until(() => ['a0', 'a1', 'a2'].every((id) => win().log.includes(`ready ${id}`)), 8000);
    expect(scriptsLoaded(win())).to.deep.equal(['capaian.js', 'capaian-audit-streak.js']);
  });

  it('warns once, naming the widgets, for a capaian-* tag that no widget defines', async () => {
    const { win } = await page(
      '<capaian-budget></capaian-budget><capaian-budget></capaian-budget><script src="/dist/capaian.js"></script>',
    );
    await until(() => win().warnings?.length > 0, 5000);
    await new Promise((r) => setTimeout(r, 100));
    expect(win().warnings).to.have.length(1);
    expect(win().warnings[0]).to.contain('<capaian-budget> is not a capaian widget');
    for (const { tag } of registry) expect(win().warnings[0]).to.contain(`<${tag}>`);
  });

  it("draws the page's first widgets near the viewport without a loading box, and no far ones until scrolled to", async () => {
    const json = await inline('budget-growth.seed');
    const widget = (id: string) =>
      `<capaian-budget-growth id="${id}"><script type="application/json">${json}</script></capaian-budget-growth>`;
    const { frame, win } = await page(`${widget('near')}<div style="height: 3000px"></div>${widget('far')}
      <script>
        // Which widgets ever showed their loading box.
        window.loadingBox = [];
        const attach = Element.prototype.attachShadow;
        Element.prototype.attachShadow = function (init) {
          const root = attach.call(this, init);
          new MutationObserver((records) => {
            for (const r of records)
              for (const n of r.addedNodes) if (n.querySelector?.('.loading')) loadingBox.push(this.id);
          }).observe(root, { childList: true, subtree: true });
          return root;
        };
      </script>
      <script src="/dist/capaian.js"></script>`);
    await until(() => win().log?.includes('ready near'), 8000);
    await new Promise((r) => setTimeout(r, 200));
    expect(win().log).to.not.include('ready far');
    expect(win().loadingBox).to.deep.equal(['far']);
    frame.contentDocument!.getElementById('far')!.scrollIntoView();
    await until(() => win().log.includes('ready far'), 5000);
  });

  it('a second copy of the same version on the page is silent and throws nothing', async () => {
    const json = await inline('budget-growth.seed');
    const { win } = await page(
      `<capaian-budget-growth id="w"><script type="application/json">${json}</script></capaian-budget-growth>` +
        '<script src="/dist/capaian.js"></script><script src="/dist/capaian.js?copy=2"></script>',
    );
    await until(() => win().log?.includes('ready w'), 8000);
    expect(win().warnings).to.deep.equal([]);
    expect(win().errors).to.deep.equal([]);
  });

  it('works with the script on another origin that sends no CORS headers: every widget draws, and downloads save', async function () {
    this.timeout(30_000);
    const { origin } = (await fetchJson('/faults/dist-origin')) as { origin: string };
    expect(origin).to.not.equal(location.origin);
    const widgets = await Promise.all(
      registry.map(
        async (w) =>
          `<${w.tag} id="${w.name}" loading="eager"><script type="application/json">${await inline(w.samples[0]!)}</script></${w.tag}>`,
      ),
    );
    const { win } = await page(
      `${widgets.join('')}<script>
        window.downloads = [];
        HTMLAnchorElement.prototype.click = function () { downloads.push(this.download); };
      </script><script src="${origin}/capaian.js"></script>`,
      1000,
    );
    await until(() => registry.every((w) => win().log?.includes(`ready ${w.name}`)), 10_000).catch(() => {
      throw new Error(
        `not drawn: ${JSON.stringify({ log: win().log, errors: win().errors, scripts: scriptsLoaded(win()) })}`,
      );
    });
    const el = win().document.getElementById(registry[0]!.name)!;
    for (const kind of ['svg', 'csv', 'png'])
      el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${kind}"]`)!.click();
    await until(() => (win().downloads?.length ?? 0) === 3, 8000);
    expect(
      win()
        .downloads!.map((name) => name.split('.').pop())
        .sort(),
    ).to.deep.equal(['csv', 'png', 'svg']);
    expect(scriptsLoaded(win())).to.include('capaian-export.js');
    expect(win().errors).to.deep.equal([]);
  });
});
