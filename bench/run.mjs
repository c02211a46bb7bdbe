// `npm run bench`: capaian against Chart.js, ECharts, Observable Plot and uPlot in
// headless Chromium, each run of each scenario in a fresh browser context (no cache, no
// compiled code carried over), the libraries interleaved run by run so a busy machine
// slows them alike. Writes bench/results/latest.{md,json} and the cost curve,
// bench/results/curve.{md,svg}. Options: --runs N (odd; default 5), --curve-runs N (the
// curve's scenarios; default 3), --only id,id (scenarios, `targets` or `curve`, including
// extra ones), --widget name. Builds what it loads from the sources (bench/site.mjs);
// sizes name dist/capaian.js when `npm run build` made it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, ensureChrome } from '../scripts/chrome.mjs';
import { loadRegistry } from '../scripts/registry.mjs';
import { bundle, sizes } from '../scripts/size.mjs';
import { LIB_IDS } from './page.mjs';
import { PEERS } from './peers/configs.mjs';
import { curveMarkdown, curveSvg } from './curve.mjs';
import { markdown, summarize } from './report.mjs';
import { site } from './site.mjs';
import { figures, SCENARIOS } from './scenarios.mjs';
import { WIDGETS } from './widgets.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'curve-runs': { type: 'string', default: '3' },
    only: { type: 'string' },
    widget: { type: 'string' },
  },
});
const RUNS = Number(opts.runs);
const CURVE_RUNS = Number(opts['curve-runs']);
const TIMEOUT = 60_000;
const started = Date.now();
const notes = [];
const note = (text) => {
  notes.push(text);
  console.log(`note: ${text}`);
};

const only = opts.only?.split(',');
const chosen = (s) => only.includes(s.id) || only.includes(s.group ?? 'targets');
const scenarios = SCENARIOS.filter((s) => (only ? chosen(s) : !s.extra));

console.log('bench: bundling the widgets and the peers…');
const bench = await site({ widgets: WIDGETS, shipped: scenarios.some((s) => s.shipped) });

// Sizes, for the record (npm test checks ours against the budgets).
const version = (name) => JSON.parse(readFileSync(`${root}node_modules/${name}/package.json`, 'utf8')).version;
const sizeRows = [];
if (existsSync(`${root}dist/capaian.js`)) {
  sizeRows.push({
    name: 'capaian: dist/capaian.js (core and loader)',
    ...sizes(readFileSync(`${root}dist/capaian.js`)),
  });
}
for (const w of await loadRegistry()) {
  const own = `${root}dist/capaian-${w.name}.js`;
  if (existsSync(own))
    sizeRows.push({ name: `capaian: dist/capaian-${w.name}.js (its own code)`, ...sizes(readFileSync(own)) });
  const entry = `src/widgets/${w.name}/${w.name}.ts`;
  sizeRows.push({ name: `capaian: ${entry}, standalone with Lit`, ...sizes(await bundle(entry)) });
}
for (const peer of PEERS) {
  sizeRows.push({
    name: `${peer.name} ${version(peer.package)}: bar + line (${peer.entry})`,
    ...sizes(bench.body(`/peers/${peer.id}.js`)),
  });
}
for (const row of sizeRows) {
  console.log(
    `size: ${row.name}: ${(row.gzip / 1000).toFixed(1)} KB gzip, ${(row.brotli / 1000).toFixed(1)} KB brotli`,
  );
}

const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
const chromiumVersion = browser.version();
const load = [loadavg()[0]];

const withTimeout = (promise, what) => {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result in ${TIMEOUT / 1000} s`)), TIMEOUT);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
};

/** One run in a fresh context: the raw figures, and the heap after render for load scenarios. */
async function measure(scenario, widget, lib) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  try {
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    const cdp = await context.newCDPSession(tab);
    const throttle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (scenario.throttle && scenario.kind === 'load') {
      // Same origin first, so the throttled renderer is the one that loads the page.
      await tab.goto(`${bench.origin}/__bench/blank.html`);
      await throttle(scenario.throttle);
    }
    await tab.goto(bench.pageUrl(scenario, widget, lib));
    const raw = await withTimeout(
      tab.evaluate(() => window.__bench.done),
      `${scenario.id}/${widget.name}/${lib}`,
    );
    if (errors.length) throw new Error(errors.join('; '));
    if (scenario.kind === 'resize') {
      await tab.waitForTimeout(200); // initial ResizeObserver callbacks and frames settle
      if (scenario.throttle) await throttle(scenario.throttle);
      const resized = await withTimeout(
        tab.evaluate((width) => window.__bench.resize(width), scenario.width),
        `${scenario.id}/${widget.name}/${lib} resize`,
      );
      return figures('resize', resized);
    }
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    return { ...figures('load', raw), heap };
  } finally {
    await context.close();
  }
}

/** Why a widget cannot take part in a scenario yet, or undefined when it can. */
const probed = new Map();
async function unavailable(widget, scenario) {
  if (!existsSync(`${root}${widget.module}`)) return `${widget.module} does not exist yet`;
  if (bench.failed.has(widget.name)) return `${widget.module} does not bundle: ${bench.failed.get(widget.name)}`;
  const key = `${widget.name}:${scenario.doc}`;
  if (!probed.has(key)) {
    // Not recorded: a page with one widget drawing this scenario's document.
    let why;
    try {
      await measure(
        { ...scenario, id: `probe-${scenario.doc}`, kind: 'load', count: 1, throttle: undefined },
        widget,
        'capaian',
      );
    } catch (error) {
      const reason = error.message.split('\n')[0].replace(/^page\.evaluate: Error: /, '');
      why = `<${widget.tag}> did not draw its ${scenario.doc} document: ${reason}`;
    }
    probed.set(key, why);
  }
  return probed.get(key);
}

const results = [];
for (const scenario of scenarios) {
  const widgets = WIDGETS.filter((w) => w.scenarios.includes(scenario.id) && (!opts.widget || opts.widget === w.name));
  for (const widget of widgets) {
    const why = await unavailable(widget, scenario);
    if (why) {
      note(`skipped ${scenario.id} for ${widget.name}: ${why}. It joins by itself once it draws.`);
      continue;
    }
    const runs = Object.fromEntries(LIB_IDS.map((lib) => [lib, []]));
    const runCount = scenario.group === 'curve' ? CURVE_RUNS : RUNS;
    for (let r = 0; r < runCount; r++) {
      // Rotate the order, so no library always runs first (or right after another's GC).
      for (let i = 0; i < LIB_IDS.length; i++) {
        const lib = LIB_IDS[(r + i) % LIB_IDS.length];
        runs[lib].push(await measure(scenario, widget, lib));
      }
    }
    const entry = summarize(scenario, widget, runs);
    results.push(entry);
    console.log(
      `${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${scenario.id} · ${widget.name}: ` +
        LIB_IDS.map((lib) => `${lib} ${entry.libs[lib].primary.median.toFixed(1)} ms`).join(', '),
    );
  }
}

await browser.close();
await bench.close();
load.push(loadavg()[0]);

const meta = {
  date: new Date().toISOString(),
  runs: RUNS,
  curveRuns: CURVE_RUNS,
  chromium: chromiumVersion,
  cpu: `${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}`,
  loadAverage: { start: load[0], end: load[1] },
  node: process.version,
  peers: Object.fromEntries(PEERS.map((p) => [p.name, version(p.package)])),
  seconds: Math.round((Date.now() - started) / 1000),
};
const report = { meta, sizes: sizeRows, results, notes };
writeFileSync(`${root}bench/results/latest.json`, JSON.stringify(report, null, 2) + '\n');
const md = markdown(report);
writeFileSync(`${root}bench/results/latest.md`, md);
console.log(`\n${md}`);
if (results.some((e) => e.group === 'curve')) {
  writeFileSync(`${root}bench/results/curve.md`, curveMarkdown(report));
  writeFileSync(`${root}bench/results/curve.svg`, curveSvg(report));
  console.log(curveMarkdown(report));
}
