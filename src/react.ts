/**
 * `capaian/react`: a React component for every widget, made by `@lit/react`'s
 * `createComponent`; a component in use defines its tag. React 19 sets a custom element's
 * properties itself when it renders on the client, but not when it hydrates
 * server-rendered HTML (Next.js): the tag stays without its `data`. These components
 * set `data` and the other properties in a layout effect, so the document arrives
 * either way, and take `onReady` and `onError` for `capaian-ready` and `capaian-error`.
 */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import { defineElement } from './core/define.js';
import type { CapaianErrorDetail, CapaianReadyDetail } from './core/element.js';
import { AuditStreakElement } from './widgets/audit-streak/audit-streak.element.js';
import { BudgetGrowthElement } from './widgets/budget-growth/budget-growth.element.js';
import { PovertyTrendElement } from './widgets/poverty-trend/poverty-trend.element.js';
import { StatElement } from './widgets/stat/stat.element.js';

export type { CapaianErrorDetail, CapaianReadyDetail } from './core/element.js';

const events = {
  /** The chart, summary and table are drawn: `capaian-ready`, once per document. */
  onReady: 'capaian-ready' as EventName<CustomEvent<CapaianReadyDetail>>,
  /** The data could not be loaded, is invalid or could not be laid out: `capaian-error`. */
  onError: 'capaian-error' as EventName<CustomEvent<CapaianErrorDetail>>,
};

/** What a widget's element class brings: a constructor and its registry entry, which names its tag. */
type WidgetClass<E extends HTMLElement> = CustomElementConstructor & {
  new (): E;
  definition: { name: string; tag: string };
};

/** The props @lit/react gives an element's component: its properties, React's attributes, and the events. */
type LitProps<E extends HTMLElement> = React.ComponentProps<ReactWebComponent<E, typeof events>>;

/**
 * A widget's React props: the element's properties (`data`, `theme`, `variant`…),
 * `onReady` and `onError`, and `lang` as the languages a widget has rather than
 * React's any string. `state` and `language` are the element's to read, not props.
 */
export type WidgetProps<E extends HTMLElement> = Omit<LitProps<E>, 'lang' | 'langAttr' | 'state' | 'language'> & {
  /** `id` or `en`; without it the document's `lang` field applies, else `id`. The page's `lang` does not. */
  lang?: 'id' | 'en';
};

/** A widget's React component. */
export type WidgetComponent<E extends HTMLElement> = React.ForwardRefExoticComponent<WidgetProps<E>>;

/** `budget-growth` → `BudgetGrowth`. */
const pascalCase = (name: string) => name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * The component of a widget's element class, with the class defined under its tag. Its
 * name in React's developer tools comes from the widget's (`budget-growth`: `BudgetGrowth`),
 * since a minifier renames classes.
 */
function component<E extends HTMLElement>(elementClass: WidgetClass<E>): WidgetComponent<E> {
  defineElement(elementClass.definition.tag, elementClass);
  // The props typed as WidgetProps say less than @lit/react's (no `state`, a narrower `lang`).
  return createComponent({
    react: React,
    tagName: elementClass.definition.tag,
    elementClass,
    events,
    displayName: pascalCase(elementClass.definition.name),
  }) as WidgetComponent<E>;
}

// One line per widget of the registry (src/widgets/index.ts), as in elements.ts: a
// named export must be written out for its type to be known and for bundlers to drop
// it, so these are not made in a loop; a test holds this list to the registry. Pure:
// an app that renders only <Stat> neither defines nor ships the other widgets.
export const BudgetGrowth = /* @__PURE__ */ component(BudgetGrowthElement);
export const PovertyTrend = /* @__PURE__ */ component(PovertyTrendElement);
export const AuditStreak = /* @__PURE__ */ component(AuditStreakElement);
export const Stat = /* @__PURE__ */ component(StatElement);
