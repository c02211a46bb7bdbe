// Chart.js cut down to what the bench draws: bar and line charts with the title,
// subtitle, legend and tooltip a newsroom chart would show. `draw` is the embed code a
// page would write; the config arrives as JSON (bench/peers/configs.mjs).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  SubTitle,
  Title,
  Tooltip,
);

/** Draws into `container` (it fills it; Chart.js follows its size with a ResizeObserver). */
export function draw(container, config) {
  const canvas = document.createElement('canvas');
  container.append(canvas);
  return new Chart(canvas, config);
}
