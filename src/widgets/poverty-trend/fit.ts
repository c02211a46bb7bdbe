import { textWidth } from '../../core/measure.js';

/**
 * Width of a label in px. Bold system faces run wider than the estimate's Helvetica
 * (DejaVu Sans Bold by some 10 %), and a label clipped at the edge is worse than a few
 * spare pixels, so bold text is measured wide.
 */
export function labelWidth(text: string, fontSize: number, bold = false): number {
  return textWidth(text, fontSize, bold) * (bold ? 1.1 : 1);
}

/** Cuts `text` to fit `maxWidth` px, ending in "…" when anything was cut. */
export function truncate(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (labelWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length && labelWidth(chars.join('') + '…', fontSize, bold) > maxWidth) chars.pop();
  return chars.join('').trimEnd() + '…';
}
