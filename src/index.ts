/** Every widget's tag defined, for bundlers: `import 'capaian'`. */
import { CapaianElement } from './core/element.js';
import { defineElement } from './core/define.js';
import * as elements from './elements.js';

export * from './elements.js';
export type { CapaianErrorDetail, CapaianReadyDetail, WidgetState } from './core/element.js';
export type { Reason } from './core/schema.js';

// Every widget class that elements.ts exports, under its definition's tag.
for (const element of Object.values(elements)) {
  if (element instanceof Function && element.prototype instanceof CapaianElement) {
    const widget = element as unknown as typeof CapaianElement;
    defineElement(widget.definition.tag, widget as unknown as CustomElementConstructor);
  }
}
