import { CapaianElement } from '../../core/element.js';
import { elementStyles } from '../../core/styles/index.js';
import { stat } from './definition.js';
import type { StatModel } from './layout.js';
import type { StatDocument, StatSpec } from './schema.js';

export type { StatDocument, StatSpec };

/**
 * Key figures, as a ministry publishes its "capaian" and a newsroom sets a fact box:
 * each figure's label and number in the reader's language, "rencana" when it is
 * planned, its change against a comparison (an arrow and words; green or red only when
 * the document says which way is better), the share of a target with a progress bar,
 * a small line of its history and a note. Defines no tag; see `capaian/stat`.
 *
 * Figures flow into one to four columns by the element's width, evened out (five
 * figures sit three and two); the numbers of one row share a size and a baseline.
 * The summary says each figure in one sentence; the table holds every number,
 * histories included.
 *
 * @summary Key figures with their comparisons, targets and history, from JSON.
 * @tag capaian-stat
 *
 * @cssprop --capaian-good - Colour of a change for the better (only when the data says which way is better).
 * @cssprop --capaian-bad - Colour of a change for the worse.
 */
export class StatElement extends CapaianElement<StatSpec, StatModel> {
  static override definition = stat;
  static override styles = elementStyles(stat);

  /**
   * The document as an object ({@link StatDocument}); takes precedence over `src` and inline
   * JSON. One with the same content as the current one is no change: assign a new object.
   */
  declare data: StatDocument | undefined;
  /** The one layout there is: `default`. */
  declare variant: 'default' | undefined;
}

declare global {
  interface HTMLElementTagNameMap {
    'capaian-stat': StatElement;
  }
}
