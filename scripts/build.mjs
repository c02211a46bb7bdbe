// Two library builds: an IIFE cannot code-split, so the classic script and the ES
// modules are built separately, then declarations and the custom elements manifest.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

const root = new URL('..', import.meta.url).pathname;
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const shared = { root, configFile: false, logLevel: 'warn', publicDir: false, plugins: [minifyTemplatesPlugin()] };

// ES modules for bundlers: dependencies stay external so a host that already has Lit
// ships it once.
await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        elements: 'src/elements.ts',
        layout: 'src/layout.ts',
        static: 'src/static.ts',
        'budget-growth': 'src/widgets/budget-growth/budget-growth.ts',
      },
      formats: ['es'],
    },
    rollupOptions: { external: [/^lit/, /^@lit\//, /^d3-/, /^valibot/] },
  },
});

// The classic script: everything in one file, no dependencies, for <script src>.
await build({
  ...shared,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    minify: true,
    sourcemap: true,
    lib: { entry: 'src/index.ts', formats: ['iife'], name: 'Capaian', fileName: () => 'capaian.js' },
  },
});

// JSON Schema files, converted from the same valibot schemas the widgets parse with.
const { jsonSchemas } = await import('./json-schemas.mjs');
const layoutModule = await import(`../dist/layout.js?${Date.now()}`);
mkdirSync(new URL('../dist/schemas', import.meta.url), { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas(layoutModule))) {
  writeFileSync(
    new URL(`../dist/schemas/${name}.schema.json`, import.meta.url),
    JSON.stringify(schema, null, 2) + '\n',
  );
}

// The iframe embed: the page shipped in dist/, its script, and the host-page snippet.
for (const [entry, file] of [
  ['src/embed/frame.ts', 'embed-frame.js'],
  ['src/embed/host.ts', 'embed.js'],
]) {
  await build({
    ...shared,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2020',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'CapaianEmbed', fileName: () => file },
    },
  });
}
copyFileSync(new URL('../src/embed/embed.html', import.meta.url), new URL('../dist/embed.html', import.meta.url));

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
execFileSync(bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  stdio: 'inherit',
  cwd: root,
});
