import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { povertyLayout } from '../../../src/widgets/poverty-trend/layout.js';
import { povertyChart } from '../../../src/widgets/poverty-trend/render.js';
import type { PovertySpec } from '../../../src/widgets/poverty-trend/schema.js';
import { prettySvg, toMarkup } from '../../helpers/ssr.js';
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
    for (const [width, lang] of [
      [320, 'id'],
      [640, 'en'],
      [1200, 'id'],
    ] as const) {
      it(`${file} at ${width}px in ${lang}`, async () => {
        const m = povertyLayout(make(), { width, lang });
        const markup = toMarkup(
          html`<svg
            xmlns="http://www.w3.org/2000/svg"
            width=${m.width}
            height=${m.height}
            viewBox="0 0 ${m.width} ${m.height}"
          >
            ${povertyChart(m, undefined, () => -1)}
          </svg>`,
        );
        await expect(prettySvg(markup) + '\n').toMatchFileSnapshot(`./__snapshots__/${file}.${width}.${lang}.svg`);
      });
    }
  }
});
