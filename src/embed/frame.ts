/**
 * The page inside an iframe embed (`dist/embed.html`): draws one widget named by the
 * URL, from `?src=` or from JSON in the fragment (`#data=` + encodeURIComponent), and
 * tells the parent its height whenever it changes. A self-hosted copy may allow only
 * some origins for `src`, and no `#data=` (`<meta name="capaian-embed">`, ./policy.ts).
 *
 *   embed.html?widget=budget-growth&src=https://example.org/anggaran.json&lang=en
 *   embed.html?widget=budget-growth#data=%7B%22title%22…
 */
import { META_NAME, readPolicy, refusalOf, refusalText } from './policy.js';

const params = new URLSearchParams(location.search);
const name = params.get('widget') ?? '';
const body = document.body;
body.style.margin = '0';
// The widgets capaian.js knows (it loads a widget's code when its tag appears).
const known = (globalThis as { Capaian?: { widgets: { name: string; tag: string }[] } }).Capaian?.widgets ?? [];
const tag = known.find((widget) => widget.name === name)?.tag;

const fragment = new URLSearchParams(location.hash.slice(1)).get('data');
const policy = readPolicy(
  document.querySelector(`meta[name="${META_NAME}"]`)?.getAttribute('content') ?? null,
  location.origin,
);
for (const problem of policy.problems) console.warn(`capaian embed: <meta name="${META_NAME}">: ${problem}`);
const refusal = refusalOf(policy, { src: params.get('src'), inline: fragment !== null }, new URL(location.href));

/** A sentence in place of the chart (text only: nothing from the URL is shown). */
function notice(text: string, kind: string): void {
  const message = document.createElement('p');
  message.dataset.refused = kind;
  message.textContent = text;
  const theme = params.get('theme');
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  // The theme's background and text (TOKENS in src/core/styles/tokens.ts) and the type
  // scale's body size (TYPE in src/core/measure.ts), written out: this script bundles
  // neither module. A dark notice paints its own box, as a dark widget does.
  const [background, color] = dark ? ['#141414', '#f0f0f0'] : ['#ffffff', '#1b1b1b'];
  message.style.cssText = `margin:0;padding:16px;font:14px/20px system-ui,sans-serif;background:${background};color:${color}`;
  body.append(message);
}

// The embed's own language: the document, which would name one, is not read.
const lang = params.get('lang') === 'en' ? 'en' : 'id';

if (!tag) {
  // The reader learns only that the link is wrong: a name from the URL shown on the
  // ministry's page could say anything. Whoever wrote the link finds it in the console.
  const names = known.map((widget) => widget.name).join(', ');
  console.warn(
    names
      ? `capaian embed: unknown widget ${JSON.stringify(name)} (known: ${names})`
      : 'capaian embed: capaian.js did not load, so no widget is known',
  );
  notice(refusalText[lang].widget, 'widget');
} else if (refusal) {
  console.warn(refusal.log);
  notice(refusalText[lang][refusal.kind], refusal.kind);
} else {
  const widget = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const attr of ['src', 'lang', 'theme', 'no-download', 'variant', 'heading-level']) {
    const value = params.get(attr);
    if (value !== null) widget.setAttribute(attr, value);
  }
  // The iframe itself is lazy; inside it, draw at once.
  widget.setAttribute('loading', 'eager');
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
