import { defineWidget } from '../../core/widget.js';
import { auditLayout } from './layout.js';
import { auditChart, auditSwatch } from './render.js';
import { auditSchema, parseAudit } from './schema.js';
import { auditStyles, OPINION_TOKENS } from './styles.js';

/** `<capaian-audit-streak>`: a body's audit opinions by fiscal year, and its current streak. */
export const auditStreak = defineWidget({
  name: 'audit-streak',
  tag: 'capaian-audit-streak',
  rules: auditSchema,
  parse: parseAudit,
  layout: (spec, { width, lang, variant }) =>
    auditLayout(spec, { width, lang, variant: variant === 'badge' ? 'badge' : 'full' }),
  chart: (model, { active, tabIndexOf }) => auditChart(model, active, tabIndexOf),
  swatch: auditSwatch,
  styles: auditStyles,
  tokens: OPINION_TOKENS,
  csv: (spec) => [['year', 'opinion', 'note'], ...spec.audits.map((a) => [a.year, a.opinion, a.note])],
  // The first sample's height at 320, 375, 640 and 1280 px (ReserveStep, src/core/layout-definition.ts).
  reserve: {
    full: [
      { from: 0, frame: 792 },
      { from: 360, frame: 648 },
      { from: 480, frame: 538 },
      { from: 960, frame: 382 },
    ],
    badge: [
      { from: 0, frame: 281 },
      { from: 360, frame: 255 },
      { from: 480, frame: 215 },
      { from: 960, frame: 215 },
    ],
  },
  variants: ['full', 'badge'],
  samples: ['audit-streak.history', 'audit-streak.seed'],
});
