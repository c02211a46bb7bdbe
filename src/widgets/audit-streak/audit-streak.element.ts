import { CapaianElement } from '../../core/element.js';
import { elementStyles } from '../../core/styles/index.js';
import { auditStreak } from './definition.js';
import type { AuditModel } from './layout.js';
import type { AuditStreakDocument, AuditSpec } from './schema.js';

export type { AuditStreakDocument, AuditSpec };

/**
 * A body's record of audit opinions (BPK): one cell per fiscal year, first audit to
 * last, each with its code, an icon and a colour; a year with no audit is a dashed
 * "tidak ada data" cell and ends a streak. The headline gives the current streak of
 * WTP and WTP-DPP opinions, and the longest when it is another run; a bar under the
 * cells marks the current run. Defines no tag; see `capaian/audit-streak`.
 *
 * The legend lists only the codes present (and "no data" when a year is missing):
 * every cell carries its code, so the legend is there to spell the codes out, and a
 * record of three WTP years should not be explained with five entries.
 *
 * On narrow screens the cells wrap into balanced rows instead of scrolling sideways:
 * every year stays in view and nothing depends on a scroll cue being noticed.
 *
 * @summary Streak of audit opinions by fiscal year, from JSON.
 * @tag capaian-audit-streak
 *
 * @cssprop --capaian-opinion-wtp - Fill of WTP cells.
 * @cssprop --capaian-opinion-wtp-dpp - Fill of WTP-DPP cells.
 * @cssprop --capaian-opinion-wdp - Fill of WDP cells.
 * @cssprop --capaian-opinion-tw - Fill of TW cells.
 * @cssprop --capaian-opinion-tmp - Fill of TMP cells.
 * @cssprop --capaian-opinion-text - Code and icon colour on the cells.
 */
export class AuditStreakElement extends CapaianElement<AuditSpec, AuditModel> {
  static override definition = auditStreak;
  static override styles = elementStyles(auditStreak);

  /**
   * The document as an object ({@link AuditStreakDocument}); takes precedence over `src` and inline
   * JSON. One with the same content as the current one is no change: assign a new object.
   */
  declare data: AuditStreakDocument | undefined;
  /**
   * `full` (default): headline, legend and a cell for every year, wrapping into rows when
   * narrow. `badge`: for sidebars and article margins, the headline and the last few years
   * in one line, with no legend; the summary stays for screen readers, the table for everyone.
   */
  declare variant: 'full' | 'badge' | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'capaian-audit-streak': AuditStreakElement;
  }
}
