// Medians, ranges and ratios of a bench run, and the Markdown of bench/results/latest.md.
import { METRICS } from './scenarios.mjs';

const PEER_NAMES = { chartjs: 'Chart.js', echarts: 'ECharts' };

function stats(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** One scenario × widget: per library, each figure's median and range; ratios to each peer. */
export function summarize(scenario, widget, runs) {
  const { primary, all } = METRICS[scenario.kind];
  const names = [...Object.keys(all), ...(scenario.kind === 'load' ? ['heap'] : [])];
  const libs = {};
  for (const [lib, list] of Object.entries(runs)) {
    const figures = Object.fromEntries(names.map((name) => [name, stats(list.map((run) => run[name]))]));
    libs[lib] = { primary: figures[primary], figures, runs: list };
  }
  const ratio = (name, peer) => libs.capaian.figures[name].median / libs[peer].figures[name].median;
  const ratios = Object.fromEntries(
    Object.keys(PEER_NAMES).map((peer) => [peer, Object.fromEntries(names.map((name) => [name, ratio(name, peer)]))]),
  );
  const target = scenario.target;
  let met;
  if (target?.ratio !== undefined) met = ratios.chartjs[primary] <= target.ratio;
  if (target?.ms !== undefined) met = libs.capaian.primary.median <= target.ms;
  return {
    scenario: scenario.id,
    title: scenario.title,
    kind: scenario.kind,
    widget: widget.name,
    metric: primary,
    target,
    met,
    libs,
    ratios,
  };
}

const ms = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const mb = (s) => `${(s.median / 1e6).toFixed(2)} (${(s.min / 1e6).toFixed(2)}–${(s.max / 1e6).toFixed(2)})`;
const x = (r) => `${r.toFixed(2)}×`;
const kb = (n) => `${(n / 1000).toFixed(1)}`;

function targetText(entry) {
  const t = entry.target;
  if (!t) return '—';
  const verdict = entry.met ? '**met**' : '**missed**';
  if (t.ratio !== undefined) return `≤ ${x(t.ratio)} Chart.js: ${verdict}`;
  return `≤ ${t.ms} ms median: ${verdict}`;
}

export function markdown({ meta, sizes, results, notes }) {
  const lines = [
    '# capaian benchmark',
    '',
    `${meta.date.slice(0, 16).replace('T', ' ')} UTC · Chromium ${meta.chromium} headless · ${meta.cpu} · ` +
      `load average ${meta.loadAverage.start.toFixed(2)} → ${meta.loadAverage.end.toFixed(2)} · ` +
      `${meta.runs} runs per figure, each in a fresh browser context · ${meta.seconds} s in all.`,
    '',
    'Taken on a shared machine that other work was using: read the ratios (measured in the same run, ' +
      'libraries interleaved) rather than the absolute times. Times in ms: median (min–max). ' +
      'Ratios are capaian ÷ peer, medians; below 1 means capaian is faster. How each figure is taken: bench/README.md.',
    '',
    '## Time',
    '',
    '| scenario | widget | figure | capaian | Chart.js | ECharts | ÷ Chart.js | ÷ ECharts | target |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const e of results) {
    lines.push(
      `| ${e.title} | ${e.widget} | ${e.metric} | ${ms(e.libs.capaian.primary)} | ${ms(e.libs.chartjs.primary)} | ` +
        `${ms(e.libs.echarts.primary)} | ${x(e.ratios.chartjs[e.metric])} | ${x(e.ratios.echarts[e.metric])} | ${targetText(e)} |`,
    );
  }
  lines.push(
    '',
    '## Every figure',
    '',
    '| scenario | widget | figure | capaian | Chart.js | ECharts | ÷ Chart.js | ÷ ECharts |',
  );
  lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const e of results) {
    for (const [name, description] of Object.entries(METRICS[e.kind].all)) {
      const cell = (lib) => ms(e.libs[lib].figures[name]);
      lines.push(
        `| ${e.scenario} | ${e.widget} | ${name}: ${description} | ${cell('capaian')} | ${cell('chartjs')} | ` +
          `${cell('echarts')} | ${x(e.ratios.chartjs[name])} | ${x(e.ratios.echarts[name])} |`,
      );
    }
  }
  const heaps = results.filter((e) => e.kind === 'load');
  if (heaps.length) {
    lines.push('', '## JS heap after render (MB, after a forced GC; the whole page)', '');
    lines.push('| scenario | widget | capaian | Chart.js | ECharts | ÷ Chart.js | ÷ ECharts |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const e of heaps) {
      const cell = (lib) => mb(e.libs[lib].figures.heap);
      lines.push(
        `| ${e.scenario} | ${e.widget} | ${cell('capaian')} | ${cell('chartjs')} | ${cell('echarts')} | ` +
          `${x(e.ratios.chartjs.heap)} | ${x(e.ratios.echarts.heap)} |`,
      );
    }
  }
  lines.push('', '## Size (KB of 1,000 bytes, minified)', '', '| bundle | gzip | brotli | minified |');
  lines.push('| --- | --- | --- | --- |');
  for (const s of sizes) lines.push(`| ${s.name} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${kb(s.raw)} |`);
  if (notes.length) lines.push('', '## Notes', '', ...notes.map((n) => `- ${n}`));
  lines.push(
    '',
    `Peers: ${Object.entries(meta.peers)
      .map(([name, v]) => `${name} ${v}`)
      .join(', ')}.`,
    '',
  );
  return lines.join('\n');
}
