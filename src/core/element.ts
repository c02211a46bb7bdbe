import { adoptStyles, html, nothing, type LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { VERSION } from './define.js';
import { SourcedElement, type Found } from './source.js';
import {
  downloadsBlock,
  figure,
  focusRing,
  messageBlock,
  placeOverlays,
  showTable,
  tooltipBlock,
  tooltipPlacement,
} from './frame.js';
import { resolveLang, toLang } from './i18n.js';
import type { Cursor } from './keys.js';
import { PointInteraction } from './interaction.js';
import { loadExporter } from './exporter-loader.js';
import type { ElementFigure } from './exporter.js';
import type { AccessModel, CapaianErrorDetail, CapaianReadyDetail, TableModel, WidgetState } from './model.js';
import { reason, type FrameSpec, type ParseResult } from './schema.js';

export type { CapaianErrorDetail, CapaianReadyDetail, WidgetState } from './model.js';

const FALLBACK_WIDTH = 640;

/**
 * What all capaian widgets share: loading from `src`, an inline JSON script or the
 * `data` property; `lang` and `theme`; the `state` machine and its events; size
 * tracking; and the frame, summary, table, tooltip and keyboard movement around the
 * chart a subclass draws.
 *
 * A subclass supplies `parse`, `layout` and `renderChart`, and nothing else.
 *
 * @fires capaian-ready - The chart, summary and table are drawn (a table over 1,000 rows writes its rows on opening). Bubbles, composed. `detail: { empty }`.
 * @fires capaian-error - The data could not be loaded or is invalid. Bubbles, composed. `detail: { kind, reasons }`, each reason `{ path, expected, received, message }`.
 *
 * @csspart header - Title and subtitle.
 * @csspart title - The chart title.
 * @csspart subtitle - The line under the title.
 * @csspart legend - The legend above the chart.
 * @csspart chart - The box around the SVG chart and its tooltip.
 * @csspart summary - The generated text summary.
 * @csspart table - The data table disclosure.
 * @csspart footer - Notes, source and date.
 * @csspart notes - The footnote.
 * @csspart source - The "Sumber:" line.
 * @csspart updated - The "Diperbarui" line.
 * @csspart message - The loading, no-data and error message box.
 * @csspart downloads - The SVG, PNG and CSV download buttons.
 *
 * @cssprop --capaian-font-family - Font of all text (default: the system sans-serif).
 * @cssprop --capaian-background - Background colour.
 * @cssprop --capaian-text - Main text colour.
 * @cssprop --capaian-muted - Secondary text colour (subtitle, axes, footer).
 * @cssprop --capaian-grid - Gridline colour.
 * @cssprop --capaian-accent - Main data colour.
 * @cssprop --capaian-accent-2 - Second data colour.
 * @cssprop --capaian-accent-3 - Third data colour.
 * @cssprop --capaian-focus - Focus ring colour.
 * @cssprop --capaian-tooltip-background - Tooltip background.
 * @cssprop --capaian-tooltip-text - Tooltip text colour.
 * @cssprop --capaian-title-size - Title font size (default 18px).
 * @cssprop --capaian-padding - Padding around the whole widget (default 0).
 */
export abstract class CapaianElement<Spec extends FrameSpec, Model extends AccessModel> extends SourcedElement {
  static version = VERSION;

  static override properties = {
    langAttr: { attribute: 'lang' },
    theme: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noDownload: { type: Boolean, attribute: 'no-download' },
    state: { reflect: true },
    reasons: { state: true },
  };

  /** `lang` attribute: `id` (default) or `en`; without it the nearest ancestor's `lang` applies. */
  declare langAttr: string | undefined;
  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Level of the title's heading role (default 2). */
  declare headingLevel: number;
  /** `no-download` attribute: hides the SVG, PNG and CSV download buttons. */
  declare noDownload: boolean;
  /** `loading`, `ready` or `error`, reflected as an attribute. Read-only in spirit. */
  declare state: WidgetState;

  declare protected spec: Spec | undefined;
  declare protected reasons: CapaianErrorDetail | undefined;

  readonly #interaction = new PointInteraction(this, () => this.#model?.points.map((r) => r.length));
  /** Set when a new outcome (ready or error) has yet to be announced by an event. */
  #unannounced = false;
  #model?: Model;
  #modelKey = '';
  /** The model whose table is in the DOM. */
  #tabled?: TableModel;

  constructor() {
    super();
    this.state = 'loading';
    this.headingLevel = 2;
  }

  /** Turns untrusted JSON into the widget's spec, or reasons. */
  protected abstract parse(input: unknown): ParseResult<Spec>;
  /** Pure layout of a spec at a width, in a language. */
  protected abstract layout(spec: Spec, width: number, lang: 'id' | 'en'): Model;
  /** The SVG marks; points carry `data-point="row:col"`, `tabindex` from `tabIndexOf`. */
  protected abstract renderChart(model: Model, active: Cursor | undefined): TemplateResult;
  /** A legend swatch, 16×12. */
  protected abstract renderSwatch(kind: string): TemplateResult;
  /**
   * Anything besides spec, width and language that the layout depends on (a variant
   * attribute, say): a change in it lays the chart out again.
   */
  protected layoutKey(): string {
    return '';
  }

  /** Height reserved while loading, so the page does not jump when the chart arrives. */
  protected abstract placeholderHeight(width: number): number;

  /** The language in use: the `lang` attribute, else the nearest ancestor's. */
  get language(): 'id' | 'en' {
    return this.langAttr ? toLang(this.langAttr) : resolveLang(this.parentElement ?? this);
  }

  /** Shows what a load came to: the chart for a spec, the message for a failure, else the loading box. */
  protected settle(found: Found): void {
    const parsed = found && 'json' in found ? this.parse(found.json) : undefined;
    const spec = parsed?.ok ? parsed.spec : undefined;
    const failure =
      parsed && !parsed.ok
        ? { kind: 'parse' as const, reasons: parsed.reasons }
        : found && 'failure' in found
          ? found.failure
          : undefined;
    this.spec = spec;
    this.reasons = failure;
    this.state = spec ? 'ready' : failure ? 'error' : 'loading';
    if (spec) {
      this.#interaction.active = undefined;
      this.#model = undefined;
    }
    // A new outcome (ready or error) is announced by an event once drawn.
    this.#unannounced ||= !!(spec || failure);
    if (failure)
      console.error(
        `<${this.localName}>: ${failure.kind === 'load' ? 'could not load data' : 'invalid data'}\n` +
          failure.reasons.map((r) => `  ${r.message}`).join('\n'),
      );
  }

  /** The current model, laid out again only when the spec, width or language changed. */
  #currentModel(): Model | undefined {
    if (!this.spec) return undefined;
    const width = this.size.measure() || FALLBACK_WIDTH;
    const lang = this.language;
    const key = `${width}|${lang}|${this.layoutKey()}`;
    if (!this.#model || key !== this.#modelKey) {
      this.#model = this.layout(this.spec, width, lang);
      this.#modelKey = key;
    }
    return this.#model;
  }

  protected override updated(): void {
    placeOverlays(this.renderRoot as ShadowRoot, this.placeholderHeight(this.size.width || FALLBACK_WIDTH));
    const host = this.renderRoot.querySelector<HTMLElement>('.table-host');
    const table = this.#model?.table;
    // A new width lays the chart out again but keeps the (same) table: rebuilt only when it changed.
    if (host && table && (!host.firstElementChild || this.#tabled !== table)) {
      showTable(host, table, this.#model!.lang);
      this.#tabled = table;
    }
    if (!this.#unannounced || this.state === 'loading') return;
    this.#unannounced = false;
    const ready = this.state === 'ready';
    if (ready || this.reasons) {
      const detail: CapaianReadyDetail | CapaianErrorDetail = ready ? { empty: !!this.#model?.empty } : this.reasons!;
      this.dispatchEvent(
        new CustomEvent(ready ? 'capaian-ready' : 'capaian-error', { bubbles: true, composed: true, detail }),
      );
    }
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    if (this.state === 'error') return messageBlock(lang, this.reasons);
    let model: Model | undefined;
    try {
      model = this.#currentModel();
    } catch (error) {
      // A layout bug must not throw into the page or leave half a chart: report it as an error.
      queueMicrotask(() =>
        this.settle({
          failure: { kind: 'parse', reasons: [reason([], 'a document the chart can draw', String(error))] },
        }),
      );
    }
    if (!model || !this.spec) return messageBlock(lang);
    const active = this.#interaction.active;
    const point = active && model.points[active.row]?.[active.col];
    const tip = point && !active.hidden && tooltipPlacement(point, model.width);
    return figure({
      spec: this.spec,
      model,
      lang,
      headingLevel: this.headingLevel,
      chart: html`${this.renderChart(model, active)} ${active?.pinned ? focusRing(point) : nothing}`,
      swatch: (kind) => this.renderSwatch(kind),
      actions: this.noDownload ? nothing : downloadsBlock(lang),
      // Filled in updated(), once per model: a 10,000-row table is not rebuilt on every hover.
      table: html`<div class="table-host"></div>`,
      overlay: tip
        ? html`<div class=${tip.className} role="tooltip" data-x=${tip.x} data-y=${tip.y}>${tooltipBlock(point)}</div>`
        : nothing,
    });
  }

  /** The data as CSV rows, header first; by default the table as shown. */
  protected csvRows(_spec: Spec, model: Model): (string | number | undefined)[][] {
    return [model.table.columns.map((c) => c.label), ...model.table.rows];
  }

  #figureParts(): ElementFigure | undefined {
    const model = this.#model;
    if (!model || !this.spec) return undefined;
    return {
      spec: this.spec,
      model,
      lang: this.language,
      theme: this.theme,
      chart: this.renderChart(model, undefined),
      swatch: (kind) => this.renderSwatch(kind),
      styles: (this.constructor as typeof LitElement).elementStyles,
    };
  }

  /** The figure as a standalone SVG document, in the theme the reader sees. */
  async toSvg(): Promise<string | undefined> {
    const parts = this.#figureParts();
    return parts && (await loadExporter()).elementSvg(parts);
  }

  async #download(kind: string): Promise<void> {
    const parts = this.#figureParts();
    if (!parts) return;
    const exporter = await loadExporter();
    await exporter.exportFigure(kind, parts, () => this.csvRows(this.spec!, this.#model!));
  }

  /**
   * Listeners go on the shadow root, not in templates, so the figure template stays a
   * pure function that a server renders too. A declarative shadow root (server-rendered
   * HTML) is kept as it is until the first real render replaces it in the same task.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = this.shadowRoot;
    const root = existing ?? (super.createRenderRoot() as ShadowRoot);
    if (existing) {
      this.prerendered = existing.childNodes.length > 0;
      adoptStyles(existing, (this.constructor as typeof LitElement).elementStyles);
    }
    this.#interaction.attach(root);
    root.addEventListener('click', (event: Event) => {
      const action = (event.target as Element).closest?.('[data-action]')?.getAttribute('data-action');
      if (action === 'retry') this.reload();
      else if (action)
        this.#download(action).catch((error: unknown) => console.warn('capaian: download failed', error));
    });
    return root;
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // Keep server-rendered content on screen until there is a chart to replace it.
    return !(this.prerendered && this.state === 'loading') && super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.prerendered) {
      this.prerendered = false;
      (this.renderRoot as ShadowRoot).replaceChildren();
    }
    super.update(changed);
  }

  /** Roving tabindex: one point in the tab order, the active one or the first. */
  protected tabIndexOf(row: number, col: number): number {
    return this.#interaction.tabIndexOf(row, col);
  }
}
