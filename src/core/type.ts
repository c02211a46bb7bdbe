/**
 * The type scale: three sizes, each with its line height in px, for every text a widget
 * sets — the frame (title; subtitle, legend, summary, table and tooltip; footer), the
 * static SVG and HTML, the downloads and the widgets' marks and labels. Few sizes read as
 * one design and cost the browser fewer font lookups. Chart labels are `small`: 12 px is
 * readable at 320 px and the smallest text anywhere.
 */
export const TYPE = {
  title: { size: 18, line: 24 },
  body: { size: 14, line: 20 },
  small: { size: 12, line: 16 },
} as const;

/** One size of the scale: its font size and line height, in px. */
export type TypeSize = (typeof TYPE)[keyof typeof TYPE];

/**
 * The one size outside the scale: a key figure read first and from afar (the stat's
 * numbers, the audit streak's "5×"). Title size would not stand out from the title
 * above it. The stat fits a number too long for its column down from here.
 */
export const DISPLAY = 32;
