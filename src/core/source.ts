import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { jsonEqual } from './equal.js';
import { loadJson, LoadError } from './load.js';
import { firstRead, forget, whenNear } from './near.js';
import type { WidthController } from './size.js';
import { reason, type Reason } from './schema.js';
import type { SourceFailure, WidgetState } from './model.js';

/** Where a widget's document is now: the `data` property, else `src`, else an inline JSON child. */
export type Source =
  | { json: unknown }
  | { fetch: string }
  | { failure: SourceFailure }
  /** No document yet (no inline script, or one still streaming in): wait for the page. */
  | { wait: 'children' | 'document' };

/** Reads what is there without fetching: a `src` becomes `{ fetch }`, to load next. */
function currentSource(host: Element & { data: unknown; src: string | undefined }): Source {
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

/** The element a `SourceController` loads for: its `data`, `src` and `loading` properties, and its `state`. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  data: unknown;
  src: string | undefined;
  loading: 'lazy' | 'eager' | undefined;
  readonly state: WidgetState;
}

/** What the controller is told by its element, besides the element itself. */
export interface SourceOptions {
  /** Takes a document (or a failure, or nothing while loading): a valid one becomes the element's spec. */
  settle(found: Found): void;
  /** Whether the element shows server-rendered content: it starts at once, as when eager. */
  prerendered(): boolean;
  /** The element's width: its first value comes with the viewport check (`whenNear`), one layout for all widgets. */
  size: WidthController;
}

/**
 * The first step of every widget: when and from where its document is read. Loads once
 * the widget comes near the viewport (on the first read or report wherever it is, when
 * eager), again when `data` or `src` changes or an inline script arrives or changes, and
 * never twice at once: a newer load aborts an older one. Each document, or failure, goes
 * to `settle`; a widget that is not `ready` (no valid document) loads again when it reconnects.
 *
 * The element keeps the properties (`data`, `src`, `loading`) and makes two calls a
 * controller cannot make on its own: `sourceSet()` from `willUpdate` when `data` or
 * `src` changed (before it lays out what loads), and `mayUpdate()` from `shouldUpdate`.
 */
export class SourceController implements ReactiveController {
  readonly #host: SourceHost;
  readonly #options: SourceOptions;
  #request?: AbortController;
  #inlineObserver?: MutationObserver;
  /** The `data` object or `src` URL the last document came from (see `#sourceChanged`). */
  #loadedFrom: unknown;
  /** False until the widget has come near the viewport (or is eager). */
  #near?: boolean;

  constructor(host: SourceHost, options: SourceOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    const host = this.#host;
    // Inline JSON may be parsed after the element is upgraded, or replaced later by a CMS.
    this.#inlineObserver ??= new MutationObserver(() => {
      if (host.data === undefined && !host.src) this.reload();
    });
    this.#inlineObserver.observe(host, { childList: true, subtree: true, characterData: true });
    if (this.#near) {
      // Reload when the source changed while detached, or nothing valid was loaded yet.
      if (this.#sourceChanged() || (host.state !== 'ready' && !this.#request)) this.reload();
    } else {
      // Eager and server-rendered widgets start on the first read or report, wherever
      // they are: it brings every widget's width from one layout.
      whenNear(
        host,
        (width) => {
          this.#options.size.seed(width);
          this.#near = true;
          this.reload();
        },
        this.#options.prerendered() || host.loading === 'eager',
      );
    }
  }

  hostDisconnected(): void {
    this.#inlineObserver?.disconnect();
    forget(this.#host);
    this.#request?.abort();
    this.#request = undefined;
  }

  /**
   * For the element's `shouldUpdate`. Not yet read with the page's first widgets: draw
   * nothing (no loading box that may go at once), and ask again after the read, which
   * has loaded the widget if it is near.
   */
  mayUpdate(): boolean {
    if (firstRead === 'pending' && !this.#near) {
      queueMicrotask(() => this.#host.requestUpdate());
      return false;
    }
    return true;
  }

  /** For the element's `willUpdate`, when `data` or `src` changed: loads the new source, if it is another. */
  sourceSet(): void {
    if (this.#host.isConnected && this.#sourceChanged()) this.reload();
  }

  #source(): unknown {
    const host = this.#host;
    return host.data !== undefined ? host.data : host.src || undefined;
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
    const found = currentSource(this.#host);
    if ('json' in found || 'failure' in found) return this.#options.settle(found);
    this.#options.settle(undefined);
    if ('wait' in found) {
      if (found.wait === 'document') document.addEventListener('DOMContentLoaded', () => this.reload(), { once: true });
      return;
    }
    const request = new AbortController();
    this.#request = request;
    // Every failure becomes a reason, never a rejection. A newer request (src changed,
    // retry) owns its own outcome; this one was aborted.
    const settle = (found: Found) => {
      if (this.#request === request) this.#options.settle(found);
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
