// Where the time of one bench scenario goes, for one library: the renderer main
// thread's self time by activity between the page's `bench:start` and `bench:drawn`
// marks (a Chromium trace), and the JavaScript functions with the most self time (a CPU
// profile). Everything is served unminified here, so functions keep their names, and
// each of capaian's is put down to its source module; but for the `one-shipped`
// scenarios, which load dist/'s minified scripts, whose functions are not.
//
//   node bench/profile.mjs <scenario> [--lib capaian|chartjs|echarts|plot|uplot] [--widget name] [--top 20]
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, ensureChrome } from '../scripts/chrome.mjs';
import { SCENARIOS } from './scenarios.mjs';
import { site } from './site.mjs';
import { WIDGETS } from './widgets.mjs';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lib: { type: 'string', default: 'capaian' },
    widget: { type: 'string' },
    top: { type: 'string', default: '20' },
  },
});
const scenario = SCENARIOS.find((s) => s.id === positionals[0]);
if (!scenario) {
  console.error(`usage: node bench/profile.mjs <${SCENARIOS.map((s) => s.id).join('|')}> [--lib …] [--widget …]`);
  process.exit(1);
}
const widget = WIDGETS.find((w) => (opts.widget ? w.name === opts.widget : w.scenarios.includes(scenario.id)));

// A `shipped` scenario runs dist/'s minified scripts: their functions are not put down to modules.
const bench = await site({ widgets: [widget], minify: false, shipped: !!scenario.shipped });
const script = bench.body(`/capaian/${widget.name}.js`)?.toString('utf8') ?? '';
const regions = [];
script.split('\n').forEach((line, i) => {
  const m = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(line);
  if (m) regions.push({ line: i, module: m[1].replace(/^node_modules\//, '') });
});
const moduleAt = (line) => regions.findLast((r) => r.line <= line)?.module ?? '?';
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
const tab = await context.newPage();
const cdp = await context.newCDPSession(tab);
await tab.goto(`${bench.origin}/__bench/blank.html`); // same renderer for the profiler and the page
if (scenario.throttle) await cdp.send('Emulation.setCPUThrottlingRate', { rate: scenario.throttle });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
];
if (scenario.kind === 'load') {
  await browser.startTracing(tab, { categories });
  await cdp.send('Profiler.start');
}
await tab.goto(bench.pageUrl(scenario, widget, opts.lib));
await tab.evaluate(() => window.__bench.done);
if (scenario.kind === 'resize') {
  await tab.waitForTimeout(300);
  await browser.startTracing(tab, { categories });
  await cdp.send('Profiler.start');
  await tab.evaluate((width) => window.__bench.resize(width), scenario.width);
}
const { profile } = await cdp.send('Profiler.stop');
const trace = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
await browser.close();
await bench.close();

// Trace: self time of each event on the main thread, within the marks.
const mark = (name) => trace.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
const [start, drawn] = [mark('bench:start'), mark('bench:drawn')];
const main = { pid: start.pid, tid: start.tid };
const events = trace
  .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur !== undefined)
  .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const clip = (e) => Math.max(0, Math.min(e.ts + e.dur, drawn.ts) - Math.max(e.ts, start.ts));
const self = new Map();
const counts = new Map();
const stack = [];
for (const e of events) {
  while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
  const parent = stack[stack.length - 1];
  const name = e.name === 'FunctionCall' || e.name === 'v8.callFunction' ? 'FunctionCall (JS)' : e.name;
  self.set(name, (self.get(name) ?? 0) + clip(e));
  if (clip(e) > 0) counts.set(name, (counts.get(name) ?? 0) + 1);
  if (parent) self.set(parent.key, self.get(parent.key) - clip(e));
  stack.push({ ts: e.ts, dur: e.dur, key: name });
}
// Top-level tasks only (the stack was empty when they began): what is left is idle.
let busy = 0;
let end = 0;
for (const e of events) {
  if (e.ts >= end) busy += clip(e);
  end = Math.max(end, e.ts + e.dur);
}
self.set('(idle: no task running)', drawn.ts - start.ts - busy);
const window = (drawn.ts - start.ts) / 1000;
console.log(`\n${scenario.id} · ${widget.name} · ${opts.lib}: ${window.toFixed(1)} ms from bench:start to bench:drawn`);
console.log('main thread self time by activity (ms, times it ran):');
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).filter(([, us]) => us >= 200)) {
  console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${String(counts.get(name) ?? '').padStart(4)}  ${name}`);
}

// CPU profile: self time by function, and by capaian module.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const hits = new Map();
profile.samples.forEach((id, i) => hits.set(id, (hits.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
const fns = new Map();
const modules = new Map();
for (const [id, us] of hits) {
  const { functionName, url, lineNumber } = byId.get(id).callFrame;
  let where = '(native)';
  if (url.includes(`/capaian/${widget.name}.js`)) where = moduleAt(lineNumber);
  else if (url) where = url.replace(/^.*\//, '');
  const key = `${functionName || '(anonymous)'}  [${where}]`;
  fns.set(key, (fns.get(key) ?? 0) + us);
  if (url.includes(`/capaian/${widget.name}.js`)) modules.set(where, (modules.get(where) ?? 0) + us);
}
console.log(`\nJS self time by function (ms, whole profile; top ${opts.top}):`);
for (const [key, us] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, Number(opts.top))) {
  console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${key}`);
}
if (modules.size) {
  console.log('\ncapaian JS self time by module (ms):');
  for (const [module, us] of [...modules].sort((a, b) => b[1] - a[1]).slice(0, Number(opts.top))) {
    console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${module}`);
  }
}
