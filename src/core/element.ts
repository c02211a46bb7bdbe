import { adoptStyles, html, LitElement, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { VERSION } from './define.js';
import { downloadsBlock, figure, fillRows, focusRing, tableBlock, tooltipBlock, tooltipPlacement } from './frame.js';
import { coreText, resolveLang, toLang } from './i18n.js';
import type { Cursor } from './keys.js';
import { PointInteraction } from './interaction.js';
import { loadExporter } from './exporter-loader.js';
import { forget, whenNear } from './near.js';
import { currentSource, fetchSource, type SourceFailure } from './source.js';
import type { ElementFigure } from './exporter.js';
import type { AccessModel, PointModel, TableModel } from './model.js';
import { reason, type FrameSpec, type ParseResult } from './schema.js';
import { WidthController } from './size.js';

export type WidgetState = 'loading' | 'ready' | 'error';

/**
 * Detail of `capaian-error`: why the widget shows its error message. `kind` is `load`
 * (the document could not be fetched or read) or `parse` (it is not a valid document).
 */
export type CapaianErrorDetail = SourceFailure;

/** Detail of `capaian-ready`. */
export interface CapaianReadyDetail {
  /** True when the document is valid but holds no data to draw. */
  empty: boolean;
}

const FALLBACK_WIDTH = 640;

/**
 * What all capaian widgets share: loading from `src`, an inline JSON script or the
 * `data` property; `lang` and `theme`; the `state` machine and its events; size
 * tracking; and the frame, summary, table, tooltip and keyboard movement around the
 * chart a subclass draws.
 *
 * A subclass supplies `parse`, `layout` and `renderChart`, and nothing else.
 *
 * @fires capaian-ready - The chart, summary and table are drawn. Bubbles, composed. `detail: { empty }`.
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
export abstract class CapaianElement<Spec extends FrameSpec, Model extends AccessModel> extends LitElement {
  static version = VERSION;

  static override properties = {
    src: { type: String },
    langAttr: { type: String, attribute: 'lang' },
    theme: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    loading: { type: String },
    noDownload: { type: Boolean, attribute: 'no-download' },
    state: { type: String, reflect: true },
    data: { attribute: false },
    spec: { state: true },
    reasons: { state: true },
  };

  /** URL of the JSON document. Changing it aborts the previous request. */
  declare src: string | undefined;
  /** `lang` attribute: `id` (default) or `en`; without it the nearest ancestor's `lang` applies. */
  declare langAttr: string | undefined;
  /** `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Level of the title's heading role (default 2). */
  declare headingLevel: number;
  /**
   * `lazy` (default): load and draw only when the widget comes within a screen of the
   * viewport; `eager`: wherever it is, even inside a hidden parent or a page in the
   * background (on the next frame, so that many eager widgets lay out together).
   */
  declare loading: 'lazy' | 'eager' | undefined;
  /** `no-download` attribute: hides the SVG, PNG and CSV download buttons. */
  declare noDownload: boolean;
  /** `loading`, `ready` or `error`, reflected as an attribute. Read-only in spirit. */
  declare state: WidgetState;
  /** The document as an object; takes precedence over `src` and inline JSON. */
  declare data: unknown;

  declare protected spec: Spec | undefined;
  declare protected reasons: CapaianErrorDetail | undefined;

  readonly #size = new WidthController(this);
  readonly #interaction = new PointInteraction(this, () => this.#model?.points.map((r) => r.length));
  #request?: AbortController;
  #inlineObserver?: MutationObserver;
  /** Set when a new outcome (ready or error) has yet to be announced by an event. */
  #unannounced = false;
  /** The `data` object or `src` URL the current spec or error came from. */
  #loadedFrom: unknown = undefined;
  #model?: Model;
  #modelKey = '';
  /** The model whose table is in the DOM. */
  #tabled?: TableModel;
  /** True while the shadow root holds server-rendered content not yet replaced. */
  #prerendered = false;
  /** False until the widget has come near the viewport (or is eager). */
  #near = false;

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
  protected placeholderHeight(width: number): number {
    return Math.round(Math.min(380, Math.max(240, width * 0.5)));
  }

  /** The language in use: the `lang` attribute, else the nearest ancestor's. */
  get language(): 'id' | 'en' {
    return this.langAttr ? toLang(this.langAttr) : resolveLang(this.parentElement ?? this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may be parsed after the element is upgraded, or replaced later by a CMS.
    this.#inlineObserver ??= new MutationObserver(() => {
      if (this.data === undefined && !this.src) this.reload();
    });
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.#near) {
      // Reload when the source changed while detached, or nothing was loaded yet.
      if (this.#source() !== this.#loadedFrom || (!this.spec && !this.#request)) this.reload();
    } else {
      // Eager and server-rendered widgets start on the observer's first report, wherever
      // they are: it brings every widget's width from one layout.
      whenNear(
        this,
        (width) => {
          this.#size.width ||= Math.floor(width);
          this.#near = true;
          this.reload();
        },
        this.loading === 'eager' || this.#prerendered,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
    forget(this);
    this.#request?.abort();
    this.#request = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('data')) && this.isConnected && this.#source() !== this.#loadedFrom)
      this.reload();
  }

  #source(): unknown {
    return this.data !== undefined ? this.data : this.src || undefined;
  }

  /** Loads again from the current source; what the retry button does. */
  reload(): void {
    if (!this.#near) return;
    this.#request?.abort();
    this.#request = undefined;
    this.#loadedFrom = this.#source();
    const found = currentSource(this);
    if ('json' in found) return this.#accept(found.json);
    if ('failure' in found) return this.#fail(found.failure);
    this.#setLoading();
    if ('wait' in found) {
      if (found.wait === 'document') document.addEventListener('DOMContentLoaded', () => this.reload(), { once: true });
      return;
    }
    const request = new AbortController();
    this.#request = request;
    void fetchSource(found.fetch, request.signal).then((outcome) => {
      // A newer request (src changed, retry) owns the outcome; this one was aborted.
      if (this.#request !== request) return;
      if ('json' in outcome) this.#accept(outcome.json);
      else this.#fail(outcome.failure);
    });
  }

  #setLoading(): void {
    this.spec = undefined;
    this.reasons = undefined;
    this.state = 'loading';
  }

  #accept(input: unknown): void {
    const result = this.parse(input);
    if (!result.ok) return this.#fail({ kind: 'parse', reasons: result.reasons });
    this.spec = result.spec;
    this.reasons = undefined;
    this.#interaction.active = undefined;
    this.#model = undefined;
    this.state = 'ready';
    this.#unannounced = true;
  }

  #fail(detail: CapaianErrorDetail): void {
    this.spec = undefined;
    this.reasons = detail;
    this.state = 'error';
    this.#unannounced = true;
    console.error(
      `<${this.localName}>: ${detail.kind === 'load' ? 'could not load data' : 'invalid data'}\n` +
        detail.reasons.map((r) => `  ${r.message}`).join('\n'),
    );
  }

  /** The current model, laid out again only when the spec, width or language changed. */
  #currentModel(): Model | undefined {
    if (!this.spec) return undefined;
    const width = this.#size.measure() || FALLBACK_WIDTH;
    const lang = this.language;
    const key = `${width}|${lang}|${this.layoutKey()}`;
    if (!this.#model || key !== this.#modelKey) {
      this.#model = this.layout(this.spec, width, lang);
      this.#modelKey = key;
    }
    return this.#model;
  }

  protected override updated(): void {
    this.#placeOverlays();
    const host = this.renderRoot.querySelector<HTMLElement>('.table-host');
    const table = this.#model?.table;
    // A new width lays the chart out again but keeps the (same) table: rebuilt only when it changed.
    if (host && table && (!host.firstElementChild || this.#tabled !== table)) {
      render(tableBlock(table, this.#model!.lang, nothing), host);
      fillRows(host.querySelector('tbody')!, table);
      this.#tabled = table;
    }
    if (!this.#unannounced || this.state === 'loading') return;
    this.#unannounced = false;
    const init = { bubbles: true, composed: true };
    if (this.state === 'ready') {
      this.dispatchEvent(
        new CustomEvent<CapaianReadyDetail>('capaian-ready', { ...init, detail: { empty: !!this.#model?.empty } }),
      );
    } else if (this.reasons) {
      this.dispatchEvent(new CustomEvent<CapaianErrorDetail>('capaian-error', { ...init, detail: this.reasons }));
    }
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const t = coreText[lang];
    if (this.state === 'error') {
      return html`<div class="root" lang=${lang}>
        <div class="message" part="message" role="alert">
          <span>${this.reasons?.kind === 'load' ? t.loadFailed : t.invalid}</span>
          ${this.reasons?.kind === 'load' ? html`<button type="button" data-action="retry">${t.retry}</button>` : nothing}
        </div>
      </div>`;
    }
    let model: Model | undefined;
    try {
      model = this.#currentModel();
    } catch (error) {
      // A layout bug must not throw into the page or leave half a chart: report it as an error.
      queueMicrotask(() =>
        this.#fail({ kind: 'parse', reasons: [reason([], 'a document the chart can draw', String(error))] }),
      );
    }
    if (!model || !this.spec) {
      return html`<div class="root" lang=${lang}>
        <div class="message loading" part="message" aria-busy="true">${t.loading}</div>
      </div>`;
    }
    const point = this.#activePoint(model);
    const active = this.#interaction.active;
    const tip = point && !active?.hidden && tooltipPlacement(point, model.width);
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
      overlay:
        point && tip
          ? html`<div class=${tip.className} role="tooltip" data-x=${tip.x} data-y=${tip.y}>
              ${tooltipBlock(point)}
            </div>`
          : nothing,
    });
  }

  /**
   * Positions set through the CSSOM after render, never as style attributes: a strict
   * CSP (`style-src` without 'unsafe-inline') blocks those, the CSSOM it allows.
   */
  #placeOverlays(): void {
    const root = this.renderRoot as ShadowRoot;
    const tip = root.querySelector<HTMLElement>('.tooltip');
    if (tip) {
      tip.style.setProperty('--x', tip.dataset.x ?? '0');
      tip.style.setProperty('--y', tip.dataset.y ?? '0');
    }
    const placeholder = root.querySelector<HTMLElement>('.message.loading');
    if (placeholder) placeholder.style.minHeight = `${this.placeholderHeight(this.#size.width || FALLBACK_WIDTH)}px`;
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

  #activePoint(model: Model): PointModel | undefined {
    const active = this.#interaction.active;
    return active ? model.points[active.row]?.[active.col] : undefined;
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
      this.#prerendered = existing.childNodes.length > 0;
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
    return !(this.#prerendered && this.state === 'loading') && super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.#prerendered) {
      this.#prerendered = false;
      (this.renderRoot as ShadowRoot).replaceChildren();
    }
    super.update(changed);
  }

  /** Roving tabindex: one point in the tab order, the active one or the first. */
  protected tabIndexOf(row: number, col: number): number {
    return this.#interaction.tabIndexOf(row, col);
  }
}
