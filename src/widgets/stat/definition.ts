import { smallMoneyAdvice } from '../../core/format.js';
import { defineWidget } from '../../core/widget.js';
import { statLayout } from './layout.js';
import { statChart, statSwatch } from './render.js';
import { parseStat, statSchema } from './schema.js';
import { statCsv } from './story.js';
import { CHANGE_TOKENS, statStyles } from './styles.js';

/** `<capaian-stat>`: key figures, each with its comparison, target, history and note. */
export const stat = defineWidget({
  name: 'stat',
  tag: 'capaian-stat',
  rules: statSchema,
  parse: parseStat,
  layout: (spec, { width, lang }) => statLayout(spec, { width, lang }),
  chart: (model, { active, tabIndexOf }) => statChart(model, active, tabIndexOf),
  swatch: statSwatch,
  styles: statStyles,
  tokens: CHANGE_TOKENS,
  advice: (spec) =>
    smallMoneyAdvice(
      spec.figures.filter((figure) => figure.unit === 'money').map((figure) => figure.value),
      spec.currency,
    ),
  csv: statCsv,
  // The first sample's height at 320, 375, 640 and 1280 px (ReserveStep, src/core/layout-definition.ts), in steps where the
  // columns change (columnCount: two from 404 px, four from 832 px).
  reserve: {
    default: [
      { from: 0, frame: 1050 },
      { from: 360, frame: 950 },
      { from: 404, frame: 620 },
      { from: 832, frame: 426 },
    ],
  },
  variants: ['default'],
  samples: ['stat.extended', 'stat.seed'],
});
