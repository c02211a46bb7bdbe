/** Browser-side helpers of the reliability suites: spies, DOM audits and rendering. */
import { plain, settled } from '../helpers/browser.js';
import type { ReliabilityWidget } from './widgets.js';

export type Widget = HTMLElement & {
  state: string;
  data: unknown;
  src: string | undefined;
  loading: string | undefined;
  updateComplete: Promise<boolean>;
  reload(): void;
};

declare global {
  interface Window {
    __capaianXss?: (name: string) => void;
  }
}

export async function loadSample(name: string): Promise<unknown> {
  return (await fetch(`/examples/data/${name}.json`)).json();
}

/**
 * Spies on every way a payload could announce that it ran: the global flag function
 * every payload calls, and `alert`, `confirm`, `prompt` and `print`.
 */
export function spyOnScript(): { hits: string[]; restore(): void } {
  const hits: string[] = [];
  const saved = { alert: window.alert, confirm: window.confirm, prompt: window.prompt, print: window.print };
  window.__capaianXss = (name) => hits.push(name);
  window.alert = (message?: unknown) => hits.push(`alert(${String(message)})`);
  window.confirm = (message?: string) => {
    hits.push(`confirm(${message})`);
    return false;
  };
  window.prompt = (message?: string) => {
    hits.push(`prompt(${message})`);
    return null;
  };
  window.print = () => hits.push('print()');
  return {
    hits,
    restore: () => {
      Object.assign(window, saved);
      delete window.__capaianXss;
    },
  };
}

/** Collects unhandled rejections and uncaught errors while it is installed. */
export function watchUncaught(): { seen: string[]; stop(): void } {
  const seen: string[] = [];
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandled rejection: ${String(e.reason)}`);
  const onError = (e: ErrorEvent) => seen.push(`uncaught: ${e.message}`);
  window.addEventListener('unhandledrejection', onRejection);
  window.addEventListener('error', onError);
  return {
    seen,
    stop: () => {
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    },
  };
}

/** Elements no widget draws: any of them in a shadow root came from data. */
const FORBIDDEN = new Set(
  'script iframe frame object embed img image foreignobject form input meta link base math template'.split(' '),
);
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background'];

/** Every element, attribute or link under `root` that no widget template makes. */
export function unsafeNodes(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.localName.toLowerCase();
    if (FORBIDDEN.has(tag) || tag.includes('-')) problems.push(`<${tag}>`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.includes(name) && !/^(https?:\/\/|#)/i.test(attr.value))
        problems.push(`<${tag} ${name}="${attr.value}">`);
    }
    if (tag === 'a') {
      const protocol = new URL((el as HTMLAnchorElement).href, 'http://invalid/').protocol;
      if (protocol !== 'http:' && protocol !== 'https:') problems.push(`<a href> with ${protocol}`);
    }
  }
  return problems;
}

/** The element names of a tree, counted: the shape two renderings must share. */
export function shape(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const el of root.querySelectorAll('*')) counts[el.localName] = (counts[el.localName] ?? 0) + 1;
  return counts;
}

/** Every word a reader or a screen reader gets: text nodes and labelling attributes. */
export function readable(root: ParentNode): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    else for (const name of ['aria-label', 'title', 'alt']) parts.push((node as Element).getAttribute(name) ?? '');
  }
  return plain(parts.join(' '));
}

/** A widget element, eager (so that it draws off screen too), not yet in the page. */
export function create(widget: ReliabilityWidget, attrs: Record<string, string> = {}): Widget {
  const el = document.createElement(widget.tag) as Widget;
  el.setAttribute('loading', 'eager');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** A container `width` px wide in the page. */
export function host(width = 640): HTMLElement {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  return div;
}

/** Draws each document in its own element, all at once; resolves when every one has settled. */
export async function renderAll(widget: ReliabilityWidget, docs: unknown[], width = 480): Promise<Widget[]> {
  const box = host(width);
  const els = docs.map((doc) => {
    const el = create(widget);
    el.data = doc;
    box.append(el);
    return el;
  });
  await Promise.all(els.map((el) => until(() => el.state !== 'loading')));
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

/** JSON for an inline `<script type="application/json">`, escaped the way a host must. */
export function scriptJson(doc: unknown): string {
  // `<` as \u003c: no `</script>` or `<!--` in the data can end or bend the script element.
  return JSON.stringify(doc).replace(/</g, '\\u003c');
}

export async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export { settled };
