// Two library builds: an IIFE cannot code-split, so the classic script and the ES
// modules are built separately, then declarations and the custom elements manifest.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { terserPass } from './terser-pass.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

const shared = { root, configFile: false, logLevel: 'warn', publicDir: false, plugins: [minifyTemplatesPlugin()] };

/** One library build into dist/ (minified, ES2022), next to what the others wrote. */
const buildLib = (lib, { sourcemap = false, plugins = [], rollupOptions } = {}) =>
  build({
    ...shared,
    plugins: [...shared.plugins, ...plugins],
    build: { outDir: 'dist', emptyOutDir: false, target: 'es2022', minify: true, sourcemap, lib, rollupOptions },
  });

// ES modules for bundlers: dependencies stay external so a host that already has Lit
// ships it once.
await buildLib(
  {
    entry: {
      index: 'src/index.ts',
      elements: 'src/elements.ts',
      layout: 'src/layout.ts',
      static: 'src/static.ts',
      'budget-growth': 'src/widgets/budget-growth/budget-growth.ts',
      'poverty-trend': 'src/widgets/poverty-trend/poverty-trend.ts',
      'audit-streak': 'src/widgets/audit-streak/audit-streak.ts',
    },
    formats: ['es'],
  },
  { sourcemap: true, rollupOptions: { external: [/^lit/, /^@lit\//, /^d3-/] } },
);

// The classic script: everything in one file, no dependencies, for <script src>. An IIFE
// cannot split code, so the exporter (used only when a reader downloads) is built as
// its own file, capaian-export.js, and imported from beside the script on demand.
const exporterBesideScript = {
  name: 'capaian-exporter-beside-script',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('/src/core/exporter-loader.ts')) return null;
    return (
      'const base = document.currentScript && document.currentScript.src;\n' +
      // Versioned, so a cached older script never pairs with a newer exporter.
      `export const loadExporter = () => import(/* @vite-ignore */ new URL('./capaian-export.js?v=${pkg.version}', base || document.baseURI).href);\n`
    );
  },
};
await buildLib(
  { entry: 'src/index.ts', formats: ['iife'], name: 'Capaian', fileName: () => 'capaian.js' },
  // No Symbol.toStringTag on the `Capaian` global: nothing reads it ("[object Object]").
  {
    sourcemap: true,
    plugins: [exporterBesideScript],
    rollupOptions: { output: { generatedCode: { symbols: false } } },
  },
);
{
  const file = new URL('../dist/capaian.js', import.meta.url);
  const mapFile = new URL('../dist/capaian.js.map', import.meta.url);
  const out = await terserPass(readFileSync(file, 'utf8'), {
    map: readFileSync(mapFile, 'utf8'),
    mapUrl: 'capaian.js.map',
  });
  writeFileSync(file, out.code + '\n');
  writeFileSync(mapFile, out.map);
}

// JSON Schema files, converted from the same rules the widgets parse with.
const { jsonSchemas } = await import('./json-schemas.mjs');
const layoutModule = await import(`../dist/layout.js?${Date.now()}`);
mkdirSync(new URL('../dist/schemas', import.meta.url), { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas(layoutModule))) {
  writeFileSync(
    new URL(`../dist/schemas/${name}.schema.json`, import.meta.url),
    JSON.stringify(schema, null, 2) + '\n',
  );
}

// Server-rendered example pages: every sample as the element with a declarative shadow
// root, once without any script (what a reader without JavaScript sees) and once with
// the classic script, which takes the pre-rendered figures over.
const { renderHtml, staticWidgets } = await import(`../dist/static.js?${Date.now()}`);
const dataDir = new URL('../examples/data/', import.meta.url);
const figures = [];
for (const name of Object.keys(staticWidgets)) {
  for (const file of readdirSync(dataDir).filter((f) => f.startsWith(`${name}.`) && f.endsWith('.json'))) {
    const result = renderHtml(name, JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')), { width: 640 });
    if (result.ok) figures.push(`<section><h2>${file}</h2>${result.output}</section>`);
  }
}
const page = (title, script) =>
  `<!doctype html>\n<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${title}</title><link rel="stylesheet" href="./ssr.css">${script}</head><body><h1>${title}</h1>${figures.join('')}</body></html>\n`;
writeFileSync(new URL('../dist/no-js.html', import.meta.url), page('capaian tanpa JavaScript', ''));
writeFileSync(
  new URL('../dist/ssr.html', import.meta.url),
  page('capaian: HTML dari server, diambil alih skrip', '<script src="./capaian.js" defer></script>'),
);
writeFileSync(
  new URL('../dist/ssr.css', import.meta.url),
  'body{max-width:720px;margin:0 auto;padding:16px;font:16px/1.5 system-ui,sans-serif}section{margin:32px 0}h2{font:13px ui-monospace,monospace;color:#595959}\n',
);

// The on-demand exporter for the classic script: a standalone ES module.
await buildLib({ entry: 'src/core/exporter.ts', formats: ['es'], fileName: () => 'capaian-export.js' });

// The iframe embed: the page shipped in dist/, its script, and the host-page snippet.
for (const [entry, file] of [
  ['src/embed/frame.ts', 'embed-frame.js'],
  ['src/embed/host.ts', 'embed.js'],
]) {
  await buildLib({ entry, formats: ['iife'], name: 'CapaianEmbed', fileName: () => file });
}
copyFileSync(new URL('../src/embed/embed.html', import.meta.url), new URL('../dist/embed.html', import.meta.url));

const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit', cwd: root });
execFileSync(bin('custom-elements-manifest'), ['analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  stdio: 'inherit',
  cwd: root,
});
