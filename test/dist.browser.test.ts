import { expect } from '@open-wc/testing';
import { cleanup, fetchJson, mount, plain, settled, shadow } from './helpers/browser.js';

// The built classic script, as a webmaster loads it: npm test builds it before this runs.
function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

describe('dist/capaian.js, the classic script', () => {
  before(() => loadScript('/dist/capaian.js'));
  afterEach(cleanup);

  it('defines every widget tag', () => {
    expect(customElements.get('capaian-budget-growth')).to.not.equal(undefined);
  });

  it('draws a budget chart from inline JSON, styled and summarised', async () => {
    const json = JSON.stringify(await fetchJson('/examples/data/budget-growth.seed.json'));
    const el = mount<HTMLElement & { state: string; updateComplete: Promise<boolean> }>(
      `<capaian-budget-growth><script type="application/json">${json}</script></capaian-budget-growth>`,
    );
    await settled(el);
    const root = shadow(el);
    expect(root.querySelectorAll('.bars .bar')).to.have.length(4);
    expect(plain(root.querySelector('.summary')?.textContent)).to.contain('Rp 22,4 T (2015)');
    expect(getComputedStyle(root.querySelector('.bars .bar')!).fill).to.equal('rgb(31, 99, 166)');
    expect(getComputedStyle(root.querySelector('.legend')!).display).to.equal('flex');
  });

  it("draws the page's first widgets near the viewport before the first frame, without a loading box, and no far ones", async () => {
    const json = JSON.stringify(await fetchJson('/examples/data/budget-growth.seed.json'));
    const widget = (id: string) =>
      `<capaian-budget-growth id="${id}"><script type="application/json">${json}</script></capaian-budget-growth>`;
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 600px; height: 400px; border: 0';
    // No observer report comes before a frame: only the one layout read after the script can be this early.
    frame.srcdoc = `<!doctype html><body>${widget('near')}<div style="height: 3000px"></div>${widget('far')}
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
        window.log = [];
        requestAnimationFrame(() => log.push('frame'));
        document.addEventListener('capaian-ready', (e) => log.push('ready ' + e.target.id));
      </script>
      <script src="/dist/capaian.js"></script></body>`;
    document.body.append(frame);
    try {
      const win = () => frame.contentWindow as Window & { log?: string[] };
      const start = performance.now();
      while (!win().log?.includes('frame') && performance.now() - start < 5000)
        await new Promise((r) => setTimeout(r, 10));
      expect(win().log).to.deep.equal(['ready near', 'frame']);
      // The near one went straight to its chart; the far one shows its loading box until scrolled to.
      expect((win() as Window & { loadingBox?: string[] }).loadingBox).to.deep.equal(['far']);
      // The far one still draws when scrolled to.
      frame.contentDocument!.getElementById('far')!.scrollIntoView();
      while (!win().log!.includes('ready far') && performance.now() - start < 5000)
        await new Promise((r) => setTimeout(r, 10));
      expect(win().log).to.include('ready far');
    } finally {
      frame.remove();
    }
  });

  it('loading the script a second time warns and does not throw', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await loadScript('/dist/capaian.js?copy=2');
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('already defined');
  });
});
