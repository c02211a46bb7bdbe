import { describe, expect, it } from 'vitest';
import { povertyLayout } from '../../../src/widgets/poverty-trend/layout.js';
import { povertyChart } from '../../../src/widgets/poverty-trend/render.js';
import type { PovertySpec } from '../../../src/widgets/poverty-trend/schema.js';
import { GOLDEN_SIZES, goldenSvg } from '../../helpers/ssr.js';
import { bps, seed, three } from './fixtures.js';

// Golden SVGs of the chart as laid out (coordinates rounded to 0.1 px by the layout):
// a change in any mark shows up as a reviewable diff in __snapshots__/.
describe('poverty-trend golden SVG', () => {
  const files: [string, () => PovertySpec][] = [
    ['poverty-trend.seed', seed],
    ['poverty-trend.bps-2015-2025', bps],
    ['poverty-trend.three-series', three],
  ];
  for (const [file, make] of files) {
    for (const [width, lang] of GOLDEN_SIZES) {
      it(`${file} at ${width}px in ${lang}`, async () => {
        const m = povertyLayout(make(), { width, lang });
        await expect(
          goldenSvg(
            m,
            povertyChart(m, undefined, () => -1),
          ),
        ).toMatchFileSnapshot(`./__snapshots__/${file}.${width}.${lang}.svg`);
      });
    }
  }
});
