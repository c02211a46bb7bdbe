import { expect } from '@open-wc/testing';
import { TYPE } from '../../src/core/measure.js';
import { TOKENS } from '../../src/core/styles/tokens.js';
import { until } from '../helpers/browser.js';

// A ministry's own copy of embed.html: dist/embed.html with one line added,
// <meta name="capaian-embed" content="sources=self; inline=no"> (the fixture, checked
// against dist/embed.html below), on this origin.
const OWN = '/test/embed/fixtures/own-data-embed.html';
const FIXTURE_ONLY = [
  '    <meta name="capaian-embed" content="sources=self; inline=no" />\n',
  '    <script src="/test/embed/fixtures/record-console.js"></script>\n',
];
// The same server under another name: another origin, with the same data.
const foreign = `http://127.0.0.1:${location.port}`;
const seed = '/examples/data/budget-growth.seed.json';

type EmbedWindow = Window & { warnings?: string[] };

/** `#1b1b1b` as computed styles write it: `rgb(27, 27, 27)`. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

async function embed(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'capaian';
  frame.style.cssText = 'width:600px;height:400px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return frame;
}

const widget = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('capaian-budget-growth');
const refused = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector<HTMLElement>('[data-refused]');
const warnings = (frame: HTMLIFrameElement) => (frame.contentWindow as EmbedWindow).warnings ?? [];

describe('embed page limited to its own data (self-hosted)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is dist/embed.html with the one meta added', async () => {
    const [built, own] = await Promise.all(['/dist/embed.html', OWN].map(async (path) => (await fetch(path)).text()));
    let stripped = own!;
    for (const line of FIXTURE_ONLY) stripped = stripped.replace(line, '');
    expect(stripped.replaceAll('"/dist/', '"./')).to.equal(built);
  });

  it('refuses src on another origin, says so in Indonesian and logs why', async () => {
    const src = `${foreign}${seed}`;
    const frame = await embed(`${OWN}?widget=budget-growth&src=${encodeURIComponent(src)}`);
    await until(() => refused(frame) !== null, 4000);
    expect(widget(frame)).to.equal(null);
    expect(refused(frame)!.dataset.refused).to.equal('src');
    expect(refused(frame)!.textContent).to.equal(
      'Grafik tidak ditampilkan: halaman ini hanya memuat data dari sumber yang diizinkan pemilik situs.',
    );
    // At the type scale's body size and in the light theme's colours, as a widget's own message.
    const style = frame.contentWindow!.getComputedStyle(refused(frame)!);
    expect([style.fontSize, style.lineHeight]).to.deep.equal([`${TYPE.body.size}px`, `${TYPE.body.line}px`]);
    expect([style.backgroundColor, style.color]).to.deep.equal([rgb(TOKENS.light.background), rgb(TOKENS.light.text)]);
    expect(warnings(frame)).to.deep.equal([
      `capaian embed: src "${src}" refused: ${foreign} is not among the sources this page allows ` +
        `(${location.origin}; <meta name="capaian-embed" content="sources=self; inline=no">)`,
    ]);
  });

  it('refuses a document in #data=, in English when the embed is', async () => {
    const doc = { title: 'Angka karangan', points: [{ year: 2024, amount: 1 }] };
    const frame = await embed(`${OWN}?widget=budget-growth&lang=en#data=${encodeURIComponent(JSON.stringify(doc))}`);
    await until(() => refused(frame) !== null, 4000);
    expect(widget(frame)).to.equal(null);
    expect(refused(frame)!.textContent).to.equal(
      'Chart not shown: this page does not accept data written into the link.',
    );
    expect(frame.contentDocument!.body.textContent).not.to.contain('Angka karangan');
    expect(warnings(frame)[0]).to.contain('#data= refused');
  });

  it('refuses on the dark background, in the dark text, under theme=dark, as a dark widget paints its box', async () => {
    const src = `${foreign}${seed}`;
    const frame = await embed(`${OWN}?widget=budget-growth&theme=dark&src=${encodeURIComponent(src)}`);
    await until(() => refused(frame) !== null, 4000);
    const style = frame.contentWindow!.getComputedStyle(refused(frame)!);
    expect([style.backgroundColor, style.color]).to.deep.equal([rgb(TOKENS.dark.background), rgb(TOKENS.dark.text)]);
  });

  it('draws its own data, by path and by full URL', async () => {
    for (const src of [seed, `${location.origin}${seed}`]) {
      const frame = await embed(`${OWN}?widget=budget-growth&src=${encodeURIComponent(src)}`);
      await until(() => widget(frame)?.getAttribute('state') === 'ready', 8000);
      expect(refused(frame)).to.equal(null);
      expect(warnings(frame)).to.deep.equal([]);
      frame.remove();
    }
  });

  it('stays open without the meta (the public CDN copy)', async () => {
    const frame = await embed(`/dist/embed.html?widget=budget-growth&src=${encodeURIComponent(`${foreign}${seed}`)}`);
    await until(() => widget(frame) !== null, 4000);
    expect(refused(frame)).to.equal(null);
  });
});

describe('embed page naming no widget it knows', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('says the link is wrong in its own words, shows nothing from the URL, and names the widget in the console', async () => {
    const name = 'Rekening Anda diblokir, hubungi 0800';
    const frame = await embed(`${OWN}?widget=${encodeURIComponent(name)}&src=${encodeURIComponent(seed)}`);
    await until(() => refused(frame) !== null, 4000);
    expect(refused(frame)!.dataset.refused).to.equal('widget');
    expect(refused(frame)!.textContent).to.equal(
      'Grafik tidak ditampilkan: tautan ini tidak menyebut jenis grafik yang dikenal.',
    );
    expect(frame.contentDocument!.body.textContent).not.to.contain('Rekening');
    const style = frame.contentWindow!.getComputedStyle(refused(frame)!);
    expect([style.fontSize, style.backgroundColor]).to.deep.equal([
      `${TYPE.body.size}px`,
      rgb(TOKENS.light.background),
    ]);
    expect(warnings(frame)).to.deep.equal([
      `capaian embed: unknown widget "${name}" (known: budget-growth, poverty-trend, audit-streak, stat)`,
    ]);
  });

  it('says so in English, on the dark background, when the link asks for them', async () => {
    const frame = await embed('/dist/embed.html?widget=budget&lang=en&theme=dark');
    await until(() => refused(frame) !== null, 4000);
    expect(refused(frame)!.textContent).to.equal('Chart not shown: this link does not name a known kind of chart.');
    const style = frame.contentWindow!.getComputedStyle(refused(frame)!);
    expect([style.backgroundColor, style.color]).to.deep.equal([rgb(TOKENS.dark.background), rgb(TOKENS.dark.text)]);
  });
});
