import type { TemplateResult } from 'lit';
import { checkName, type Mark } from '../marks.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** The marks as SVG markup, as `patchMarks` draws them: attribute values and text escaped. */
export function marksToString(marks: readonly Mark[]): string {
  let out = '';
  for (const mark of marks) {
    checkName(mark.tag, 'tag');
    out += `<${mark.tag}`;
    for (const name in mark.attrs) {
      const value = mark.attrs[name];
      if (value === undefined) continue;
      checkName(name, 'attribute');
      out += ` ${name}="${plainValue(value)}"`;
    }
    const content = mark.tag === 'g' ? marksToString(mark.children) : escapeMarkup(mark.text ?? '');
    out += `>${content}</${mark.tag}>`;
  }
  return out;
}

/**
 * The marks of a `drawMarks(…)` result, if `value` is one. Known by a flag on its
 * directive class, not by the class itself: another copy of Lit and of the core (the
 * on-demand exporter's) may have made it.
 */
function marksOf(value: unknown): readonly Mark[] | undefined {
  const result = value as { _$litDirective$?: { marks?: boolean }; values?: [readonly Mark[]] } | null;
  return result?._$litDirective$?.marks ? result.values?.[0] : undefined;
}

function isTemplate(value: unknown): value is TemplateResult {
  return typeof value === 'object' && value !== null && 'strings' in value && '_$litType$' in value;
}

// Any symbol counts as `nothing`: templates made by another copy of Lit (the classic
// script renders its charts with one copy, the on-demand exporter has its own) carry
// that copy's `nothing`, a different symbol.
function content(value: unknown): string {
  if (typeof value === 'symbol' || value === undefined || value === null || value === false) return '';
  if (isTemplate(value)) return templateToString(value);
  if (Array.isArray(value)) return value.map(content).join('');
  return escapeMarkup(String(value));
}

function plainValue(value: unknown): string {
  if (typeof value === 'symbol' || value === undefined || value === null) return '';
  return escapeMarkup(Array.isArray(value) ? value.join('') : String(value));
}

/**
 * Renders a Lit template to a string, for static SVG and server-rendered HTML. Every
 * value is escaped; event (`@`) and property (`.`) bindings are dropped, boolean (`?`)
 * bindings become present or absent. No DOM and no Lit runtime are needed, so it runs
 * in Node and in the browser (for downloads) alike. The one directive supported is
 * `drawMarks` (src/core/marks.ts): its marks are written inside the element it is bound
 * to. The figure templates use no other outside the interactive tooltip.
 */
export function templateToString(template: TemplateResult): string {
  const { strings, values } = template;
  let out = '';
  /** What is left of a string whose start went out before a `drawMarks` element's marks. */
  let rest: string | undefined;
  for (let i = 0; i < strings.length; i++) {
    out += rest ?? strings[i];
    rest = undefined;
    if (i >= values.length) break;
    const value = values[i];
    const tagStart = out.lastIndexOf('<');
    const inTag = tagStart > out.lastIndexOf('>');
    const marks = marksOf(value);
    if (marks) {
      // `<g class="bars" ${drawMarks(marks)}></g>`: the marks go between this tag and its end.
      const next = strings[i + 1]!;
      const empty = /^\s*>(?=<\/)/.exec(next);
      if (!inTag || !empty)
        throw new Error('drawMarks() belongs last in the tag of an empty element: <g … ${drawMarks(…)}></g>');
      out = out.trimEnd() + '>' + marksToString(marks);
      rest = next.slice(empty[0].length);
      continue;
    }
    if (!inTag) {
      out += content(value);
      continue;
    }
    const unquoted = /\s([.?@]?)([^\s=/>"']+)=$/.exec(out);
    if (unquoted) {
      const [whole, prefix, name] = unquoted;
      out = out.slice(0, out.length - whole.length);
      if (prefix === '?') out += value ? ` ${name}` : '';
      else if (!prefix && typeof value !== 'symbol' && value !== undefined && value !== null) {
        out += ` ${name}="${plainValue(value)}"`;
      }
      continue;
    }
    // Inside a quoted attribute value ("0 0 ${w} ${h}").
    out += plainValue(value);
  }
  return out;
}
