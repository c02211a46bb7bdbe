// A build plugin that shrinks the static text of Lit's css`…`, html`…` and svg`…`
// templates: indentation (whitespace runs that contain a line break) becomes one space, or
// goes where it renders nothing (next to a tag in SVG, or a block, list or table tag in
// HTML); CSS also loses comments and the spaces around its punctuation. Text within a
// line is left as written, so rendered words and inline spacing do not change.

const BLOCKS = 'div|p|ul|ol|li|details|summary|table|caption|thead|tbody|tr|th|td|h[1-6]|figure|figcaption';
const BLOCK_AFTER = new RegExp(`(<\\/?(?:${BLOCKS})(?:\\s[^<>]*)?>)\\s*\\n\\s*`, 'g');
const BLOCK_BEFORE = new RegExp(`\\s*\\n\\s*(<\\/?(?:${BLOCKS})[\\s>])`, 'g');

/** Splits source into code and template-literal parts, tracking `${…}` nesting. */
export function minifyTemplates(source) {
  let i = 0;
  const n = source.length;

  const copyString = (quote) => {
    let s = source[i++];
    while (i < n && source[i] !== quote) {
      if (source[i] === '\\') s += source[i++];
      s += source[i++];
    }
    return s + (source[i++] ?? '');
  };

  // Reads code up to an unmatched `}` (inside ${…}) or the end; returns it transformed.
  const code = (inExpression) => {
    let s = '';
    let depth = 0;
    while (i < n) {
      const ch = source[i];
      const next = source[i + 1];
      if (ch === '/' && next === '/') {
        const end = source.indexOf('\n', i);
        const stop = end === -1 ? n : end;
        s += source.slice(i, stop);
        i = stop;
      } else if (ch === '/' && next === '*') {
        const end = source.indexOf('*/', i + 2);
        const stop = end === -1 ? n : end + 2;
        s += source.slice(i, stop);
        i = stop;
      } else if (ch === '"' || ch === "'") {
        s += copyString(ch);
      } else if (ch === '`') {
        const tag = /(css|html|svg)\s*$/.exec(s)?.[1];
        s += template(tag);
      } else if (ch === '{') {
        depth++;
        s += source[i++];
      } else if (ch === '}') {
        if (inExpression && depth === 0) return s;
        depth--;
        s += source[i++];
      } else {
        s += source[i++];
      }
    }
    return s;
  };

  const shrink = (text, tag) => {
    if (!tag) return text;
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
  };

  // In SVG, whitespace between two expressions renders nothing where they are children of
  // an element other than <text>, <title> or <desc>. `statics`: the template's text so
  // far, each expression as \0; never inside a tag (an attribute value keeps its space).
  const between = (text, tag, statics) => {
    if (tag !== 'svg' || !/^\s*\n\s*$/.test(text) || !statics.endsWith('\0')) return false;
    if (statics.lastIndexOf('<') > statics.lastIndexOf('>')) return false;
    const open = statics.replace(/<(text|title|desc)\b[^]*?<\/\1>/g, '');
    return !/<(text|title|desc)\b/.test(open);
  };

  const template = (tag) => {
    let s = source[i++]; // opening backtick
    let text = '';
    let statics = '';
    while (i < n) {
      const ch = source[i];
      if (ch === '\\') {
        text += source[i] + source[i + 1];
        i += 2;
      } else if (ch === '`') {
        i++;
        return s + shrink(text, tag) + '`';
      } else if (ch === '$' && source[i + 1] === '{') {
        s += (between(text, tag, statics) ? '' : shrink(text, tag)) + '${';
        statics += text + '\0';
        text = '';
        i += 2;
        s += code(true);
        s += source[i++] ?? ''; // closing brace
      } else {
        text += source[i++];
      }
    }
    return s + text;
  };

  return code(false);
}

/** The Vite/Rolldown plugin: applies to the library's own TypeScript only. */
export function minifyTemplatesPlugin() {
  return {
    name: 'capaian-minify-templates',
    enforce: 'pre',
    transform(source, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(source)) return null;
      return { code: minifyTemplates(source), map: null };
    },
  };
}
