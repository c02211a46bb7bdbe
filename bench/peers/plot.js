// Observable Plot, the SVG library data desks reach for, drawing what the bench draws:
// grouped bars or lines with the title, subtitle, legend and tooltip (`tip`) a newsroom
// chart would show. `draw` is the embed code a page would write; the config arrives as
// JSON (bench/peers/configs.mjs). Plot draws at a given size and does not follow its
// container, so, like a careful page using it, this reads every box's size first (one
// layout, not one per chart: reading a size after appending the previous figure forces
// a layout each time, which made 200 figures take 29 s), and redraws on the box's next
// frame after a ResizeObserver reading (as Chart.js does by itself).
import * as Plot from '@observablehq/plot';

/** "2019-03" → the first of that month, UTC. */
const monthOf = (period) => new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1));

/** One row per label and series: what Plot's marks take. A null value stays a gap. */
function rowsOf(chart) {
  const x = chart.type === 'line' ? chart.labels.map(monthOf) : chart.labels;
  return chart.series.flatMap((s) => s.values.map((value, i) => ({ x: x[i], series: s.name, value })));
}

function figure(size, chart, rows) {
  const common = {
    title: chart.title,
    subtitle: chart.subtitle,
    width: size.width,
    // What remains of the box under the title, the subtitle and the legend.
    height: Math.max(120, size.height - 80),
    color: { legend: true },
  };
  if (chart.type === 'bar') {
    return Plot.plot({
      ...common,
      fx: { label: null },
      x: { axis: null },
      y: { grid: true, label: null },
      marks: [Plot.barY(rows, { fx: 'x', x: 'series', y: 'value', fill: 'series', tip: true }), Plot.ruleY([0])],
    });
  }
  return Plot.plot({
    ...common,
    y: { grid: true, label: null },
    x: { label: null },
    marks: [
      Plot.lineY(rows, { x: 'x', y: 'value', stroke: 'series', tip: true }),
      ...(chart.markers ? [Plot.dot(rows, { x: 'x', y: 'value', fill: 'series', r: 2 })] : []),
    ],
  });
}

const sizeOf = (box) => ({ width: box.clientWidth, height: box.clientHeight });

/** Draws into each box (a chart fills its box, and follows its width); returns the figures. */
export function drawAll(boxes, chart) {
  const rows = rowsOf(chart);
  const sizes = boxes.map(sizeOf);
  return boxes.map((box, i) => {
    let current = figure(sizes[i], chart, rows);
    box.append(current);
    let width = sizes[i].width;
    new ResizeObserver(() => {
      if (box.clientWidth === width) return;
      width = box.clientWidth;
      requestAnimationFrame(() => {
        const next = figure(sizeOf(box), chart, rows);
        current.replaceWith(next);
        current = next;
      });
    }).observe(box);
    return current;
  });
}
