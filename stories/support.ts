// Shared by the widget stories: the render function, the controls for every attribute
// and the data, and the decorators for the edge-state stories.
import type { ArgTypes, Decorator, Parameters } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** Story args: one per attribute (named as in HTML), plus the `data` property and events. */
export interface WidgetArgs {
  /** A URL; the sample files are served at `data/<file>.json`. */
  src?: string;
  lang?: 'id' | 'en';
  theme?: 'light' | 'dark' | 'auto';
  'heading-level'?: number;
  loading?: 'lazy' | 'eager';
  'no-download'?: boolean;
  /** One of the widget definition's `variants`, for a widget with more than one. */
  variant?: string;
  data?: unknown;
  onCapaianReady?: (event: Event) => void;
  onCapaianError?: (event: Event) => void;
}

/** What the browser test (scripts/storybook-test.mjs) waits for before running axe. */
export type ExpectedState = 'ready' | 'error' | 'loading';

/** Story parameters this project adds. */
export interface CapaianParameters extends Parameters {
  expectedState?: ExpectedState;
}

/** Renders `<tag>` with every arg: attributes as attributes, `data` as the property. */
export function renderWidget(tag: `capaian-${string}`) {
  const name = unsafeStatic(tag);
  return (args: WidgetArgs) => staticHtml`<${name}
    src=${args.src || nothing}
    lang=${args.lang ?? nothing}
    theme=${args.theme ?? nothing}
    heading-level=${args['heading-level'] ?? nothing}
    loading=${args.loading ?? nothing}
    variant=${args.variant ?? nothing}
    ?no-download=${args['no-download'] ?? false}
    .data=${args.data}
    @capaian-ready=${args.onCapaianReady}
    @capaian-error=${args.onCapaianError}
  ></${name}>`;
}

/** Story defaults: Indonesian, light, drawn at once (widgets are lazy by default). */
export const defaultArgs: WidgetArgs = {
  lang: 'id',
  theme: 'light',
  'heading-level': 2,
  loading: 'eager',
  'no-download': false,
  src: '',
};

const attribute = (summary: string, defaultValue?: string) => ({
  table: {
    category: 'attributes',
    type: { summary },
    ...(defaultValue ? { defaultValue: { summary: defaultValue } } : {}),
  },
});

/**
 * Controls for every attribute and for the data. Descriptions, events, CSS custom
 * properties and parts come from custom-elements.json; these add the controls, and
 * turn off the ones for property twins of attributes (set through the attribute here).
 */
export const widgetArgTypes: Partial<ArgTypes<WidgetArgs>> & Record<string, object> = {
  src: { control: 'text', ...attribute('string') },
  lang: { control: 'inline-radio', options: ['id', 'en'], ...attribute("'id' | 'en'", 'id') },
  theme: {
    control: 'inline-radio',
    options: ['light', 'dark', 'auto'],
    ...attribute("'light' | 'dark' | 'auto'", 'light'),
  },
  'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 }, ...attribute('number', '2') },
  loading: { control: 'inline-radio', options: ['lazy', 'eager'], ...attribute("'lazy' | 'eager'", 'lazy') },
  'no-download': { control: 'boolean', ...attribute('boolean', 'false') },
  data: {
    control: 'object',
    description: 'The document as an object; takes precedence over `src` and inline JSON.',
    table: { category: 'properties', type: { summary: 'unknown' } },
  },
  // Reflected by the widget, not set by the page.
  state: { control: false, ...attribute("'loading' | 'ready' | 'error'") },
  langAttr: { control: false },
  headingLevel: { control: false },
  noDownload: { control: false },
  language: { control: false },
  onCapaianReady: { action: 'capaian-ready', table: { disable: true } },
  onCapaianError: { action: 'capaian-error', table: { disable: true } },
};

/** At a phone's width: 320 px. */
export const narrow: Decorator = (story) => html`<div class="capaian-story-narrow">${story()}</div>`;

/** A dark page around a dark widget, as a dark-mode site would show it. */
export const darkPage: Decorator = (story) => html`<div class="capaian-story-dark">${story()}</div>`;

/**
 * Shows the reasons the widget gives in its `capaian-error` event under it: the widget
 * itself shows only a short message, and leaves the detail to the event and console.
 */
export const showReasons: Decorator = (story) => {
  const onError = (event: Event) => {
    const detail = (event as CustomEvent<{ kind: string; reasons: { message: string }[] }>).detail;
    const out = (event.currentTarget as HTMLElement).querySelector('output');
    if (out) out.textContent = `capaian-error (${detail.kind}):\n${detail.reasons.map((r) => r.message).join('\n')}`;
  };
  return html`<div @capaian-error=${onError}>${story()}<output class="capaian-story-reasons"></output></div>`;
};
