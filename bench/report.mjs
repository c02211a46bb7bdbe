// Medians, ranges and ratios of a bench run, the targets judged, and the Markdown of
// bench/results/latest.md.
import { PEERS } from './peers/configs.mjs';
import { METRICS } from './scenarios.mjs';

const PEER_NAMES = Object.fromEntries(PEERS.map((p) => [p.id, p.name]));

function stats(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Each condition of a scenario's target, with whether capaian met it. */
function judge(target, primary, libs, ratios) {
  if (!target) return [];
  const checks = [];
  for (const peer of target.faster ?? []) {
    checks.push({ text: `faster than ${PEER_NAMES[peer]}`, met: ratios[peer][primary] < 1 });
  }
  for (const [peer, cap] of Object.entries(target.ratio ?? {})) {
    checks.push({ text: `≤ ${cap.toFixed(2)}× ${PEER_NAMES[peer]}`, met: ratios[peer][primary] <= cap });
  }
  for (const [peer, cap] of Object.entries(target.heap ?? {})) {
    checks.push({ text: `heap ≤ ${cap === 1 ? '' : `${cap}× `}${PEER_NAMES[peer]}'s`, met: ratios[peer].heap <= cap });
  }
  if (target.ms !== undefined) {
    checks.push({ text: `≤ ${target.ms} ms median`, met: libs.capaian.primary.median <= target.ms });
  }
  return checks;
}

/** One scenario × widget: per library, each figure's median and range; ratios to each peer; the target judged. */
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
    PEERS.map((peer) => [peer.id, Object.fromEntries(names.map((name) => [name, ratio(name, peer.id)]))]),
  );
  const checks = judge(scenario.target, primary, libs, ratios);
  return {
    scenario: scenario.id,
    title: scenario.title,
    kind: scenario.kind,
    group: scenario.group,
    series: scenario.series,
    x: scenario.x,
    widget: widget.name,
    metric: primary,
    checks,
    met: checks.length ? checks.every((c) => c.met) : undefined,
    libs,
    ratios,
  };
}

const ms = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
const mb = (s) => `${(s.median / 1e6).toFixed(2)} (${(s.min / 1e6).toFixed(2)}–${(s.max / 1e6).toFixed(2)})`;
const x = (r) => `${r.toFixed(2)}×`;
const kb = (n) => `${(n / 1000).toFixed(1)}`;

const targetText = (entry) =>
  entry.checks.length ? entry.checks.map((c) => `${c.text}: ${c.met ? '**met**' : '**missed**'}`).join('; ') : '—';

/** A table row of `cells`, and the header of one with `names`. */
const row = (cells) => `| ${cells.join(' | ')} |`;
const header = (names) => [row(names), row(names.map(() => '---'))];

export function markdown({ meta, sizes, results, notes }) {
  const peerNames = PEERS.map((p) => p.name);
  const ratioNames = PEERS.map((p) => `÷ ${p.name}`);
  const judged = results.filter((e) => e.group !== 'curve');
  const lines = [
    '# capaian benchmark',
    '',
    `${meta.date.slice(0, 16).replace('T', ' ')} UTC · Chromium ${meta.chromium} headless · ${meta.cpu} · ` +
      `load average ${meta.loadAverage.start.toFixed(2)} → ${meta.loadAverage.end.toFixed(2)} · ` +
      `${meta.runs} runs per figure, each in a fresh browser context · ${meta.seconds} s in all.`,
    '',
    'Taken on a shared machine that other work was using: read the ratios (measured in the same run, ' +
      'libraries interleaved) rather than the absolute times. Times in ms: median (min–max). ' +
      'Ratios are capaian ÷ peer, medians; below 1 means capaian is faster. How each figure is taken: bench/README.md. ' +
      'The cost curve (1 to 200 widgets, 100 to 20,000 points) is in curve.md and curve.svg.',
    '',
    '## Time',
    '',
    ...header(['scenario', 'widget', 'figure', 'capaian', ...peerNames, ...ratioNames, 'target']),
  ];
  for (const e of judged) {
    lines.push(
      row([
        e.title,
        e.widget,
        e.metric,
        ms(e.libs.capaian.primary),
        ...PEERS.map((p) => ms(e.libs[p.id].primary)),
        ...PEERS.map((p) => x(e.ratios[p.id][e.metric])),
        targetText(e),
      ]),
    );
  }
  lines.push(
    '',
    '## Every figure',
    '',
    ...header(['scenario', 'widget', 'figure', 'capaian', ...peerNames, ...ratioNames]),
  );
  for (const e of judged) {
    for (const [name, description] of Object.entries(METRICS[e.kind].all)) {
      lines.push(
        row([
          e.scenario,
          e.widget,
          `${name}: ${description}`,
          ms(e.libs.capaian.figures[name]),
          ...PEERS.map((p) => ms(e.libs[p.id].figures[name])),
          ...PEERS.map((p) => x(e.ratios[p.id][name])),
        ]),
      );
    }
  }
  const heaps = judged.filter((e) => e.kind === 'load');
  if (heaps.length) {
    lines.push('', '## JS heap after render (MB, after a forced GC; the whole page)', '');
    lines.push(...header(['scenario', 'widget', 'capaian', ...peerNames, ...ratioNames]));
    for (const e of heaps) {
      lines.push(
        row([
          e.scenario,
          e.widget,
          mb(e.libs.capaian.figures.heap),
          ...PEERS.map((p) => mb(e.libs[p.id].figures.heap)),
          ...PEERS.map((p) => x(e.ratios[p.id].heap)),
        ]),
      );
    }
  }
  lines.push('', '## Size (KB of 1,000 bytes, minified)', '', ...header(['bundle', 'gzip', 'brotli', 'minified']));
  for (const s of sizes) lines.push(row([s.name, kb(s.gzip), kb(s.brotli), kb(s.raw)]));
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
