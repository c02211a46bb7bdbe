import { describe, expect, it } from 'vitest';
import { auditLayout } from '../../../src/widgets/audit-streak/layout.js';
import { auditChart } from '../../../src/widgets/audit-streak/render.js';
import { parseAudit, type AuditSpec } from '../../../src/widgets/audit-streak/schema.js';
import { sample } from '../../helpers/samples.js';
import { GOLDEN_SIZES, goldenSvg } from '../../helpers/ssr.js';

// Golden SVGs of the chart as laid out (coordinates rounded to 0.1 px by the layout),
// both samples in both variants: a change in any mark is a reviewable diff in __snapshots__/.
describe('audit-streak golden SVG', () => {
  for (const file of ['audit-streak.seed', 'audit-streak.history']) {
    for (const variant of ['full', 'badge'] as const) {
      for (const [width, lang] of GOLDEN_SIZES) {
        it(`${file}, ${variant}, at ${width}px in ${lang}`, async () => {
          const spec = (parseAudit(sample(file)) as { spec: AuditSpec }).spec;
          const m = auditLayout(spec, { width, lang, variant });
          await expect(
            goldenSvg(
              m,
              auditChart(m, undefined, () => -1),
            ),
          ).toMatchFileSnapshot(`./__snapshots__/${file}.${variant}.${width}.${lang}.svg`);
        });
      }
    }
  }
});
