// The client suite, run by the tarball test (scripts/pack-test.mjs) in the app it installed
// the tarball into, after the client check: test/clients' React, Vue and Svelte apps, built
// with `vite build` as their users build them, served and opened in Chromium. The React
// app is rendered on the server first (`vite build --ssr`) and hydrated. In each app, every
// widget must reach `ready`; the framework's own handler must see each `capaian-ready`;
// the inline `data` objects, made anew on every render that the handler causes, must give
// one event per real change (no loop); switching language and theme must redraw every
// widget; and the console must stay free of errors.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

/**
 * The apps, by folder of test/clients: the tags each shows, and the counters it prints of
 * the `capaian-ready` events its handlers received (`#readies`: the featured widget's,
 * whose title `#change` changes; `#raw-readies`: the React app's two raw tags).
 */
const APPS = [
  { name: 'react', title: 'Anggaran Kemensos 2018–2020', widgets: 6, counters: { readies: 1, 'raw-readies': 2 } },
  { name: 'vue', title: 'Angka kemiskinan 2018–2019', widgets: 4, counters: { readies: 1 } },
  { name: 'svelte', title: 'Opini BPK 2016–2018', widgets: 4, counters: { readies: 1 } },
];

/** The frame's words for "show the table", by language: what tells a redraw in the other language. */
const SHOW_TABLE = { id: 'Lihat data dalam tabel', en: 'Show the data as a table' };
/** The host's background per theme (`--_background`), as getComputedStyle gives it. */
const BACKGROUND = { light: 'rgb(255, 255, 255)', dark: 'rgb(20, 20, 20)' };
/** Time for a loop to show itself: events that keep coming after a change. */
const SETTLE_MS = 600;

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Builds every app; the React app's server entry too, whose HTML goes into its page. */
function build(app) {
  const vite = join(app, 'node_modules/.bin/vite');
  for (const { name } of APPS) run(vite, ['build', '--base', './', '--logLevel', 'error'], join(app, 'clients', name));
  const react = join(app, 'clients/react');
  run(vite, ['build', '--ssr', 'server.tsx', '--outDir', 'dist-server', '--logLevel', 'error'], react);
  // In a process of its own, as a server runs it: Lit's Node build, no browser globals.
  const html = run(
    'node',
    ['--input-type=module', '-e', "process.stdout.write((await import('./dist-server/server.js')).render())"],
    react,
  );
  if (!html.includes('<capaian-budget-growth')) throw new Error(`React: the server render has no widget:\n${html}`);
  const page = join(react, 'dist/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('<!--server-->', html));
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** A static server of `root` on a free port; resolves to its base URL and a close function. */
function serve(root) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    try {
      const body = readFileSync(join(root, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => server.close() }),
    ),
  );
}

/** Every widget of the page as the reader sees it: its state, its words and its background. */
function widgetsOf(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('capaian-'))
      .map((el) => ({
        tag: el.localName,
        inMain: Boolean(el.closest('main')),
        state: el.getAttribute('state'),
        text: el.shadowRoot?.textContent ?? '',
        title: el.shadowRoot?.querySelector('.title')?.textContent?.trim(),
        background: getComputedStyle(el).backgroundColor,
      })),
  );
}

/** The counters the app prints, by id. */
function countersOf(page, counters) {
  return page.evaluate(
    (ids) => Object.fromEntries(ids.map((id) => [id, Number(document.getElementById(id)?.textContent)])),
    Object.keys(counters),
  );
}

/** Waits until `check` holds of the page's widgets, else fails saying `what` and showing them. */
async function until(page, what, check, timeout = 10_000) {
  const start = Date.now();
  for (;;) {
    const widgets = await widgetsOf(page);
    if (check(widgets)) return widgets;
    if (Date.now() - start > timeout) {
      const shown = widgets.map((w) => `${w.tag}: ${w.state}, ${w.background}, "${w.text.slice(0, 80)}…"`);
      throw new Error(`${what}: not in ${timeout} ms\n  ${shown.join('\n  ')}`);
    }
    await page.waitForTimeout(50);
  }
}

/** What one app must do in Chromium; returns what it measured, for the report line. */
async function checkApp(browser, url, { name, title, widgets: count, counters }) {
  const page = await browser.newPage({ viewport: { width: 900, height: 4000 } });
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
  const fail = (message) => {
    throw new Error(`${name}: ${message}${errors.length ? `\nconsole errors:\n  ${errors.join('\n  ')}` : ''}`);
  };
  const expectCounters = async (expected, after) => {
    await page.waitForTimeout(SETTLE_MS);
    const got = await countersOf(page, expected);
    for (const [id, n] of Object.entries(expected))
      if (got[id] !== n) fail(`#${id} counted ${got[id]} capaian-ready events ${after}, expected ${n}`);
  };
  // A page that loops never reaches `load`: fail in good time, saying so.
  page.setDefaultTimeout(15_000);
  try {
    const started = Date.now();
    await page.goto(`${url}/${name}/dist/index.html`);
    await until(page, `${count} widgets ready`, (ws) => ws.length === count && ws.every((w) => w.state === 'ready'));
    const readyMs = Date.now() - started;
    await expectCounters(counters, 'when first drawn');

    await page.click('#change');
    await until(page, `the featured widget titled "${title}"`, (ws) => ws.some((w) => w.title === title));
    await expectCounters({ ...counters, readies: counters.readies + 1 }, 'after one change of the document');

    // The switches are the app's own (its <main>, one of each widget); the React app's raw
    // tags, rendered apart, keep their language and theme.
    const switched = (ws) => ws.filter((w) => w.inMain);
    const first = switched(await widgetsOf(page));
    if (first.length !== 4 || !first.every((w) => w.text.includes(SHOW_TABLE.id)))
      fail(`the 4 widgets of <main> are not all drawn in Indonesian: ${first.map((w) => w.tag).join(', ')}`);
    await page.click('#lang');
    await until(page, 'English everywhere after switching the language', (ws) =>
      switched(ws).every((w) => !w.text.includes(SHOW_TABLE.id) && w.text.includes(SHOW_TABLE.en)),
    );
    await page.click('#theme');
    await until(page, 'the dark theme everywhere after switching the theme', (ws) =>
      switched(ws).every((w) => w.background === BACKGROUND.dark),
    );
    await expectCounters({ ...counters, readies: counters.readies + 1 }, 'after switching language and theme');
    if (errors.length) fail('the console shows errors');
    return `${name}: ${count} widgets ready ${readyMs} ms after opening`;
  } finally {
    await page.close();
  }
}

/** Builds and runs every app in `app` (where the tarball, Vite and the frameworks are installed); throws on a failure. */
export async function runClientApps(app) {
  let started = Date.now();
  build(app);
  const lines = [`built in ${((Date.now() - started) / 1000).toFixed(1)} s`];
  started = Date.now();
  const server = await serve(join(app, 'clients'));
  const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
  try {
    for (const client of APPS) lines.push(await checkApp(browser, server.url, client));
  } finally {
    await browser.close();
    server.close();
  }
  lines.push(`run in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return lines;
}
