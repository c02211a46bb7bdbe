// Koa middleware for web-test-runner's dev server: deliberately bad answers under
// /faults/, for the loader fault tests (test/reliability/faults.browser.test.ts).
//
//   Every answer that carries a document takes `sample=<file in examples/data>` (default
//   budget-growth.seed), so that each widget gets one of its own format, and `title=…`.
//
//   /faults/doc?title=…          a valid document
//   /faults/404, /faults/500     HTTP errors
//   /faults/html                 200 text/html (a login page instead of JSON)
//   /faults/truncated            200 application/json, cut off mid-document
//   /faults/slow?ms=…&id=…       answers after `ms` (or the `status` given); notes an abort
//   /faults/stall-body           200 application/json, the first bytes, then nothing for 30 s
//   /faults/big?bytes=…&stream=1 a valid document padded to `bytes` (default 1.2 MB),
//                                with content-length, or streamed without one
//   /faults/redirect?to=…        302 to /faults/cors-doc: `to=host`, on the other host name
//                                (localhost ⇄ 127.0.0.1); `to=port` (default), on a second
//                                server on another port (same site, another origin); `to=same`
//   /faults/cors-doc?id=…        a document any origin may read; notes the Cookie header
//   /faults/other-origin         { origin } of that second server
//   /faults/dist-origin          { origin } of a third server: dist/ as a ministry's static host
//                                serves it, on another origin, with no CORS headers at all
//   /faults/flaky?id=…           503 the first time for an id, the document after
//   /faults/log?id=…             what the server saw for an id: { requests, aborted, cookies }
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Readable } from 'node:stream';

const seen = new Map();

function record(id) {
  if (!seen.has(id)) seen.set(id, { requests: 0, aborted: 0, completed: 0, cookies: [] });
  return seen.get(id);
}

/** A sample document of examples/data, renamed to `title` when one is given. */
function doc(query) {
  const name = /^[\w.-]+$/.test(query.sample ?? '') ? query.sample : 'budget-growth.seed';
  const json = JSON.parse(readFileSync(new URL(`../../examples/data/${name}.json`, import.meta.url), 'utf8'));
  return query.title ? { ...json, title: query.title } : json;
}

function json(ctx, body, status = 200) {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.body = typeof body === 'string' ? body : JSON.stringify(body);
}

/** Waits `ms`, or less if the client goes away; true when it did. */
function wait(ctx, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

function otherHost(host) {
  const [name, port] = host.split(':');
  return `${name === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${port}`;
}

function allowAnyOrigin(ctx) {
  // The exact origin (or "null" after a cross-origin redirect), with credentials allowed,
  // so that the browser would deliver the response either way: the cookie log decides.
  ctx.set('access-control-allow-origin', ctx.get('origin') || '*');
  ctx.set('access-control-allow-credentials', 'true');
  ctx.set('vary', 'origin');
}

/**
 * A second server on a free port: another origin of the same site, to which cookies of
 * the test page's host name would travel if a request carried credentials.
 */
let second;
function secondPort() {
  second ??= new Promise((resolve) => {
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const log = record(url.searchParams.get('id') ?? '');
      log.requests++;
      log.cookies.push(req.headers.cookie ?? '');
      res.writeHead(url.pathname === '/faults/cors-doc' ? 200 : 404, {
        'content-type': 'application/json',
        'access-control-allow-origin': req.headers.origin ?? '*',
        'access-control-allow-credentials': 'true',
        'cache-control': 'no-store',
      });
      res.end(JSON.stringify(doc(Object.fromEntries(url.searchParams))));
    });
    server.listen(0, () => resolve(server.address().port));
    server.unref();
  });
  return second;
}

/** dist/ on its own origin, as a static host without CORS headers serves it (the third server). */
let distHost;
function distPort() {
  distHost ??= new Promise((resolve) => {
    const types = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css' };
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const file = new URL(`../../dist${path}`, import.meta.url);
      if (!/^\/[\w.-]+$/.test(path) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      const type = types[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    });
    server.listen(0, () => resolve(server.address().port));
    server.unref();
  });
  return distHost;
}

export function faultServer() {
  return async function faults(ctx, next) {
    if (!ctx.path.startsWith('/faults/')) return next();
    const q = ctx.query;
    const id = String(q.id ?? '');
    ctx.set('cache-control', 'no-store');
    if (ctx.path === '/faults/log') return json(ctx, seen.get(id) ?? record(id));
    const log = record(id);
    log.requests++;
    switch (ctx.path) {
      case '/faults/doc':
        return json(ctx, doc(q));
      case '/faults/404':
        return json(ctx, { error: 'not found' }, 404);
      case '/faults/500':
        ctx.status = 500;
        ctx.type = 'text/plain';
        ctx.body = 'Internal Server Error';
        return;
      case '/faults/html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Masuk</title><form><input name="password"></form>';
        return;
      case '/faults/truncated':
        return json(ctx, JSON.stringify(doc(q)).slice(0, 45));
      case '/faults/slow': {
        if (await wait(ctx, Number(q.ms ?? 1000))) {
          log.aborted++;
          // The client is gone: answer nothing (and let no "404" be logged for it).
          ctx.status = 204;
          ctx.respond = false;
          return;
        }
        log.completed++;
        return json(ctx, doc(q), Number(q.status ?? 200));
      }
      case '/faults/stall-body': {
        ctx.type = 'application/json';
        ctx.body = Readable.from(
          (async function* () {
            yield Buffer.from('{"title": ');
            await new Promise((resolve) => setTimeout(resolve, 30_000).unref());
          })(),
        );
        return;
      }
      case '/faults/big': {
        const bytes = Number(q.bytes ?? 1_200_000);
        const head = JSON.stringify(doc(q)).slice(0, -1) + ',"padding":"';
        const padding = 'x'.repeat(Math.max(0, bytes - Buffer.byteLength(head) - 2));
        ctx.type = 'application/json';
        if (q.stream) {
          const text = head + padding + '"}';
          ctx.body = Readable.from(
            (function* () {
              for (let i = 0; i < text.length; i += 64_000) yield Buffer.from(text.slice(i, i + 64_000));
            })(),
          );
        } else ctx.body = head + padding + '"}';
        return;
      }
      case '/faults/redirect': {
        let target = `${ctx.hostname}:${await secondPort()}`;
        if (q.to === 'same') target = ctx.host;
        else if (q.to === 'host') target = otherHost(ctx.host);
        ctx.status = 302;
        ctx.set('location', `http://${target}/faults/cors-doc?${new URLSearchParams({ ...q, title: 'Dialihkan' })}`);
        return;
      }
      case '/faults/cors-doc':
        allowAnyOrigin(ctx);
        log.cookies.push(ctx.get('cookie'));
        return json(ctx, doc(q));
      case '/faults/other-origin':
        return json(ctx, { origin: `http://${ctx.hostname}:${await secondPort()}` });
      case '/faults/dist-origin':
        return json(ctx, { origin: `http://${ctx.hostname}:${await distPort()}` });
      case '/faults/flaky':
        return log.requests === 1 ? json(ctx, { error: 'busy' }, 503) : json(ctx, doc({ ...q, title: 'Pulih' }));
      default:
        return json(ctx, { error: `no fault ${ctx.path}` }, 404);
    }
  };
}
