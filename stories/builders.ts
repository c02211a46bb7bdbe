/// <reference types="vite/client" />
// Every widget's stories, built from its registry definition (samples, variants, tag)
// and its hand-written edge documents (stories/states/<name>.ts). The per-widget
// stories/<name>.stories.ts files only re-export these; scripts/stories.mjs writes them.
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import type { AnyWidgetDefinition } from '../src/core/widget.js';
import {
  darkPage,
  defaultArgs,
  narrow,
  renderWidget,
  showReasons,
  widgetArgTypes,
  type CapaianParameters,
  type WidgetArgs,
} from './support.js';

export type Story = StoryObj<WidgetArgs> & { parameters?: CapaianParameters };

/** A document one story shows, and the sentence its docs page gives it. */
export interface StoryDocument {
  description: string;
  data: unknown;
}

/** A sample's story, when its file name does not make a good export name and title. */
export interface SampleStory {
  description: string;
  /** The story's export name (its id is made from it); by default the file name after the widget's, in PascalCase. */
  exportName?: string;
  /** The title in the sidebar; by default the export name's words. */
  name?: string;
}

/** What a widget's stories need beyond its definition: documents at the edges, and words for the docs page. */
export interface WidgetStates {
  /** Per sample file of the definition: what it shows (the docs page's sentence), and optionally its story's names. */
  samples: Record<string, SampleStory>;
  /** Per variant other than the default: what it is for. */
  variants?: Record<string, string>;
  /** A document the rules refuse: the error story, with the reasons shown under the widget. */
  invalid: StoryDocument;
  /** A valid document with nothing to draw: ready, with the "Belum ada data" message. */
  empty: StoryDocument;
  /** More documents at the edges (one point, long labels…), by export name, in the order they show. */
  more: Record<string, StoryDocument>;
}

/** One widget's stories: the meta (the default export) and each story by its export name, in order. */
export interface WidgetStories {
  meta: Meta<WidgetArgs> & { title: string; component: string };
  stories: Record<string, Story & { name: string }>;
}

/** `SinglePoint` → `Single Point`: an export name's words, as a story's title. */
export function wordsOf(exportName: string): string {
  return exportName.replace(/([a-z])([A-Z0-9])/g, '$1 $2');
}

/** `badge` or `bps-2015` → `Badge` or `Bps2015`. */
function pascalCase(name: string): string {
  return name
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

const sampleFiles = import.meta.glob<unknown>('../examples/data/*.json', { eager: true, import: 'default' });

/** A sample document from examples/data by its name (`budget-growth.seed`). */
function sampleData(name: string): unknown {
  const data = sampleFiles[`../examples/data/${name}.json`];
  if (data === undefined) throw new Error(`stories: no examples/data/${name}.json`);
  return data;
}

const described = (description: string): CapaianParameters => ({ docs: { description: { story: description } } });

/** A control for the `variant` attribute, for a widget with more than one. */
function variantArgType(widget: AnyWidgetDefinition): ArgTypes[string] {
  const options = widget.variants;
  return {
    control: 'inline-radio',
    options: [...options],
    table: {
      category: 'attributes',
      type: { summary: options.map((variant) => `'${variant}'`).join(' | ') },
      defaultValue: { summary: options[0] },
    },
  };
}

/**
 * Every story of a widget, in the order the sidebar shows them: each sample (the
 * fullest first), each variant other than the default, loading from `src`, the loading,
 * error and empty states, the widget's other edge documents, 320 px wide (per variant),
 * a dark page, and English. The narrow, dark and English stories show the first sample.
 */
export function widgetStories(widget: AnyWidgetDefinition, states: WidgetStates): WidgetStories {
  const [firstSample] = widget.samples;
  if (!firstSample) throw new Error(`stories: ${widget.name} has no samples`);
  const fullest = sampleData(firstSample);
  const otherVariants = widget.variants.slice(1);
  const hasVariants = otherVariants.length > 0;

  const meta: WidgetStories['meta'] = {
    title: `Widgets/${widget.tag}`,
    component: widget.tag,
    render: renderWidget(widget.tag as `capaian-${string}`),
    argTypes: hasVariants ? { ...widgetArgTypes, variant: variantArgType(widget) } : widgetArgTypes,
    args: hasVariants
      ? { ...defaultArgs, variant: widget.variants[0], data: fullest }
      : { ...defaultArgs, data: fullest },
  };

  const stories: WidgetStories['stories'] = {};
  const add = (exportName: string, story: Story) => {
    if (exportName in stories) throw new Error(`stories: ${widget.name} has two stories named ${exportName}`);
    stories[exportName] = { ...story, name: story.name ?? wordsOf(exportName) };
  };

  for (const sample of widget.samples) {
    const words = states.samples[sample];
    const exportName = words?.exportName ?? pascalCase(sample.slice(widget.name.length + 1));
    const description = `examples/data/${sample}.json${words ? `: ${words.description}` : ''}`;
    add(exportName, { name: words?.name, args: { data: sampleData(sample) }, parameters: described(description) });
  }
  for (const variant of otherVariants) {
    const description = `\`variant="${variant}"\`${states.variants?.[variant] ? `: ${states.variants[variant]}` : ''}`;
    add(pascalCase(variant), { args: { variant, data: fullest }, parameters: described(description) });
  }
  add('FromSrc', {
    name: 'From src',
    args: { data: undefined, src: `data/${firstSample}.json` },
    parameters: described(`The first sample loaded from a URL: \`src="data/${firstSample}.json"\`.`),
  });
  add('Loading', {
    args: { data: undefined },
    parameters: {
      ...described('No data yet (no `data`, no `src`, no inline JSON): the placeholder, with `aria-busy`.'),
      expectedState: 'loading',
    },
  });
  add('InvalidData', {
    name: 'Error (invalid data)',
    args: { data: states.invalid.data },
    decorators: [showReasons],
    parameters: { ...described(states.invalid.description), expectedState: 'error' },
  });
  add('NoData', { args: { data: states.empty.data }, parameters: described(states.empty.description) });
  for (const [exportName, document] of Object.entries(states.more)) {
    add(exportName, { args: { data: document.data }, parameters: described(document.description) });
  }
  add('Narrow320', {
    name: '320 px wide',
    args: { data: fullest },
    decorators: [narrow],
    parameters: described('At 320 px wide, the narrowest phone the widgets promise to fit.'),
  });
  for (const variant of otherVariants) {
    add(`${pascalCase(variant)}Narrow320`, {
      name: `${pascalCase(variant)}, 320 px wide`,
      args: { variant, data: fullest },
      decorators: [narrow],
      parameters: described(`\`variant="${variant}"\` at 320 px wide.`),
    });
  }
  add('Dark', {
    args: { theme: 'dark', data: fullest },
    decorators: [darkPage],
    globals: { backgrounds: { value: 'dark' } },
    parameters: described('`theme="dark"` on a dark page.'),
  });
  add('English', {
    args: { lang: 'en', data: fullest },
    parameters: described('`lang="en"`: English numbers, dates, summary and table.'),
  });
  return { meta, stories };
}
