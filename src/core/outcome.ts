import type { CapaianErrorDetail, CapaianReadyDetail } from './model.js';

/** What a widget came to: drawn (with the `capaian-ready` detail) or failed (with the `capaian-error` detail). */
export type Outcome = { ready: CapaianReadyDetail } | { error: CapaianErrorDetail };

/** A failure in words for the console and for `whenReady()`'s error: what went wrong, then each reason. */
export function describeFailure(tag: string, failure: CapaianErrorDetail): string {
  const what = {
    load: 'could not load data',
    parse: 'invalid data',
    attribute: 'data given as an attribute',
    layout: 'could not lay out the chart',
  };
  return `<${tag}>: ${what[failure.kind]}\n` + failure.reasons.map((r) => `  ${r.message}`).join('\n');
}

/**
 * Announces each new outcome of a widget once it is drawn: the `capaian-ready` or
 * `capaian-error` event, and the `whenReady()` promises that were waiting for it. Late
 * code that asks after the event gets the announced outcome at once.
 */
export class OutcomeAnnouncer {
  readonly #host: HTMLElement;
  /** Set when a new outcome has yet to be announced. */
  #unannounced = false;
  #waiting: { resolve: (detail: CapaianReadyDetail) => void; reject: (error: Error) => void }[] = [];

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** A new outcome is on its way to the screen: announce it once drawn. */
  expect(): void {
    this.#unannounced = true;
  }

  /** Whether an outcome waits to be announced. */
  get pending(): boolean {
    return this.#unannounced;
  }

  /**
   * The current outcome as a promise: settled at once when it has been announced, else
   * when it is. Made only when asked for: a promise nobody holds must not reject
   * unhandled into the page.
   */
  whenAnnounced(current: Outcome | undefined): Promise<CapaianReadyDetail> {
    if (!this.#unannounced && current)
      return 'ready' in current ? Promise.resolve(current.ready) : Promise.reject(this.#error(current.error));
    return new Promise((resolve, reject) => this.#waiting.push({ resolve, reject }));
  }

  /** Announces the outcome now drawn, if it has not been: the event, then the waiting promises. */
  announce(outcome: Outcome): void {
    if (!this.#unannounced) return;
    this.#unannounced = false;
    const waiting = this.#waiting.splice(0);
    const options = { bubbles: true, composed: true };
    if ('ready' in outcome) {
      this.#host.dispatchEvent(new CustomEvent('capaian-ready', { ...options, detail: outcome.ready }));
      for (const { resolve } of waiting) resolve(outcome.ready);
    } else {
      this.#host.dispatchEvent(new CustomEvent('capaian-error', { ...options, detail: outcome.error }));
      const error = this.#error(outcome.error);
      for (const { reject } of waiting) reject(error);
    }
  }

  /** The error `whenReady()` rejects with: the failure in words, and the `capaian-error` detail as its `cause`. */
  #error(failure: CapaianErrorDetail): Error {
    return new Error(describeFailure(this.#host.localName, failure), { cause: failure });
  }
}
