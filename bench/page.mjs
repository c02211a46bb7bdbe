// The pages the bench loads: N boxes of 400×300 px, the library's script, and a small
// harness (`window.__bench`) that takes the times. Every library gets the same page
// around its own embed code.

export const BOX = { width: 400, height: 300 };

/** JSON safe inside <script>: no `</script>` and no `<!--` can end or bend it. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

// Runs first in <head>. Times are performance.now() values: ms since navigation start.
const harness = ({ expected, redrawn }) => `{
const b = (window.__bench = { expected: ${JSON.stringify(expected)}, count: 0, charts: [] });
let resolve, reject;
b.done = new Promise((res, rej) => ((resolve = res), (reject = rej)));
b.fail = (why) => reject(new Error(why));
/**
 * Script start: just before the library's <script> tag. \`expected: 'visible'\` waits
 * for the widgets whose box is in the viewport (counted before the clock starts).
 */
b.start = () => {
  if (b.expected === 'visible') {
    b.expected = [...document.querySelectorAll('.box')].filter((box) => box.getBoundingClientRect().top < innerHeight).length;
  }
  performance.mark('bench:start'); // for bench/profile.mjs: the window of a trace
  b.t0 = performance.now();
};
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
    channel.port1.onmessage = () => resolve({ t0: b.t0, signal, laidOut, painted: performance.now() });
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
 * Per library: the script it loads, the markup of one box's content, the embed code
 * after the script, and how the harness knows a resized chart is drawn again.
 */
const LIBS = {
  capaian: {
    // The widget's own module, bundled with what it imports (bench/site.mjs).
    script: ({ widget }) => `/capaian/${widget.name}.js`,
    box: ({ widget, doc, attrs = {} }) => {
      const attributes = Object.entries({ lang: 'id', ...attrs }).map(([name, value]) => ` ${name}="${value}"`);
      return `<${widget.tag}${attributes.join('')}><script type="application/json">${inlineJson(doc)}</script></${widget.tag}>`;
    },
    embed: ({ widget }) =>
      `<script>customElements.get('${widget.tag}') || __bench.fail('<${widget.tag}> is not defined by ${widget.module}')</script>`,
    // The widget applies a ResizeObserver reading on the next frame, then Lit renders:
    // done when the chart's SVG (inside the documented \`chart\` part) has a new width.
    redrawn: `(box) => {
      const root = box.firstElementChild.shadowRoot;
      return b.changes(root, () => root.querySelector('[part~=chart] svg')?.getAttribute('width'));
    }`,
  },
  chartjs: {
    script: () => '/peers/chartjs.js',
    box: () => '',
    embed: ({ config }) =>
      `<script type="application/json" id="peer-config">${inlineJson(config)}</script>
<script>
const text = document.getElementById('peer-config').textContent;
for (const box of document.querySelectorAll('.box')) __bench.charts.push(Peer.draw(box, JSON.parse(text)));
__bench.signal();
</script>`,
    // Chart.js applies a ResizeObserver reading on the next frame, resizing the canvas
    // and drawing in the same call (animation is off): done when the canvas width changed.
    redrawn: `(box) => b.changes(box, () => box.querySelector('canvas')?.getAttribute('width'))`,
  },
  echarts: {
    script: () => '/peers/echarts.js',
    box: () => '',
    embed: (args) => LIBS.chartjs.embed(args),
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
};

export const LIB_IDS = Object.keys(LIBS);

/**
 * One page: `count` boxes drawing `doc` (capaian, with `attrs` on the element) or
 * `config` (a peer). `expect`: 'all' (default) or 'visible' widgets drawn (capaian only;
 * a peer draws every chart it is given at once).
 * @param {{ lib: string, widget: object, doc: unknown, config?: unknown, count: number, attrs?: object, expect?: string }} args
 */
export function page(args) {
  const lib = LIBS[args.lib];
  const box = lib.box(args);
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>capaian bench</title>
<style>
  body { margin: 8px; font-family: system-ui, sans-serif; }
  .box { display: inline-block; vertical-align: top; width: ${BOX.width}px; height: ${BOX.height}px; overflow: hidden; margin: 0 4px 4px 0; }
</style>
<link rel="icon" href="data:,">
<script>${harness({ expected: args.lib === 'capaian' && args.expect === 'visible' ? 'visible' : args.count, redrawn: lib.redrawn })}</script>
</head>
<body>
${Array.from({ length: args.count }, () => `<div class="box">${box}</div>`).join('\n')}
<script>__bench.start()</script>
<script src="${lib.script(args)}"></script>
${lib.embed(args)}
</body>
</html>
`;
}
