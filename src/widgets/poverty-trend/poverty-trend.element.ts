import { CapaianElement } from '../../core/element.js';
import { elementStyles } from '../../core/styles/index.js';
import { povertyTrend } from './definition.js';
import type { PovertyModel } from './layout.js';
import type { PovertyTrendDocument, PovertySpec } from './schema.js';

export type { PovertyTrendDocument, PovertySpec };

/**
 * The poverty rate over time: one line per series on a true month axis (a skipped
 * period breaks the line), the threshold as a labelled reference line, annotated
 * events, and each series named at its end. Defines no tag; see `capaian/poverty-trend`.
 *
 * @summary Poverty rate over time, from JSON.
 * @tag capaian-poverty-trend
 */
export class PovertyTrendElement extends CapaianElement<PovertySpec, PovertyModel> {
  static override definition = povertyTrend;
  static override styles = elementStyles(povertyTrend);

  /**
   * The document as an object ({@link PovertyTrendDocument}); takes precedence over `src` and inline
   * JSON. One with the same content as the current one is no change: assign a new object.
   */
  declare data: PovertyTrendDocument | undefined;
  /** The one layout there is: `default`. */
  declare variant: 'default' | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'capaian-poverty-trend': PovertyTrendElement;
  }
}
