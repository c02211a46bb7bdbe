/**
 * capaian/react in React 19: rendered on the client (createRoot) with inline `data={{…}}`
 * and an `onReady` that sets state, and rendered by react-dom/server in Node, then
 * hydrated here (hydrateRoot), as Next.js does.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { createElement as h, useState } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import type { CapaianElement } from '../src/core/element.js';
import { BudgetGrowth } from '../src/react.js';
import { widgets } from '../src/widgets/index.js';
import { cleanup, fetchJson, plain, shadow } from './helpers/browser.js';
import { componentOf, Page, type PageProps } from './react/page.js';

type Widget = CapaianElement<never, never>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check` holds, failing after `timeout` ms. */
async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`${what}: not in ${timeout} ms`);
    await sleep(10);
  }
}

/** The first sample of every widget of the registry, by widget name. */
async function firstSamples(): Promise<Record<string, { title: string }>> {
  const docs: Record<string, { title: string }> = {};
  for (const widget of widgets)
    docs[widget.name] = (await fetchJson(`/examples/data/${widget.samples[0]}.json`)) as { title: string };
  return docs;
}

/** A container in the page, 640 px wide, for a React root. */
function container(): HTMLElement {
  const host = document.createElement('div');
  host.style.width = '640px';
  document.body.append(host);
  return host;
}

describe('capaian/react', () => {
  let docs: Record<string, { title: string }>;
  let root: Root | undefined;
  before(async () => {
    docs = await firstSamples();
  });
  afterEach(() => {
    root?.unmount();
    root = undefined;
    cleanup();
  });

  describe('on the client (createRoot)', () => {
    for (const widget of widgets) {
      it(`${widget.name}: inline data={{…}} and an onReady that sets state give one capaian-ready per real change`, async () => {
        const Widget = componentOf(widget.name);
        const doc = docs[widget.name]!;
        const counts = { readies: 0, renders: 0 };
        let shown = 0;
        function App({ title }: { title: string }) {
          const [readyCount, setReadyCount] = useState(0);
          counts.renders++;
          shown = readyCount;
          // A fresh object on every render, as an inline `data={{ ...doc, title }}` is.
          return h(Widget, {
            data: { ...doc, title },
            onReady: (event: CustomEvent<{ empty: boolean }>) => {
              expect(event.detail.empty).to.equal(false);
              counts.readies++;
              setReadyCount((n) => n + 1);
            },
          });
        }
        root = createRoot(container());
        root.render(h(App, { title: 'Yang pertama' }));
        await until(() => counts.readies > 0, 'first capaian-ready');
        await sleep(400);
        expect(counts.readies, 'events for the first document').to.equal(1);
        expect(shown, 'the state set by onReady').to.equal(1);
        expect(counts.renders, 'renders: the first, and the one onReady caused').to.be.at.most(3);

        root.render(h(App, { title: 'Yang kedua' }));
        await until(() => counts.readies > 1, 'capaian-ready for the changed document');
        await sleep(400);
        expect(counts.readies, 'events after one real change').to.equal(2);
        const el = document.querySelector<Widget>(widget.tag)!;
        expect(el.state).to.equal('ready');
        expect(plain(shadow(el).querySelector('.title')?.textContent)).to.equal('Yang kedua');
      });
    }

    it('types onReady and onError with the events’ details, and reports an invalid document through onError', async () => {
      const errors: string[] = [];
      root = createRoot(container());
      root.render(
        h(BudgetGrowth, {
          data: { title: 'Rusak', points: 'bukan daftar' } as never,
          onReady: (event) => errors.push(`ready ${event.detail.empty}`),
          onError: (event) => errors.push(`${event.detail.kind} ${event.detail.reasons[0]?.path}`),
        }),
      );
      await until(() => errors.length > 0, 'capaian-error');
      await sleep(200);
      expect(errors).to.deep.equal(['parse $.points']);
    });
  });

  describe('rendered on the server, hydrated in the browser (hydrateRoot)', () => {
    it('hands every widget its data on hydration: each ready once, no hydration error', async () => {
      const page = widgets.map((w): [string, unknown] => [w.name, docs[w.name]]);
      const html = await executeServerCommand<string, PageProps>('react-ssr', { docs: page });
      expect(html).to.contain('<capaian-budget-growth');
      // The server wrote the tags without their documents: a property is no markup.
      expect(html).not.to.contain(docs['budget-growth']!.title);

      const host = container();
      // Test fixture: the HTML our own server render wrote, as a Next.js page would arrive.
      host.innerHTML = html;
      const readies: string[] = [];
      const recoverable: unknown[] = [];
      root = hydrateRoot(host, h(Page, { docs: page, onReady: (name) => readies.push(name) }), {
        onRecoverableError: (error) => recoverable.push(error),
      });
      for (const widget of widgets) {
        const el = host.querySelector<Widget>(widget.tag)!;
        // A widget draws when it comes near the viewport; the loading boxes are as tall as
        // the figures will be, so the last ones start more than a screen down.
        el.scrollIntoView();
        await until(() => el.state === 'ready', `${widget.tag} ready after hydration`);
        expect(el.data, widget.tag).to.deep.equal(docs[widget.name]);
      }
      await sleep(300);
      expect(readies.sort()).to.deep.equal(widgets.map((w) => w.name).sort());
      expect(recoverable).to.deep.equal([]);
    });

    it('is needed: the bare tags, hydrated the same way, never get their data (React sets no property on hydration)', async () => {
      const bare: PageProps['docs'] = [['budget-growth', docs['budget-growth']]];
      const html = await executeServerCommand<string, PageProps>('react-ssr', { docs: bare, bareTags: true });
      const host = container();
      host.innerHTML = html;
      root = hydrateRoot(host, h(Page, { docs: bare, bareTags: true }));
      await sleep(500);
      const el = host.querySelector<Widget>('capaian-budget-growth')!;
      expect(el.data).to.equal(undefined);
      expect(el.state).to.equal('loading');
    });
  });
});
