import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * A chart's marks as data: SVG elements with their attributes and text, drawn into a
 * layer's `<g>` by {@link drawMarks} in the browser, and written out by `templateToString`
 * (src/core/export/to-string.ts) for static SVG, server-rendered HTML and downloads.
 *
 * Why not a Lit template per mark: a budget chart has about sixty marks, and as
 * templates each one is an instance of its own, with a clone, its parts and two comment
 * markers. Drawn from data, a page of fifty budget charts has 35 % fewer nodes and 29 %
 * less heap, and takes 0.94x the time (bench/compare.mjs; docs/performance.md).
 * Values and text are set as attributes and text, or escaped when written out, never
 * parsed as markup; tags and attribute names must be the library's own ({@link checkName}).
 */
export type Mark =
  | { readonly tag: 'g'; readonly attrs: MarkAttrs; readonly children: readonly Mark[] }
  | { readonly tag: 'line' | 'path' | 'rect' | 'text'; readonly attrs: MarkAttrs; readonly text?: string };

/** Attributes; an `undefined` value leaves the attribute out. */
export type MarkAttrs = Readonly<Record<string, string | number | undefined>>;

const SVG_NS = 'http://www.w3.org/2000/svg';
const TAGS = new Set(['g', 'line', 'path', 'rect', 'text']);
/** Names already checked: a chart redraws the same few dozen. */
const checked = new Set<string>();

/**
 * Throws for a tag or an attribute name that is not plainly the library's own: a name
 * taken from a document could write markup into server-rendered HTML, or an `on…`
 * handler into the page.
 */
export function checkName(name: string, kind: 'tag' | 'attribute'): void {
  if (checked.has(name)) return;
  const ok = kind === 'tag' ? TAGS.has(name) : /^[a-z][a-z0-9-]*$/i.test(name) && !/^on/i.test(name);
  if (!ok) throw new Error(`capaian: a mark's ${kind} must be the library's own, not ${JSON.stringify(name)}`);
  if (kind === 'attribute') checked.add(name);
}

/**
 * Draws `marks` as the children of `parent`, reusing the element at each position when
 * its tag is the same: a redraw (a new width, a hovered bar) keeps the elements, and a
 * focused bar keeps focus. An element is compared with its own attributes and text, so
 * nothing of the last drawing needs to be kept. A tag decides the shape (a `g` holds
 * marks, any other tag text), so a reused element never holds the wrong kind of content.
 */
export function patchMarks(parent: Element, marks: readonly Mark[]): void {
  let next = parent.firstElementChild;
  for (const mark of marks) {
    let el = next;
    const fresh = el?.localName !== mark.tag;
    if (fresh) {
      checkName(mark.tag, 'tag');
      const made = parent.ownerDocument.createElementNS(SVG_NS, mark.tag);
      if (el) el.replaceWith(made);
      else parent.append(made);
      el = made;
    }
    next = el!.nextElementSibling;
    setAttributes(el!, mark.attrs, fresh);
    if (mark.tag === 'g') patchMarks(el!, mark.children);
    else if (fresh || el!.textContent !== (mark.text ?? '')) el!.textContent = mark.text ?? '';
  }
  while (next) {
    const extra = next;
    next = next.nextElementSibling;
    extra.remove();
  }
}

function setAttributes(el: Element, attrs: MarkAttrs, fresh: boolean): void {
  let count = 0;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined) {
      if (!fresh) el.removeAttribute(name);
      continue;
    }
    checkName(name, 'attribute');
    count++;
    const text = String(value);
    if (fresh || el.getAttribute(name) !== text) el.setAttribute(name, text);
  }
  // An attribute the last drawing had and this one does not. (Read only when there may
  // be one: `attributes` makes an object, and a first drawing has only new elements.)
  if (!fresh && el.attributes.length > count) {
    for (const { name } of [...el.attributes]) if (attrs[name] === undefined) el.removeAttribute(name);
  }
}

class DrawMarks extends Directive {
  /** How `templateToString` knows this directive's result, whichever copy of Lit made it. */
  static readonly marks = true;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('drawMarks() belongs on an element: <g ${drawMarks(…)}></g>');
  }

  render(_marks: readonly Mark[]): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [marks]: [readonly Mark[]]): typeof nothing {
    patchMarks(part.element, marks);
    return nothing;
  }
}

/**
 * Draws the marks as the children of the element it is bound to, which the template
 * leaves empty, with the binding last in its tag: `<g class="bars" ${drawMarks(marks)}></g>`.
 * The element's children are the marks' alone: `templateToString` refuses any other use,
 * so a template that breaks the rule fails its golden SVGs and the string test in Node.
 */
export const drawMarks = directive(DrawMarks);
