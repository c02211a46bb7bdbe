import { expect } from '@open-wc/testing';
import { until } from '../helpers/browser.js';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(src));
    document.head.append(script);
  });
}

function embed(query: string, width: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-capaian', '');
  frame.title = 'capaian';
  frame.src = `/dist/embed.html?${query}`;
  frame.style.cssText = `width:${width}px;height:150px;border:0`;
  document.body.append(frame);
  return frame;
}

const contentHeight = (frame: HTMLIFrameElement) =>
  Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
const height = (frame: HTMLIFrameElement) => Math.round(frame.getBoundingClientRect().height);
const ready = (frame: HTMLIFrameElement) =>
  frame.contentDocument?.querySelector('capaian-budget-growth')?.getAttribute('state') === 'ready';

/** Waits until the widget inside is drawn and the iframe has taken its content's height. */
const fitted = (frame: HTMLIFrameElement) => until(() => ready(frame) && height(frame) === contentHeight(frame), 8000);

describe('iframe embed', () => {
  before(() => loadScript('/dist/embed.js'));
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('sizes several iframes each to its own content', async () => {
    const a = embed('widget=budget-growth&src=/examples/data/budget-growth.seed.json', 700);
    const b = embed('widget=budget-growth&src=/examples/data/budget-growth.extended.json&lang=en', 320);
    await fitted(a);
    await fitted(b);
    expect(height(a)).to.not.equal(height(b));
  });

  it('follows its content when it grows and when it shrinks', async () => {
    const frame = embed('widget=budget-growth&src=/examples/data/budget-growth.seed.json', 900);
    await fitted(frame);
    const wide = height(frame);
    frame.style.width = '300px';
    await until(() => height(frame) === contentHeight(frame) && height(frame) > wide, 4000);
    frame.style.width = '900px';
    await until(() => height(frame) === wide, 4000);
  });

  it('draws a widget from JSON in the fragment', async () => {
    const doc = { title: 'Dari fragmen', points: [{ year: 2024, amount: 79.21e12 }] };
    const frame = embed(`widget=budget-growth#data=${encodeURIComponent(JSON.stringify(doc))}`, 500);
    await until(
      () => frame.contentDocument?.querySelector('capaian-budget-growth')?.getAttribute('state') === 'ready',
      8000,
    );
    const title = frame.contentDocument!.querySelector('capaian-budget-growth')!.shadowRoot!.querySelector('#title');
    expect(title?.textContent).to.equal('Dari fragmen');
  });

  it('ignores height messages from any window other than the iframe itself', async () => {
    const frame = embed('widget=budget-growth&src=/examples/data/budget-growth.seed.json', 600);
    await fitted(frame);
    const before = height(frame);
    window.postMessage({ capaian: 'height', height: 42 }, '*');
    const other = document.createElement('iframe');
    other.srcdoc = '<script>parent.postMessage({ capaian: "height", height: 77 }, "*")</script>';
    document.body.append(other);
    await new Promise((r) => setTimeout(r, 300));
    expect(height(frame)).to.equal(before);
  });

  it('ignores a message from its own iframe that carries anything but a sane height', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('data-capaian', '');
    frame.style.cssText = 'width:400px;height:150px;border:0';
    const sent = new Promise((resolve) =>
      window.addEventListener(
        'message',
        (e) => e.data?.capaian === 'bad-messages-sent' && resolve(e.source === frame.contentWindow),
      ),
    );
    frame.src = '/test/embed/fixtures/bad-embed.html';
    document.body.append(frame);
    expect(await sent).to.equal(true);
    await new Promise((r) => setTimeout(r, 100));
    expect(height(frame)).to.equal(150);
    expect(location.pathname).to.not.contain('evil');
  });
});
