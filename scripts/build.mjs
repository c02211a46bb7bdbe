// The library build, every part from the widget registry (src/widgets/index.ts):
//  1. ES modules for bundlers: one entry per widget (`capaian/<name>`), the root entry,
//     class-only, layout, static and React entries; Lit and React stay external.
//  2. The classic script for <script src>: `capaian.js` (Lit, the shared core and the
//     loader), one `capaian-<name>.js` per widget and `capaian-export.js` (downloads),
//     each loaded only when a page needs it.
//  3. JSON Schemas, server-rendered example pages, the iframe embed, declarations, the
//     custom elements manifest, and from it the types for JSX, Vue and Svelte and the
//     editors' data (scripts/framework-types.mjs); the integrity hashes of the scripts
//     a snippet names.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { classicScripts } from './classic-build.mjs';
import { generateFrameworkTypes } from './framework-types.mjs';
import { jsonSchemas } from './json-schemas.mjs';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { loadRegistry, loadSource } from './registry.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = (file) => new URL(`../dist/${file}`, import.meta.url);
rmSync(dist(''), { recursive: true, force: true });
const widgets = await loadRegistry();

/** One ES library build into dist/ (minified, ES2022), next to what the others wrote. */
const buildEs = (entry) =>
  build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [minifyTemplatesPlugin()],
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      lib: { entry, formats: ['es'] },
      // Dependencies stay external, so a host that already has Lit, d3 or React ships it once.
      rollupOptions: {
        external: [/^lit/, /^@lit\//, /^d3-/, /^react($|\/)/],
        // React Server Components (Next.js's app router) may import `capaian/react`
        // directly: its hooks make it a client module, which the directive says.
        output: { banner: (chunk) => (chunk.name === 'react' ? "'use client';" : '') },
      },
    },
  });

// 1. ES modules.
await buildEs({
  index: 'src/index.ts',
  elements: 'src/elements.ts',
  layout: 'src/layout.ts',
  static: 'src/static.ts',
  react: 'src/react.ts',
  ...Object.fromEntries(widgets.map((w) => [`widgets/${w.name}`, `src/widgets/${w.name}/${w.name}.ts`])),
});

// 2. The classic script's parts, then the core: it shares what they read from it.
for (const [file, { code, map }] of await classicScripts(widgets)) {
  writeFileSync(dist(file), code);
  if (map) writeFileSync(dist(`${file}.map`), map);
}
// The stylesheet that keeps each widget's space free before the script runs (no layout shift).
const { reserveCss } = await loadSource('src/reserve-css.ts');
writeFileSync(dist('capaian.css'), reserveCss(widgets));

// 3a. JSON Schema files, converted from the same rules the widgets parse with.
mkdirSync(dist('schemas'), { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas(widgets))) {
  writeFileSync(dist(`schemas/${name}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
}

// 3b. Server-rendered example pages: every sample as the element with a declarative shadow
// root, once without any script (what a reader without JavaScript sees) and once with
// the classic script, which takes the pre-rendered figures over.
const { renderHtml } = await import(`../dist/static.js?${Date.now()}`);
const figures = [];
for (const widget of widgets) {
  for (const sample of widget.samples) {
    const json = JSON.parse(readFileSync(new URL(`../examples/data/${sample}.json`, import.meta.url), 'utf8'));
    const result = renderHtml(widget.name, json, { width: 640 });
    if (!result.ok) throw new Error(`examples/data/${sample}.json: ${result.reasons.map((r) => r.message).join('; ')}`);
    figures.push(`<section><h2>${sample}.json</h2>${result.output}</section>`);
  }
}
const page = (title, script) =>
  `<!doctype html>\n<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${title}</title><link rel="stylesheet" href="./ssr.css">${script}</head><body><h1>${title}</h1>${figures.join('')}</body></html>\n`;
writeFileSync(dist('no-js.html'), page('capaian tanpa JavaScript', ''));
writeFileSync(
  dist('ssr.html'),
  page('capaian: HTML dari server, diambil alih skrip', '<script src="./capaian.js" defer></script>'),
);
writeFileSync(
  dist('ssr.css'),
  'body{max-width:720px;margin:0 auto;padding:16px;font:16px/1.5 system-ui,sans-serif}section{margin:32px 0}h2{font:13px ui-monospace,monospace;color:#595959}\n',
);

// 3c. The iframe embed: the page shipped in dist/, its script, and the host-page snippet.
for (const [entry, file] of [
  ['src/embed/frame.ts', 'embed-frame.js'],
  ['src/embed/host.ts', 'embed.js'],
]) {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'CapaianEmbed', fileName: () => file },
    },
  });
}
copyFileSync(new URL('../src/embed/embed.html', import.meta.url), dist('embed.html'));

// 3d. Declarations and the custom elements manifest.
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
execFileSync(bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  stdio: 'inherit',
  cwd: root,
});

// 3e. Subresource Integrity (sha384) of the files the copy-paste snippets name, with the
// version: the embed builder writes them into its pinned CDN code. The build is reproducible,
// so the package built by `prepack` from the same commit ships these very bytes.
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(dist(file)))
    .digest('base64')}`;
writeFileSync(
  dist('integrity.json'),
  JSON.stringify(
    {
      version: pkg.version,
      files: { 'capaian.js': sri('capaian.js'), 'capaian.css': sri('capaian.css'), 'embed.js': sri('embed.js') },
    },
    null,
    2,
  ) + '\n',
);

// 3f. Types for React's JSX, Vue and Svelte, and VS Code's and JetBrains' editor data, from the manifest.
generateFrameworkTypes();

const shipped = readdirSync(dist('')).filter((f) => f.startsWith('capaian') && f.endsWith('.js'));
console.log(`classic script and parts: ${shipped.join(', ')}`);
