import type { TemplateResult } from 'lit';
import { CapaianElement } from '../../core/element.js';
import type { Cursor } from '../../core/keys.js';
// Bundled in this order, the standalone bundle gzips smallest (0.05 KB less than A to Z).
import { povertyHeight, povertyLayout, type PovertyModel } from './layout.js';
import { parsePoverty, type PovertySpec } from './schema.js';
import { povertyChart, povertySwatch } from './render.js';
import { frameStyles, themeStyles } from '../../core/styles.js';
import { povertyStyles } from './styles.js';

/**
 * The poverty rate over time: one line per series on a true month axis (a skipped
 * period breaks the line), the threshold as a labelled reference line, annotated
 * events, and each series named at its end. Defines no tag; see `capaian/poverty-trend`.
 *
 * @summary Poverty rate over time, from JSON.
 * @tag capaian-poverty-trend
 */
export class PovertyTrendElement extends CapaianElement<PovertySpec, PovertyModel> {
  static override styles = [themeStyles, frameStyles, povertyStyles];

  protected parse(input: unknown) {
    return parsePoverty(input);
  }

  protected layout(spec: PovertySpec, width: number, lang: 'id' | 'en'): PovertyModel {
    return povertyLayout(spec, { width, lang });
  }

  /** Two places for a cursor without a target of its own; see `povertyChart`. */
  #slots: (Cursor | undefined)[] = [];
  #turn = 0;

  protected renderChart(model: PovertyModel, active: Cursor | undefined): TemplateResult {
    const cursor = active ?? { row: 0, col: 0 };
    const held = this.#slots[this.#turn];
    if (held?.row !== cursor.row || held.col !== cursor.col) this.#slots[(this.#turn ^= 1)] = cursor;
    else this.#slots[this.#turn ^ 1] = undefined;
    return povertyChart(model, active, (row, col) => this.tabIndexOf(row, col), [...this.#slots]);
  }

  protected renderSwatch(kind: string): TemplateResult {
    return povertySwatch(kind);
  }

  protected override placeholderHeight(width: number): number {
    return povertyHeight(width);
  }
}
