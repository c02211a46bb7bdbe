import { expect } from '@open-wc/testing';
import { BANDS, renderHtml, renderSvg } from '../../src/static.js';
import { widgets } from '../../src/widgets/index.js';
import { fetchJson, plain } from '../helpers/browser.js';

const SEED = '/examples/data/budget-growth.seed.json';

describe('static rendering', () => {
  it('gives a standalone SVG that parses and carries the summary text', async () => {
    const result = renderSvg('budget-growth', await fetchJson(SEED), { width: 640, lang: 'id' });
    if (!result.ok) throw new Error('rejected');
    const doc = new DOMParser().parseFromString(result.output, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.documentElement.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(plain(doc.querySelector('desc')?.textContent)).to.contain('Anggaran naik dari Rp 22,4 T (2015)');
    expect(doc.querySelectorAll('.bars .bar')).to.have.length(4);
    expect(result.output).to.not.match(/(href|src)=|url\((?!#)/);
  });

  it('escapes markup in the data', async () => {
    const doc = { title: '<script>alert(1)</script>', points: [{ year: 2020, amount: 1 }] };
    const result = renderSvg('budget-growth', doc);
    if (!result.ok) throw new Error('rejected');
    const parsed = new DOMParser().parseFromString(result.output, 'image/svg+xml');
    expect(parsed.querySelector('script')).to.equal(null);
    expect(parsed.querySelector('title')?.textContent).to.equal('<script>alert(1)</script>');
  });

  it('returns the reasons for bad input', () => {
    const result = renderSvg('budget-growth', { title: 't', points: [{ year: 'x', amount: 1 }] });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.reasons[0]!.path).to.equal('$.points[0].year');
  });

  it('gives HTML that shows the chart and summary with scripts disabled', async () => {
    const result = renderHtml('budget-growth', await fetchJson(SEED), { width: 600, lang: 'id' });
    if (!result.ok) throw new Error('rejected');
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: JavaScript is off inside
    frame.style.width = '640px';
    frame.srcdoc = `<!doctype html><html lang="id"><body>${result.output}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const host = frame.contentDocument!.querySelector('capaian-budget-growth')!;
    const root = host.shadowRoot!;
    expect(root).to.not.equal(null);
    // One drawing per width band: four bars in each, the one for 624 px (480) shown.
    expect(root.querySelectorAll('.bars .bar')).to.have.length(4 * BANDS.length);
    const shown = [...root.querySelectorAll('.chart svg[viewBox]')].filter((svg) => svg.getBoundingClientRect().width);
    expect(shown.map((svg) => svg.getAttribute('width'))).to.deep.equal(['480']);
    expect(shown[0]!.querySelectorAll('.bars .bar')).to.have.length(4);
    expect(plain(root.querySelector('.summary')?.textContent)).to.contain('Rp 62,77 T');
    expect(shown[0]!.getBoundingClientRect().width).to.be.greaterThan(600);
    frame.remove();
  });

  it('hatches the planned bar in the drawing shown at every width, with no fill that needs an id', async () => {
    const result = renderHtml('budget-growth', await fetchJson(SEED), { width: 600, lang: 'id' });
    if (!result.ok) throw new Error('rejected');
    // A url(#id) fill finds the first element with that id, which may sit in a hidden band.
    expect(/url\(#|<pattern/.test(result.output), 'a url(#…) fill or a <pattern>').to.equal(false);
    for (const width of [320, 640, 1200]) {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-same-origin');
      frame.style.width = `${width}px`;
      frame.srcdoc = `<!doctype html><html lang="id"><body>${result.output}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const root = frame.contentDocument!.querySelector('capaian-budget-growth')!.shadowRoot!;
      const shown = [...root.querySelectorAll('.chart svg[viewBox]')].filter(
        (svg) => svg.getBoundingClientRect().width,
      );
      expect(shown, `${width} px`).to.have.length(1);
      const bar = shown[0]!.querySelector<SVGRectElement>('.bar.planned')!;
      const hatch = bar.parentElement!.querySelector<SVGPathElement>('path.hatch')!;
      const [box, lines] = [bar.getBBox(), hatch.getBBox()];
      expect(hatch.getAttribute('d')!.match(/M/g)!.length, `${width} px: lines`).to.be.greaterThan(3);
      expect(lines.width, `${width} px: across the bar`).to.be.closeTo(box.width, 1);
      expect(lines.height, `${width} px: down the bar`).to.be.closeTo(box.height, 1);
      expect(frame.contentWindow!.getComputedStyle(hatch).stroke, `${width} px`).to.not.equal('none');
      frame.remove();
    }
  });

  it('is taken over by the element without losing the chart', async () => {
    await import('../../src/widgets/budget-growth/budget-growth.js');
    const result = renderHtml('budget-growth', await fetchJson(SEED), { width: 600 });
    if (!result.ok) throw new Error('rejected');
    const host = document.createElement('div');
    host.style.width = '600px';
    // setHTMLUnsafe is the only API that parses declarative shadow roots from a string;
    // the markup is our own renderer's output for the sample file.
    (host as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(result.output);
    document.body.append(host);
    const el = host.firstElementChild as HTMLElement & { state: string; updateComplete: Promise<boolean> };
    expect(el.shadowRoot!.querySelectorAll('.bars .bar')).to.have.length(4 * BANDS.length);
    while (el.state !== 'ready') await new Promise((r) => setTimeout(r, 10));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.bars .bar')).to.have.length(4);
    expect(el.shadowRoot!.querySelectorAll('.root')).to.have.length(1);
    host.remove();
  });
});

describe('server-rendered example pages', () => {
  async function open(path: string, sandbox?: string): Promise<Document> {
    const frame = document.createElement('iframe');
    if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
    frame.style.cssText = 'width:720px;height:800px';
    frame.src = path;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    return frame.contentDocument!;
  }
  const heights = (doc: Document) =>
    [...doc.querySelectorAll('section > :not(h2)')].map((el) => el.getBoundingClientRect().height);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('shows every sample chart and summary with JavaScript off', async () => {
    const doc = await open('/dist/no-js.html', 'allow-same-origin');
    const hosts = [...doc.querySelectorAll('section > :not(h2)')];
    expect(hosts.length).to.be.greaterThan(1);
    for (const host of hosts) {
      expect(host.shadowRoot?.querySelector('.chart svg[viewBox]'), host.localName).to.not.equal(null);
      expect(plain(host.shadowRoot?.querySelector('.summary')?.textContent).length).to.be.greaterThan(20);
    }
  });

  it('is taken over by the script with little change in height', async () => {
    const still = heights(await open('/dist/no-js.html', 'allow-same-origin'));
    const doc = await open('/dist/ssr.html');
    const hosts = [...doc.querySelectorAll('section > :not(h2)')];
    const start = performance.now();
    while (hosts.some((h) => h.getAttribute('state') !== 'ready') && performance.now() - start < 8000) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(hosts.map((h) => h.getAttribute('state'))).to.deep.equal(hosts.map(() => 'ready'));
    heights(doc).forEach((h, i) => expect(Math.abs(h - still[i]!) / still[i]!, `widget ${i}`).to.be.lessThan(0.12));
  });
});

describe('static rendering options', () => {
  it('falls back to sane defaults for an odd width, language or theme', async () => {
    const doc = await fetchJson('/examples/data/budget-growth.seed.json');
    const result = renderSvg('budget-growth', doc, { width: Number.NaN, lang: 'fr' as never, theme: 'neon' as never });
    if (!result.ok) throw new Error('rejected');
    expect(result.output).to.match(/^<svg[^>]* width="640"/);
    expect(result.output).to.contain('lang="id"');
  });

  it('writes an SVG file exactly as wide as asked, the chart inside its margin', async () => {
    const doc = await fetchJson('/examples/data/stat.seed.json');
    for (const width of [320, 640, 1200]) {
      const result = renderSvg('stat', doc, { width });
      if (!result.ok) throw new Error('rejected');
      expect(result.output).to.match(new RegExp(`^<svg[^>]* width="${width}" [^>]*viewBox="0 0 ${width} `));
    }
  });
});

/** Server-rendered HTML in a frame `width` px wide with JavaScript off, once loaded. */
async function withoutScripts(markup: string, width: number): Promise<{ root: ShadowRoot; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.srcdoc = `<!doctype html><html><body style="margin:0">${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { root: frame.contentDocument!.body.firstElementChild!.shadowRoot!, frame };
}

describe('the no-JavaScript fallback', () => {
  for (const widget of widgets)
    for (const variant of widget.variants)
      it(`${widget.name}${variant === widget.variants[0] ? '' : ` (${variant})`}: one drawing per width, its text 10 px or more, 320–1200 px`, async () => {
        const result = renderHtml(widget.name, await fetchJson(`/examples/data/${widget.samples[0]}.json`), {
          variant,
        });
        if (!result.ok) throw new Error('rejected');
        const small: string[] = [];
        for (const width of [320, 375, 480, 560, 640, 800, 1000, 1200]) {
          const { root, frame } = await withoutScripts(result.output, width);
          const shown = [...root.querySelectorAll<SVGSVGElement>('.chart svg[viewBox]')].filter(
            (svg) => svg.getBoundingClientRect().width > 0,
          );
          expect(shown, `${width}px: drawings shown`).to.have.length(1);
          const svg = shown[0]!;
          // Drawn as wide as the frame, at most a third wider than laid out.
          const scale = svg.getBoundingClientRect().width / Number(svg.getAttribute('width'));
          expect(svg.getBoundingClientRect().width, `${width}px`).to.be.closeTo(width, 1);
          expect(scale, `${width}px: scale`).to.be.within(1, 4 / 3 + 0.01);
          for (const text of svg.querySelectorAll('text')) {
            const size = parseFloat(getComputedStyle(text).fontSize) * scale;
            if (text.textContent?.trim() && size < 10)
              small.push(`${width}px: "${text.textContent}" ${size.toFixed(1)} px`);
          }
          const legends = [...root.querySelectorAll('.legend')].filter((l) => l.getBoundingClientRect().height > 0);
          expect(legends.length, `${width}px: legends shown`).to.be.at.most(1);
          frame.remove();
        }
        expect(small).to.deep.equal([]);
      });
});
