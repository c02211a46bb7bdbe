import { expect } from '@open-wc/testing';
import { renderHtml } from '../../src/static.js';
import { widgets } from '../../src/widgets/index.js';
import { fetchJson } from '../helpers/browser.js';

type Host = HTMLElement & { state?: string };

/**
 * Server-rendered HTML taken over by the script, watched frame by frame: the markup of
 * every widget of the registry goes in before any tag is defined, a callback checks each
 * host before every frame is painted, then the script is loaded. A single frame without
 * the chart (an emptied shadow root, a loading box, a re-render from nothing) fails.
 */
describe('takeover of server-rendered HTML', () => {
  it("shows the chart in every frame from the server's HTML to ready, for every widget", async () => {
    const box = document.createElement('div');
    box.style.width = '640px';
    document.body.append(box);
    const hosts: Host[] = [];
    for (const widget of widgets) {
      const result = renderHtml(widget.name, await fetchJson(`/examples/data/${widget.samples[0]}.json`), {
        width: 640,
      });
      if (!result.ok) throw new Error(`${widget.name} did not render`);
      const slot = document.createElement('div');
      // setHTMLUnsafe is the only API that parses declarative shadow roots from a string;
      // the markup is our own renderer's output for a sample file.
      (slot as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(result.output);
      box.append(slot);
      hosts.push(slot.firstElementChild as Host);
    }
    expect(hosts.map((h) => customElements.get(h.localName))).to.deep.equal(hosts.map(() => undefined));

    const blank: string[] = [];
    let frames = 0;
    let watching = true;
    const watch = () => {
      frames++;
      for (const host of hosts)
        if (!host.shadowRoot?.querySelector('.chart svg [data-point], .chart svg g'))
          blank.push(`${host.localName} in frame ${frames} (state ${host.state ?? 'undefined'})`);
      if (watching) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);

    await import('../../src/index.js');
    const started = performance.now();
    while (hosts.some((h) => h.state !== 'ready') && performance.now() - started < 8000)
      await new Promise((r) => requestAnimationFrame(r));
    // A few frames more: a late re-render would show here.
    for (let i = 0; i < 5; i++) await new Promise((r) => requestAnimationFrame(r));
    watching = false;

    expect(hosts.map((h) => h.state)).to.deep.equal(hosts.map(() => 'ready'));
    // The watch ran on every frame until the end (a fast machine may be ready in the first).
    expect(frames).to.be.at.least(5);
    expect(blank).to.deep.equal([]);
    box.remove();
  });
});
