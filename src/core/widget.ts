import type { CSSResult, TemplateResult } from 'lit';
import type { Lang } from './format.js';
import type { Cursor } from './keys.js';
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

/** What the chart's marks need of the element that draws them. */
export interface ChartContext {
  /** The point under the cursor (pointer, tap or arrow keys), if any. */
  active: Cursor | undefined;
  /** Roving tab index of a point: 0 for the one point in the tab order, else -1. */
  tabIndexOf(row: number, col: number): number;
  /**
   * An object owned by one element and kept from one render to the next, for a chart
   * whose marks depend on what it drew before (see the poverty trend's cursor slots).
   * Empty on a server.
   */
  memory: Record<string, unknown>;
}

/** A colour per theme, by token name: `--capaian-<name>` outside, `var(--_<name>)` inside. */
export type ThemeTokens = Record<'light' | 'dark', Record<string, string>>;

/** A CSV download: the header row, then one row per record, as raw values (not formatted). */
export type CsvRows = (string | number | undefined)[][];

/**
 * Everything the library knows of one widget. Each widget folder exports one, the
 * registry (`src/widgets/index.ts`) lists them, and every other part iterates the
 * registry: the element base class, the classic script's loader, the ES entries,
 * static rendering and the CLI, JSON Schemas, stories, the gallery, the tests and the
 * size check. Nothing here touches the DOM, so a definition loads in Node.
 */
export interface WidgetDefinition<Spec extends FrameSpec = FrameSpec, Model extends AccessModel = AccessModel> {
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
  /** The SVG marks; each point carries `data-point="row:col"` matching `model.points[row][col]`. */
  chart(model: Model, context: ChartContext): TemplateResult;
  /** A legend swatch, drawn in a 16 × 12 box. */
  swatch(kind: string): TemplateResult;
  /** The widget's own styles, shared by the element, static SVG/HTML and downloads. */
  styles: CSSResult;
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
  /** Height to reserve while loading at a width, so the page does not jump when the chart comes. */
  placeholderHeight(width: number, variant: string): number;
  /** Named layouts, for the `variant` attribute; the first is the default. */
  variants: readonly string[];
  /** Files in `examples/data/` without `.json`, the fullest first: the gallery, stories, screenshots and tests use them. */
  samples: readonly string[];
}

/**
 * A definition with its spec and model types erased, for code that handles every widget
 * alike (the registry, static rendering). Each definition is type-checked where it is
 * written; a model only ever goes back to the definition that made it.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWidgetDefinition = WidgetDefinition<any, any>;

/** Types a widget definition where it is written (an identity function, as `defineConfig` in Vite). */
export function defineWidget<Spec extends FrameSpec, Model extends AccessModel>(
  definition: WidgetDefinition<Spec, Model>,
): WidgetDefinition<Spec, Model> {
  return definition;
}

/** The variant to lay out: the one asked for when the widget has it, else its default. */
export function variantOf(definition: AnyWidgetDefinition, asked: string | null | undefined): string {
  return asked && definition.variants.includes(asked) ? asked : (definition.variants[0] ?? 'default');
}
