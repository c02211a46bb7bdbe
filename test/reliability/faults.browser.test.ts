import { expect } from '@open-wc/testing';
import { clearLoadCache, DEFAULT_MAX_BYTES, loadJson, LoadError } from '../../src/core/load.js';
import { cleanup, plain, shadow } from '../helpers/browser.js';
import { create, host, sleep, until, watchUncaught, type Widget } from './browser.js';
import { widgets } from './widgets.js';

// Loader faults against the fault server (test/reliability/fault-server.mjs, wired into
// web-test-runner.config.mjs): each ends in the error state with its event, or in the
// right data, and never in an unhandled rejection.

let counter = 0;
/** A URL no earlier test has loaded (the loader keeps good documents for the page's life). */
const fresh = (path: string) => `${path}${path.includes('?') ? '&' : '?'}id=${Date.now()}-${++counter}`;
const idOf = (url: string) => new URL(url, location.href).searchParams.get('id')!;

interface ServerLog {
  requests: number;
  aborted: number;
  completed: number;
  cookies: string[];
}
async function serverLog(id: string): Promise<ServerLog> {
  return (await fetch(`/faults/log?id=${encodeURIComponent(id)}`)).json();
}

/** The server's log for a URL once it has seen the client go away (or after 2 s). */
async function abortSeen(url: string): Promise<ServerLog> {
  let log = await serverLog(idOf(url));
  for (let i = 0; i < 40 && !log.aborted; i++) log = await sleep(50).then(() => serverLog(idOf(url)));
  return log;
}

type Outcome = { type: string; detail: { kind?: string; reasons?: { received: string; path: string }[] } };

/** The element with a log of its events, in the page, loading `src`. */
function load(widget: (typeof widgets)[number], src: string): { el: Widget; events: Outcome[] } {
  const el = create(widget);
  const events: Outcome[] = [];
  for (const type of ['capaian-ready', 'capaian-error'])
    el.addEventListener(type, (e) => events.push({ type, detail: (e as CustomEvent).detail }));
  el.src = src;
  host().append(el);
  return { el, events };
}

async function failsWith(widget: (typeof widgets)[number], src: string, received: RegExp): Promise<Widget> {
  const { el, events } = load(widget, src);
  await until(() => events.length > 0);
  expect(events.map((e) => e.type)).to.deep.equal(['capaian-error']);
  expect(events[0]!.detail.kind).to.equal('load');
  expect(events[0]!.detail.reasons![0]!.received).to.match(received);
  expect(el.state).to.equal('error');
  await el.updateComplete;
  expect(shadow(el).querySelector('[role=alert] button')).to.not.equal(null);
  expect(shadow(el).querySelector('svg')).to.equal(null);
  return el;
}

describe('loader faults', function () {
  this.timeout(15_000);
  let uncaught: ReturnType<typeof watchUncaught>;
  let quiet: typeof console.error;

  beforeEach(() => {
    clearLoadCache();
    uncaught = watchUncaught();
    // Each failure is logged on purpose; the events carry what the tests check.
    quiet = console.error;
    console.error = () => {};
  });
  afterEach(async () => {
    await sleep(50);
    console.error = quiet;
    uncaught.stop();
    cleanup();
    expect(uncaught.seen).to.deep.equal([]);
  });

  describe('loadJson', () => {
    it('gives up on a 30-second response after its timeout, and aborts the request', async () => {
      const url = fresh('/faults/slow?ms=30000');
      const started = performance.now();
      const error = await loadJson(url, { timeoutMs: 300 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(performance.now() - started).to.be.within(250, 3000);
      expect(error).to.be.instanceOf(LoadError);
      expect((error as LoadError).reason.expected).to.equal('a response within 0.3 s');
      expect(await abortSeen(url)).to.include({ requests: 1, aborted: 1, completed: 0 });
    });

    it('names CORS as the likely cause when JSON on another origin is refused for want of its headers', async () => {
      // A ministry's static host: another origin, no Access-Control-Allow-Origin.
      const { origin } = (await (await fetch('/faults/dist-origin')).json()) as { origin: string };
      const error = await loadJson(`${origin}/schemas/budget-growth.schema.json`).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(LoadError);
      const { received } = (error as LoadError).reason;
      expect(received).to.contain('a network error');
      expect(received).to.contain(`${origin} is another origin than this page (${location.origin})`);
      expect(received).to.contain('Access-Control-Allow-Origin');
    });

    it('gives up after the documented 10 s when no timeout is given', async function () {
      this.timeout(20_000);
      const url = fresh('/faults/slow?ms=30000');
      const started = performance.now();
      const error = await loadJson(url).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(performance.now() - started).to.be.within(9_500, 14_000);
      expect((error as LoadError).reason.expected).to.equal('a response within 10 s');
      expect(await abortSeen(url)).to.include({ requests: 1, aborted: 1 });
    });

    it('gives up on a body that stalls after its headers, with the timeout as the reason', async () => {
      const error = await loadJson(fresh('/faults/stall-body'), { timeoutMs: 300 }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(LoadError);
      expect((error as LoadError).reason.expected).to.equal('a response within 0.3 s');
    });

    it('reads the size cap from content-length before reading the body', async () => {
      const url = fresh('/faults/big');
      expect((await fetch(url)).headers.get('content-length')).to.equal('1200000');
      const error = (await loadJson(fresh('/faults/big')).catch((e: unknown) => e)) as LoadError;
      expect(error.reason.received).to.equal('1200000 bytes');
      expect(error.reason.expected).to.equal(`at most ${DEFAULT_MAX_BYTES} bytes`);
    });

    it('stops reading a streamed body without content-length once it passes the cap', async () => {
      const probe = await fetch(fresh('/faults/big?stream=1'));
      expect(probe.headers.get('content-length')).to.equal(null);
      await probe.body?.cancel();
      const error = (await loadJson(fresh('/faults/big?stream=1')).catch((e: unknown) => e)) as LoadError;
      expect(error.reason.received).to.equal(`more than ${DEFAULT_MAX_BYTES} bytes`);
    });

    it('one caller giving up does not abort the request another still waits for', async () => {
      const url = fresh('/faults/slow?ms=300&title=Bersama');
      const first = new AbortController();
      const a = loadJson(url, { signal: first.signal }).catch((e: unknown) => e);
      const b = loadJson(url);
      first.abort();
      expect(await a).to.not.have.property('title');
      expect(await b).to.have.property('title', 'Bersama');
      expect((await serverLog(idOf(url))).requests).to.equal(1);
    });
  });

  for (const widget of widgets) {
    describe(`<${widget.tag}>`, () => {
      /** A fresh fault URL whose documents are in this widget's format. */
      const at = (path: string) => fresh(`${path}${path.includes('?') ? '&' : '?'}sample=${widget.samples[0]}`);
      before(() => widget.define());

      it('404 ends in the error state with its event and a retry button', () =>
        failsWith(widget, at('/faults/404'), /^HTTP 404$/));

      it('500 ends in the error state', () => failsWith(widget, at('/faults/500'), /^HTTP 500$/));

      it('HTML instead of JSON ends in the error state, naming the type', () =>
        failsWith(widget, at('/faults/html'), /^content-type text\/html$/));

      it('truncated JSON ends in the error state', () => failsWith(widget, at('/faults/truncated'), /^invalid JSON/));

      it('a response over 1 MB ends in the error state, with and without content-length', async () => {
        await failsWith(widget, at('/faults/big'), /^1200000 bytes$/);
        await failsWith(widget, at('/faults/big?stream=1'), /^more than 1000000 bytes$/);
      });

      it('a response just under the cap is drawn', async () => {
        const { el, events } = load(widget, at('/faults/big?bytes=900000'));
        await until(() => events.length > 0);
        expect(events.map((e) => e.type)).to.deep.equal(['capaian-ready']);
        expect(el.state).to.equal('ready');
      });

      it('a slow response shows the loading state, then the chart', async () => {
        const { el, events } = load(widget, at('/faults/slow?ms=400&title=Lambat'));
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        expect(shadow(el).querySelector('[aria-busy=true]')).to.not.equal(null);
        await until(() => events.length > 0);
        expect(events.map((e) => e.type)).to.deep.equal(['capaian-ready']);
        await el.updateComplete;
        expect(plain(shadow(el).querySelector('#title')?.textContent)).to.equal('Lambat');
      });

      it('a redirect to another host: the data arrives', async () => {
        const { el, events } = load(widget, at(`/faults/redirect?to=host`));
        await until(() => events.length > 0);
        expect(events.map((e) => e.type)).to.deep.equal(['capaian-ready']);
        await el.updateComplete;
        expect(plain(shadow(el).querySelector('#title')?.textContent)).to.equal('Dialihkan');
      });

      it('a redirect to another origin of the same site: the data arrives, the page cookies do not', async () => {
        const { origin } = (await (await fetch('/faults/other-origin')).json()) as { origin: string };
        document.cookie = 'capaian_probe=1; path=/; SameSite=Lax';
        try {
          // The controls: with credentials the cookie does travel there, directly or redirected.
          const control = at('/faults/cors-doc');
          await fetch(`${origin}${control}`, { credentials: 'include' });
          expect((await serverLog(idOf(control))).cookies).to.deep.equal(['capaian_probe=1']);
          const redirected = at('/faults/redirect?to=port');
          await fetch(redirected, { credentials: 'include' });
          expect((await serverLog(idOf(redirected))).cookies).to.deep.equal(['capaian_probe=1']);

          const url = at('/faults/redirect?to=port');
          const { el, events } = load(widget, url);
          await until(() => events.length > 0);
          expect(events.map((e) => e.type)).to.deep.equal(['capaian-ready']);
          await el.updateComplete;
          expect(plain(shadow(el).querySelector('#title')?.textContent)).to.equal('Dialihkan');
          // One log for the redirect on this origin, one for the document on the other.
          expect((await serverLog(idOf(url))).cookies).to.deep.equal(['']);
        } finally {
          document.cookie = 'capaian_probe=; path=/; max-age=0';
        }
      });

      it('src changed in flight: the first request is aborted and never overwrites the second', async () => {
        const first = at('/faults/slow?ms=1200&title=Pertama');
        const second = at('/faults/slow?ms=100&title=Kedua');
        const { el, events } = load(widget, first);
        await sleep(150);
        el.src = second;
        await until(() => events.length > 0);
        await sleep(1300);
        expect(events.map((e) => e.type)).to.deep.equal(['capaian-ready']);
        expect(plain(shadow(el).querySelector('#title')?.textContent)).to.equal('Kedua');
        expect(await serverLog(idOf(first))).to.include({ aborted: 1, completed: 0 });
      });

      it('src changed from a request that will fail: the failure never replaces the chart', async () => {
        const failing = at('/faults/slow?ms=500&status=500');
        const { el, events } = load(widget, failing);
        await sleep(100);
        el.src = at('/faults/doc?title=Baru');
        await until(() => events.length > 0);
        await sleep(600);
        expect(events.map((e) => e.type)).to.deep.equal(['capaian-ready']);
        expect(el.state).to.equal('ready');
      });

      it('removed while loading: the request is aborted, no event, no rejection', async () => {
        const url = at('/faults/slow?ms=800');
        const { el, events } = load(widget, url);
        await sleep(100);
        el.remove();
        expect((await abortSeen(url)).aborted).to.equal(1);
        expect(events).to.deep.equal([]);
      });

      it('the retry button loads again: a URL that fails once, then works', async () => {
        const el = await failsWith(widget, at('/faults/flaky'), /^HTTP 503$/);
        const ready = new Promise((resolve) => el.addEventListener('capaian-ready', resolve, { once: true }));
        shadow(el).querySelector<HTMLButtonElement>('[role=alert] button')!.click();
        await ready;
        await el.updateComplete;
        expect(el.state).to.equal('ready');
        expect(plain(shadow(el).querySelector('#title')?.textContent)).to.equal('Pulih');
      });

      it('a src that is no JSON URL (javascript:, data:text/html, a broken URL) ends in the error state', async () => {
        for (const src of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://[::1']) {
          const { el, events } = load(widget, src);
          await until(() => events.length > 0);
          expect(
            events.map((e) => e.type),
            src,
          ).to.deep.equal(['capaian-error']);
          expect(el.state).to.equal('error');
        }
      });
    });
  }
});
