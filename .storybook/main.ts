import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * A widget's define module (`src/widgets/<name>/<name>.ts`) is imported for its side
 * effect only. package.json's `sideEffects` describes the published files and may not
 * list a widget yet; without this, the production build drops the import and the tag is
 * never defined.
 */
function defineModulesKeepSideEffects(): Plugin {
  return {
    name: 'capaian-define-modules-keep-side-effects',
    transform(code, id) {
      const match = /\/src\/widgets\/([^/]+)\/([^/]+)\.ts$/.exec(id);
      return match && match[1] === match[2] ? { code, map: null, moduleSideEffects: true } : undefined;
    },
  };
}

/**
 * Storybook for the four widgets. Set up by hand (no `storybook init`): stories in
 * stories/, docs pages from custom-elements.json (see preview.ts), axe on every story.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The sample files at /data/, for the `src` stories and control.
  staticDirs: [{ from: '../examples/data', to: '/data' }],
  framework: {
    name: '@storybook/web-components-vite',
    options: {
      builder: {
        // Not the repository's vite.config.ts: its gallery plugin redirects "/" to /examples/.
        viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)),
      },
    },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      plugins: [defineModulesKeepSideEffects()],
      build: { chunkSizeWarningLimit: 2000 },
      // Without these, dev mode pre-bundles Lit into the Storybook chunk and loads a
      // second copy for the widgets ("Multiple versions of Lit loaded").
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive-helpers.js',
          'lit/directives/keyed.js',
          'lit/static-html.js',
        ],
      },
    });
  },
};

export default config;
