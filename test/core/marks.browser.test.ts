import { expect } from '@open-wc/testing';
import { html, render, svg } from 'lit';
import { drawMarks, patchMarks, type Mark } from '../../src/core/marks.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An `<svg><g>` in the page to draw into. */
function layer(): SVGGElement {
  const root = document.createElementNS(SVG_NS, 'svg');
  const g = root.appendChild(document.createElementNS(SVG_NS, 'g'));
  document.body.append(root);
  return g;
}

const rect = (i: number): Mark => ({ tag: 'rect', attrs: { class: 'bar', x: i * 10, y: 5, width: 8, height: 20 } });
const bar = (i: number, cls: string, label?: string): Mark => ({
  tag: 'g',
  attrs: { 'data-point': `0:${i}`, tabindex: i ? -1 : 0, class: cls },
  children: [rect(i), ...(label ? [{ tag: 'text', attrs: { x: i * 10 + 4, y: 3 }, text: label } as const] : [])],
});
/** Every element under `g`, in document order. */
const all = (g: Element) => [...g.querySelectorAll('*')];

describe('patchMarks: marks drawn from data', () => {
  afterEach(() => document.querySelectorAll('svg').forEach((s) => s.remove()));

  it('draws SVG elements with their attributes and text', () => {
    const g = layer();
    patchMarks(g, [bar(0, '', '22,4 T'), bar(1, '')]);
    expect(g.children.length).to.equal(2);
    const text = g.querySelector('text')!;
    expect(text.namespaceURI).to.equal(SVG_NS);
    expect(text.textContent).to.equal('22,4 T');
    expect(g.firstElementChild!.getAttribute('data-point')).to.equal('0:0');
    expect(g.querySelector('rect')!.getAttribute('width')).to.equal('8');
  });

  it('keeps the elements on a redraw and changes only what changed', () => {
    const g = layer();
    patchMarks(g, [bar(0, '', 'a'), bar(1, '')]);
    const before = all(g);
    patchMarks(g, [bar(0, 'active', 'b'), bar(1, '')]);
    const after = all(g);
    expect(after.length).to.equal(before.length);
    after.forEach((el, i) => expect(el === before[i], `element ${i}`).to.equal(true));
    expect(g.firstElementChild!.getAttribute('class')).to.equal('active');
    expect(g.querySelector('text')!.textContent).to.equal('b');
  });

  it('a focused mark keeps focus when the marks are drawn again', () => {
    const g = layer();
    patchMarks(g, [bar(0, ''), bar(1, '')]);
    (g.children[1] as SVGGElement).focus();
    patchMarks(g, [bar(0, ''), bar(1, 'active')]);
    expect(document.activeElement).to.equal(g.children[1]);
  });

  it('removes the attributes, the marks and the text the new drawing does not have', () => {
    const g = layer();
    patchMarks(g, [bar(0, 'x', 'label'), bar(1, ''), bar(2, '')]);
    patchMarks(g, [{ tag: 'g', attrs: { 'data-point': '0:0' }, children: [rect(0)] }]);
    expect(g.children.length).to.equal(1);
    const first = g.firstElementChild!;
    expect([...first.attributes].map((a) => a.name)).to.deep.equal(['data-point']);
    expect(first.querySelector('text')).to.equal(null);
    expect(first.children.length).to.equal(1);
  });

  it('replaces an element whose tag changed, in place', () => {
    const g = layer();
    patchMarks(g, [
      { tag: 'rect', attrs: { x: 1 } },
      { tag: 'line', attrs: { x1: 2 } },
    ]);
    const line = g.children[1];
    patchMarks(g, [
      { tag: 'text', attrs: { x: 1 }, text: 't' },
      { tag: 'line', attrs: { x1: 3 } },
    ]);
    expect([...g.children].map((c) => c.localName)).to.deep.equal(['text', 'line']);
    expect(g.children[1]).to.equal(line);
    expect(line!.getAttribute('x1')).to.equal('3');
  });

  it("refuses an attribute name or a tag that is not plainly the library's own", () => {
    const g = layer();
    expect(() => patchMarks(g, [{ tag: 'rect', attrs: { onclick: 'alert(1)' } }])).to.throw(/attribute/);
    expect(() => patchMarks(g, [{ tag: 'rect', attrs: { 'x"><img': 1 } }])).to.throw(/attribute/);
    expect(() => patchMarks(g, [{ tag: 'script', attrs: {} } as unknown as Mark])).to.throw(/tag/);
    expect(g.querySelector('[onclick], script')).to.equal(null);
  });

  it('sets hostile text as text: no element is made from it', () => {
    const g = layer();
    patchMarks(g, [{ tag: 'text', attrs: { 'aria-label': '"><img src=x onerror=alert(1)>' }, text: '<img src=x>' }]);
    expect(g.querySelector('img')).to.equal(null);
    expect(g.firstElementChild!.textContent).to.equal('<img src=x>');
  });
});

describe('drawMarks, the directive', () => {
  it('draws into the element it is bound to when Lit renders, and again on the next render', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const draw = (label: string) =>
      render(
        html`<svg>${svg`<g class="layer" ${drawMarks([{ tag: 'text', attrs: { x: 0 }, text: label }])}></g>`}</svg>`,
        host,
      );
    draw('one');
    const text = host.querySelector('.layer > text')!;
    expect(text.textContent).to.equal('one');
    draw('two');
    expect(host.querySelector('.layer > text')).to.equal(text);
    expect(text.textContent).to.equal('two');
    host.remove();
  });

  it('refuses a place other than an element', () => {
    const host = document.createElement('div');
    expect(() => render(html`<svg><g>${drawMarks([])}</g></svg>`, host)).to.throw(/belongs on an element/);
  });
});
