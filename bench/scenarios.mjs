// What the bench measures. A `load` scenario times a fresh page from script start to
// drawn (and reads the JS heap after); a `resize` scenario draws one widget, lets it
// settle, narrows its box and times the redraw. Each widget in bench/widgets.mjs takes
// part in the scenarios it lists. Targets compare capaian's median with Chart.js's
// median from the same run (`ratio`), or hold an absolute median (`ms`). `attrs` go on
// capaian's elements; `expect: 'visible'` makes capaian's page done when the widgets in
// the viewport are drawn.

export const SCENARIOS = [
  {
    id: 'one',
    title: 'One widget: script load, parse and first render',
    kind: 'load',
    count: 1,
    doc: 'sample',
    target: { ratio: 0.5 },
  },
  {
    id: 'fifty',
    title: '50 widgets on one page, all drawn (loading="eager")',
    kind: 'load',
    count: 50,
    doc: 'sample',
    attrs: { loading: 'eager' },
    target: { ratio: 0.4 },
  },
  {
    // capaian's default: only widgets within a screen of the viewport load and draw.
    id: 'fifty-lazy',
    title: '50 widgets on one page, as embedded (capaian: until those in view are drawn)',
    kind: 'load',
    count: 50,
    doc: 'sample',
    expect: 'visible',
  },
  {
    id: '10k',
    title: 'A 10,000-point poverty series (line)',
    kind: 'load',
    count: 1,
    doc: 'large',
    target: { ratio: 1 / 3 },
  },
  {
    id: 'resize',
    title: 'Resize of one widget, 400 → 300 px',
    kind: 'resize',
    count: 1,
    doc: 'sample',
    width: 300,
    target: { ms: 16 },
  },
  {
    id: 'resize-4x',
    title: 'Resize of one widget at 4× CPU slowdown',
    kind: 'resize',
    count: 1,
    doc: 'sample',
    width: 300,
    throttle: 4,
  },
  {
    // Not in a default run (time); `npm run bench -- --only one-4x`.
    id: 'one-4x',
    title: 'One widget at 4× CPU slowdown',
    kind: 'load',
    count: 1,
    doc: 'sample',
    throttle: 4,
    extra: true,
  },
];

/** The figure each kind is judged by, and the others it records. Values in ms. */
export const METRICS = {
  load: {
    primary: 'drawn',
    all: {
      drawn: 'script start → drawn and laid out',
      signal: 'script start → library done (capaian-ready / constructor returned)',
      painted: 'script start → the next frame painted',
      fromNavigation: 'navigation start → drawn and laid out',
    },
  },
  resize: {
    primary: 'redraw',
    all: {
      redraw: 'ResizeObserver callbacks + start of the animation-frame callback that redraws → redrawn and laid out',
      frame: 'start (vsync) of the frame that redraws → redrawn and laid out',
      latency: 'width change → redrawn and laid out (includes waiting for frames)',
    },
  },
};

/** Derived figures of one run, from the harness's raw timestamps. */
export function figures(kind, raw) {
  if (kind === 'resize') {
    return {
      redraw: raw.laidOut - raw.callbackStart + raw.observerWork,
      frame: raw.laidOut - raw.frameStart,
      latency: raw.laidOut - raw.t0,
    };
  }
  return {
    drawn: raw.laidOut - raw.t0,
    signal: raw.signal - raw.t0,
    painted: raw.painted - raw.t0,
    fromNavigation: raw.laidOut,
  };
}
