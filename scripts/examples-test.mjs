// The pages a newcomer opens after `npm start`, opened the same way: the same dev server
// (vite.config.ts), every page under examples/ and every dist/ page the gallery links to,
// in Chromium, and the article's layout shift. A page fails on an uncaught error, a console error or warning, a failed
// request, or a widget that does not reach its intended state (`ready`, or the state
// named by a `data-expect` attribute) once scrolled into view. Needs `npm run build` first.
import { readdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { builderChecks } from './builder-checks.mjs';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';
import { layoutShiftChecks } from './layout-shift-checks.mjs';

const root = new URL('..', import.meta.url).pathname;
const examples = new URL('../examples/', import.meta.url);

/** Every page: examples/*.html, examples/hostile/*.html, and the dist/ pages the gallery links to. */
function pages() {
  const html = (dir) =>
    readdirSync(new URL(dir, examples))
      .filter((f) => f.endsWith('.html'))
      .map((f) => `/examples/${dir}${f}`);
  const gallery = readFileSync(new URL('index.html', examples), 'utf8');
  const linked = [...gallery.matchAll(/href="(\/dist\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  return [...html(''), ...html('hostile/'), ...linked];
}

const server = await createServer({
  root,
  configFile: `${root}vite.config.ts`,
  logLevel: 'error',
  server: { port: 0 },
});
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
let failures = 0;
let passed = 0;

/** In the page: each capaian-* element (in the document and in open shadow roots), scrolled to until it settles. */
async function widgetStates(page) {
  return page.evaluate(async () => {
    const find = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('capaian-'));
    // A module with top-level await may add its widgets after the load event.
    for (const started = performance.now(); !find().length && performance.now() - started < 3000;)
      await new Promise((r) => setTimeout(r, 50));
    const all = find();
    const out = [];
    for (const el of all) {
      el.scrollIntoView({ block: 'center' });
      const expected = el.getAttribute('data-expect') ?? 'ready';
      const started = performance.now();
      while (el.getAttribute('state') !== expected && performance.now() - started < 8000)
        await new Promise((r) => setTimeout(r, 50));
      out.push({ tag: el.localName, id: el.id, expected, state: el.getAttribute('state') });
    }
    window.scrollTo(0, 0);
    return out;
  });
}

// `--builder`: only the embed builder's interactions (below), while working on the builder.
const onlyBuilder = process.argv.includes('--builder');
for (const path of onlyBuilder ? [] : pages()) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    // Pages that import the sources get Lit's development build from the dev server, and its notice.
    if (/Lit is in dev mode/.test(msg.text())) return;
    const where = msg.location()?.url ? ` (${msg.location().url})` : '';
    if (msg.type() === 'error' || msg.type() === 'warning')
      problems.push(`console ${msg.type()}: ${msg.text()}${where}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  try {
    await page.goto(base + path, { waitUntil: 'load', timeout: 30_000 });
    // Without JavaScript nothing upgrades: the server-rendered figures must simply be there.
    const noScript = path.endsWith('/no-js.html');
    const states = noScript ? [] : await widgetStates(page);
    if (noScript) {
      const drawn = await page.evaluate(
        () =>
          [...document.querySelectorAll('*')].filter((el) => el.shadowRoot?.querySelector('.chart svg[viewBox]'))
            .length,
      );
      if (drawn === 0) problems.push('no server-rendered chart');
    }
    // The iframe embed's own widget lives in the iframe page itself.
    for (const w of states)
      if (w.state !== w.expected) problems.push(`<${w.tag}${w.id ? `#${w.id}` : ''}> is ${w.state}, not ${w.expected}`);
    const expectsWidgets = !/builder\.html|no-js\.html/.test(path);
    if (expectsWidgets && states.length === 0) problems.push('no widget on the page');
    if (problems.length) {
      failures++;
      console.log(`✘ ${path}\n${problems.map((p) => `    ${p}`).join('\n')}`);
    } else {
      passed++;
      console.log(`✔ ${path} (${states.length} widgets)`);
    }
  } catch (error) {
    failures++;
    console.log(`✘ ${path}: ${error.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
}

// The embed builder, used (scripts/builder-checks.mjs), and the article without layout shift
// (scripts/layout-shift-checks.mjs).
const checks = [
  ...(await builderChecks(browser, base)),
  ...(onlyBuilder ? [] : await layoutShiftChecks(browser, base)),
];
for (const { title, problems } of checks) {
  if (problems.length) {
    failures++;
    console.log(`✘ ${title}\n${problems.map((p) => `    ${p}`).join('\n')}`);
  } else {
    passed++;
    console.log(`✔ ${title}`);
  }
}

await browser.close();
await server.close();
console.log(`\n${passed} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
