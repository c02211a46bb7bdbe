/**
 * The page inside an iframe embed (`dist/embed.html`): draws one widget named by the
 * URL, from `?src=` or from JSON in the fragment (`#data=` + encodeURIComponent), and
 * tells the parent its height whenever it changes.
 *
 *   embed.html?widget=budget-growth&src=https://example.org/anggaran.json&lang=en
 *   embed.html?widget=budget-growth#data=%7B%22title%22…
 */
const params = new URLSearchParams(location.search);
const name = params.get('widget') ?? '';
const body = document.body;
body.style.margin = '0';
// The widgets capaian.js knows (it loads a widget's code when its tag appears).
const known = (globalThis as { Capaian?: { widgets: { name: string; tag: string }[] } }).Capaian?.widgets ?? [];
const tag = known.find((widget) => widget.name === name)?.tag;

if (!tag) {
  const message = document.createElement('p');
  message.textContent = `capaian: unknown widget "${name}"`;
  body.append(message);
} else {
  const widget = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const attr of ['src', 'lang', 'theme', 'no-download', 'variant', 'heading-level']) {
    const value = params.get(attr);
    if (value !== null) widget.setAttribute(attr, value);
  }
  // The iframe itself is lazy; inside it, draw at once.
  widget.setAttribute('loading', 'eager');
  const fragment = new URLSearchParams(location.hash.slice(1)).get('data');
  if (fragment !== null) {
    try {
      widget.data = JSON.parse(fragment);
    } catch {
      widget.data = fragment; // parsed as a document, rejected with a readable reason
    }
  }
  body.append(widget);
}

let last = 0;
const report = () => {
  const height = Math.ceil(body.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  // Only a height: the parent's snippet checks our window and origin.
  parent.postMessage({ capaian: 'height', height }, '*');
};
new ResizeObserver(report).observe(body);

export {};
