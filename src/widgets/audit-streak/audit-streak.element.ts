import type { TemplateResult } from 'lit';
import { CapaianElement } from '../../core/element.js';
import type { Cursor } from '../../core/keys.js';
import { frameStyles, themeStyles } from '../../core/styles.js';
import { auditLayout, type AuditModel } from './layout.js';
import { auditChart, auditSwatch } from './render.js';
import { parseAudit, type AuditSpec } from './schema.js';
import { auditStyles } from './styles.js';

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
  static override styles = [themeStyles, frameStyles, auditStyles];

  static override properties = {
    ...CapaianElement.properties,
    variant: { reflect: true },
  };

  /**
   * `full` (default): headline, legend and a cell for every year, wrapping into rows
   * when narrow. `badge`: for sidebars and article margins, the headline and the last
   * few years (up to five, as many as fit) in one line, with no legend; the text
   * summary stays for screen readers, the table stays for everyone.
   */
  declare variant: 'full' | 'badge' | undefined;

  protected parse(input: unknown) {
    return parseAudit(input);
  }

  protected layout(spec: AuditSpec, width: number, lang: 'id' | 'en'): AuditModel {
    return auditLayout(spec, { width, lang, variant: this.variant });
  }

  protected override layoutKey(): string {
    return this.variant === 'badge' ? 'badge' : 'full';
  }

  protected renderChart(model: AuditModel, active: Cursor | undefined): TemplateResult {
    return auditChart(model, active, (row, col) => this.tabIndexOf(row, col));
  }

  protected renderSwatch(kind: string): TemplateResult {
    return auditSwatch(kind);
  }

  /** Height to reserve while loading. */
  protected override placeholderHeight(): number {
    return this.variant === 'badge' ? 48 : 150;
  }
}
