/**
 * Defers work until an element comes near the viewport (one screen ahead), so a page
 * with hundreds of widgets loads and lays out only those a reader may see. One
 * observer serves every widget of this copy of the library.
 */
const waiting = new Map<Element, { run: (width: number) => void; anywhere: boolean }>();
let observer: IntersectionObserver | undefined;

/**
 * Calls back once `el` is near the viewport, with its width, so a widget learns its size
 * without forcing a layout of its own between renders. The page's first widgets (those
 * connected by one script) are read together in a microtask, one layout for all of them;
 * the rest wait for the observer's report. With `anywhere`, on that first read or report
 * wherever the element is: the width of fifty eager widgets comes from one layout, not
 * from fifty forced in turn between their renders.
 */
export function whenNear(el: Element, callback: (width: number) => void, anywhere = false): void {
  if (typeof IntersectionObserver === 'undefined') return callback(0);
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting || waiting.get(entry.target)?.anywhere)
          run(entry.target, entry.boundingClientRect.width);
      }
    },
    { rootMargin: '100% 0px' }, // a screen above and below
  );
  waiting.set(el, { run: callback, anywhere });
  observer.observe(el);
  // A page in the background (opened in a new tab, say) gets no report until it is shown:
  // an eager widget draws at once there, at whatever width it can read.
  if (anywhere && document.visibilityState === 'hidden') run(el, 0);
  // The page's first widgets do not wait a frame for that report: once the script that
  // connected them has run, one layout read tells which are near, and their widths.
  if (firstRead === 'not-asked') {
    firstRead = 'pending';
    // The callbacks only set state (Lit renders later, in a microtask of its own), so no
    // read waits for a write: one layout serves every widget.
    queueMicrotask(() => {
      firstRead = 'done';
      const screen = innerHeight;
      for (const [element, { anywhere }] of waiting) {
        const box = element.getBoundingClientRect();
        const near =
          box.width > 0 && box.bottom >= -screen && box.top <= 2 * screen && box.right >= 0 && box.left <= innerWidth;
        if (anywhere || near) run(element, box.width);
      }
    });
  }
}

/**
 * The page's first read: `not-asked` until a widget asks, `pending` while it waits (no
 * widget draws a loading box it may replace at once), `done` once done.
 */
export let firstRead: 'not-asked' | 'pending' | 'done' = 'not-asked';

/** Calls `el`'s callback once, if it is still waiting. */
function run(el: Element, width: number): void {
  const wait = waiting.get(el);
  forget(el);
  wait?.run(width);
}

export function forget(el: Element): void {
  waiting.delete(el);
  observer?.unobserve(el);
}
