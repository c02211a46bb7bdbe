import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { TOKENS } from '../../src/core/styles/tokens.js';
import { renderSvg, widgets } from '../../src/static.js';
import { cleanup, fetchJson, mount, settled } from '../helpers/browser.js';
import { contrastRatio } from '../helpers/contrast.js';

/**
 * Every widget's dark figure as a file (the server's `renderSvg` and the live element's
 * download), held to what the live dark widget is held to: each mark 3:1 against the
 * dark background, each text 4.5:1 against what it is written on (a cell, or the page). The SVG is put in the page alone, so its own <style>
 * decides every colour, and the browser's computed style is read back.
 */

type Widget = HTMLElement & { state: string; updateComplete: Promise<boolean>; toSvg(): Promise<string | undefined> };

const { background, grid } = TOKENS.dark;

/** `rgb(r, g, b)` or `rgba(…)` as `#rrggbb`, or undefined for no paint (none, transparent). */
function hex(paint: string): string | undefined {
  const parts = paint.match(/[\d.]+/g);
  if (!paint.startsWith('rgb') || !parts || (parts.length === 4 && Number(parts[3]) === 0)) return undefined;
  return (
    '#' +
    parts
      .slice(0, 3)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('')
  );
}

/** The painted shape right under the middle of `el` (a cell under its code), else the page background. */
function backdropOf(el: Element, root: SVGSVGElement): string {
  const box = el.getBoundingClientRect();
  const under = document.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
  for (const shape of under) {
    if (shape === el || !root.contains(shape) || shape.localName === 'text' || shape.localName === 'tspan') continue;
    if (shape === root.querySelector(':scope > rect')) break;
    const fill = hex(getComputedStyle(shape).fill);
    if (fill && (shape.localName === 'rect' || shape.localName === 'circle')) return fill;
  }
  return background;
}

/** Every colour in the figure below its bar: "what on what: ratio", for the failures. */
function lowContrast(svgText: string): string[] {
  const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
  const holder = mount<HTMLDivElement>('<div></div>', Number(root.getAttribute('width')));
  holder.append(root);
  const failures: string[] = [];
  const check = (what: Element, colour: string | undefined, on: string, least: number) => {
    // The grid and the page's own colour (knock-outs, halos) are not marks.
    if (!colour || colour === on || colour === grid || colour === background) return;
    const ratio = contrastRatio(colour, on);
    if (ratio < least)
      failures.push(`${what.localName}.${what.getAttribute('class')} ${colour} on ${on}: ${ratio.toFixed(2)}`);
  };
  for (const el of root.querySelectorAll('text, rect, path, circle, line, polyline')) {
    if (el.closest('defs, pattern, title') || el === root.querySelector(':scope > rect')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
    if (el.localName === 'text') {
      if (el.textContent?.trim()) check(el, hex(style.fill), backdropOf(el, root), 4.5);
    } else {
      // A line paints its stroke only; its (default black) fill is never seen.
      if (el.localName !== 'line') check(el, hex(style.fill), background, 3);
      check(el, hex(style.stroke), background, 3);
    }
  }
  holder.remove();
  return failures;
}

describe('dark figures as files', () => {
  afterEach(cleanup);

  it('finds a light-theme cell on the dark page: the check can fail', () => {
    const cell = `<rect class="cell" x="0" y="0" width="40" height="20" fill="${'#174f8a'}"></rect>`;
    const file = `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><rect width="100%" height="100%" fill="${background}"></rect>${cell}</svg>`;
    expect(lowContrast(file)).to.have.length(1);
  });

  for (const widget of widgets)
    for (const sample of widget.samples)
      for (const variant of widget.variants) {
        const name = `${widget.name} (${sample}, ${variant})`;

        it(`${name}: renderSvg holds marks to 3:1 and text to 4.5:1 at 320 and 640 px`, async () => {
          const doc = await fetchJson(`/examples/data/${sample}.json`);
          for (const width of [320, 640]) {
            const result = renderSvg(widget.name, doc, { theme: 'dark', width, variant });
            if (!result.ok) throw new Error('rejected');
            expect(lowContrast(result.output), `${width} px`).to.deep.equal([]);
          }
        });

        it(`${name}: the element's dark download holds marks to 3:1 and text to 4.5:1`, async () => {
          const markup = `<${widget.tag} theme="dark" variant="${variant}" src="/examples/data/${sample}.json"></${widget.tag}>`;
          const el = await settled(mount<Widget>(markup, 480));
          const file = await el.toSvg();
          expect(file).to.be.a('string');
          cleanup();
          expect(lowContrast(file!)).to.deep.equal([]);
        });
      }
});
