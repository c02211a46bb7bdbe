import type { Lang } from '../../core/format.js';
import type { AccessModel } from '../../core/model.js';

// What the key-figures layout produces: each figure's marks, and the words around them.

/** A line of text in the drawing; `className` says what it is (`label`, `value`, `change good`…). */
export interface TextMark {
  text: string;
  x: number;
  y: number;
  size: number;
  className: string;
  anchor?: 'start' | 'end' | undefined;
  /**
   * Words that follow on the same line in other styles ("kali", "rencana"): drawn as
   * `<tspan>`s, so the browser puts them after the number however wide its font sets it.
   */
  tail?: Tail[] | undefined;
}

export interface Tail {
  text: string;
  size: number;
  className: string;
  /** Set in bold (its class's style), and so measured in bold. */
  bold?: boolean;
}

/** A figure's small line: its pieces (broken at gaps), a hit box per point, the last point marked. */
export interface Sparkline {
  /** Row of the figure's points in `model.points`. */
  row: number;
  /** SVG path data of each unbroken piece. */
  pieces: string[];
  /** Each point's position (for the active dot) and its hit box, a band as wide as its share of the line. */
  dots: { x: number; y: number; hit: { x: number; width: number } }[];
  top: number;
  height: number;
}

export interface FigureModel {
  x: number;
  y: number;
  width: number;
  texts: TextMark[];
  /** The change's arrow: a triangle pointing up or down (or a bar for no change), in the tone's colour. */
  arrow?: { d: string; direction: 'up' | 'down' | 'same'; tone: string } | undefined;
  /** The thin rule along the figure's top, on the half pixel so it is crisp. */
  rule: { x1: number; x2: number; y: number };
  /**
   * The progress bar toward the target: its track, the share filled (0 to 1) and the
   * filled part's width.
   */
  bar?: { x: number; y: number; width: number; height: number; filled: number; fillWidth: number } | undefined;
  spark?: Sparkline | undefined;
}

export interface StatModel extends AccessModel {
  figures: FigureModel[];
  columns: number;
}

export interface LayoutOptions {
  width: number;
  lang: Lang;
}
