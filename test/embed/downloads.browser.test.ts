import { expect } from '@open-wc/testing';
import '../../src/widgets/budget-growth/budget-growth.js';
import { cleanup, mount, plain, settled, shadow } from '../helpers/browser.js';

type El = HTMLElement & { state: string; updateComplete: Promise<boolean> };
const SEED = '/examples/data/budget-growth.seed.json';

/** Captures the next download (an anchor click with a blob URL) instead of saving it. */
function nextDownload(): Promise<{ name: string; blob: Blob }> {
  const original = HTMLAnchorElement.prototype.click;
  return new Promise((resolve) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      HTMLAnchorElement.prototype.click = original;
      const name = this.download;
      void fetch(this.href)
        .then((r) => r.blob())
        .then((blob) => resolve({ name, blob }));
    };
  });
}

describe('downloads', () => {
  afterEach(cleanup);

  it('offers SVG, PNG and CSV by default, and none with no-download', async () => {
    const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
    expect([...shadow(el).querySelectorAll('[data-action]')].map((b) => b.textContent?.trim())).to.deep.equal([
      'SVG',
      'PNG',
      'CSV',
    ]);
    const off = await settled(mount<El>(`<capaian-budget-growth no-download src="${SEED}"></capaian-budget-growth>`));
    expect(shadow(off).querySelector('.downloads')).to.equal(null);
  });

  it('saves the figure as SVG named after the title', async () => {
    const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
    const saved = nextDownload();
    shadow(el).querySelector<HTMLButtonElement>('[data-action="svg"]')!.click();
    const { name, blob } = await saved;
    expect(name).to.equal('anggaran-kemensos-terus-naik.svg');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(plain(doc.querySelector('desc')?.textContent)).to.contain('Rp 22,4 T');
  });

  it('saves a PNG at twice the size', async () => {
    const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`, 500));
    const saved = nextDownload();
    shadow(el).querySelector<HTMLButtonElement>('[data-action="png"]')!.click();
    const { name, blob } = await saved;
    expect(name).to.equal('anggaran-kemensos-terus-naik.png');
    expect(blob.type).to.equal('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).to.equal((500 + 32) * 2);
  });

  it('saves the raw data as CSV', async () => {
    const el = await settled(mount<El>(`<capaian-budget-growth src="${SEED}"></capaian-budget-growth>`));
    const saved = nextDownload();
    shadow(el).querySelector<HTMLButtonElement>('[data-action="csv"]')!.click();
    const { name, blob } = await saved;
    expect(name).to.equal('anggaran-kemensos-terus-naik.csv');
    const text = (await blob.text()).replace(/^\ufeff/, '');
    expect(text.split('\r\n').slice(0, 2)).to.deep.equal([
      'year,amount,realized,status,note',
      '2015,22400000000000,,final,',
    ]);
  });
});
