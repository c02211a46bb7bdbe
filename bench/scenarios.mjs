// What the bench measures. A `load` scenario times a fresh page from script start to
// drawn (and reads the JS heap after); with `mode: 'draw'` the clock starts once the
// script has loaded and run (the drawing alone, net of the page's own share). A `resize`
// scenario draws one widget, lets it settle, narrows its box and times the redraw. Each
// widget in bench/widgets.mjs takes part in the scenarios it lists. `attrs` go on
// capaian's elements; `expect: 'visible'` makes capaian's page done when the widgets in
// the viewport are drawn. `group: 'curve'` scenarios make the cost curve
// (bench/curve.mjs) and are judged by no target of their own.
//
// Targets (issue "Performance, with the design decisions made"): `faster` names the
// peers capaian's median must beat; `ratio` caps capaian ÷ a peer's median; `ms` caps
// capaian's own median; `heap` caps capaian's heap ÷ a peer's.

/** The peers every load scenario must beat, from script start and for the drawing alone. */
const SVG_AND_CANVAS_PEERS = ['chartjs', 'echarts', 'plot'];

const load = (id, title, more) => ({
  id,
  title,
  kind: 'load',
  count: 1,
  doc: 'sample',
  ...more,
  target: { faster: SVG_AND_CANVAS_PEERS, ...more.target },
});

/** The load scenarios judged by targets; each also runs as the drawing alone (`<id>-draw`). */
const LOADS = [
  load('one', 'One widget: script load, parse and first render', { target: { ratio: { chartjs: 0.5 } } }),
  load('fifty', '50 widgets on one page, all drawn (loading="eager")', {
    count: 50,
    attrs: { loading: 'eager' },
    target: { ratio: { chartjs: 0.5 }, heap: { chartjs: 1 } },
  }),
  // capaian's default: only widgets within a screen of the viewport load and draw.
  load('fifty-lazy', '50 widgets on one page, as embedded (capaian: until those in view are drawn)', {
    count: 50,
    expect: 'visible',
    target: { ratio: { chartjs: 0.3 } },
  }),
  load('10k', 'A 10,000-point poverty series (line)', {
    doc: 'large',
    points: 10_000,
    target: { ratio: { chartjs: 0.5 } },
  }),
];

/**
 * One widget as a webmaster pastes it from the README: `dist/`'s stylesheet and
 * `capaian.js` (Lit, the core of every widget, the loader), which asks for the widget's
 * own script once it has run; and the same with the README's preload of that script.
 * The peers load their one script, as in `one`. Judged by the design's rule (faster
 * than the three); the 0.5× is `one`'s, the library's code as one bundle.
 */
const SHIPPED = [
  load('one-shipped', 'One widget as the README pastes it: capaian.js, then the widget script it loads', {
    shipped: 'plain',
  }),
  load('one-shipped-preload', "The same with the README's preload of the widget script", { shipped: 'preload' }),
];

const DRAWS = LOADS.map((s) => ({
  ...s,
  id: `${s.id}-draw`,
  title: `${s.title}; the drawing alone, script already loaded`,
  mode: 'draw',
  target: { faster: SVG_AND_CANVAS_PEERS },
}));

/** The cost curve: 1 to 200 widgets (eager and as embedded), 100 to 20,000 points. */
export const CURVE = {
  widgets: [1, 10, 50, 200],
  points: [100, 1_000, 10_000, 20_000],
};

const CURVE_SCENARIOS = [
  ...CURVE.widgets.flatMap((n) => [
    { id: `widgets-${n}`, title: `${n} widgets, eager`, count: n, attrs: { loading: 'eager' }, series: 'widgets' },
    {
      id: `widgets-${n}-lazy`,
      title: `${n} widgets, as embedded`,
      count: n,
      expect: 'visible',
      series: 'widgets-lazy',
    },
  ]),
  ...CURVE.points.map((n) => ({
    id: `points-${n}`,
    title: `${n} points`,
    count: 1,
    doc: 'large',
    points: n,
    series: 'points',
  })),
].map((s) => ({ doc: 'sample', ...s, kind: 'load', group: 'curve', x: s.points ?? s.count }));

export const SCENARIOS = [
  ...LOADS,
  ...SHIPPED,
  ...DRAWS,
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
    target: { ms: 50 },
  },
  ...CURVE_SCENARIOS,
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
      drawn: 'start → drawn and laid out',
      signal: 'start → library done (capaian-ready / constructor returned)',
      painted: 'start → the next frame painted',
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
  // The page's own share (0 from script start: the boxes are in the page before it).
  const own = raw.emptyWork ?? 0;
  return {
    drawn: raw.laidOut - raw.t0 - own,
    signal: raw.signal - raw.t0 - own,
    painted: raw.painted - raw.t0 - own,
    fromNavigation: raw.laidOut,
  };
}
