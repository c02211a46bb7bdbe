import { SourceMap, type SourceMapPayload } from 'node:module';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { minifyTemplates, minifyTemplatesPlugin } from '../../scripts/minify-templates.mjs';

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
  it('leaves strings, regular expressions and templates of other tags alone', () => {
    const code =
      'const a = "html`<p>\\n  x</p>`";\n' +
      'const b = /html`<p>  x/;\n' +
      'const c = lit.html`<p>\n  x</p>`;\n' +
      'const d = myhtml`<p>\n  x</p>`;\n' +
      'const e = `<p>\n  ${html}`;\n';
    expect(minifyTemplates(code)).toBe(code);
  });
  it('finds every template after a regular expression that holds a quote or a backtick', () => {
    const code =
      "const q = /'/;\n" +
      'const b = /`/g;\n' +
      'const a = html`<p>\n  x\n</p>`;\n' +
      'const s = svg`<g>\n  <line></line>\n</g>`;\n' +
      'const c = css`\n  .a {\n    color: red;\n  }\n`;\n';
    expect(minifyTemplates(code)).toBe(
      "const q = /'/;\n" +
        'const b = /`/g;\n' +
        'const a = html`<p>x</p>`;\n' +
        'const s = svg`<g><line></line></g>`;\n' +
        'const c = css` .a{color:red}`;\n',
    );
  });
  it('follows templates nested in functions inside expressions, next to regular expressions and TypeScript', () => {
    const code =
      'const list = (items: string[]): TemplateResult => html`<ul>\n' +
      '  ${items.map((i) => html`<li>\n    ${i.replace(/`/g, "\'")}\n  </li>`)}\n' +
      '</ul>`;\n';
    expect(minifyTemplates(code)).toBe(
      'const list = (items: string[]): TemplateResult => html`<ul>' +
        '${items.map((i) => html`<li>${i.replace(/`/g, "\'")}</li>`)}' +
        '</ul>`;\n',
    );
  });
  it('throws on code it cannot parse, rather than leaving templates as they are', () => {
    expect(() => minifyTemplates('const a = html`<p>${`;')).toThrow(SyntaxError);
  });
});

describe('minifyTemplatesPlugin', () => {
  const source = 'export const a: string = html`<p>\n  x\n</p>`;\nexport const after = 1;\n';
  /** The original position of `after` in the output, by its source map. */
  const origin = (code: string, map: SourceMapPayload) => {
    const line = code.split('\n').findIndex((l) => l.includes('after'));
    return new SourceMap(map).findEntry(line, code.split('\n')[line]!.indexOf('after'));
  };

  it('returns the shrunk code with a source map that points into the original', () => {
    const { transform } = minifyTemplatesPlugin();
    const result = transform(source, '/repo/src/a.ts');
    expect(result.code).toBe('export const a: string = html`<p>x</p>`;\nexport const after = 1;\n');
    expect(result.map.sources).toEqual(['/repo/src/a.ts']);
    expect(origin(result.code, result.map)).toMatchObject({ originalLine: 3, originalColumn: 13 });
  });
  it('leaves modules outside src/ and modules without templates to others', () => {
    const { transform } = minifyTemplatesPlugin();
    expect(transform(source, '/repo/node_modules/lit/a.ts')).toBeNull();
    expect(transform('export const a = 1;\n', '/repo/src/a.ts')).toBeNull();
    expect(transform('export const a = html`<p>x</p>`;\n', '/repo/src/a.ts')).toBeNull();
  });
  it('parses TypeScript with the bundler in a Vite build, and the source map survives it', async () => {
    const id = '/virtual/src/a.ts';
    const result = (await build({
      configFile: false,
      logLevel: 'silent',
      plugins: [
        { name: 'virtual', resolveId: (s) => (s === id ? id : null), load: (i) => (i === id ? source : null) },
        minifyTemplatesPlugin(),
      ],
      build: {
        write: false,
        minify: false,
        sourcemap: true,
        rollupOptions: { input: id, preserveEntrySignatures: 'strict', output: { format: 'es' } },
      },
    })) as Rolldown.RolldownOutput;
    const chunk = result.output[0];
    expect(chunk.code).toContain('html`<p>x</p>`');
    expect(origin(chunk.code, chunk.map as unknown as SourceMapPayload)).toMatchObject({
      originalLine: 3,
      originalColumn: 13,
    });
  });
});
