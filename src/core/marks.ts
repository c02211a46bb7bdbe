import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * A chart's marks as data: SVG elements with their attributes and text, drawn into a
 * layer's `<g>` by {@link drawMarks} in the browser, and written out by `templateToString`
 * (src/core/export/to-string.ts) for static SVG, server-rendered HTML and downloads.
 *
 * Why not a Lit template per mark: a budget chart has about sixty marks, and as
 * templates each one is an instance of its own, with a clone, its parts and two comment
 * markers. Drawn from data, a page of fifty budget charts has a third fewer nodes and
 * 30 % less heap, and draws about a tenth sooner (bench/compare.mjs, `docs/performance.md`).
 * Names and tags are the library's constants; values and text are set as attributes and
 * text, or escaped when written out, never parsed as markup.
 */
export interface Mark {
  readonly tag: 'g' | 'line' | 'path' | 'rect' | 'text';
  /** Attributes; an `undefined` value leaves the attribute out. */
  readonly attrs: Readonly<Record<string, string | number | undefined>>;
  /** A `<text>`'s text. */
  readonly text?: string;
  /** A `<g>`'s marks. */
  readonly children?: readonly Mark[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Draws `marks` as the children of `parent`, reusing the element at each position when
 * its tag is the same: a redraw (a new width, a hovered bar) keeps the elements, and a
 * focused bar keeps focus. An element is compared with its own attributes and text, so
 * nothing of the last drawing needs to be kept.
 */
export function patchMarks(parent: Element, marks: readonly Mark[]): void {
  let next = parent.firstElementChild;
  for (const mark of marks) {
    let el = next;
    const fresh = el?.localName !== mark.tag;
    if (fresh) {
      const made = document.createElementNS(SVG_NS, mark.tag);
      if (el) el.replaceWith(made);
      else parent.append(made);
      el = made;
    }
    next = el!.nextElementSibling;
    setAttributes(el!, mark.attrs, fresh);
    if (mark.children) patchMarks(el!, mark.children);
    else if (fresh || el!.textContent !== (mark.text ?? '')) el!.textContent = mark.text ?? '';
  }
  while (next) {
    const extra = next;
    next = next.nextElementSibling;
    extra.remove();
  }
}

function setAttributes(el: Element, attrs: Mark['attrs'], fresh: boolean): void {
  let count = 0;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === undefined) {
      if (!fresh) el.removeAttribute(name);
      continue;
    }
    count++;
    const text = String(value);
    if (fresh || el.getAttribute(name) !== text) el.setAttribute(name, text);
  }
  // An attribute the last drawing had and this one does not.
  if (!fresh && el.attributes.length > count) {
    for (const { name } of [...el.attributes]) if (attrs[name] === undefined) el.removeAttribute(name);
  }
}

class DrawMarks extends Directive {
  /** How `templateToString` knows this directive's result, whichever copy of Lit made it. */
  static readonly marks = true;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('drawMarks() belongs on an element: <g ${drawMarks(…)}>');
  }

  render(_marks: readonly Mark[]): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [marks]: [readonly Mark[]]): typeof nothing {
    patchMarks(part.element, marks);
    return nothing;
  }
}

/** Draws the marks as the children of the element it is bound to: `<g class="bars" ${drawMarks(marks)}></g>`. */
export const drawMarks = directive(DrawMarks);
