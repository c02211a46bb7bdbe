import { LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { jsonEqual } from './equal.js';
import { loadJson, LoadError } from './load.js';
import { firstRead, forget, whenNear } from './near.js';
import { WidthController } from './size.js';
import { reason, type Reason } from './schema.js';
import type { SourceFailure } from './model.js';

/** Where a widget's document is now: the `data` property, else `src`, else an inline JSON child. */
export type Source =
  | { json: unknown }
  | { fetch: string }
  | { failure: SourceFailure }
  /** No document yet (no inline script, or one still streaming in): wait for the page. */
  | { wait: 'children' | 'document' };

/** Reads what is there without fetching: a `src` becomes `{ fetch }`, to load next. */
export function currentSource(host: Element & { data: unknown; src: string | undefined }): Source {
  if (host.data !== undefined) return { json: host.data };
  // A framework that rendered the tag before it was defined (or React 18, always) writes
  // the object as an attribute: `data="[object Object]"`. The document is lost; say how
  // to hand it over rather than wait for it forever.
  const attribute = host.getAttribute('data');
  if (attribute !== null) return { failure: { kind: 'attribute', reasons: [dataAttributeReason(attribute)] } };
  if (host.src) return { fetch: host.src };
  const script = host.querySelector('script[type="application/json"]');
  if (!script) return { wait: 'children' };
  try {
    return { json: JSON.parse(script.textContent ?? '') };
  } catch (error) {
    // While the page is still parsing, the script may have arrived only in part.
    if (document.readyState === 'loading') return { wait: 'document' };
    return {
      failure: { kind: 'parse', reasons: [reason([], 'valid JSON in the inline script', (error as Error).message)] },
    };
  }
}

function dataAttributeReason(attribute: string): Reason {
  const expected =
    'the document as the data property, not an attribute: set the data property, ' +
    'or import capaian before the framework renders the tag';
  return reason(['data'], expected, attribute);
}

/** A document for the widget, or why there is none; nothing while a load is under way. */
export type Found = { json: unknown } | { failure: SourceFailure } | undefined;

/**
 * The first step of every widget: when and from where its document is read. Loads once
 * the widget comes near the viewport (on the first read or report wherever it is, when
 * eager), again when `data` or `src` changes or an inline script arrives or changes, and
 * never twice at once: a newer load aborts an older one. Each document, or failure, goes
 * to `settle`; a widget left without a valid `spec` loads again when it reconnects.
 */
export abstract class SourcedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    src: { type: String },
    loading: { type: String },
    // Frameworks hand over a fresh inline object on every render: one with the same
    // content is no change, so it neither loads again nor announces ready again.
    data: { attribute: false, hasChanged: (value: unknown, old: unknown) => !jsonEqual(value, old) },
    spec: { state: true },
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
  /** The widget's valid, parsed document; set by `settle`. */
  declare protected spec: unknown;

  #request?: AbortController;
  #inlineObserver?: MutationObserver;
  /** The `data` object or `src` URL the last document came from (see `#sourceChanged`). */
  #loadedFrom: unknown;
  /** False until the widget has come near the viewport (or is eager). */
  #near?: boolean;

  /** Takes a document (or a failure, or nothing while loading): a valid one becomes `spec`. */
  protected abstract settle(found: Found): void;
  /** The widget's width; its first value comes with the viewport check (`whenNear`), one layout for all widgets. */
  protected readonly size = new WidthController(this);

  /** True while the shadow root holds server-rendered content: start at once, as when eager. */
  protected prerendered = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may be parsed after the element is upgraded, or replaced later by a CMS.
    this.#inlineObserver ??= new MutationObserver(() => {
      if (this.data === undefined && !this.src) this.reload();
    });
    this.#inlineObserver.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.#near) {
      // Reload when the source changed while detached, or nothing valid was loaded yet.
      if (this.#sourceChanged() || (!this.spec && !this.#request)) this.reload();
    } else {
      // Eager and server-rendered widgets start on the first read or report, wherever
      // they are: it brings every widget's width from one layout.
      whenNear(
        this,
        (width) => {
          this.size.width ||= Math.floor(width);
          this.#near = true;
          this.reload();
        },
        this.prerendered || this.loading === 'eager',
      );
    }
  }

  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    // Not yet read with the page's first widgets: draw nothing (no loading box that may go
    // at once), and ask again after the read, which has loaded the widget if it is near.
    if (firstRead === 'pending' && !this.#near) {
      queueMicrotask(() => this.requestUpdate());
      return false;
    }
    return super.shouldUpdate(changed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#inlineObserver?.disconnect();
    forget(this);
    this.#request?.abort();
    this.#request = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('src') || changed.has('data')) && this.isConnected && this.#sourceChanged()) this.reload();
  }

  #source(): unknown {
    return this.data !== undefined ? this.data : this.src || undefined;
  }

  /**
   * Whether the source differs from the one last loaded: another URL, or a `data` object
   * with other content. `hasChanged` spares an equal object an update but still stores
   * it, so identity would tell a reconnect, or a change of `src`, to load it again.
   */
  #sourceChanged(): boolean {
    return !jsonEqual(this.#source(), this.#loadedFrom);
  }

  /** Loads again from the current source; what the retry button does. */
  reload(): void {
    if (!this.#near) return;
    this.#request?.abort();
    this.#request = undefined;
    this.#loadedFrom = this.#source();
    const found = currentSource(this);
    if ('json' in found || 'failure' in found) return this.settle(found);
    this.settle(undefined);
    if ('wait' in found) {
      if (found.wait === 'document') document.addEventListener('DOMContentLoaded', () => this.reload(), { once: true });
      return;
    }
    const request = new AbortController();
    this.#request = request;
    // Every failure becomes a reason, never a rejection. A newer request (src changed,
    // retry) owns its own outcome; this one was aborted.
    const settle = (found: Found) => {
      if (this.#request === request) this.settle(found);
    };
    loadJson(found.fetch, { signal: request.signal }).then(
      (json) => settle({ json }),
      (error: unknown) =>
        settle({
          failure: {
            kind: 'load',
            reasons: [
              error instanceof LoadError ? error.reason : reason(['src'], 'a loadable document', String(error)),
            ],
          },
        }),
    );
  }
}
