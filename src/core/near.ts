/**
 * Defers work until an element comes near the viewport (one screen ahead), so a page
 * with hundreds of widgets loads and lays out only those a reader may see. One
 * observer serves every widget of this copy of the library.
 */
const waiting = new Map<Element, (width: number) => void>();
let observer: IntersectionObserver | undefined;

/**
 * Calls back once `el` is near the viewport, with its width from the observer's entry,
 * so a widget learns its size without forcing a layout of its own.
 */
export function whenNear(el: Element, callback: (width: number) => void): void {
  if (typeof IntersectionObserver === 'undefined') return callback(0);
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const run = waiting.get(entry.target);
        forget(entry.target);
        run?.(entry.boundingClientRect.width);
      }
    },
    { rootMargin: '100% 0px 100% 0px' },
  );
  waiting.set(el, callback);
  observer.observe(el);
}

export function forget(el: Element): void {
  waiting.delete(el);
  observer?.unobserve(el);
}
