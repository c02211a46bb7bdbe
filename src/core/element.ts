import { adoptStyles, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { jsonEqual } from './equal.js';
import { VERSION } from './define.js';
import { DownloadsController } from './downloads-controller.js';
import type { ElementFigure } from './export/exporter.js';
import { downloadsBlock, figure, focusRing, messageBlock, placeOverlays, tooltipBlock } from './frame.js';
import { widgetLang } from './i18n.js';
import { PointInteraction } from './interaction.js';
import { describeFailure, OutcomeAnnouncer, type Outcome } from './outcome.js';
import type { AccessModel, CapaianErrorDetail, CapaianReadyDetail, PointModel, WidgetState } from './model.js';
import { reason, type FrameSpec } from './schema.js';
import { WidthController } from './size.js';
import { SourceController, type Found } from './source.js';
import { TableController } from './table-controller.js';
import { placeTooltip } from './tooltip.js';
import { variantOf } from './layout-definition.js';
import type { AnyWidgetDefinition, WidgetDefinition } from './widget.js';

export type { CapaianErrorDetail, CapaianReadyDetail, WidgetState } from './model.js';

declare global {
  /**
   * The events' types, for `addEventListener('capaian-ready', (e) => e.detail.empty)` in
   * plain TypeScript. On the global handlers' map, as Shoelace does, because they bubble
   * and are composed: HTMLElementEventMap, DocumentEventMap and WindowEventMap extend it.
   */
  interface GlobalEventHandlersEventMap {
    'capaian-ready': CustomEvent<CapaianReadyDetail>;
    'capaian-error': CustomEvent<CapaianErrorDetail>;
  }
}

/** The width laid out before the element has measured its own (a hidden parent, say). */
const FALLBACK_WIDTH = 640;

/**
 * What all capaian widgets share: loading from `src`, an inline JSON script or the
 * `data` property (`SourceController`); `lang` and `theme`; the `state` machine and its
 * events; and the frame, summary, table, tooltip, keyboard movement and downloads around
 * the chart that the widget's definition draws.
 *
 * A widget's element class sets `static definition` (its registry entry) and nothing
 * else; parsing, layout and marks come from the definition.
 *
 * @fires {CustomEvent<CapaianReadyDetail>} capaian-ready - The chart, summary and table are drawn (the table writes its rows when first opened); `whenReady()` resolves then too. Bubbles, composed. `detail: { empty }`.
 * @fires {CustomEvent<CapaianErrorDetail>} capaian-error - The data could not be loaded or is invalid, or the chart could not be laid out. Bubbles, composed. `detail: { kind, reasons }`, `kind` being `load`, `parse`, `attribute` (the document came as a `data` attribute: set the property) or `layout`; each reason `{ path, expected, received, message }`.
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
 * @cssprop --capaian-padding - Padding around the whole widget (default 0; 12–16 px in the dark theme, which paints its own background).
 */
export abstract class CapaianElement<Spec extends FrameSpec, Model extends AccessModel> extends LitElement {
  static version = VERSION;

  /** The widget this element draws: its registry entry. */
  static definition: AnyWidgetDefinition;

  static override properties = {
    src: { type: String },
    loading: { type: String },
    // Frameworks hand over a fresh inline object on every render: one with the same
    // content is no change, so it neither loads again nor announces ready again.
    data: { attribute: false, hasChanged: (value: unknown, old: unknown) => !jsonEqual(value, old) },
    spec: { state: true },
    langAttr: { attribute: 'lang' },
    // Reflected by its own setter, at once (see `theme`).
    theme: { noAccessor: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noDownload: { type: Boolean, attribute: 'no-download' },
    variant: { reflect: true },
    currentState: { attribute: 'state', reflect: true },
    failure: { state: true },
  };

  /** URL of the JSON document. Changing it aborts the previous request. */
  declare src: string | undefined;
  /**
   * `lazy` (default): load and draw only when the widget comes within a screen of the
   * viewport; `eager`: wherever it is, even inside a hidden parent or a page in the
   * background (in one read with the page's other widgets, so that they lay out together).
   */
  declare loading: 'lazy' | 'eager' | undefined;
  /**
   * The document as an object; takes precedence over `src` and inline JSON. An object
   * with the same content as the current one is no change: assign a new object to
   * change the document (one changed in place reads as equal to itself; `reload()` draws it).
   */
  declare data: unknown;
  /** `lang` attribute: `id` or `en`; without it the document's `lang` field applies, else `id`. The page's `lang` does not. */
  declare langAttr: 'id' | 'en' | undefined;
  #theme: 'light' | 'dark' | 'auto' | undefined;
  /** `light` (default), `dark`, or `auto` to follow the reader's system setting; reflected as the `theme` attribute. */
  get theme(): 'light' | 'dark' | 'auto' | undefined {
    return this.#theme;
  }
  set theme(value: 'light' | 'dark' | 'auto' | undefined) {
    // Reflected now, not at the next update as Lit would: the dark theme's padding is CSS
    // on the attribute, and a widget's first width is read with the page's other widgets
    // before any of them updates. React and Vue set `theme` as a property (@lit/react
    // once the element is in the page). A value set before the tag was defined is applied
    // by Lit at the first update, as before. Never set in the constructor: an element may
    // not give itself attributes there.
    const old = this.#theme;
    this.#theme = value;
    // A removed attribute comes back as null. Setting the attribute calls this setter
    // again, which finds the attribute and the value alike and stops.
    if (value === undefined || value === null) this.removeAttribute('theme');
    else if (this.getAttribute('theme') !== value) this.setAttribute('theme', value);
    this.requestUpdate('theme', old);
  }
  /** Level of the title's heading role (default 2). */
  declare headingLevel: number;
  /** `no-download` attribute: hides the SVG, PNG and CSV download buttons. */
  declare noDownload: boolean;
  /**
   * A named layout, where the widget has more than one (the audit streak's `badge`);
   * anything else draws the widget's default. Each widget's class names its own.
   */
  declare variant: string | undefined;
  /** What `state` reads: written by the widget alone, reflected as the `state` attribute. */
  declare protected currentState: WidgetState;

  /**
   * `loading`, `ready` or `error`; read-only, and reflected as the `state` attribute
   * (for CSS such as `[state='ready']`).
   */
  get state(): WidgetState {
    return this.currentState;
  }

  /** The widget's valid, parsed document; set by `#settle`. */
  declare protected spec: Spec | undefined;
  /** Why the widget shows its error message: a load, parse or layout failure. */
  declare protected failure: CapaianErrorDetail | undefined;

  /** The widget's width; its first value comes with the viewport check (see `SourceController`). */
  readonly #size = new WidthController(this);
  readonly #interaction = new PointInteraction(this, () => this.#model?.points.map((row) => row.length));
  readonly #downloads = new DownloadsController(this, () => this.#figure());
  /** Kept for the definition's `chart` between renders (see `ChartContext.memory`). */
  readonly #chartMemory: Record<string, unknown> = {};
  readonly #outcomes = new OutcomeAnnouncer(this);
  #model?: Model;
  /** What the current model was laid out for: width, language and variant. */
  #modelKey = '';
  /** Where the document comes from, and when it is read: `data`, `src` or inline JSON, once near the viewport. */
  readonly #source: SourceController;
  /** True while the shadow root holds server-rendered content: loading starts at once, as when eager. */
  #prerendered = false;

  constructor() {
    super();
    this.currentState = 'loading';
    this.headingLevel = 2;
    new TableController(
      this,
      () => this.renderRoot,
      () => this.#model && { table: this.#model.table, lang: this.#model.lang },
    );
    // Added last: loading ran after every other controller's hostConnected and
    // hostDisconnected when it was a base class, and still does (the width is observed
    // before a load settles).
    this.#source = new SourceController(this, {
      settle: (found) => this.#settle(found),
      prerendered: () => this.#prerendered,
      size: this.#size,
    });
  }

  get #definition(): WidgetDefinition<Spec, Model> {
    return (this.constructor as typeof CapaianElement).definition as WidgetDefinition<Spec, Model>;
  }

  /** The language in use: the `lang` attribute, else the document's `lang`, else Indonesian (see `widgetLang`). */
  get language(): 'id' | 'en' {
    return widgetLang(this.langAttr, (this.spec as FrameSpec | undefined)?.lang);
  }

  /** The layout variant in use: `variant` where the widget has it, else its default. */
  get #variant(): string {
    return variantOf(this.#definition, this.variant);
  }

  /** Shows what a load came to: the chart for a spec, the message for a failure, else the loading box. */
  #settle(found: Found): void {
    const parsed = found && 'json' in found ? this.#definition.parse(found.json) : undefined;
    const spec = parsed?.ok ? parsed.spec : undefined;
    let failure: CapaianErrorDetail | undefined;
    if (parsed && !parsed.ok) failure = { kind: 'parse', reasons: parsed.reasons };
    else if (found && 'failure' in found) failure = found.failure;
    this.#show(spec, failure);
  }

  #show(spec: Spec | undefined, failure: CapaianErrorDetail | undefined): void {
    this.spec = spec;
    this.failure = failure;
    if (spec) this.currentState = 'ready';
    else this.currentState = failure ? 'error' : 'loading';
    this.#model = undefined;
    if (spec) this.#interaction.active = undefined;
    // A new outcome (ready or error) is announced by an event once drawn.
    if (spec || failure) this.#outcomes.expect();
    if (failure) console.error(describeFailure(this.localName, failure));
    // A valid document that is likely a mistake (amounts in trillions, say): one warning per document.
    for (const advice of (spec && this.#definition.advice?.(spec)) || [])
      console.warn(`<${this.localName}>: ${advice}`);
  }

  /** What the widget shows now, once it is not loading: drawn or failed. */
  #outcome(): Outcome | undefined {
    if (this.state === 'ready') return { ready: { empty: !!this.#model?.empty } };
    if (this.state === 'error' && this.failure) return { error: this.failure };
    return undefined;
  }

  /** Loads again from the current source; what the retry button does. */
  reload(): void {
    this.#source.reload();
  }

  /**
   * Resolves with the `capaian-ready` detail once the current data is drawn, at once if it
   * already is: code that comes late (a framework's effect, a test) cannot miss the
   * event. Rejects when the current data fails, with an `Error` whose `cause` is the
   * `capaian-error` detail. After `data` or `src` changes, it waits for the new document.
   * A lazy widget far from the viewport draws when the reader comes near it.
   */
  async whenReady(): Promise<CapaianReadyDetail> {
    // A `data` or `src` set just now is read in the pending update: answer for that document.
    if (this.isUpdatePending) await this.updateComplete;
    return this.#outcomes.whenAnnounced(this.#outcome());
  }

  /** The model is derived before render: laid out again only when the spec, width, language or variant changed. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    // First: a new `data` or `src` loads here, so that a document at hand is laid out in this update.
    if (changed.has('src') || changed.has('data')) this.#source.sourceSet();
    if (!this.spec) return;
    const width = this.#size.measure() || FALLBACK_WIDTH;
    const lang = this.language;
    const variant = this.#variant;
    const key = `${width}|${lang}|${variant}`;
    if (this.#model && key === this.#modelKey) return;
    try {
      this.#model = this.#definition.layout(this.spec, { width, lang, variant });
      this.#modelKey = key;
    } catch (error) {
      // A layout bug is the library's fault, not the data's: it must not throw into the
      // page or leave half a chart, and it is reported as what it is.
      console.error(error);
      this.#show(undefined, {
        kind: 'layout',
        reasons: [reason([], 'a chart laid out without error (a bug in capaian: please report it)', String(error))],
      });
    }
  }

  protected override updated(): void {
    const root = this.renderRoot as ShadowRoot;
    placeOverlays(root, this.#definition.reserve[this.#variant] ?? [], this.#size.measure() || FALLBACK_WIDTH);
    const tip = root.querySelector<HTMLElement>('.tooltip');
    const point = this.#activePoint();
    if (tip && point && this.#model) placeTooltip(tip, point, this.#model, this);
    const outcome = this.#outcome();
    if (outcome) this.#outcomes.announce(outcome);
  }

  protected override render(): TemplateResult {
    const lang = this.language;
    const model = this.#model;
    if (this.state === 'error') return messageBlock(lang, this.failure);
    if (!model || !this.spec) return messageBlock(lang);
    const active = this.#interaction.active;
    const point = this.#activePoint();
    const chart = this.#definition.chart(model, {
      active,
      tabIndexOf: (row, col) => this.#interaction.tabIndexOf(row, col),
      memory: this.#chartMemory,
    });
    return figure({
      spec: this.spec,
      model,
      lang,
      headingLevel: this.headingLevel,
      chart: html`${chart} ${active?.pinned ? focusRing(point) : nothing}`,
      swatch: this.#definition.swatch,
      actions: this.noDownload || model.compact ? nothing : downloadsBlock(lang),
      // Filled by the table controller after render, once per model.
      table: html`<div class="table-host"></div>`,
      // Placed once drawn and measured (updated): beside the point, clear of its marks.
      overlay:
        point && !active?.hidden ? html`<div class="tooltip" role="tooltip">${tooltipBlock(point)}</div>` : nothing,
    });
  }

  /** The point the reader is on, if any, in the current model. */
  #activePoint(): PointModel | undefined {
    const active = this.#interaction.active;
    return active && this.#model?.points[active.row]?.[active.col];
  }

  /** What a download needs: the figure as drawn now, without the cursor. */
  #figure(): ElementFigure | undefined {
    const model = this.#model;
    if (!model || !this.spec) return undefined;
    const definition = this.#definition;
    return {
      definition,
      spec: this.spec,
      model,
      lang: model.lang,
      theme: this.theme,
      chart: definition.chart(model, { active: undefined, tabIndexOf: () => -1, memory: {} }),
    };
  }

  /** The figure as a standalone SVG document, in the theme the reader sees. */
  toSvg(): Promise<string | undefined> {
    return this.#downloads.svg();
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
      adoptStyles(existing, (this.constructor as typeof CapaianElement).elementStyles);
    }
    this.#interaction.attach(root);
    root.addEventListener('click', (event: Event) => {
      const action = (event.target as Element).closest?.('[data-action]')?.getAttribute('data-action');
      if (action === 'retry') this.reload();
      else if (action) void this.#downloads.download(action);
    });
    return root;
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // Keep server-rendered content on screen until there is a chart to replace it.
    if (this.#prerendered && this.state === 'loading') return false;
    return this.#source.mayUpdate() && super.shouldUpdate(changed);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.#prerendered) {
      this.#prerendered = false;
      (this.renderRoot as ShadowRoot).replaceChildren();
    }
    super.update(changed);
  }
}
