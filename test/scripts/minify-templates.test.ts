import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

describe('minifyTemplates', () => {
  it('collapses indentation in html and svg templates and keeps inline spaces', () => {
    expect(minifyTemplates('html`<p>\n    <b>a</b> ${x}\n  </p>`')).toBe('html`<p> <b>a</b> ${x} </p>`');
  });
  it('strips comments and spaces around CSS punctuation', () => {
    expect(minifyTemplates('css`\n  /* why */\n  .a {\n    color: red;\n  }\n`')).toBe('css` .a{color:red}`');
  });
  it('follows nested templates inside expressions', () => {
    expect(minifyTemplates('html`<a>\n ${ok ? svg`<g>\n </g>` : nothing}\n</a>`')).toBe(
      'html`<a> ${ok ? svg`<g> </g>` : nothing} </a>`',
    );
  });
  it('leaves untagged templates, strings and comments alone', () => {
    const code = "const a = `x\n  y`; const b = 'html`'; // css`\n";
    expect(minifyTemplates(code)).toBe(code);
  });
});
