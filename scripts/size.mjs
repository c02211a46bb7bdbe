// The size budget: fails when a built file, or a widget's module bundled on its own with
// its dependencies (Lit), is over its gzip budget, and prints the gzip and
// brotli figures of each. Also fails when the classic script is not ASCII only. Budgets are in KB of 1,000 bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { terserPass } from './terser-pass.mjs';

/**
 * Two numbers per bundle. The target is what issue 8 asks for (whole library 30 KB,
 * one widget 22 KB); a miss is printed, not failed, while it is open work. The
 * ceiling fails the build: it sits just above today's figures so that nothing grows
 * unnoticed. Lower the ceilings as the figures come down; never raise them silently.
 */
export const LIBRARY_BUDGET = { 'dist/capaian.js': { target: 30, ceiling: 30 } };
export const WIDGET_BUDGET = { target: 22, ceiling: 22.5 };

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
 * The exporter loads on the first download click, so it is not counted. An app build
 * wraps every dynamic import it can read in Vite's module-preload helper (1.6 KB
 * minified, 0.6 KB gzip), even an external one, which other bundlers and our dist/
 * modules do without: the import's specifier is kept out of its sight.
 */
const exporterUncounted = {
  name: 'capaian-exporter-uncounted',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('/src/core/exporter-loader.ts')) return null;
    return "const at = './exporter.js';\nexport const loadExporter = () => import(/* @vite-ignore */ at);\n";
  },
};

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
    plugins: [minifyTemplatesPlugin(), exporterUncounted],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      // An app build, not lib mode: lib mode leaves an ES module's whitespace unminified.
      rollupOptions: {
        input: entry,
        preserveEntrySignatures: 'strict',
        output: { format: 'es' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  // What loads with the widget: the entry and its static imports, not the chunks it
  // imports on demand (the download exporter).
  const loaded = outputs.filter((o) => o.type === 'chunk' && (o.isEntry || !o.isDynamicEntry));
  // The classic script's second pass (scripts/terser-pass.mjs), chunk by chunk.
  const polished = await Promise.all(loaded.map(async (o) => (await terserPass(o.code, { module: true })).code));
  return Buffer.from(polished.join('\n'));
}

const kb = (n) => `${(n / 1000).toFixed(2)} KB`;

async function main() {
  let failed = false;
  const report = (label, s, { target, ceiling }) => {
    const ok = s.gzip <= ceiling * 1000;
    const onTarget = s.gzip <= target * 1000;
    failed ||= !ok;
    const status = !ok ? 'OVER' : onTarget ? 'ok  ' : 'MISS';
    const miss = onTarget ? '' : `, ${kb(s.gzip - target * 1000)} over the ${target} KB target`;
    console.log(
      `${status} ${label}: ${kb(s.gzip)} gzip (ceiling ${ceiling} KB${miss}), ${kb(s.brotli)} brotli, ${kb(s.raw)} minified`,
    );
  };
  for (const [file, budget] of Object.entries(LIBRARY_BUDGET)) {
    const bytes = readFileSync(file);
    report(file, sizes(bytes), budget);
    // Not a size, but a property of the same shipped file: pages we do not control may
    // serve it without a charset, or in a legacy one, so it must not depend on UTF-8.
    const at = bytes.findIndex((b) => b > 0x7f);
    if (at >= 0) {
      console.error(`${file}: a non-ASCII byte at offset ${at}; the classic script must be ASCII only.`);
      failed = true;
    }
  }
  for (const widget of widgetModules()) {
    report(`${widget.entry} (standalone)`, sizes(await bundle(widget.entry)), WIDGET_BUDGET);
  }
  if (failed) {
    console.error('Size budget exceeded.');
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
