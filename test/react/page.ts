/**
 * A React page with one component of capaian/react per widget of the registry, for the
 * React tests: rendered on the server (ssr-page.ts) and hydrated in the browser.
 */
import { createElement as h, type ComponentType } from 'react';
import * as components from '../../src/react.js';

/** Each widget's component, by the widget's name (`budget-growth`: `BudgetGrowth`). */
export function componentOf(name: string): ComponentType<Record<string, unknown>> {
  const key = name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
  const component = (components as Record<string, unknown>)[key];
  if (!component) throw new Error(`capaian/react has no ${key} for the widget ${name}`);
  return component as ComponentType<Record<string, unknown>>;
}

export interface PageProps {
  /** The widgets to draw, in order: each by its name, with its document (a list: a command's payload sorts keys). */
  docs: [name: string, doc: unknown][];
  onReady?: (name: string) => void;
  /**
   * The tags themselves, as React 19 renders a custom element, instead of capaian/react's
   * components: the control case, whose data a hydration never sets.
   */
  bareTags?: boolean;
}

export function Page({ docs, onReady, bareTags = false }: PageProps) {
  return h(
    'main',
    null,
    docs.map(([name, doc]) =>
      bareTags
        ? // Its hydration warning (the element reflected `state` before React came) is not the point here.
          h(`capaian-${name}`, { key: name, id: name, data: doc, suppressHydrationWarning: true })
        : h(componentOf(name), { key: name, id: name, data: doc, onReady: () => onReady?.(name) }),
    ),
  );
}
