import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the host's content width. Observations are applied on the next animation
 * frame, never inside the observer callback, so a re-render that changes the host's
 * height cannot cause "ResizeObserver loop" errors; sub-pixel jitter is ignored.
 */
export class WidthController implements ReactiveController {
  /** Content width in px; 0 while the host is hidden or not yet measured. */
  width = 0;
  #observer?: ResizeObserver;
  #frame = 0;
  #pending = 0;

  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (!entry) return;
      this.#pending = entry.contentRect.width;
      if (!this.#frame) this.#frame = requestAnimationFrame(() => this.#apply());
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  /** Reads the content width now (one layout read), for the first render before any observation. */
  measure(): number {
    if (!this.width && this.#host.isConnected) this.width = this.#contentWidth(this.#host.clientWidth);
    return this.width;
  }

  /**
   * Takes a width read from the host's box (the page's first read of every widget, see
   * `whenNear`) as the first width, unless one is known: that box includes the padding,
   * the chart's width does not. (A border a page gives the host, or a scaled ancestor,
   * is not taken out: the first resize report corrects those.)
   */
  seed(boxWidth: number): void {
    if (!this.width && boxWidth > 0) this.width = this.#contentWidth(boxWidth);
  }

  /** `width` less the host's padding (the dark theme's, or --capaian-padding), as the observer reports it. */
  #contentWidth(width: number): number {
    const { paddingLeft, paddingRight } = getComputedStyle(this.#host);
    const padding = (parseFloat(paddingLeft) || 0) + (parseFloat(paddingRight) || 0);
    return Math.max(0, Math.floor(width - padding));
  }

  #apply(): void {
    this.#frame = 0;
    const next = Math.floor(this.#pending);
    // A hidden host reports 0: keep drawing at the last known width until it shows again.
    if (next > 0 && Math.abs(next - this.width) >= 1) {
      this.width = next;
      this.#host.requestUpdate();
    }
  }
}
