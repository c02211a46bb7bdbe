// The cost curve of a bench run: time and heap against the number of widgets (eager and
// as embedded) and the number of points, for capaian and each peer, as Markdown tables
// with the growth of each step, and as a log-log SVG plot (bench/results/curve.{md,svg}).
// The SVG is written as text here, for a results file: no page ever loads it.
import { PEERS } from './peers/configs.mjs';

const LIBS = [{ id: 'capaian', name: 'capaian' }, ...PEERS.map((p) => ({ id: p.id, name: p.name }))];
const COLORS = { capaian: '#b3261e', chartjs: '#4e79a7', echarts: '#59a14f', plot: '#9c755f', uplot: '#b07aa1' };

const SERIES = [
  { id: 'widgets', title: 'Widgets on one page, eager', unit: 'widgets' },
  { id: 'widgets-lazy', title: 'Widgets on one page, as embedded', unit: 'widgets' },
  { id: 'points', title: 'Points in one poverty line', unit: 'points' },
];

const MEASURES = [
  { id: 'time', title: 'time, start → drawn (ms)', read: (e, lib) => e.libs[lib].figures.drawn.median },
  { id: 'heap', title: 'JS heap after drawing (MB)', read: (e, lib) => e.libs[lib].figures.heap.median / 1e6 },
];

/** The curve's results of one series, by increasing x. */
const pointsOf = (report, series) =>
  report.results.filter((e) => e.group === 'curve' && e.series === series).sort((a, b) => a.x - b.x);

/**
 * How a step grows: the exponent k in cost ∝ n^k between two sizes (1 linear, below 1
 * a fixed cost still dominating, above 1 worse than linear).
 */
export function growth(x1, y1, x2, y2) {
  return Math.log(y2 / y1) / Math.log(x2 / x1);
}

const words = (k) => {
  if (k < 0.8) return 'sublinear';
  if (k <= 1.2) return 'linear';
  return 'worse than linear';
};

const fixed = (n, digits = 1) => n.toFixed(digits);

/** What each added widget or point cost in a step: ms (µs for points) or KB of heap. */
function marginal(ya, yb, xa, xb, series, measure) {
  const each = (yb - ya) / (xb - xa);
  const sign = each < 0 ? '−' : '+';
  if (measure.id === 'heap') return `${sign}${fixed(Math.abs(each) * 1000, 1)} KB per ${series.unit.slice(0, -1)}`;
  if (series.unit === 'points') return `${sign}${fixed(Math.abs(each) * 1000, 1)} µs per point`;
  return `${sign}${fixed(Math.abs(each), 2)} ms per widget`;
}

export function curveMarkdown(report) {
  const lines = [
    '# capaian cost curve',
    '',
    `${report.meta.date.slice(0, 16).replace('T', ' ')} UTC · ${report.meta.curveRuns} runs per figure (median) · ` +
      'each page fresh, libraries interleaved; load scenarios timed from script start (bench/README.md). ' +
      'Growth k: cost ∝ nᵏ between two sizes; 1 is linear, below 1 a fixed cost (script load) still dominates, above 1 is worse than linear; ' +
      'and what each added widget or point cost in that step (the same cost per step is linear growth). Plot: curve.svg.',
  ];
  for (const series of SERIES) {
    const entries = pointsOf(report, series.id);
    if (!entries.length) continue;
    for (const measure of MEASURES) {
      lines.push('', `## ${series.title}: ${measure.title}`, '');
      lines.push(`| ${series.unit} | ${LIBS.map((l) => l.name).join(' | ')} |`, `|${' --- |'.repeat(LIBS.length + 1)}`);
      for (const e of entries) {
        lines.push(`| ${e.x.toLocaleString('en')} | ${LIBS.map((l) => fixed(measure.read(e, l.id), 2)).join(' | ')} |`);
      }
      for (let i = 1; i < entries.length; i++) {
        const [a, b] = [entries[i - 1], entries[i]];
        const cells = LIBS.map((l) => {
          const [ya, yb] = [measure.read(a, l.id), measure.read(b, l.id)];
          const k = growth(a.x, ya, b.x, yb);
          return `k ${fixed(k, 2)} (${words(k)}); ${marginal(ya, yb, a.x, b.x, series, measure)}`;
        });
        lines.push(`| growth ${a.x.toLocaleString('en')} → ${b.x.toLocaleString('en')} | ${cells.join(' | ')} |`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Text safe in SVG markup (library names and titles are ours, but stay careful). */
const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Powers of ten covering [min, max]. */
function decades(min, max) {
  const ticks = [];
  for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) ticks.push(10 ** p);
  return ticks;
}

/** One log-log panel at (left, top): a line per library. */
function panel({ left, top, width, height, title, subtitle, entries, read }) {
  const xs = entries.map((e) => e.x);
  const ys = entries.flatMap((e) => LIBS.map((l) => read(e, l.id))).filter((y) => y > 0);
  const xTicks = decades(Math.min(...xs), Math.max(...xs));
  const yTicks = decades(Math.min(...ys), Math.max(...ys));
  const [x0, x1] = [Math.log10(xTicks[0]), Math.log10(xTicks.at(-1))];
  const [y0, y1] = [Math.log10(yTicks[0]), Math.log10(yTicks.at(-1))];
  const px = (x) => left + ((Math.log10(x) - x0) / (x1 - x0)) * width;
  const py = (y) => top + height - ((Math.log10(y) - y0) / (y1 - y0)) * height;
  const out = [
    `<text x="${left}" y="${top - 24}" font-weight="600">${escape(title)}</text>`,
    `<text x="${left}" y="${top - 10}">${escape(subtitle)}</text>`,
  ];
  for (const t of xTicks) {
    out.push(`<line x1="${px(t)}" x2="${px(t)}" y1="${top}" y2="${top + height}" stroke="#ddd"/>`);
    out.push(`<text x="${px(t)}" y="${top + height + 16}" text-anchor="middle">${t.toLocaleString('en')}</text>`);
  }
  for (const t of yTicks) {
    out.push(`<line x1="${left}" x2="${left + width}" y1="${py(t)}" y2="${py(t)}" stroke="#ddd"/>`);
    out.push(`<text x="${left - 6}" y="${py(t) + 4}" text-anchor="end">${t.toLocaleString('en')}</text>`);
  }
  for (const lib of LIBS) {
    const path = entries
      .map((e) => [e.x, read(e, lib.id)])
      .filter(([, y]) => y > 0)
      .map(([x, y], i) => `${i ? 'L' : 'M'}${px(x).toFixed(1)},${py(y).toFixed(1)}`)
      .join('');
    const width = lib.id === 'capaian' ? 3 : 1.5;
    out.push(`<path d="${path}" fill="none" stroke="${COLORS[lib.id]}" stroke-width="${width}"/>`);
  }
  return out.join('\n');
}

export function curveSvg(report) {
  const cell = { width: 260, height: 180 };
  const margin = { left: 60, top: 80, gapX: 90, gapY: 90 };
  const present = SERIES.filter((s) => pointsOf(report, s.id).length);
  const totalWidth = margin.left + present.length * (cell.width + margin.gapX);
  const totalHeight = margin.top + MEASURES.length * (cell.height + margin.gapY);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${totalWidth}" height="${totalHeight}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${margin.left}" y="22" font-size="14" font-weight="700">capaian cost curve (log-log), ${escape(report.meta.date.slice(0, 10))}</text>`,
  ];
  LIBS.forEach((lib, i) => {
    const x = margin.left + i * 120;
    parts.push(`<line x1="${x}" x2="${x + 20}" y1="40" y2="40" stroke="${COLORS[lib.id]}" stroke-width="3"/>`);
    parts.push(`<text x="${x + 26}" y="44">${escape(lib.name)}</text>`);
  });
  MEASURES.forEach((measure, row) => {
    present.forEach((series, column) => {
      parts.push(
        panel({
          left: margin.left + column * (cell.width + margin.gapX),
          top: margin.top + 20 + row * (cell.height + margin.gapY),
          ...cell,
          title: series.title,
          subtitle: measure.title,
          entries: pointsOf(report, series.id),
          read: measure.read,
        }),
      );
    });
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
