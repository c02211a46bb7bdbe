/**
 * Text width without a DOM, so layout stays pure and runs in Node. Widths are those of
 * Helvetica/Arial in ems (close to most system sans-serif faces); a safety margin
 * covers the difference, so an estimate errs towards "does not fit".
 */
const NARROW = " ,.:;'!|ijlI()[]\u00a0";
const WIDE = 'mwMW%@';
const DIGITS = '0123456789';

/** Of one character (code point). */
function charWidth(ch: string): number {
  if (DIGITS.includes(ch)) return 0.556;
  if (NARROW.includes(ch)) return 0.278;
  if (WIDE.includes(ch)) return 0.89;
  if ('+−-–×'.includes(ch)) return 0.584;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if ('rtf'.includes(ch)) return 0.333;
  return 0.556;
}

/** Estimated width in px of `text` at `fontSize` px, 8 % on the safe side. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize * (bold ? 1.15 : 1.08);
}

/** Rounds to 0.1 px: enough for any screen, and stable for snapshots and small output. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Keeps the items whose [start, end) spans do not overlap earlier kept ones, in priority order. */
export function placeWithoutOverlap<T>(
  items: readonly T[],
  span: (item: T) => [number, number],
  priority: (item: T, index: number) => number,
  gap = 4,
): Set<T> {
  const order = items.map((item, index) => ({ item, p: priority(item, index) })).sort((a, b) => b.p - a.p);
  const kept: [number, number][] = [];
  const result = new Set<T>();
  for (const { item } of order) {
    const [a, b] = span(item);
    if (kept.every(([c, d]) => b + gap <= c || a >= d + gap)) {
      kept.push([a, b]);
      result.add(item);
    }
  }
  return result;
}
