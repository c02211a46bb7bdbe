import type { Tick } from '../../core/axis.js';
import type { Lang } from '../../core/format.js';
import type { AccessModel } from '../../core/model.js';
import type { PlacedValue } from './labels.js';

// What the budget layout produces: the year slots, the bars with their labels, the
// growth between neighbours and the value axis.

export interface BudgetBar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  planned: boolean;
  /** The realized amount, when given: a rule across the bar, 3 px beyond it each side. */
  realized?: { x1: number; x2: number; y: number } | undefined;
  /**
   * The value label above the bar (first, last, peak and planned always; the others
   * where they fit), with a leader down to the bar when it had to be raised.
   */
  label?: PlacedValue | undefined;
}

export interface BudgetSlot {
  year: number;
  x: number;
  width: number;
  /** False for a year with no figure: drawn as an empty slot. */
  present: boolean;
  /** The year label under the slot, when it fits. */
  label?: { text: string; x: number; y: number } | undefined;
}

export interface GrowthLabel {
  /** The two years whose amounts it compares. */
  fromYear: number;
  toYear: number;
  /** Connector from one bar centre to the next. */
  x1: number;
  x2: number;
  y: number;
  x: number;
  total: string;
  /** Yearly rate, only across a gap. */
  perYear?: string | undefined;
  totalY: number;
  perYearY: number;
}

export interface BudgetModel extends AccessModel {
  fontSize: number;
  plot: { left: number; top: number; right: number; bottom: number };
  slots: BudgetSlot[];
  bars: BudgetBar[];
  growth: GrowthLabel[];
  yTicks: Tick[];
}

export interface LayoutOptions {
  width: number;
  lang: Lang;
  /** Fixed height in px; by default it follows the width. */
  height?: number;
}
