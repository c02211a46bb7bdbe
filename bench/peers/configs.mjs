// The same chart for each peer. A widget entry (bench/widgets.mjs) turns its JSON
// document into a neutral chart, { type, title, subtitle, labels, series: [{ name,
// values }] }, and these turn that into each peer's own configuration: plain JSON, so it
// can sit in the page as text and be parsed there, like capaian's inline JSON.

/** Above this many points a line is drawn without markers, as capaian does and as anyone would. */
const MARKER_LIMIT = 500;

const markers = (chart) => chart.labels.length <= MARKER_LIMIT;

export function chartjsConfig(chart) {
  return {
    type: chart.type,
    data: {
      labels: chart.labels,
      datasets: chart.series.map((s) => ({
        label: s.name,
        data: s.values,
        ...(chart.type === 'line' ? { pointRadius: markers(chart) ? 3 : 0, spanGaps: false } : {}),
      })),
    },
    options: {
      // Drawn at once: capaian's fade-in is CSS and costs no script time either.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        title: { display: true, text: chart.title },
        subtitle: { display: Boolean(chart.subtitle), text: chart.subtitle ?? '' },
        legend: { display: true, position: 'bottom' },
        tooltip: { enabled: true },
      },
    },
  };
}

export function echartsOption(chart) {
  return {
    animation: false,
    title: { text: chart.title, subtext: chart.subtitle ?? '' },
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { top: 60, bottom: 40, left: 50, right: 20 },
    xAxis: { type: 'category', data: chart.labels },
    yAxis: { type: 'value', scale: chart.type === 'line' },
    series: chart.series.map((s) => ({
      type: chart.type,
      name: s.name,
      data: s.values,
      ...(chart.type === 'line' ? { showSymbol: markers(chart), connectNulls: false } : {}),
    })),
  };
}

/** Observable Plot and uPlot take the neutral chart itself (their draw code builds the marks), with the marker rule. */
export function neutralConfig(chart) {
  return { ...chart, markers: markers(chart) };
}

/** The peers, by the name the results use: how to configure each, and its entry file. */
export const PEERS = [
  { id: 'chartjs', name: 'Chart.js', package: 'chart.js', entry: 'bench/peers/chartjs.js', config: chartjsConfig },
  { id: 'echarts', name: 'ECharts', package: 'echarts', entry: 'bench/peers/echarts.js', config: echartsOption },
  {
    id: 'plot',
    name: 'Observable Plot',
    package: '@observablehq/plot',
    entry: 'bench/peers/plot.js',
    config: neutralConfig,
    // The page's own heading sizes for Plot's title and subtitle.
    css: 'bench/peers/plot.css',
  },
  {
    id: 'uplot',
    name: 'uPlot',
    package: 'uplot',
    entry: 'bench/peers/uplot.js',
    config: neutralConfig,
    // uPlot's own stylesheet (legend and title layout), linked as its users do.
    css: 'node_modules/uplot/dist/uPlot.min.css',
  },
];
