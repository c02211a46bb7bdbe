import type { Reason } from './schema.js';
import type { Lang } from './format.js';

/** A rectangle in chart px. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A data point a reader can reach: by pointer, by tap and by arrow keys. */
export interface PointModel {
  /** Stable key, unique within the chart. */
  key: string;
  /** What a screen reader announces on focus. */
  label: string;
  /** The tooltip: a heading and its lines. */
  tooltip: { title: string; lines: string[] };
  /** Where the tooltip points to, in chart px. */
  anchor: { x: number; y: number };
  /** The focus ring drawn when the point is active, in chart px. */
  focus: Rect;
  /** What its tooltip must leave in view: the mark and its labels. The focus box when not given. */
  keepClear?: Rect[] | undefined;
}

export interface TableModel {
  caption: string;
  columns: { label: string; numeric?: boolean }[];
  /** The first cell of each row is its header. */
  rows: string[][];
}

export interface LegendItem {
  /** Which swatch to draw; each widget defines its own. */
  swatch: string;
  label: string;
}

/**
 * What every widget's layout returns besides its marks: the words that tell the same
 * story to a reader who cannot see the chart.
 */
export interface AccessModel {
  lang: Lang;
  width: number;
  height: number;
  /** One or two sentences in the reader's language. */
  summary: string;
  table: TableModel;
  /** Reachable points, as rows (series) of columns (in order along the axis). */
  points: PointModel[][];
  legend: LegendItem[];
  /** True when the document holds no data to draw. */
  empty: boolean;
  /** What no tooltip may cover, whichever point it describes: a headline, say. */
  keepClear?: Rect[] | undefined;
  /** A small variant for a sidebar (the audit streak's badge): no row of downloads under it. */
  compact?: boolean;
}

/**
 * Why there is no chart: `load` (fetch, HTTP, type, size, JSON), `parse` (not a valid
 * document), `attribute` (the page wrote the document as a `data` attribute, which is
 * never read) or `layout` (a valid document the library failed to lay out: a bug of ours).
 */
export interface SourceFailure {
  kind: 'load' | 'parse' | 'attribute' | 'layout';
  reasons: Reason[];
}

/** A widget's `state` attribute. */
export type WidgetState = 'loading' | 'ready' | 'error';

/**
 * Detail of `capaian-error`: why the widget shows its error message. `kind` is `load`
 * (the document could not be fetched or read), `parse` (it is not a valid document),
 * `attribute` (it was written as a `data` attribute: set the property instead) or
 * `layout` (a bug in capaian).
 */
export type CapaianErrorDetail = SourceFailure;

/** Detail of `capaian-ready`. */
export interface CapaianReadyDetail {
  /** True when the document is valid but holds no data to draw. */
  empty: boolean;
}

/**
 * Makes `make` (a chart's summary or table) once per document and language: they do not
 * depend on the width, so a resize lays the marks out again but keeps the same table
 * object, and the table controller leaves its rows in the page as they are (an open
 * table of 10,000 rows is not rebuilt on every resize). A parsed spec is read, never
 * changed: one changed in place would keep the words it was first written with.
 */
export function oncePerDocument<S extends object, T>(make: (spec: S, lang: Lang) => T): (spec: S, lang: Lang) => T {
  const made = new WeakMap<S, Partial<Record<Lang, T>>>();
  return (spec, lang) => {
    let byLang = made.get(spec);
    if (!byLang) made.set(spec, (byLang = {}));
    return (byLang[lang] ??= make(spec, lang));
  };
}
