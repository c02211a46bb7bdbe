// Every Storybook story in real Chromium: `node scripts/storybook-test.mjs [--rebuild]`.
// Builds storybook-static/ (unless it was built from these very sources), serves it on
// a free port in 6100–6110, and opens each story's iframe. A story passes when its widget
// reaches the state the story expects (`parameters.expectedState`, default `ready`),
// nothing logs a console error (bar the widget's own "invalid data" log in an error
// story) and axe-core reports no violation in the story root. Ends with
// "N passed, N failed"; exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const out = join(root, 'storybook-static');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Every file under `path` (a file or a directory), sorted; none when absent. */
function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/** A hash of the contents of `paths`: a build is reused only when its inputs are unchanged. */
function hashOf(paths) {
  const hash = createHash('sha256');
  for (const file of paths.flatMap((p) => files(join(root, p)))) hash.update(`${file}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`✘ ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

// 1. A fresh build: the manifest (the docs pages read it), then the static Storybook,
// unless storybook-static/ was built from exactly these inputs.
const manifest = join(root, 'custom-elements.json');
const newest = (paths) => Math.max(0, ...paths.map((file) => statSync(file).mtimeMs));
if (!existsSync(manifest) || statSync(manifest).mtimeMs < newest(files(join(root, 'src')))) {
  run(bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs']);
}
const inputs = ['src', 'stories', '.storybook', 'examples/data', 'custom-elements.json', 'package-lock.json'];
const inputsHash = hashOf(inputs);
const buildStamp = join(out, '.inputs-hash');
const reusable = existsSync(buildStamp) && readFileSync(buildStamp, 'utf8') === inputsHash;
if (process.argv.includes('--rebuild') || !reusable) {
  const buildStarted = Date.now();
  run(bin('storybook'), ['build', '-o', 'storybook-static', '--quiet', '--disable-telemetry']);
  writeFileSync(buildStamp, inputsHash);
  console.log(`storybook build (${seconds(buildStarted)})`);
} else {
  console.log('storybook-static/ was built from these very sources: reused');
}

// 2. A tiny static server for storybook-static/.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};
const server = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  if (path === '/favicon.ico') {
    res.writeHead(204).end(); // Chromium asks for it; Storybook ships favicon.svg
    return;
  }
  const file = normalize(join(out, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(out + sep) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    // Hashed assets: cached across the story pages, which keeps the run fast.
    'cache-control': path.startsWith('/assets/') ? 'max-age=3600' : 'no-cache',
  });
  res.end(readFileSync(file));
});
async function listen() {
  for (let port = 6100; port <= 6110; port++) {
    const ok = await new Promise((done) => {
      const busy = () => done(false);
      server.once('error', busy);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', busy);
        done(true);
      });
    });
    if (ok) return port;
  }
  console.error('✘ no free port in 6100–6110');
  process.exit(1);
}
const port = await listen();
const base = `http://127.0.0.1:${port}`;

// 3. Every story, one page reused.
const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
// Reduced motion: axe judges the chart as drawn, not halfway through its 180 ms fade-in.
const page = await browser.newPage({ viewport: { width: 1024, height: 800 }, reducedMotion: 'reduce' });
let messages = [];
page.on('console', (msg) => {
  const where = msg.location()?.url;
  const text = /^Failed to load resource/.test(msg.text()) && where ? `${msg.text()}: ${where}` : msg.text();
  if (msg.type() === 'error' || /Multiple versions of Lit/.test(text)) messages.push(text);
});
page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
const axePath = join(root, 'node_modules', 'axe-core', 'axe.min.js');

/** In the page: the story's render phase, expected state, and its widget's state. */
function inspect(storyId) {
  const render = window.__STORYBOOK_PREVIEW__?.storyRenders?.find((r) => r.id === storyId);
  const widget = [...(document.querySelector('#storybook-root')?.querySelectorAll('*') ?? [])].find((el) =>
    el.localName.startsWith('capaian-'),
  );
  const errorShown = document.body.classList.contains('sb-show-errordisplay');
  return {
    phase: render?.phase,
    expected: render?.story?.parameters?.expectedState ?? 'ready',
    tag: widget?.localName,
    state: widget?.getAttribute('state'),
    storybookError: errorShown ? (document.querySelector('#error-message')?.textContent ?? '').trim() : undefined,
  };
}

/**
 * Shows a story: the first (and any after a failure) by loading its iframe page, the
 * rest by asking the loaded preview to switch, as the Storybook UI does; much faster
 * than loading ~2 MB of preview per story on a small machine.
 */
let loaded = false;
async function show(id) {
  if (loaded) {
    await page.evaluate(
      (storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }),
      id,
    );
    return;
  }
  // Storybook's own axe run is off (a11y.manual): this script runs axe once the widget settles.
  const query = new URLSearchParams({ id, viewMode: 'story', globals: 'a11y.manual:!true' });
  await page.goto(`${base}/iframe.html?${query}`, { waitUntil: 'load' });
  await page.addScriptTag({ path: axePath });
  loaded = true;
}

async function check(story) {
  messages = [];
  await show(story.id);
  const rendered = await page.waitForFunction(
    (id) => {
      const r = window.__STORYBOOK_PREVIEW__?.storyRenders?.find((s) => s.id === id);
      return ['completed', 'afterEach', 'finished', 'errored', 'aborted'].includes(r?.phase) && r.phase;
    },
    story.id,
    { timeout: 15_000 },
  );
  let info = await page.evaluate(inspect, story.id);
  if ((await rendered.jsonValue()) === 'errored' || info.storybookError)
    return [`Storybook could not render the story: ${info.storybookError || info.phase}`];
  if (!info.tag) return ['no capaian-* element in the story root'];

  // Settled: out of `loading` with its alert or its chart drawn; a loading story, once
  // its busy placeholder shows. A wrong final state is reported below, without waiting.
  const settled = await page
    .waitForFunction(
      (expected) => {
        const el = [...(document.querySelector('#storybook-root')?.querySelectorAll('*') ?? [])].find((e) =>
          e.localName.startsWith('capaian-'),
        );
        const root = el?.shadowRoot;
        const state = el?.getAttribute('state');
        if (!root) return false;
        if (state === 'loading') return expected === 'loading' && !!root.querySelector('[aria-busy="true"]');
        if (state === 'error') return !!root.querySelector('[role="alert"]');
        return state === 'ready' && !!root.querySelector('svg, [part="message"]');
      },
      info.expected,
      { timeout: 10_000 },
    )
    .then(() => true)
    .catch(() => false);
  // A loading story must stay loading; any story may still be settling its layout.
  await page.waitForTimeout(info.expected === 'loading' ? 300 : 50);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  info = await page.evaluate(inspect, story.id);
  const failures = [];
  if (info.state !== info.expected)
    failures.push(`<${info.tag}> state is "${info.state}", expected "${info.expected}"`);
  else if (!settled) failures.push(`<${info.tag}> is "${info.state}" but its shadow root does not show it`);

  const allowed = info.expected === 'error' ? /^<capaian-[a-z-]+>: invalid data/ : undefined;
  for (const text of messages) if (!allowed?.test(text)) failures.push(`console: ${text.split('\n')[0]}`);
  if (info.expected === 'error' && !messages.some((m) => allowed.test(m)))
    failures.push('no "<capaian-…>: invalid data" log for the error story');

  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(
      { include: ['#storybook-root'] },
      // As Storybook's a11y addon: every rule but "region" (a story is not a page).
      { rules: { region: { enabled: false } } },
    );
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
      summary: v.nodes[0]?.failureSummary?.split('\n').slice(1, 2).join('').trim(),
    }));
  });
  for (const v of violations)
    failures.push(`axe ${v.id} (${v.impact}): ${v.help}; ${v.targets.join(', ')}${v.summary ? ` (${v.summary})` : ''}`);
  return failures;
}

let passed = 0;
let failed = 0;
try {
  for (const story of stories) {
    const storyStarted = Date.now();
    let failures;
    try {
      failures = await check(story);
    } catch (error) {
      failures = [`${error.message.split('\n')[0]}`];
    }
    if (failures.length) loaded = false; // the next story starts from a fresh page
    const label = `${story.title} › ${story.name}`;
    if (failures.length === 0) {
      passed++;
      console.log(`✔ ${label} (${Date.now() - storyStarted} ms)`);
    } else {
      failed++;
      console.log(`✘ ${label}  [${story.id}]`);
      for (const f of failures) console.log(`    ${f}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${stories.length} stories in ${seconds(started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || stories.length === 0 ? 1 : 0);
