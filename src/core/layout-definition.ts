/**
 * The part of a widget's definition that needs no DOM, no Lit and no drawing: its rules,
 * parsing, layout, colour tokens, CSV and variants. `capaian/layout` and `capaian/static`
 * give the registry typed as this, so that their type declarations check in a Node
 * project without the DOM library; `WidgetDefinition` (widget.ts) adds the drawing.
 */
import type { Lang } from './format.js';
import type { AccessModel } from './model.js';
import type { Rule } from './rules.js';
import type { FrameSpec, ParseResult } from './schema.js';

/** What a widget's layout is given: the width it has, the reader's language, and its variant. */
export interface WidgetLayoutOptions {
  width: number;
  lang: Lang;
  /** One of the definition's `variants`; the first when the element names none. */
  variant: string;
}

/** A named theme: what the `theme` attribute resolves to (`auto` becomes one of these). */
export type ThemeName = 'light' | 'dark';

/** A colour per theme, by token name: `--capaian-<name>` outside, `var(--_<name>)` inside. */
export type ThemeTokens = Record<ThemeName, Record<string, string>>;

/** A CSV download: the header row, then one row per record, as raw values (not formatted). */
export type CsvRows = (string | number | undefined)[][];

/**
 * The height a widget keeps free until its figure is drawn, so that the text under it
 * does not jump. It is reserved twice, alike: before the script runs, by the stylesheet
 * `capaian.css` (generated from these steps by src/reserve-css.ts, as container
 * queries on the undefined tag: CSP-friendly, no style attribute), and after it, by the
 * loading box, until the data has come.
 *
 * Neither knows the data yet, and the drawn height depends on it (the title's and the
 * summary's lines, the rows of figures or cells). The steps are the drawn height of the
 * widget's first sample (the fullest) at 320, 375, 640 and 1280 px in Chromium, which
 * test/core/reserve.browser.test.ts holds them to; other data, widths or fonts differ by the
 * lines they wrap to. A page that must not move at all renders its figures on the server
 * (`npx capaian render … --format html`).
 */
export interface ReserveStep {
  /** The content width (px) from which this step holds, until the next one's. */
  from: number;
  /** The height (px) of everything around a chart that scales: title, summary, table, footer, downloads. */
  frame: number;
  /** A chart whose height is a share of the width, clamped: `[share, min, max]` (its layout's own rule). */
  chart?: readonly [share: number, min: number, max: number];
}

/** The steps per variant, each list in increasing `from`, the first from 0. */
export type Reserve = Readonly<Record<string, readonly ReserveStep[]>>;

/** A widget's definition as far as parsing and layout go, in Node as in the browser. */
export interface LayoutDefinition<Spec extends FrameSpec = FrameSpec, Model extends AccessModel = AccessModel> {
  /** Folder name, ES entry (`capaian/<name>`), CLI and embed-page name: `budget-growth`. */
  name: string;
  /** The custom element's tag: `capaian-<name>`. */
  tag: string;
  /** The input rules; `parse` runs them and the JSON Schema file is generated from them. */
  rules: Rule;
  /** Turns untrusted JSON into the widget's spec, or into reasons a person can act on. */
  parse(input: unknown): ParseResult<Spec>;
  /** Pure layout: the spec at a width, in a language, to positions, labels, summary and table. */
  layout(spec: Spec, options: WidgetLayoutOptions): Model;
  /** Colour tokens of the widget's own, resolved per theme in the browser and in static output alike. */
  tokens?: ThemeTokens;
  /**
   * Likely mistakes in a valid document, in English for the page's developer: the
   * element warns once in the console per document, the builder shows them. (Money
   * figures all under a million, for example, are usually trillions typed as `22.4`.)
   */
  advice?(spec: Spec): string[];
  /** The CSV download: raw numbers, ISO periods, lowercase column names. */
  csv(spec: Spec): CsvRows;
  /**
   * The height kept free until the figure is drawn, per variant (`ReserveStep` above):
   * the loading box's, and the undefined tag's in `capaian.css`, so the page does not jump.
   */
  reserve: Reserve;
  /** Named layouts, for the `variant` attribute; the first is the default. */
  variants: readonly string[];
  /** Files in `examples/data/` without `.json`, the fullest first: the gallery, stories, screenshots and tests use them. */
  samples: readonly string[];
}

/** A layout definition with its spec and model types erased, for code that handles every widget alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyLayoutDefinition = LayoutDefinition<any, any>;

/** The variant to lay out: the one asked for when the widget has it, else its default. */
export function variantOf(definition: AnyLayoutDefinition, asked: string | null | undefined): string {
  return asked && definition.variants.includes(asked) ? asked : (definition.variants[0] ?? 'default');
}
