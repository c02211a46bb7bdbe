import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { auditLayout } from '../../../src/widgets/audit-streak/layout.js';
import { auditChart } from '../../../src/widgets/audit-streak/render.js';
import { parseAudit, type AuditSpec } from '../../../src/widgets/audit-streak/schema.js';
import { sample } from '../../helpers/samples.js';
import { prettySvg, toMarkup } from '../../helpers/ssr.js';

// Golden SVGs of the chart as laid out (coordinates rounded to 0.1 px by the layout),
// both samples in both variants: a change in any mark is a reviewable diff in __snapshots__/.
describe('audit-streak golden SVG', () => {
  for (const file of ['audit-streak.seed', 'audit-streak.history']) {
    for (const variant of ['full', 'badge'] as const) {
      for (const [width, lang] of [
        [320, 'id'],
        [640, 'en'],
        [1200, 'id'],
      ] as const) {
        it(`${file}, ${variant}, at ${width}px in ${lang}`, async () => {
          const spec = (parseAudit(sample(file)) as { spec: AuditSpec }).spec;
          const m = auditLayout(spec, { width, lang, variant });
          const markup = toMarkup(
            html`<svg
              xmlns="http://www.w3.org/2000/svg"
              width=${m.width}
              height=${m.height}
              viewBox="0 0 ${m.width} ${m.height}"
            >
              ${auditChart(m, undefined, () => -1)}
            </svg>`,
          );
          await expect(prettySvg(markup) + '\n').toMatchFileSnapshot(
            `./__snapshots__/${file}.${variant}.${width}.${lang}.svg`,
          );
        });
      }
    }
  }
});
