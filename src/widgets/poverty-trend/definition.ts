import type { Cursor } from '../../core/keys.js';
import { defineWidget } from '../../core/widget.js';
import { POVERTY_CHART, povertyLayout } from './layout.js';
import { povertyChart, povertySwatch } from './render.js';
import { parsePoverty, povertySchema } from './schema.js';
import { povertyStyles } from './styles.js';

/**
 * The two cursor slots `povertyChart` draws a target-less period into, alternating, so
 * that the previous cursor's element outlives a move (removing a focused element would
 * blur it). `memory` is the element's own, kept between renders.
 */
function cursorSlots(
  memory: { slots?: (Cursor | undefined)[]; turn?: number },
  cursor: Cursor,
): (Cursor | undefined)[] {
  const slots = (memory.slots ??= [undefined, undefined]);
  const turn = memory.turn ?? 0;
  const held = slots[turn];
  const other = turn === 0 ? 1 : 0;
  if (held?.row === cursor.row && held.col === cursor.col) {
    slots[other] = undefined;
  } else {
    slots[other] = cursor;
    memory.turn = other;
  }
  return [...slots];
}

/** `<capaian-poverty-trend>`: the poverty rate over time, one line per series on a month axis. */
export const povertyTrend = defineWidget({
  name: 'poverty-trend',
  tag: 'capaian-poverty-trend',
  rules: povertySchema,
  parse: parsePoverty,
  layout: (spec, { width, lang }) => povertyLayout(spec, { width, lang }),
  chart: (model, { active, tabIndexOf, memory }) =>
    povertyChart(model, active, tabIndexOf, cursorSlots(memory, active ?? { row: 0, col: 0 })),
  swatch: povertySwatch,
  styles: povertyStyles,
  csv: (spec) => [
    ['series', 'period', 'value', 'count'],
    ...spec.series.flatMap((series) => series.points.map((p) => [series.name, p.period, p.value, p.count])),
  ],
  // The first sample's height at 320, 375, 640 and 1280 px (ReserveStep, src/core/layout-definition.ts); the chart's share is povertyHeight's.
  reserve: {
    default: [
      { from: 0, frame: 388, chart: POVERTY_CHART },
      { from: 360, frame: 352, chart: POVERTY_CHART },
      { from: 480, frame: 252, chart: POVERTY_CHART },
      { from: 960, frame: 212, chart: POVERTY_CHART },
    ],
  },
  variants: ['default'],
  samples: ['poverty-trend.bps-2015-2025', 'poverty-trend.seed'],
});
