import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

/** axe-core's WCAG 2.1 A/AA rules and best practices, on an element and its shadow tree. */
export async function axeViolations(el: Element): Promise<string[]> {
  const results = await window.axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    rules: { region: { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** Resolves once the widget's state is `state` (now or later) and it has rendered. */
export async function settled<T extends Widget>(el: T, state = 'ready', timeout = 5000): Promise<T> {
  const start = performance.now();
  while (el.state !== state) {
    if (performance.now() - start > timeout) throw new Error(`state stayed "${el.state}", expected "${state}"`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await el.updateComplete;
  return el;
}

/** Mounts `markup` in a fresh container `width` px wide and returns its first element. */
export function mount<T extends Element>(markup: string, width = 640): T {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  const template = document.createElement('template');
  // Test fixtures are our own literal markup; widgets never see innerHTML.
  template.innerHTML = markup.trim();
  host.append(template.content.cloneNode(true));
  document.body.append(host);
  return host.firstElementChild as T;
}

/** Clears what earlier tests mounted. */
export function cleanup(): void {
  document.body.replaceChildren();
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

/** Text with Intl's no-break spaces made plain, for comparisons. */
export function plain(text: string | null | undefined): string {
  return (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A JSON file's content, typed as `Response.json()` types it (what a page hands to `data`). */
export async function fetchJson(path: string): ReturnType<Response['json']> {
  return (await fetch(path)).json();
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** Waits until `check` holds, frame by frame, failing after `timeout` ms. */
/** Opens the widget's data table and waits for its rows: they are written when a reader first opens it. */
export async function openTable(root: ShadowRoot): Promise<HTMLTableSectionElement> {
  const details = root.querySelector<HTMLDetailsElement>('details[part~="table"]')!;
  details.open = true;
  await until(() => root.querySelectorAll('tbody tr').length > 0);
  return root.querySelector('tbody')!;
}

export async function until(check: () => boolean, timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await nextFrame();
  }
}

/**
 * Registers one axe-core test per sample × variant × language × theme × width (320 and
 * 1200 px): the accessibility matrix every widget is held to.
 */
export function axeMatrix(tag: string, files: readonly string[], variants: readonly string[] = ['']): void {
  for (const file of files)
    for (const variant of variants)
      for (const lang of ['id', 'en'])
        for (const theme of ['light', 'dark'])
          for (const width of [320, 1200]) {
            const name = [file.split('/').pop(), variant, lang, theme, `${width}px`].filter(Boolean).join(' ');
            it(`has no axe violations: ${name}`, async () => {
              const extra = variant ? ` variant="${variant}"` : '';
              const markup = `<${tag} src="${file}" lang="${lang}" theme="${theme}"${extra}></${tag}>`;
              const el = await settled(mount<Widget>(markup, width));
              expect(await axeViolations(el)).to.deep.equal([]);
            });
          }
}

/** The reader's pointer on the element at `selector` in the widget: a hover, or a tap with `touch`. */
export async function pointAt(
  el: Widget,
  selector: string,
  type = 'pointerover',
  pointerType = 'mouse',
): Promise<void> {
  shadow(el)
    .querySelector(selector)!
    .dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, pointerType }));
  await el.updateComplete;
}

/** The pointer leaves the chart. */
export async function leaveChart(el: Widget): Promise<void> {
  shadow(el)
    .querySelector('.chart')!
    .dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
  await el.updateComplete;
}

/** A tap somewhere else on the page. */
export async function tapOutside(el: Widget): Promise<void> {
  document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
  await el.updateComplete;
}

/** Resolves with the next `capaian-error` event the element fires. */
export function errorEvent(el: Element): Promise<CustomEvent> {
  return new Promise((resolve) =>
    el.addEventListener('capaian-error', (e) => resolve(e as CustomEvent), { once: true }),
  );
}

/** A key pressed on `target` (a data point, usually), bubbling out of the shadow root. */
export const key = (target: Element, k: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));

/** The open tooltip's text, or "". */
export const tooltip = (el: Element) => plain(shadow(el).querySelector('[role=tooltip]')?.textContent);

/** The widget with its document as inline JSON, `<` escaped as a page must do. */
export const inlineJson = (tag: string, json: unknown, attrs = '') =>
  `<${tag} ${attrs}><script type="application/json">${JSON.stringify(json).replace(/</g, '\\u003c')}</script></${tag}>`;

/** Whether two boxes share more than a sliver (half a pixel) of area. */
export function boxesOverlap(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Focuses the data point `row:col` (as arrow keys or Tab would) and waits for its tooltip to be drawn and placed. */
export async function focusPoint(el: Widget, point: string): Promise<HTMLElement> {
  shadow(el).querySelector<SVGElement>(`[data-point="${point}"]`)!.focus();
  await el.updateComplete;
  const tip = shadow(el).querySelector<HTMLElement>('[role=tooltip]');
  if (!tip) throw new Error(`no tooltip for ${point}`);
  return tip;
}

/** How many lines an element's text wraps onto, as laid out. */
export function lineCount(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
}
