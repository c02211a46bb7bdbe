// The pages the bench loads: N boxes of 400×300 px, the library's script, and a small
// harness (`window.__bench`) that takes the times. Every library gets the same page
// around its own embed code.

export const BOX = { width: 400, height: 300 };

/** JSON safe inside <script>: no `</script>` and no `<!--` can end or bend it. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

// Runs first in <head>. Times are performance.now() values: ms since navigation start.
const harness = ({ expected, count, redrawn }) => `{
const b = (window.__bench = { expected: ${JSON.stringify(expected)}, count0: ${count}, count: 0, charts: [], emptyWork: 0 });
let resolve, reject;
b.done = new Promise((res, rej) => ((resolve = res), (reject = rej)));
b.fail = (why) => reject(new Error(why));
/**
 * Script start: just before the library's <script> tag. \`expected: 'visible'\` waits
 * for the widgets whose box is in the viewport (counted before the clock starts).
 */
b.start = () => {
  if (b.expected === 'visible') b.expected = countVisible();
  performance.mark('bench:start'); // for bench/profile.mjs: the window of a trace
  b.t0 = performance.now();
};
const countVisible = () =>
  [...document.querySelectorAll('.box')].filter((box) => box.getBoundingClientRect().top < innerHeight).length;
/**
 * The drawing alone: once the library's script has loaded and run and the page is idle,
 * the page's own share is measured first (the same number of empty boxes inserted and
 * laid out, then removed), then the clock starts, the boxes with their charts are
 * inserted from the template, and the embed code runs. Figures are net of that share.
 */
b.drawAfterLoad = () =>
  addEventListener('load', () =>
    setTimeout(() => {
      const template = document.getElementById('bench-box');
      const empty = performance.now();
      const boxes = Array.from({ length: b.count0 }, () => Object.assign(document.createElement('div'), { className: 'box' }));
      document.body.append(...boxes);
      void document.body.offsetHeight;
      if (b.expected === 'visible') b.expected = countVisible();
      b.emptyWork = performance.now() - empty;
      for (const box of boxes) box.remove();
      performance.mark('bench:start');
      b.t0 = performance.now();
      for (let i = 0; i < b.count0; i++) document.body.append(document.importNode(template.content, true));
      b.embed();
    }, 100),
  );
/**
 * The library says it is done (capaian: the last \`capaian-ready\`; a peer: its constructor
 * returned). Then style and layout are forced, so the DOM a widget built is laid out as
 * a canvas is already painted; then the next frame is waited for, and the task after it.
 */
b.signal = () => {
  const signal = performance.now();
  void document.body.offsetHeight;
  const laidOut = performance.now();
  performance.mark('bench:drawn');
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () =>
      resolve({ t0: b.t0, emptyWork: b.emptyWork, signal, laidOut, painted: performance.now() });
    channel.port2.postMessage(0);
  });
};
document.addEventListener('capaian-ready', () => ++b.count === b.expected && b.signal());
document.addEventListener('capaian-error', (e) => b.fail('capaian-error ' + JSON.stringify(e.detail)));
addEventListener('error', (e) => b.fail(String(e.message)));
/**
 * Every library here redraws on resize inside an animation-frame callback (capaian's
 * size controller, Chart.js's throttled resize, zrender's frame loop): note when each
 * callback starts. The libraries load after this, so they all get the wrapped function.
 */
const raf = window.requestAnimationFrame.bind(window);
window.requestAnimationFrame = (callback) =>
  raf((time) => {
    b.callbackStart = performance.now();
    return callback(time);
  });
/**
 * ECharts does its resize work in the page's ResizeObserver callback and paints a frame
 * later; the others only schedule a frame there. So the time spent in ResizeObserver
 * callbacks counts too.
 */
const Observer = window.ResizeObserver;
b.observerWork = 0;
window.ResizeObserver = class extends Observer {
  constructor(callback) {
    super((entries, observer) => {
      const start = performance.now();
      try {
        callback(entries, observer);
      } finally {
        b.observerWork += performance.now() - start;
      }
    });
  }
};
/**
 * Resizes the first box at the start of a frame, and resolves once the chart in it is
 * drawn at the new width and laid out: latency from the change, time from the start of
 * the frame in which the redraw happened (document.timeline.currentTime), and from the
 * start of the animation-frame callback that redrew, plus ResizeObserver callback time.
 */
b.resize = (width) =>
  new Promise((done) =>
    requestAnimationFrame(() => {
      const box = document.querySelector('.box');
      b.redrawn(box).then(() => {
        const redrawn = performance.now();
        const frameStart = document.timeline.currentTime;
        const callbackStart = b.callbackStart;
        void document.body.offsetHeight;
        const laidOut = performance.now();
        performance.mark('bench:drawn');
        done({ t0, redrawn, frameStart, callbackStart, laidOut, observerWork: b.observerWork });
      });
      performance.mark('bench:start');
      b.observerWork = 0;
      const t0 = performance.now();
      box.style.width = width + 'px';
    }),
  );
/** Resolves when \`read()\` changes, watching \`root\`'s subtree. */
b.changes = (root, read) =>
  new Promise((changed) => {
    const before = read();
    const observer = new MutationObserver(() => {
      if (read() === before) return;
      observer.disconnect();
      changed();
    });
    observer.observe(root, { attributes: true, childList: true, subtree: true });
  });
/** Resolves when the chart in \`box\` is drawn again after a resize. */
b.redrawn = ${redrawn};
}`;

/**
 * A peer's embed code: parse the configuration from the page's inline JSON, draw every
 * box (`Peer.draw` box by box, or `Peer.drawAll` for a peer whose page reads every box's
 * size first), and signal.
 */
const peerEmbed = () => `const text = document.getElementById('peer-config').textContent;
const boxes = [...document.querySelectorAll('.box')];
if (Peer.drawAll) __bench.charts.push(...Peer.drawAll(boxes, JSON.parse(text)));
else for (const box of boxes) __bench.charts.push(Peer.draw(box, JSON.parse(text)));
__bench.signal();`;

/** Resolves when the canvas in the box has a new width (the peer resized and drew it). */
const canvasRedrawn = `(box) => b.changes(box, () => box.querySelector('canvas')?.getAttribute('width'))`;

/**
 * Per library: the markup of one box's content, the embed code run after the script
 * (statements), and how the harness knows a resized chart is drawn again. Peers load
 * `/peers/<id>.js` (bench/site.mjs), and their stylesheet when they have one.
 */
const LIBS = {
  capaian: {
    box: ({ widget, doc, attrs = {} }) => {
      const attributes = Object.entries({ lang: 'id', ...attrs }).map(([name, value]) => ` ${name}="${value}"`);
      return `<${widget.tag}${attributes.join('')}><script type="application/json">${inlineJson(doc)}</script></${widget.tag}>`;
    },
    // Nothing to call: the elements draw themselves, and the harness counts `capaian-ready`.
    // From dist/, the tag is defined later, by the widget's script that capaian.js loads:
    // a script that does not load fails the run, and so does one fetched twice (a preload
    // whose address is not the one the loader asks for).
    embed: ({ widget, shipped }) =>
      shipped
        ? `addEventListener('error', (e) => e.target.src && __bench.fail('could not load ' + e.target.src), true);
addEventListener('load', () => {
  const fetched = performance.getEntriesByType('resource').filter((r) => r.name.includes('/capaian-${widget.name}.js'));
  if (fetched.length !== 1) __bench.fail('capaian-${widget.name}.js fetched ' + fetched.length + ' times');
});`
        : `customElements.get('${widget.tag}') || __bench.fail('<${widget.tag}> is not defined by ${widget.module}');`,
    // The widget applies a ResizeObserver reading on the next frame, then Lit renders:
    // done when the chart's SVG (inside the documented \`chart\` part) has a new width.
    redrawn: `(box) => {
      const root = box.firstElementChild.shadowRoot;
      return b.changes(root, () => root.querySelector('[part~=chart] svg')?.getAttribute('width'));
    }`,
  },
  // Chart.js applies a ResizeObserver reading on the next frame, resizing the canvas
  // and drawing in the same call (animation is off): done when the canvas width changed.
  chartjs: { box: () => '', embed: peerEmbed, redrawn: canvasRedrawn },
  echarts: {
    box: () => '',
    embed: peerEmbed,
    // resize() (from the page's ResizeObserver) resizes the canvas at once and paints on
    // zrender's next frame: done at the first 'rendered' event after the change.
    redrawn: `(box) => new Promise((drawn) => {
      const chart = b.charts[0];
      const canvas = box.querySelector('canvas');
      const before = canvas.getAttribute('width');
      const onRendered = () => {
        if (canvas.getAttribute('width') === before) return;
        chart.off('rendered', onRendered);
        drawn();
      };
      chart.on('rendered', onRendered);
    })`,
  },
  // Plot draws a new figure on the frame after the ResizeObserver reading (bench/peers/plot.js):
  // done when the box's SVG has the new width.
  plot: {
    box: () => '',
    embed: peerEmbed,
    redrawn: `(box) => b.changes(box, () => [...box.querySelectorAll('svg')].pop()?.getAttribute('width'))`,
  },
  // uPlot's setSize() on the frame after the ResizeObserver reading resizes the canvas and draws.
  uplot: { box: () => '', embed: peerEmbed, redrawn: canvasRedrawn },
};

export const LIB_IDS = Object.keys(LIBS);

/**
 * One page: `count` boxes drawing `doc` (capaian, with `attrs` on the element) or
 * `config` (a peer). `expect`: 'all' (default) or 'visible' widgets drawn (capaian only;
 * a peer draws every chart it is given at once). `mode`: 'load' (default: the clock
 * starts right before the library's script tag) or 'draw' (the clock starts once the
 * script has run and the page is idle; then the boxes are inserted and drawn).
 * `shipped` (capaian only): the page loads `dist/` with the README's snippet, where the
 * library's script tag is (so the clock includes the stylesheet, which the script waits
 * for): the stylesheet and `capaian.js` (which asks for the widget's own script), with
 * `'preload'` also the README's preload of that script; `version` is the one in its URL.
 * @param {{ lib: string, widget: object, doc: unknown, config?: unknown, count: number, attrs?: object, expect?: string, mode?: string, peer?: object, shipped?: 'plain' | 'preload', version?: string }} args
 */
export function page(args) {
  const lib = LIBS[args.lib];
  const box = `<div class="box">${lib.box(args)}</div>`;
  const shipped = args.lib === 'capaian' && args.shipped;
  const src = args.lib === 'capaian' ? `/capaian/${args.widget.name}.js` : `/peers/${args.lib}.js`;
  let script = `<script src="${src}"></script>`;
  const head = args.peer?.css ? `<link rel="stylesheet" href="/peers/${args.lib}.css">` : '';
  if (shipped) {
    script = [
      '<link rel="stylesheet" href="/dist/capaian.css" crossorigin="anonymous">',
      shipped === 'preload'
        ? `<link rel="preload" as="script" href="/dist/capaian-${args.widget.name}.js?v=${args.version}">`
        : '',
      '<script src="/dist/capaian.js" crossorigin="anonymous" defer></script>',
    ].join('\n');
  }
  const config =
    args.config === undefined
      ? ''
      : `<script type="application/json" id="peer-config">${inlineJson(args.config)}</script>`;
  const embed = `<script>__bench.embed = () => {\n${lib.embed(args)}\n};</script>`;
  const draw = args.mode === 'draw';
  const body = draw
    ? `<template id="bench-box">${box}</template>
${config}
${script}
${embed}
<script>__bench.drawAfterLoad()</script>`
    : `${Array.from({ length: args.count }, () => box).join('\n')}
${config}
<script>__bench.start()</script>
${script}
${embed}
<script>__bench.embed()</script>`;
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>capaian bench</title>
<style>
  body { margin: 8px; font-family: system-ui, sans-serif; }
  .box { display: inline-block; vertical-align: top; width: ${BOX.width}px; height: ${BOX.height}px; overflow: hidden; margin: 0 4px 4px 0; }
</style>
${head}
<link rel="icon" href="data:,">
<script>${harness({ expected: args.lib === 'capaian' && args.expect === 'visible' ? 'visible' : args.count, count: args.count, redrawn: lib.redrawn })}</script>
</head>
<body>
${body}
</body>
</html>
`;
}
