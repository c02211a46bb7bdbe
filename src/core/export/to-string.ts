import type { TemplateResult } from 'lit';

/**
 * Renders a Lit template to a string, for static SVG and server-rendered HTML. Every
 * value is escaped; event (`@`) and property (`.`) bindings are dropped, boolean (`?`)
 * bindings become present or absent. No DOM and no Lit runtime are needed, so it runs
 * in Node and in the browser (for downloads) alike. Directives are not supported: the
 * figure templates use none outside the interactive tooltip.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
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
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i >= values.length) break;
    const value = values[i];
    const tagStart = out.lastIndexOf('<');
    const inTag = tagStart > out.lastIndexOf('>');
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
