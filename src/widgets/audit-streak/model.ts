import type { Lang } from '../../core/format.js';
import type { AccessModel } from '../../core/model.js';
import type { Opinion } from './schema.js';

/** What the audit layout produces: the cells, the headline and the words around them. */

export type AuditVariant = 'full' | 'badge';

/** A line of text: `x` where it starts, or its centre when the text is centred; `y` its baseline. */
export interface TextLine {
  text: string;
  x: number;
  y: number;
}

/** One fiscal year's cell. */
export interface AuditCell {
  year: number;
  /** Undefined for a year with no audit: a dashed "tidak ada data" cell. */
  opinion?: Opinion | undefined;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Top-left corner of the 12 × 12 icon; none in a "no data" cell. */
  icon?: { x: number; y: number } | undefined;
  /** The code, or the "no data" words in one or two lines, centred. */
  lines: TextLine[];
  /** The year, centred above the cell (full) or under it (badge). */
  yearLabel: TextLine;
  /** Part of the current streak: underlined in the full variant. */
  streak: boolean;
}

export interface AuditModel extends AccessModel {
  variant: AuditVariant;
  /** Size of years, sub-lines and "no data" words: the scale's small size. */
  fontSize: number;
  codeSize: number;
  /** The streak as a large figure ("3×"), absent when there is no current streak. */
  big?: (TextLine & { size: number }) | undefined;
  /** The headline words beside the figure: bold lead lines, then muted lines. */
  lead: TextLine[];
  leadSize: number;
  sub: TextLine[];
  cells: AuditCell[];
  /** Badge: an ellipsis before the cells when earlier years are left out. */
  more?: TextLine | undefined;
}

export interface LayoutOptions {
  width: number;
  lang: Lang;
  /** `full` (default): headline, legend and every year; `badge`: one line, the last few years. */
  variant?: AuditVariant | undefined;
}
