// Before and after: capaian as it is in the working tree against capaian at a git ref
// (a commit, a branch), one scenario, runs interleaved in one browser, each in a fresh
// context. For a change that should make capaian faster: the peers are not needed to
// see it, and the same run holds both sides to the same machine load.
//
//   node bench/compare.mjs <ref> <scenario> [--runs 9]
//
// The ref's sources (src/, bench/, scripts/, examples/, package.json) are extracted with
// `git archive` into a temporary folder that uses this tree's node_modules; each side is
// bundled by its own bench/site.mjs. Prints each side's median and range of `drawn` (or
// `redraw` for a resize), the page's DOM nodes and JS heap, and the ratio after ÷ before.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, ensureChrome } from '../scripts/chrome.mjs';

const root = new URL('..', import.meta.url).pathname;
const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '9' } },
});
const [ref, scenarioId] = positionals;
if (!ref || !scenarioId) {
  console.error('usage: node bench/compare.mjs <git ref> <scenario> [--runs 9]');
  process.exit(1);
}

const before = mkdtempSync(join(tmpdir(), 'capaian-compare-'));
const archive = execFileSync('git', ['archive', ref, 'src', 'bench', 'scripts', 'examples', 'package.json'], {
  cwd: root,
  maxBuffer: 1 << 28,
});
execFileSync('tar', ['-x', '-C', before], { input: archive });
symlinkSync(join(root, 'node_modules'), join(before, 'node_modules'));

/** One side: its own bench modules, bundled from its own sources. */
async function side(dir) {
  const { site } = await import(join(dir, 'bench/site.mjs'));
  const { WIDGETS } = await import(join(dir, 'bench/widgets.mjs'));
  const { SCENARIOS, figures } = await import(join(dir, 'bench/scenarios.mjs'));
  const scenario = SCENARIOS.find((s) => s.id === scenarioId);
  if (!scenario) throw new Error(`no scenario "${scenarioId}" at ${dir === root ? 'the working tree' : ref}`);
  const widget = WIDGETS.find((w) => w.scenarios.includes(scenarioId));
  const bench = await site({ widgets: [widget], shipped: !!scenario.shipped });
  return { bench, scenario, url: bench.pageUrl(scenario, widget, 'capaian'), figures };
}

const sides = { before: await side(before), after: await side(root) };
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
const results = { before: [], after: [] };
const metric = sides.after.scenario.kind === 'resize' ? 'redraw' : 'drawn';

for (let r = 0; r < Number(opts.runs); r++) {
  const order = r % 2 ? ['after', 'before'] : ['before', 'after'];
  for (const name of order) {
    const { url, scenario, figures } = sides[name];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    await tab.goto(url);
    let figure = figures('load', await tab.evaluate(() => window.__bench.done));
    if (scenario.kind === 'resize') {
      await tab.waitForTimeout(200);
      if (scenario.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.throttle });
      figure = figures('resize', await tab.evaluate((width) => window.__bench.resize(width), scenario.width));
    }
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const read = (name) => metrics.find((m) => m.name === name)?.value;
    results[name].push({ time: figure[metric], nodes: read('Nodes'), heap: read('JSHeapUsedSize') / 1e6 });
    await context.close();
  }
}
await browser.close();
for (const { bench } of Object.values(sides)) await bench.close();
rmSync(before, { recursive: true, force: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = (name, key) => median(results[name].map((run) => run[key]));
console.log(`${scenarioId}: ${ref} (before) against the working tree (after), ${opts.runs} runs each, interleaved`);
for (const name of ['before', 'after']) {
  const times = results[name].map((run) => run.time);
  console.log(
    `${name.padEnd(6)} ${metric} ${summary(name, 'time').toFixed(1)} ms (${Math.min(...times).toFixed(1)}–${Math.max(...times).toFixed(1)}), ` +
      `${summary(name, 'nodes')} nodes, heap ${summary(name, 'heap').toFixed(2)} MB`,
  );
}
console.log(`after ÷ before: ${(summary('after', 'time') / summary('before', 'time')).toFixed(2)}× (medians)`);
