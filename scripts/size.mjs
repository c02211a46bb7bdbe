// The size budget: fails when a built file, or a widget's module bundled on its own with
// its dependencies (Lit, d3, valibot), is over its gzip budget, and prints the gzip and
// brotli figures of each. Budgets are in KB of 1,000 bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';

/** Every widget, Lit included, in the classic script: the whole-library target. */
export const LIBRARY_BUDGET = { 'dist/capaian.js': 30 };
/** One widget's module with everything it imports, as a bundler would ship it. */
export const WIDGET_BUDGET = 22;

const root = new URL('..', import.meta.url).pathname;

export function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Widgets with a tag-defining module: `src/widgets/<name>/<name>.ts`. */
export function widgetModules() {
  return readdirSync(new URL('../src/widgets', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, entry: `src/widgets/${entry.name}/${entry.name}.ts` }))
    .filter((widget) => existsSync(new URL(`../${widget.entry}`, import.meta.url)));
}

/**
 * Bundles one entry with its dependencies, minified, in memory: the same bundler, target
 * and template minifier as the library build, so the figure is what `dist/` would hold
 * if the dependencies were not external.
 */
export async function bundle(entry) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [minifyTemplatesPlugin()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      // An app build, not lib mode: lib mode leaves an ES module's whitespace unminified.
      rollupOptions: { input: entry, preserveEntrySignatures: 'strict', output: { format: 'es' } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  // What loads with the widget: the entry and its static imports, not the chunks it
  // imports on demand (the download exporter).
  const loaded = outputs.filter((o) => o.type === 'chunk' && (o.isEntry || !o.isDynamicEntry));
  return Buffer.concat(loaded.map((o) => Buffer.from(o.code)));
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;

async function main() {
  let failed = false;
  const report = (label, s, budget) => {
    const ok = s.gzip <= budget * 1000;
    failed ||= !ok;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${label}: ${kb(s.gzip)} gzip (budget ${budget} KB), ${kb(s.brotli)} brotli, ${kb(s.raw)} minified`,
    );
  };
  for (const [file, budget] of Object.entries(LIBRARY_BUDGET)) report(file, sizes(readFileSync(file)), budget);
  for (const widget of widgetModules()) {
    report(`${widget.entry} (standalone)`, sizes(await bundle(widget.entry)), WIDGET_BUDGET);
  }
  if (failed) {
    console.error('Size budget exceeded.');
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
