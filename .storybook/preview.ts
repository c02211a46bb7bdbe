/// <reference types="vite/client" />
import { setCustomElementsManifest, type ArgTypesEnhancer, type Preview } from '@storybook/web-components-vite';
import './preview.css';

interface Member {
  kind?: string;
  name?: string;
  privacy?: string;
  static?: boolean;
}
interface Manifest {
  modules?: { declarations?: { members?: Member[] }[] }[];
}

// The manifest is generated (`custom-elements-manifest analyze`, run by the storybook
// scripts and by `npm run build`), not committed: a glob import leaves type checking
// independent of whether it exists yet.
const found = import.meta.glob<Manifest>('../custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(found)[0];
if (!manifest) console.warn('capaian: no custom-elements.json; run `npm run build` for the docs tables.');

/** Docs tables list what a user may touch: no private or protected members, no statics. */
function publicOnly(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules?.map((mod) => ({
      ...mod,
      declarations: mod.declarations?.map((decl) => ({
        ...decl,
        members: decl.members?.filter((m) => !m.static && (m.privacy ?? 'public') === 'public'),
      })),
    })),
  };
}

if (manifest) setCustomElementsManifest(publicOnly(manifest));

/** Events, CSS custom properties and parts are documented, not set from a control. */
const documentedOnly: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      const readOnly = ['events', 'css custom properties', 'css shadow parts', 'slots'].includes(category ?? '');
      return [name, readOnly ? { ...argType, control: false as const } : argType];
    }),
  );

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [documentedOnly],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Fail, not warn, on any axe violation (the a11y panel, and Storybook's test runs).
    a11y: { test: 'error' },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        dark: { name: 'Dark', value: '#12151a' },
      },
    },
    docs: { toc: true },
  },
  initialGlobals: { backgrounds: { value: 'light' } },
};

export default preview;
