import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

describe('minifyTemplates', () => {
  it('collapses indentation in html templates to one space and keeps inline spaces', () => {
    expect(minifyTemplates('html`<span>\n    <b>a</b> ${x}\n  </span>`')).toBe('html`<span> <b>a</b> ${x} </span>`');
    expect(minifyTemplates('html`<button>a</button>\n<button>b</button>`')).toBe(
      'html`<button>a</button> <button>b</button>`',
    );
  });
  it('drops line breaks next to the tags of block, list and table elements, where they render nothing', () => {
    expect(minifyTemplates('html`<p>\n    <b>a</b> ${x}\n  </p>`')).toBe('html`<p><b>a</b> ${x}</p>`');
    expect(minifyTemplates('html`<ul class="k">\n  <li>\n    ${a}\n  </li>\n</ul>\n<path>`')).toBe(
      'html`<ul class="k"><li>${a}</li></ul><path>`',
    );
  });
  it('strips comments and spaces around CSS punctuation', () => {
    expect(minifyTemplates('css`\n  /* why */\n  .a {\n    color: red;\n  }\n`')).toBe('css` .a{color:red}`');
  });
  it('follows nested templates inside expressions', () => {
    expect(minifyTemplates('html`<a>\n ${ok ? svg`<g>\n </g>` : nothing}\n</a>`')).toBe(
      'html`<a> ${ok ? svg`<g></g>` : nothing} </a>`',
    );
  });
  it('drops line breaks next to a tag in svg templates, where such whitespace renders nothing', () => {
    expect(minifyTemplates('svg`<g>\n  <line></line>\n  ${x}\n</g>`')).toBe('svg`<g><line></line>${x}</g>`');
  });
  it('drops a line break between two expressions in svg templates, except inside a <text>', () => {
    expect(minifyTemplates('svg`<g>${a}\n  ${b}<text x=${x}>${c}\n ${d}</text>${e}\n ${f}</g>`')).toBe(
      'svg`<g>${a}${b}<text x=${x}>${c} ${d}</text>${e}${f}</g>`',
    );
  });
  it('keeps that space in an attribute value, a <title> or <desc>, and after a "<" inside an expression', () => {
    expect(minifyTemplates('svg`<g class="${a}\n ${b}"></g>`')).toBe('svg`<g class="${a} ${b}"></g>`');
    expect(minifyTemplates('svg`<title>${a}\n ${b}</title><desc>${c}\n ${d}</desc>`')).toBe(
      'svg`<title>${a} ${b}</title><desc>${c} ${d}</desc>`',
    );
    expect(minifyTemplates('svg`<text>${a < b ? x : y}\n ${c}</text>`')).toBe(
      'svg`<text>${a < b ? x : y} ${c}</text>`',
    );
  });
  it('keeps a space for a line break between attributes in svg templates', () => {
    expect(minifyTemplates('svg`<rect\n  x=${a}\n  y="1"></rect>`')).toBe('svg`<rect x=${a} y="1"></rect>`');
  });
  it('leaves untagged templates, strings and comments alone', () => {
    const code = "const a = `x\n  y`; const b = 'html`'; // css`\n";
    expect(minifyTemplates(code)).toBe(code);
  });
});
