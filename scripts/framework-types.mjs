// Types and editor data for every audience, generated at build from custom-elements.json
// by the usual generators (break-stuff's cem-tools), into dist/:
//  - types/jsx.d.ts: React's JSX `IntrinsicElements` (`capaian/jsx`), over jsx-integration.d.ts
//    (the `CustomElements` map, for Preact, Solid or Stencil to extend their own JSX);
//  - types/vue.d.ts: Vue's `GlobalComponents` (`capaian/vue`);
//  - types/svelte.d.ts: Svelte's `SvelteHTMLElements` (`capaian/svelte`);
//  - vscode.html-custom-data.json and vscode.css-custom-data.json, for VS Code's
//    `html.customData` and `css.customData` settings;
//  - web-types.json, which JetBrains editors find through package.json's `web-types`.
// The types name each property through its class (`BudgetGrowthElement['theme']`), so
// they say what the TypeScript declarations say: `data` is the widget's input document
// type, `lang`, `theme` and `variant` their allowed values.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = new URL('..', import.meta.url).pathname;
const dist = `${root}dist`;

/**
 * The manifest as the type generators read it. They wrap an event's type in
 * `CustomEvent<…>` themselves and import it by name once per tag (twice over, for four
 * tags with the same two events), so they get the detail type as an import type
 * (`import("./index.js").CapaianReadyDetail`, which they leave as it is); and they offer
 * every field as settable, so read-only ones (`state`, `language`) are left out.
 */
function typesView(manifest) {
  const view = structuredClone(manifest);
  for (const mod of view.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement) continue;
      decl.members = decl.members?.filter((member) => !member.readonly);
      for (const event of decl.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '');
        if (detail) event.type = { text: `import("./index.js").${detail[1]}` };
      }
    }
  }
  return view;
}

/**
 * The view for Vue's generator, which keys props by the manifest's names. Vue's template
 * checker looks a component's props up camelized (`heading-level` as `headingLevel`) and
 * its listeners as `on` + the PascalCase event (`@capaian-ready` as `onCapaianReady`): the
 * attributes and events go to it under those names.
 */
function vueView(manifest) {
  const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const view = typesView(manifest);
  for (const mod of view.modules) {
    for (const decl of mod.declarations ?? []) {
      for (const attr of decl.attributes ?? []) attr.name = camel(attr.name);
      for (const event of decl.events ?? []) event.name = camel(`-${event.name}`);
    }
  }
  return view;
}

/**
 * `capaian/svelte`. The Svelte generator writes Svelte 4's forms (`bind:data`,
 * `on:capaian-ready`, in a `svelteHTML` namespace that a module file keeps to itself);
 * Svelte 5 sets a property written as an attribute (`data={doc}`), listens to `on` and
 * the event's name (`oncapaian-ready`), and reads `SvelteHTMLElements`. Svelte's own
 * attributes type what every element has (`class`, `style`, `children`).
 */
const svelteTypes = `/**
 * \`capaian/svelte\`: the tags in Svelte 5 templates, checked by svelte-check;
 * \`import type {} from 'capaian/svelte'\` once, or list it in tsconfig's \`types\`.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { CustomElements } from './svelte-integration.js';

/** The generator's props in Svelte 5's forms: \`bind:data\` as \`data\`, \`on:capaian-ready\` as \`oncapaian-ready\`. */
type Svelte5<Props> = {
  [K in keyof Props as K extends \`bind:\${infer P}\` ? P : K extends \`on:\${infer E}\` ? \`on\${E}\` : K]: Props[K];
};
/** What the generator gives every tag, which Svelte's own attributes type for Svelte. */
type Shared = 'children' | 'style' | 'classList' | 'ref' | 'innerHTML' | 'textContent';
type Widget<Props> = Omit<HTMLAttributes<HTMLElement>, Exclude<keyof Svelte5<Props>, Shared>> &
  Omit<Svelte5<Props>, Shared>;
type Widgets = { [Tag in keyof CustomElements]: Widget<CustomElements[Tag]> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends Widgets {}
}
`;

/**
 * \`capaian/jsx\`: the generator's \`CustomElements\` map on React's JSX, where React 19
 * sets properties (\`data={doc}\`) and listens to \`oncapaian-ready\`.
 */
const jsxTypes = `/**
 * \`capaian/jsx\`: the tags in React's JSX; \`import type {} from 'capaian/jsx'\` once, or
 * list it in tsconfig's \`types\`. Other JSX libraries (Preact, Solid) extend their own
 * \`IntrinsicElements\` with \`CustomElements\`.
 */
import type { CustomElements } from './jsx-integration.js';

export type { CustomElements, ScopedElements } from './jsx-integration.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

/**
 * Vue's generator types a tag's props as its own properties only, so that vue-tsc with
 * `strictTemplates` rejects `id`, `title` or `aria-label` on it: each tag gets Vue's HTML
 * attributes too, where they do not name one of its properties.
 */
function withHtmlAttributes(vueTypes) {
  const props = /DefineComponent<(\w+Props)>/g;
  const vueImport = 'import type { DefineComponent } from "vue";';
  if (!vueTypes.includes(vueImport) || !props.test(vueTypes))
    throw new Error('vue.d.ts: the generator no longer writes DefineComponent<…Props>; see withHtmlAttributes');
  return vueTypes
    .replace(vueImport, 'import type { DefineComponent, HTMLAttributes } from "vue";')
    .replace(props, 'DefineComponent<$1 & Omit<HTMLAttributes, keyof $1>>');
}

export function generateFrameworkTypes() {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  // Every class through the root entry's declarations: a type import, which defines no tag.
  const types = { outdir: `${dist}/types`, globalTypePath: './index.js', hideLogs: true };
  generateJsxTypes(typesView(manifest), { ...types, fileName: 'jsx-integration.d.ts' });
  writeFileSync(`${dist}/types/jsx.d.ts`, jsxTypes);
  generateVuejsTypes(vueView(manifest), { ...types, fileName: 'vue.d.ts' });
  writeFileSync(`${dist}/types/vue.d.ts`, withHtmlAttributes(readFileSync(`${dist}/types/vue.d.ts`, 'utf8')));
  generateSvelteTypes(typesView(manifest), { ...types, fileName: 'svelte-integration.d.ts' });
  writeFileSync(`${dist}/types/svelte.d.ts`, svelteTypes);
  generateVsCodeCustomElementData(manifest, {
    outdir: dist,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    hideLogs: true,
  });
  generateJetBrainsWebTypes(manifest, { outdir: dist, webTypesFileName: 'web-types.json', hideLogs: true });
}
