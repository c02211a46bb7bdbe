import { svg } from 'lit';
import { describe, expect, it } from 'vitest';
import { marksToString, templateToString } from '../../src/core/export/to-string.js';
import { drawMarks, type Mark } from '../../src/core/marks.js';

const tick = (y: number, label: string): Mark[] => [
  { tag: 'line', attrs: { class: 'grid', x1: 0, x2: 100, y1: y, y2: y } },
  { tag: 'text', attrs: { class: 'tick', x: -6, y, 'text-anchor': 'end' }, text: label },
];

describe('marks written out (static SVG, server-rendered HTML, downloads)', () => {
  it('writes each mark with its attributes in order, and a group with its marks inside', () => {
    const group: Mark = { tag: 'g', attrs: { 'data-point': '0:1', tabindex: -1 }, children: tick(10, '50 T') };
    expect(marksToString([group])).toBe(
      '<g data-point="0:1" tabindex="-1"><line class="grid" x1="0" x2="100" y1="10" y2="10"></line>' +
        '<text class="tick" x="-6" y="10" text-anchor="end">50 T</text></g>',
    );
  });

  it('leaves out an attribute whose value is undefined', () => {
    expect(marksToString([{ tag: 'rect', attrs: { class: undefined, x: 1 } }])).toBe('<rect x="1"></rect>');
  });

  it('escapes text and attribute values from the document: they stay text', () => {
    const hostile = '"><script>alert(1)</script>&';
    const out = marksToString([{ tag: 'text', attrs: { 'aria-label': hostile }, text: hostile }]);
    expect(out).toBe(
      '<text aria-label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;">' +
        '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;</text>',
    );
  });

  it('puts the marks of drawMarks() inside the element it is bound to, in a template', () => {
    const template = svg`<g class="y-axis" aria-hidden="true" ${drawMarks(tick(5, '0'))}></g><line class="axis"></line>`;
    expect(templateToString(template)).toBe(
      '<g class="y-axis" aria-hidden="true"><line class="grid" x1="0" x2="100" y1="5" y2="5"></line>' +
        '<text class="tick" x="-6" y="5" text-anchor="end">0</text></g><line class="axis"></line>',
    );
  });

  it('refuses drawMarks() anywhere but last in the tag of an empty element', () => {
    const refusal = /last in the tag of an empty element/;
    expect(() => templateToString(svg`<g>${drawMarks([])}</g>`)).toThrow(refusal);
    expect(() => templateToString(svg`<g ${drawMarks([])} class=${'x'}></g>`)).toThrow(refusal);
    expect(() => templateToString(svg`<g ${drawMarks([])} class="x"></g>`)).toThrow(refusal);
    expect(() => templateToString(svg`<g ${drawMarks([])}><title>t</title></g>`)).toThrow(refusal);
    expect(() => templateToString(svg`<g ${drawMarks([])} />`)).toThrow(refusal);
  });

  it("refuses an attribute name or a tag that is not plainly the library's own", () => {
    expect(() => marksToString([{ tag: 'rect', attrs: { onload: 'alert(1)' } }])).toThrow(/attribute/);
    expect(() => marksToString([{ tag: 'rect', attrs: { 'x="1"><script>': 1 } }])).toThrow(/attribute/);
    expect(() => marksToString([{ tag: 'script', attrs: {} } as unknown as Mark])).toThrow(/tag/);
  });
});
