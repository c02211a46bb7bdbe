import { linearAxis, type LinearAxis } from '../../core/axis.js';
import { formatPercentValue, type Lang } from '../../core/format.js';

/** Room left of the plot for the break mark of an axis that does not start at zero. */
export const BREAK_ROOM = 14;

/** The most of the plot's height the axis may leave empty above the highest value. */
const MAX_EMPTY_TOP = 0.25;

/** Decimals that tell value ticks `step` apart: "9%", "9,5%", "9,25%". */
function tickDecimals(step: number): number {
  if (step >= 0.999) return 0;
  if (step >= 0.0999) return 1;
  return 2;
}

/**
 * The value axis from `low` to `high` (the data and the threshold), `bottom` to `top` px:
 * round ticks about 48 px apart, closer where the top tick would leave more than a
 * quarter of the plot empty above the highest value; a baseline above zero a step or
 * more below the lowest value, so that no line or marker lies on it (`clear` px at
 * least); labels with the digits that tell the ticks apart.
 */
export function valueAxis(
  [low, high]: [number, number],
  [bottom, top]: [number, number],
  clear: number,
  lang: Lang,
): LinearAxis {
  let floor = low;
  let axis = linearAxis([floor, high], [bottom, top], String, 48);
  for (let tries = 0; tries < 4; tries++) {
    for (let spacing = 40; spacing >= 24 && axis.domain[1] - high > MAX_EMPTY_TOP * span(axis); spacing -= 8)
      axis = linearAxis([floor, high], [bottom, top], String, spacing);
    const base = axis.domain[0];
    if (base <= 0 || axis.scale(low) <= bottom - clear) break;
    // The lowest value too near a baseline above zero: one step lower.
    floor = Math.max(0, base - (axis.ticks[1]!.value - axis.ticks[0]!.value));
    axis = linearAxis([floor, high], [bottom, top], String, 48);
  }
  const decimals = tickDecimals(axis.ticks[1]!.value - axis.ticks[0]!.value);
  for (const tick of axis.ticks) tick.label = formatPercentValue(tick.value, lang, decimals);
  return axis;
}

const span = ({ domain }: LinearAxis) => domain[1] - domain[0];
