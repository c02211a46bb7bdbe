/** Growth between two amounts `years` apart: the total change and the yearly compound rate. */
export interface Growth {
  fromYear: number;
  toYear: number;
  /** Total change as a ratio: 0.933 is +93,3 %. `null` when the start is zero (or too near it). */
  total: number | null;
  /** Compound annual growth rate; equals `total` for neighbouring years. */
  perYear: number | null;
  /** Years between the two points. */
  span: number;
}

/** `part / whole`, or null when that is no finite number (a zero or near-zero whole). */
export function ratio(part: number, whole: number): number | null {
  const r = part / whole;
  return whole > 0 && Number.isFinite(r) ? r : null;
}

/**
 * Compound annual growth rate from `from` to `to` over `years` years. The schema keeps
 * amounts at 0 or more and years apart, so only a zero start has no rate.
 */
export function cagr(from: number, to: number, years: number): number | null {
  const r = ratio(to, from);
  return r === null ? r : r ** (1 / years) - 1;
}

export function growth(from: { year: number; amount: number }, to: { year: number; amount: number }): Growth {
  const span = to.year - from.year;
  const total = ratio(to.amount, from.amount);
  return {
    fromYear: from.year,
    toYear: to.year,
    total: total === null ? total : total - 1,
    perYear: cagr(from.amount, to.amount, span),
    span,
  };
}

/** Growth between each point and the next, in year order. */
export function growthSteps(points: readonly { year: number; amount: number }[]): Growth[] {
  return points.slice(1).map((p, i) => growth(points[i]!, p));
}
