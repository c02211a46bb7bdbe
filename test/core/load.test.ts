import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearLoadCache, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, loadJson, LoadError } from '../../src/core/load.js';

// The loader in Node, against a stubbed `fetch` (Node 20 has Response, streams and
// AbortController): the page's base URL, the checks on a response, the size cap, the
// timeout and the sharing of one request per URL. test/reliability/faults.browser.test.ts
// holds the same loader to a real server in a browser.

const PAGE = 'https://data.example.go.id/anggaran/';

interface Call {
  url: string;
  init: RequestInit;
}
let calls: Call[];

/** Answers every request with `answer`, and records it. */
function serve(answer: (url: string, init: RequestInit) => Response | Promise<Response>): void {
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve().then(() => answer(url, init));
  });
}

const json = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  new Response(body, { headers });

/** `{}` after spaces, streamed in chunks of `sizes` bytes, with no content-length unless given. */
function streamed(sizes: number[], headers: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode('{}'.padStart(sizes.reduce((a, b) => a + b)));
  const stream = new ReadableStream<Uint8Array>({
    start(out) {
      let at = 0;
      for (const size of sizes) out.enqueue(bytes.slice(at, (at += size)));
      out.close();
    },
  });
  return new Response(stream, { headers });
}

/** A request that never answers until it is aborted, then rejects as `fetch` does: with the signal's reason. */
const never = (_url: string, init: RequestInit) =>
  new Promise<Response>((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('loaded');
    },
    (error: unknown) => error as LoadError,
  );

beforeEach(() => {
  calls = [];
  clearLoadCache();
  vi.stubGlobal('document', { baseURI: PAGE });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('loadJson: the request', () => {
  it("reads a relative src against the page's base URL, asks for JSON, sends cookies to its origin only", async () => {
    serve(() => json('{"title":"Anggaran"}'));
    expect(await loadJson('data/2025.json')).toEqual({ title: 'Anggaran' });
    expect(calls.map((c) => c.url)).toEqual([`${PAGE}data/2025.json`]);
    expect(calls[0]!.init).toMatchObject({ credentials: 'same-origin', headers: { accept: 'application/json' } });
  });

  it('turns down a src that is no URL, quoting it, without a request', async () => {
    serve(() => json('{}'));
    const error = await failure(loadJson('http://[::1'));
    expect(error).toBeInstanceOf(LoadError);
    expect(error.name).toBe('LoadError');
    expect(error.reason).toEqual({
      path: 'src',
      expected: 'a valid URL',
      received: '"http://[::1"',
      message: 'http://[::1: expected a valid URL, got "http://[::1"',
    });
    expect(error.message).toBe(error.reason.message);
    expect(calls).toEqual([]);
  });
});

describe('loadJson: one request per URL', () => {
  it('shares one request and its result between equal URLs, however written, for the life of the page', async () => {
    serve(() => json('{"n":1}'));
    const [a, b] = await Promise.all([loadJson('data.json'), loadJson(`${PAGE}data.json`)]);
    expect(a).toBe(b);
    expect(await loadJson('./data.json')).toBe(a);
    expect(calls).toHaveLength(1);
  });

  it('asks again under another size cap, and after the cache is cleared', async () => {
    serve(() => json('{}'));
    await loadJson('data.json');
    await loadJson('data.json', { maxBytes: 10 });
    expect(calls).toHaveLength(2);
    clearLoadCache();
    await loadJson('data.json');
    expect(calls).toHaveLength(3);
  });

  it('forgets a failed request, so that a retry asks again', async () => {
    let status = 500;
    serve(() => new Response('{}', { status }));
    expect((await failure(loadJson('data.json'))).reason.received).toBe('HTTP 500');
    status = 200;
    expect(await loadJson('data.json')).toEqual({});
    expect(calls).toHaveLength(2);
  });

  it('forgets only its own failed request, not a newer one for the same URL', async () => {
    const answers: ((r: Response) => void)[] = [];
    serve(() => new Promise<Response>((resolve) => answers.push(resolve)));
    const old = failure(loadJson('data.json'));
    await Promise.resolve();
    clearLoadCache();
    const newer = loadJson('data.json');
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[0]!(new Response('', { status: 404 }));
    await old;
    const third = loadJson('data.json');
    answers[1]!(json('{"fresh":true}'));
    expect(await newer).toEqual({ fresh: true });
    expect(await third).toBe(await newer);
    expect(calls).toHaveLength(2);
  });
});

describe('loadJson: the response', () => {
  it('turns down an HTTP error with its status', async () => {
    serve(() => new Response('{}', { status: 404 }));
    expect((await failure(loadJson('data.json'))).reason).toEqual({
      path: 'src',
      expected: 'HTTP 200',
      received: 'HTTP 404',
      message: `${PAGE}data.json: expected HTTP 200, got HTTP 404`,
    });
  });

  it('takes JSON, +json, text/json and text/plain in any case, with parameters, or no type at all', async () => {
    const types = [
      'application/json; charset=utf-8',
      'Application/JSON',
      'application/vnd.capaian+json',
      'application/ld+json',
      'text/json',
      'text/plain; charset=utf-8',
    ];
    for (const type of types) {
      clearLoadCache();
      serve(() => json('{"ok":1}', { 'content-type': type }));
      expect(await loadJson('data.json'), type).toEqual({ ok: 1 });
    }
    clearLoadCache();
    serve(() => new Response(new TextEncoder().encode('{"ok":1}')));
    expect(await loadJson('data.json')).toEqual({ ok: 1 });
  });

  it('turns down any other type, naming it without its parameters', async () => {
    for (const type of [
      'text/html; charset=utf-8',
      'application/jsonp',
      'text/plainx',
      'image/json',
      'x-application/json',
    ]) {
      clearLoadCache();
      serve(() => json('{}', { 'content-type': type }));
      const { reason } = await failure(loadJson('data.json'));
      expect(reason.expected, type).toBe('a JSON response');
      expect(reason.received, type).toBe(`content-type ${type.split(';')[0]}`);
    }
  });

  it('turns down invalid JSON, and an empty body, with the parser’s words', async () => {
    serve(() => json('{"title":'));
    const { reason } = await failure(loadJson('data.json'));
    expect(reason.expected).toBe('valid JSON');
    expect(reason.received).toMatch(/^invalid JSON \(.+\)$/);
    clearLoadCache();
    serve(() => new Response(null));
    expect((await failure(loadJson('data.json'))).reason.expected).toBe('valid JSON');
  });
});

describe('loadJson: the size cap', () => {
  it('is 1 MB unless given', () => {
    expect(DEFAULT_MAX_BYTES).toBe(1_000_000);
  });

  it('turns down a declared content-length over the cap before reading the body', async () => {
    let read = false;
    serve(
      () =>
        new Response(
          new ReadableStream(
            {
              pull(out) {
                read = true;
                out.enqueue(new Uint8Array(1_000_001));
                out.close();
              },
            },
            { highWaterMark: 0 },
          ),
          {
            headers: { 'content-length': '1000001' },
          },
        ),
    );
    const { reason } = await failure(loadJson('data.json'));
    expect(reason).toMatchObject({ expected: 'at most 1000000 bytes', received: '1000001 bytes' });
    expect(read).toBe(false);
  });

  it('takes a body of exactly the cap, declared or not', async () => {
    serve(() => json('{}'.padStart(10), { 'content-length': '10' }));
    expect(await loadJson('a.json', { maxBytes: 10 })).toEqual({});
    serve(() => streamed([4, 6]));
    expect(await loadJson('b.json', { maxBytes: 10 })).toEqual({});
  });

  it('counts a body without content-length as it streams and stops a byte past the cap', async () => {
    serve(() => streamed([4, 7]));
    expect((await failure(loadJson('a.json', { maxBytes: 10 }))).reason).toMatchObject({
      expected: 'at most 10 bytes',
      received: 'more than 10 bytes',
    });
    serve(() => streamed([11]));
    expect((await failure(loadJson('b.json', { maxBytes: 10 }))).reason.received).toBe('more than 10 bytes');
  });

  it('counts a body that declares less than it sends', async () => {
    serve(() => streamed([6, 6], { 'content-length': '5' }));
    expect((await failure(loadJson('a.json', { maxBytes: 10 }))).reason.received).toBe('more than 10 bytes');
  });
});

describe('loadJson: the timeout', () => {
  it('is 10 s unless given, and aborts the request then', async () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(10_000);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    serve(never);
    const result = failure(loadJson('data.json'));
    await vi.advanceTimersByTimeAsync(9_999);
    expect(calls[0]!.init.signal!.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls[0]!.init.signal!.aborted).toBe(true);
    expect((await result).reason).toMatchObject({
      expected: 'a response within 10 s',
      received: 'no answer in time',
      message: `${PAGE}data.json: expected a response within 10 s, got no answer in time`,
    });
  });

  it('gives up after the time it is given', async () => {
    serve(never);
    const { reason } = await failure(loadJson('data.json', { timeoutMs: 20 }));
    expect(reason.expected).toBe('a response within 0.02 s');
  });

  it('keeps the timeout as the reason when the body stalls after the headers', async () => {
    serve(
      (_url, init) =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(out) {
              out.enqueue(new TextEncoder().encode('{"title":'));
              init.signal!.addEventListener('abort', () => out.error(new TypeError('terminated')));
            },
          }),
        ),
    );
    const error = await failure(loadJson('data.json', { timeoutMs: 20 }));
    expect(error).toBeInstanceOf(LoadError);
    expect(error.reason.expected).toBe('a response within 0.02 s');
  });

  it('stops its clock once the response has come', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    serve(() => json('{}'));
    await loadJson('data.json');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('reports a stream that fails for another reason as it is, not as a timeout', async () => {
    const broken = new TypeError('connection reset');
    serve(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull: (out) => out.error(broken),
          }),
        ),
    );
    expect(await failure(loadJson('data.json'))).toBe(broken);
  });
});

describe('loadJson: a network error', () => {
  it('names the error, and CORS when the URL is on another origin than the page', async () => {
    vi.stubGlobal('location', { origin: 'https://data.example.go.id', href: PAGE });
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    const { reason } = await failure(loadJson('https://kemenkeu.example.org/apbn.json'));
    expect(reason.expected).toBe('a response');
    expect(reason.received).toBe(
      'a network error (Failed to fetch); https://kemenkeu.example.org is another origin than this page ' +
        '(https://data.example.go.id): it must send Access-Control-Allow-Origin for the browser to hand the ' +
        'data over (CORS)',
    );
  });

  it('names no CORS on the same origin, on an opaque origin or without a page', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('location', { origin: 'https://data.example.go.id', href: PAGE });
    expect((await failure(loadJson('data.json'))).reason.received).toBe('a network error (Failed to fetch)');
    vi.stubGlobal('location', { origin: 'null', href: 'about:blank' });
    expect((await failure(loadJson('https://kemenkeu.example.org/a.json'))).reason.received).toBe(
      'a network error (Failed to fetch)',
    );
    vi.stubGlobal('location', undefined);
    expect((await failure(loadJson('https://kemenkeu.example.org/b.json'))).reason.received).toBe(
      'a network error (Failed to fetch)',
    );
  });
  it("names no CORS when the page's own address is no URL (a page object outside a browser)", async () => {
    serve(() => Promise.reject(new TypeError('fetch failed')));
    vi.stubGlobal('location', { origin: 'https://data.example.go.id', href: 'not a url' });
    expect((await failure(loadJson('https://kemenkeu.example.org/a.json'))).reason.received).toBe(
      'a network error (fetch failed)',
    );
  });
});

describe('loadJson: callers that give up', () => {
  it('rejects one caller with its own reason, and the request goes on for another', async () => {
    let answer!: (r: Response) => void;
    serve(() => new Promise<Response>((resolve) => (answer = resolve)));
    const first = new AbortController();
    const a = failure(loadJson('data.json', { signal: first.signal }));
    const b = loadJson('data.json');
    first.abort('gone');
    expect(await a).toBe('gone');
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]!.init.signal!.aborted).toBe(false);
    answer(json('{"title":"Bersama"}'));
    expect(await b).toEqual({ title: 'Bersama' });
  });

  it('gives a caller the result when it does not give up', async () => {
    serve(() => json('{"n":2}'));
    expect(await loadJson('data.json', { signal: new AbortController().signal })).toEqual({ n: 2 });
  });

  it('aborts the request when the last caller gives up, and forgets it', async () => {
    serve(never);
    const one = new AbortController();
    const two = new AbortController();
    const a = failure(loadJson('data.json', { signal: one.signal }));
    const b = failure(loadJson('data.json', { signal: two.signal }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    one.abort('one');
    await a;
    expect(calls[0]!.init.signal!.aborted).toBe(false);
    two.abort('two');
    expect(await b).toBe('two');
    expect(calls[0]!.init.signal!.aborted).toBe(true);
    serve(() => json('{}'));
    expect(await loadJson('data.json')).toEqual({});
    expect(calls).toHaveLength(2);
  });

  it('rejects at once a caller whose signal has already aborted', async () => {
    serve(never);
    const gone = AbortSignal.abort('already');
    expect(await failure(loadJson('data.json', { signal: gone }))).toBe('already');
  });

  it('forgets only its own abandoned request, not a newer one for the same URL', async () => {
    serve(never);
    const caller = new AbortController();
    const old = failure(loadJson('data.json', { signal: caller.signal, timeoutMs: 50 }));
    clearLoadCache();
    const newer = failure(loadJson('data.json', { timeoutMs: 50 }));
    caller.abort('gone');
    expect(await old).toBe('gone');
    expect(calls[0]!.init.signal!.aborted).toBe(true);
    const third = failure(loadJson('data.json', { timeoutMs: 50 }));
    expect(await third).toBe(await newer);
    expect(calls).toHaveLength(2);
  });

  it("lets go of the caller's signal once settled, so a page's long-lived signal gathers nothing", async () => {
    serve(() => json('{}'));
    const page = new AbortController();
    await loadJson('a.json', { signal: page.signal });
    serve(() => new Response('', { status: 404 }));
    await failure(loadJson('b.json', { signal: page.signal }));
    await Promise.resolve();
    expect(getEventListeners(page.signal, 'abort')).toHaveLength(0);
  });

  it('keeps a document that has come when its only caller gives up afterwards', async () => {
    serve(() => json('{"kept":true}'));
    const caller = new AbortController();
    expect(await loadJson('data.json', { signal: caller.signal })).toEqual({ kept: true });
    caller.abort();
    expect(await loadJson('data.json')).toEqual({ kept: true });
    expect(calls).toHaveLength(1);
  });
});
