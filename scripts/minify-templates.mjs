// A build plugin that shrinks the static text of Lit's css`…`, html`…` and svg`…`
// templates: indentation (whitespace runs that contain a line break) becomes one space, or
// goes where it renders nothing (next to a tag in SVG, or a block, list or table tag in
// HTML); CSS also loses comments and the spaces around its punctuation. Text within a
// line is left as written, so rendered words and inline spacing do not change.
//
// Our own rules rather than a published plugin: rollup-plugin-minify-html-literals is
// for Rollup ≤ 2 and runs html-minifier 4 (unmaintained since 2019); minify-literals 2
// needs Node ≥ 22 (we support 20) and runs a general HTML minifier and lightningcss,
// whose whitespace rules are not these, so rendered text and the golden SVGs could
// change. The templates are found with the bundler's own parser (oxc, `this.parse`; the
// plugin runs before TypeScript is compiled away), so a regex literal, string or comment
// is never taken for code, and edited with magic-string, so source maps stay true.
import MagicString from 'magic-string';
import { parseSync } from 'vite';

const BLOCKS = 'div|p|ul|ol|li|details|summary|table|caption|thead|tbody|tr|th|td|h[1-6]|figure|figcaption';
const BLOCK_AFTER = new RegExp(`(<\\/?(?:${BLOCKS})(?:\\s[^<>]*)?>)\\s*\\n\\s*`, 'g');
const BLOCK_BEFORE = new RegExp(`\\s*\\n\\s*(<\\/?(?:${BLOCKS})[\\s>])`, 'g');
const TAGS = new Set(['css', 'html', 'svg']);

/** One static part of a template, shrunk by the rules of its tag. */
function shrink(text, tag) {
  // In SVG, whitespace between elements renders nothing: a line break next to a tag
  // goes entirely (fewer text nodes to clone too); elsewhere it becomes one space.
  let t = tag === 'svg' ? text.replace(/>\s*\n\s*/g, '>').replace(/\s*\n\s*</g, '<') : text;
  // In HTML, a line break next to the tag of a block, list or table element renders
  // nothing either (it collapses at the block's edge, or between rows and cells).
  // Inline elements (a, span, button, svg) keep their space.
  if (tag === 'html') t = t.replace(BLOCK_AFTER, '$1').replace(BLOCK_BEFORE, '$1');
  t = t.replace(/\s*\n\s*/g, ' ');
  if (tag === 'css') {
    t = t
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  }
  return t;
}

/**
 * In SVG, whitespace between two expressions renders nothing where they are children of
 * an element other than <text>, <title> or <desc>. `statics`: the template's text before
 * `text`, each expression as \0; never inside a tag (an attribute value keeps its space).
 */
function between(text, tag, statics) {
  if (tag !== 'svg' || !/^\s*\n\s*$/.test(text) || !statics.endsWith('\0')) return false;
  if (statics.lastIndexOf('<') > statics.lastIndexOf('>')) return false;
  const open = statics.replace(/<(text|title|desc)\b[^]*?<\/\1>/g, '');
  return !/<(text|title|desc)\b/.test(open);
}

/** Every tagged template in an ESTree AST, nested ones too. */
function* taggedTemplates(node) {
  if (Array.isArray(node)) {
    for (const child of node) yield* taggedTemplates(child);
  } else if (node && typeof node === 'object') {
    if (node.type === 'TaggedTemplateExpression') yield node;
    for (const key in node) if (key !== 'parent') yield* taggedTemplates(node[key]);
  }
}

/** Shrinks the css, html and svg templates of `source`, given its AST, into a MagicString. */
function rewrite(source, program) {
  const s = new MagicString(source);
  for (const { tag, quasi } of taggedTemplates(program)) {
    if (tag.type !== 'Identifier' || !TAGS.has(tag.name)) continue;
    // oxc's TemplateElement spans its delimiters (` or } before, ${ or ` after); acorn's
    // only the text. Either way the text is sliced from the source, as written.
    const delimited = quasi.quasis[0].start === quasi.start;
    let statics = '';
    for (const q of quasi.quasis) {
      const from = delimited ? q.start + 1 : q.start;
      const to = delimited ? q.end - (q.tail ? 1 : 2) : q.end;
      const text = source.slice(from, to);
      const out = !q.tail && between(text, tag.name, statics) ? '' : shrink(text, tag.name);
      if (out !== text) s.overwrite(from, to, out);
      statics += text + '\0';
    }
  }
  return s;
}

/** Parses TypeScript (or JavaScript) the way `this.parse` does in the build. */
function parse(source) {
  const { program, errors } = parseSync('module.ts', source, { lang: 'ts', sourceType: 'module' });
  if (errors.length) throw new SyntaxError(errors.map((e) => e.codeframe ?? e.message).join('\n'));
  return program;
}

/** `source` with its templates shrunk: the plugin's transform without the source map. */
export function minifyTemplates(source) {
  return rewrite(source, parse(source)).toString();
}

/** The Vite/Rolldown plugin: applies to the library's own TypeScript only, before it is compiled. */
export function minifyTemplatesPlugin() {
  return {
    name: 'capaian-minify-templates',
    enforce: 'pre',
    transform(source, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg)\s*`/.test(source)) return null;
      const program = this?.parse ? this.parse(source, { lang: 'ts' }) : parse(source);
      const s = rewrite(source, program);
      if (!s.hasChanged()) return null;
      return { code: s.toString(), map: s.generateMap({ hires: true, source: id, includeContent: true }) };
    },
  };
}
