import type { TemplateResult } from 'lit';
import type { Mark } from '../marks.js';

/**
 * Renders a Lit template to a string, for static SVG and server-rendered HTML. Every
 * value is escaped; event (`@`) and property (`.`) bindings are dropped, boolean (`?`)
 * bindings become present or absent. No DOM and no Lit runtime are needed, so it runs
 * in Node and in the browser (for downloads) alike. The one directive supported is
 * `drawMarks` (src/core/marks.ts): its marks are written inside the element it is bound
 * to. The figure templates use no other outside the interactive tooltip.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** The marks as SVG markup: attribute values and text escaped. */
export function marksToString(marks: readonly Mark[]): string {
  return marks
    .map(({ tag, attrs, text, children }) => {
      const attributes = Object.entries(attrs)
        .filter(([, value]) => value !== undefined)
        .map(([name, value]) => ` ${name}="${escapeMarkup(String(value))}"`)
        .join('');
      const content = children ? marksToString(children) : escapeMarkup(text ?? '');
      return `<${tag}${attributes}>${content}</${tag}>`;
    })
    .join('');
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
      // `<g class="bars" ${drawMarks(marks)}></g>`: the marks go just after this tag's `>`.
      const next = strings[i + 1]!;
      const end = next.indexOf('>') + 1;
      if (!inTag || end === 0) throw new Error("drawMarks() belongs last in an element's tag: <g … ${drawMarks(…)}>");
      out = out.trimEnd() + next.slice(0, end) + marksToString(marks);
      rest = next.slice(end);
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
