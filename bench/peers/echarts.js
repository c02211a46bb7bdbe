// Apache ECharts cut down to what the bench draws: bar and line charts with the title,
// legend and tooltip a newsroom chart would show, on the default canvas renderer.
// `draw` is the embed code a page would write; ECharts does not follow its container's
// size by itself, so, like any page using it, this wires a ResizeObserver to resize().
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

/** Draws into `container` (it fills it, and follows its size). */
export function draw(container, option) {
  const chart = init(container);
  chart.setOption(option);
  new ResizeObserver(() => chart.resize()).observe(container);
  return chart;
}
