// The classic script's builds. `capaian.js` holds Lit, the shared core and the loader;
// each widget's `capaian-<name>.js` and `capaian-export.js` hold only their own code and
// take Lit and the core from the global that capaian.js set (src/classic/namespace.ts).
// All are classic scripts (IIFE), not ES modules: a <script> element needs no CORS
// headers, so the library works from a CDN and from any self-hosted origin alike.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { terserPass } from './terser-pass.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * The modules capaian.js shares, by their path from src/ without extension: every file
 * directly in src/core/ and src/core/styles/ (src/classic/index.ts exposes the same
 * with `import.meta.glob`); src/core/export/ is the on-demand download code.
 */
export function sharedKey(file) {
  const path = relative(`${root}src`, file).replace(/\\/g, '/');
  return /^core\/(styles\/)?[^/]+\.ts$/.test(path) ? path.replace(/\.ts$/, '') : undefined;
}

/** The expression by which a part reads a shared module: `globalThis["capaian@0.1.0"].modules["core/element"]`. */
const sharedExpression = (key) =>
  `globalThis[${JSON.stringify(`capaian@${pkg.version}`)}].modules[${JSON.stringify(key)}]`;

/** In a part, Lit and the shared core become references to capaian.js's copies. */
const sharedFromCore = {
  name: 'capaian-shared-from-core',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (source === 'lit') return { id: 'capaian-shared:lit', external: true };
    if (/^(lit|@lit)\//.test(source)) throw new Error(`${importer} imports ${source}: share it from the core first`);
    if (!importer || source.startsWith('capaian-shared:')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const key = resolved && sharedKey(resolved.id);
    return key ? { id: `capaian-shared:${key}`, external: true } : null;
  },
};

/** In capaian.js, downloads load `capaian-export.js` through the loader (src/classic/exporter-loader.ts). */
const classicExporterLoader = {
  name: 'capaian-classic-exporter-loader',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!importer || (!source.endsWith('/exporter-loader.js') && !source.endsWith('/exporter-loader.ts'))) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id.endsWith('/src/core/exporter-loader.ts') ? `${root}src/classic/exporter-loader.ts` : null;
  },
};

/** One IIFE into dist/, minified twice (scripts/terser-pass.mjs) with a source map. */
async function buildClassic(entry, file, { plugins, globals, define = {} }) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define,
    plugins: [minifyTemplatesPlugin(), ...plugins],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      modulePreload: false,
      rollupOptions: {
        input: entry,
        // An entry's exports are of no use in a classic script: nothing to name the IIFE by.
        preserveEntrySignatures: false,
        output: { format: 'iife', entryFileNames: file, globals, generatedCode: { symbols: false } },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunk = outputs.find((o) => o.type === 'chunk' && o.fileName === file);
  const map = outputs.find((o) => o.fileName === `${file}.map`);
  if (!chunk || outputs.filter((o) => o.type === 'chunk').length !== 1) throw new Error(`${entry}: expected one chunk`);
  const out = await terserPass(chunk.code, { map: map?.source, mapUrl: `${file}.map` });
  writeFileSync(new URL(`../dist/${file}`, import.meta.url), out.code + '\n');
  if (out.map) writeFileSync(new URL(`../dist/${file}.map`, import.meta.url), out.map);
}

/** `capaian.js`: Lit, the shared core, and the loader that knows every widget of the registry by name and tag. */
export function classicCore(entry, file, widgets) {
  const list = widgets.map(({ name, tag }) => ({ name, tag }));
  return buildClassic(entry, file, {
    plugins: [classicExporterLoader],
    define: { __CAPAIAN_WIDGETS__: JSON.stringify(list) },
  });
}

/** A part loaded by capaian.js: a widget's own code, or the exporter. */
export function classicPart(entry, file) {
  return buildClassic(entry, file, {
    plugins: [sharedFromCore],
    globals: (id) => sharedExpression(id.replace(/^capaian-shared:/, '')),
  });
}
