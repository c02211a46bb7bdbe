import { expect } from '@open-wc/testing';
import { until } from '../helpers/browser.js';

/**
 * embed.js on a page whose iframes live on another origin, as on a newsroom's site
 * embedding a ministry's embed.html: the test page is on localhost, and 127.0.0.1
 * (same server, same port) is a different origin to the browser.
 */
const here = location.origin;
const foreign = `http://127.0.0.1:${location.port}`;

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(src));
    document.head.append(script);
  });
}

function embed(src: string, width = 600): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-capaian', '');
  frame.title = 'capaian';
  frame.src = src;
  frame.style.cssText = `width:${width}px;height:150px;border:0`;
  document.body.append(frame);
  return frame;
}

const height = (frame: HTMLIFrameElement) => Math.round(frame.getBoundingClientRect().height);

/** The next message from `frame`'s window whose data passes `match`. */
function messageFrom(frame: HTMLIFrameElement, match: (data: unknown) => boolean): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !match(event.data)) return;
      window.removeEventListener('message', listen);
      resolve(event);
    };
    window.addEventListener('message', listen);
  });
}

const isHeight = (data: unknown) => (data as { capaian?: unknown } | null)?.capaian === 'height';
const isMovedSent = (data: unknown) => (data as { capaian?: unknown } | null)?.capaian === 'moved-sent';

/**
 * An iframe whose `src` is on `srcOrigin` reports 321 px from there, is then moved to
 * `movedTo` and reports 432 px from that origin. Resolves with the origin of that last
 * report once the host has had time to act on it.
 */
async function moveAndReport(
  srcOrigin: string,
  movedTo: string,
): Promise<{ frame: HTMLIFrameElement; origin: string }> {
  const target = `${movedTo}/test/embed/fixtures/moving-embed.html`;
  const frame = embed(`${srcOrigin}/test/embed/fixtures/moving-embed.html?to=${encodeURIComponent(target)}`);
  await until(() => height(frame) === 321, 4000);
  const sent = messageFrom(frame, isMovedSent);
  frame.contentWindow!.postMessage('move', srcOrigin);
  const { data } = await sent;
  await new Promise((r) => setTimeout(r, 100));
  return { frame, origin: (data as { origin: string }).origin };
}

describe('iframe embed across origins', () => {
  before(() => loadScript('/dist/embed.js'));
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('sizes an iframe from another origin to the height its embed.html reports', async () => {
    const data = `${foreign}/examples/data/budget-growth.seed.json`;
    const frame = embed(`${foreign}/dist/embed.html?widget=budget-growth&src=${encodeURIComponent(data)}`, 700);
    // The page cannot look inside a foreign iframe: it listens to what the iframe says.
    let reported = 0;
    let origin = '';
    const listen = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || !isHeight(event.data)) return;
      reported = Math.ceil((event.data as { height: number }).height);
      origin = event.origin;
    };
    window.addEventListener('message', listen);
    try {
      await until(() => reported > 150 && height(frame) === reported, 8000);
    } finally {
      window.removeEventListener('message', listen);
    }
    expect(origin).to.equal(foreign);
  });

  it("takes a height from its own iframe only while that iframe is on its src's origin, not the page's own", async () => {
    const { frame, origin } = await moveAndReport(foreign, here);
    expect(origin).to.equal(here);
    expect(height(frame)).to.equal(321);
  });

  it("ignores a height from its own iframe once moved from the page's origin to another", async () => {
    const { frame, origin } = await moveAndReport(here, foreign);
    expect(origin).to.equal(foreign);
    expect(height(frame)).to.equal(321);
  });

  it("ignores heights forged on the page's own origin for a foreign iframe", async () => {
    const frame = embed(`${foreign}/test/embed/fixtures/moving-embed.html?to=${encodeURIComponent(here)}`);
    await until(() => height(frame) === 321, 4000);
    // From the page's own window, and from another iframe on the page's origin.
    window.postMessage({ capaian: 'height', height: 42 }, '*');
    const forger = document.createElement('iframe');
    forger.srcdoc = '<script>parent.postMessage({ capaian: "height", height: 77 }, "*")</script>';
    const forged = messageFrom(forger, isHeight);
    document.body.append(forger);
    expect((await forged).origin).to.equal(here);
    await new Promise((r) => setTimeout(r, 100));
    expect(height(frame)).to.equal(321);
  });

  it("ignores a height from another window on the iframe's own origin", async () => {
    const frame = embed(`${foreign}/test/embed/fixtures/moving-embed.html?to=${encodeURIComponent(here)}`);
    await until(() => height(frame) === 321, 4000);
    // A second, undeclared iframe from the same foreign origin reports 432 px.
    const other = document.createElement('iframe');
    other.src = `${foreign}/test/embed/fixtures/moving-embed.html`;
    const sent = messageFrom(other, isMovedSent);
    document.body.append(other);
    expect((await sent).origin).to.equal(foreign);
    await new Promise((r) => setTimeout(r, 100));
    expect(height(frame)).to.equal(321);
  });
});
