import { describe, expect, it } from 'vitest';
import { statLayout } from '../../../src/widgets/stat/layout.js';
import { statChart } from '../../../src/widgets/stat/render.js';
import { parseStat, type StatSpec } from '../../../src/widgets/stat/schema.js';
import { sample } from '../../helpers/samples.js';
import { GOLDEN_SIZES, goldenSvg } from '../../helpers/ssr.js';

// Golden SVGs of the figures as laid out: a change in any mark is a reviewable diff in __snapshots__/.
describe('stat golden SVG', () => {
  for (const file of ['stat.seed', 'stat.extended']) {
    for (const [width, lang] of GOLDEN_SIZES) {
      it(`${file} at ${width}px in ${lang}`, async () => {
        const spec = (parseStat(sample(file)) as { spec: StatSpec }).spec;
        const m = statLayout(spec, { width, lang });
        await expect(
          goldenSvg(
            m,
            statChart(m, undefined, () => -1),
          ),
        ).toMatchFileSnapshot(`./__snapshots__/${file}.${width}.${lang}.svg`);
      });
    }
  }
});
