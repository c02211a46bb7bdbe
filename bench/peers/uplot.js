// uPlot, the small, fast canvas library: the canvas reference. Draws what the bench
// draws: grouped bars (uPlot's own bars paths, side by side) or lines, with a title,
// legend and cursor tooltip values (uPlot's legend follows the cursor; it has no
// subtitle). `draw` is the embed code a page would write; the config arrives as JSON
// (bench/peers/configs.mjs). uPlot draws at a given size and does not follow its
// container, so, like a careful page using it, this reads every box's size first (one
// layout, not one per chart), and calls setSize() on the next frame after a
// ResizeObserver reading (as Chart.js does by itself).
import uPlot from 'uplot';

const COLORS = ['#4e79a7', '#f28e2b', '#59a14f'];

/** "2019-03" → seconds since 1970 at the first of that month, UTC (uPlot's time scale). */
const monthSeconds = (period) => Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1) / 1000;

/** What remains of the box under the title and the legend. */
const sizeOf = (box) => ({ width: box.clientWidth, height: Math.max(120, box.clientHeight - 90) });

function options(size, chart) {
  const bar = chart.type === 'bar';
  const barPaths = (align) => uPlot.paths.bars({ size: [0.4, Infinity], align });
  return {
    title: chart.title,
    ...size,
    scales: { x: { time: !bar } },
    axes: bar ? [{ values: (_u, splits) => splits.map((i) => chart.labels[i] ?? '') }, {}] : [{}, {}],
    series: [
      {},
      ...chart.series.map((s, i) => ({
        label: s.name,
        stroke: COLORS[i],
        ...(bar ? { fill: COLORS[i], paths: barPaths(i === 0 ? -1 : 1), points: { show: false } } : {}),
        ...(!bar && !chart.markers ? { points: { show: false } } : {}),
      })),
    ],
  };
}

/** Draws into each box (a chart fills its box, and follows its size); returns the plots. */
export function drawAll(boxes, chart) {
  const xs = chart.type === 'bar' ? chart.labels.map((_, i) => i) : chart.labels.map(monthSeconds);
  const data = [xs, ...chart.series.map((s) => s.values)];
  const sizes = boxes.map(sizeOf);
  return boxes.map((box, i) => {
    const plot = new uPlot(options(sizes[i], chart), data, box);
    let width = box.clientWidth;
    new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      requestAnimationFrame(() => plot.setSize(sizeOf(box)));
    }).observe(box);
    return plot;
  });
}
