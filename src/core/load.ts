import type { Reason } from './schema.js';

/** Default cap on a JSON document's size in bytes (1 MB). */
export const DEFAULT_MAX_BYTES = 1_000_000;
/** Default time a request may take before it is abandoned, in ms. */
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface LoadOptions {
  /** Aborts this caller's interest; the shared request stops when no caller is left. */
  signal?: AbortSignal | undefined;
  timeoutMs?: number;
  maxBytes?: number;
}

/** A failed load, with a reason in the same shape as a parse error. */
export class LoadError extends Error {
  constructor(readonly reason: Reason) {
    super(reason.message);
    this.name = 'LoadError';
  }
}

function fail(url: string, expected: string, received: string): LoadError {
  return new LoadError({ path: 'src', expected, received, message: `${url}: expected ${expected}, got ${received}` });
}

const JSON_TYPE = /^(application\/([\w.+-]+\+)?json|text\/json|text\/plain)\b/i;

async function readCapped(response: Response, url: string, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw fail(url, `at most ${maxBytes} bytes`, `${declared} bytes`);
  if (!response.body) return response.text();
  // Counted as it streams: a server that lies about (or omits) its length is cut off at
  // the cap, and the erroring stream cancels the download.
  // Reading reports a stream error, or the timeout's abort, as a generic TypeError: the
  // cap's or the timeout's own reason is kept.
  let size = 0;
  let over: LoadError | undefined;
  const counted = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, out) {
        size += chunk.byteLength;
        if (size <= maxBytes) return out.enqueue(chunk);
        out.error((over = fail(url, `at most ${maxBytes} bytes`, `more than ${maxBytes} bytes`)));
      },
    }),
  );
  try {
    return await new Response(counted).text();
  } catch (error) {
    throw over ?? (signal.reason instanceof LoadError ? signal.reason : error);
  }
}

/**
 * A browser reports a request refused for want of CORS headers as a bare network error,
 * and a webmaster who pasted a URL from another site is most often meeting exactly that:
 * say so when the URL is on another origin.
 */
function corsHint(url: string): string {
  const here = globalThis.location?.origin;
  let there: string | undefined;
  try {
    there = new URL(url, globalThis.location?.href).origin;
  } catch {
    return '';
  }
  if (!here || here === 'null' || there === here) return '';
  return (
    `; ${there} is another origin than this page (${here}): it must send ` +
    `Access-Control-Allow-Origin for the browser to hand the data over (CORS)`
  );
}

async function request(url: string, signal: AbortSignal, maxBytes: number): Promise<unknown> {
  let response: Response;
  try {
    // `same-origin` credentials: cookies go only to the page's own origin, never to a
    // third-party host a document happens to point at (or redirect to).
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason instanceof LoadError ? signal.reason : error;
    throw fail(url, 'a response', `a network error (${(error as Error).message})${corsHint(url)}`);
  }
  if (!response.ok) throw fail(url, 'HTTP 200', `HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (type && !JSON_TYPE.test(type)) throw fail(url, 'a JSON response', `content-type ${type.split(';')[0]}`);
  const body = await readCapped(response, url, maxBytes, signal);
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw fail(url, 'valid JSON', `invalid JSON (${(error as Error).message})`);
  }
}

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const shared = new Map<string, Shared>();

/** Forgets every loaded document, so the next load fetches again. */
export function clearLoadCache(): void {
  shared.clear();
}

/**
 * Fetches a JSON document. Equal URLs share one request and its result for the life
 * of the page, however many widgets ask; a failed request is forgotten so that a
 * retry fetches again.
 */
export function loadJson(src: string, options: LoadOptions = {}): Promise<unknown> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = options;
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.reject(fail(src, 'a valid URL', JSON.stringify(src)));
  }
  const key = `${maxBytes} ${url}`;
  let entry = shared.get(key);
  if (!entry) {
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(fail(url, `a response within ${timeoutMs / 1000} s`, 'no answer in time')),
      timeoutMs,
    );
    const created = { controller, users: 0, settled: false } as Shared;
    created.promise = request(url, controller.signal, maxBytes).finally(() => {
      clearTimeout(timer);
      created.settled = true;
    });
    created.promise.catch(() => {
      if (shared.get(key) === created) shared.delete(key);
    });
    shared.set(key, created);
    entry = created;
  }
  const current = entry;
  current.users++;
  if (!signal) return current.promise;
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      current.users--;
      if (current.users <= 0 && !current.settled) {
        current.controller.abort();
        if (shared.get(key) === current) shared.delete(key);
      }
      reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    current.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
