import type { CSSResult, TemplateResult } from 'lit';
import type { Cursor } from './keys.js';
import type { LayoutDefinition } from './layout-definition.js';
import type { AccessModel } from './model.js';
import type { FrameSpec } from './schema.js';

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

/**
 * Everything the library knows of one widget. Each widget folder exports one, the
 * registry (`src/widgets/index.ts`) lists them, and every other part iterates the
 * registry: the element base class, the classic script's loader, the ES entries,
 * static rendering and the CLI, JSON Schemas, stories, the gallery, the tests and the
 * size check. Nothing here touches the DOM, so a definition loads in Node; the part that
 * needs no drawing is `LayoutDefinition` (layout-definition.ts), which Node's entries give.
 */
export interface WidgetDefinition<
  Spec extends FrameSpec = FrameSpec,
  Model extends AccessModel = AccessModel,
> extends LayoutDefinition<Spec, Model> {
  /** The SVG marks; each point carries `data-point="row:col"` matching `model.points[row][col]`. */
  chart(model: Model, context: ChartContext): TemplateResult;
  /** A legend swatch, drawn in a 16 × 12 box. */
  swatch(kind: string): TemplateResult;
  /** The widget's own styles, shared by the element, static SVG/HTML and downloads. */
  styles: CSSResult;
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
