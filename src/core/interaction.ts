import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { moveCursor, type Cursor } from './keys.js';

/** The point a reader is on: pinned by focus or tap (stays), or only hovered; `hidden` after Escape. */
export type ActivePoint = Cursor & { pinned: boolean; hidden?: boolean };

type Host = ReactiveControllerHost & HTMLElement;

/**
 * How a reader reaches data points, shared by every widget: hover, focus and tap show
 * a point's tooltip; arrow keys, Home and End move between points (up/down between
 * rows); Escape hides the tooltip. Points are any element with `data-point="row:col"`;
 * listeners sit on the shadow root, so templates carry no handlers.
 */
export class PointInteraction implements ReactiveController {
  active: ActivePoint | undefined;
  /** The last point a reader was on: where Tab comes back into the chart. */
  #last: Cursor = { row: 0, col: 0 };

  readonly #host: Host;
  readonly #rows: () => number[] | undefined;

  /** `rows()` gives the number of points in each row, or undefined when nothing is drawn. */
  constructor(host: Host, rows: () => number[] | undefined) {
    this.#host = host;
    this.#rows = rows;
    host.addController(this);
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.#onOutsidePointer);
  }

  /** Listens on the widget's shadow root. */
  attach(root: ShadowRoot): void {
    const on = (type: string, handler: (event: never) => void, capture = false) =>
      root.addEventListener(type, handler as EventListener, capture);
    on('keydown', this.#onKeydown);
    on('focusin', this.#onFocusIn);
    on('focusout', this.#onFocusOut);
    on('pointerover', this.#onPointerOver);
    // pointerleave does not bubble; a capturing listener still hears the chart's.
    on('pointerleave', this.#onPointerLeave, true);
    on('pointerdown', this.#onPointerDown);
  }

  /** Roving tabindex: one point in the tab order, the active one, else the last visited, else the first. */
  tabIndexOf(row: number, col: number): number {
    const cur = this.active ?? this.#last;
    return cur.row === row && cur.col === col ? 0 : -1;
  }

  set(next: ActivePoint | undefined): void {
    this.active = next;
    if (next) this.#last = { row: next.row, col: next.col };
    this.#host.requestUpdate();
  }

  /** The data point `node` is (or is in), if any. */
  #pointAt(node: EventTarget | null): Cursor | undefined {
    const target = (node as Element | null)?.closest?.('[data-point]');
    const [row, col] = (target?.getAttribute('data-point') ?? '').split(':').map(Number);
    return target && row !== undefined && col !== undefined ? { row, col } : undefined;
  }

  #focusActive(): void {
    void this.#host.updateComplete.then(() => {
      const { row, col } = this.active ?? { row: 0, col: 0 };
      this.#host.shadowRoot?.querySelector<SVGElement>(`[data-point="${row}:${col}"]`)?.focus();
    });
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const rows = this.#rows();
    // Only keys pressed on a data point, and never a browser shortcut (Alt+Left is Back).
    if (!rows || !this.#pointAt(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape' && this.active) {
      // WCAG 1.4.13: the tooltip can be dismissed; focus and position stay.
      return this.set({ ...this.active, hidden: true });
    }
    const next = moveCursor(event.key, this.active ?? { row: 0, col: 0 }, rows);
    if (!next) return;
    event.preventDefault();
    this.set({ ...next, pinned: true });
    this.#focusActive();
  };

  #onFocusIn = (event: FocusEvent): void => {
    const cursor = this.#pointAt(event.target);
    if (cursor) this.set({ ...cursor, pinned: true });
  };

  #onFocusOut = (event: FocusEvent): void => {
    // Focus moving to another point keeps the cursor; anywhere else (the table toggle,
    // the downloads, out of the widget) takes the tooltip and the ring away.
    if (!this.#pointAt(event.relatedTarget)) this.set(undefined);
  };

  #onPointerOver = (event: PointerEvent): void => {
    const cursor = this.#pointAt(event.target);
    if (cursor && event.pointerType !== 'touch' && !this.active?.pinned) this.set({ ...cursor, pinned: false });
  };

  #onPointerLeave = (event: PointerEvent): void => {
    if (!(event.target as Element).classList?.contains('chart')) return;
    if (this.active && !this.active.pinned) this.set(undefined);
  };

  #onPointerDown = (event: PointerEvent): void => {
    const cursor = this.#pointAt(event.target);
    if (!cursor) return;
    // A tap shows the tooltip and keeps it until the reader taps elsewhere.
    this.set({ ...cursor, pinned: ['touch', 'pen'].includes(event.pointerType) });
    document.addEventListener('pointerdown', this.#onOutsidePointer);
  };

  #onOutsidePointer = (event: PointerEvent): void => {
    if (event.composedPath().includes(this.#host)) return;
    document.removeEventListener('pointerdown', this.#onOutsidePointer);
    this.set(undefined);
  };
}
