// What the bench serves: each widget's module and each peer's entry file, bundled by
// the same bundler with the same settings as dist/capaian.js (a minified classic
// script, dependencies included), and the pages, made on first request of each. Built
// from the sources, so a widget joins before it is in src/index.ts and no one's rebuild
// of dist/ can change a run. Used by bench/run.mjs and bench/profile.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { build } from 'vite';
import { classicScripts } from '../scripts/classic-build.mjs';
import { loadRegistry, loadSource } from '../scripts/registry.mjs';
import { minifyTemplatesPlugin } from '../scripts/minify-templates.mjs';
import { COMPILE_HINT, terserPass } from '../scripts/terser-pass.mjs';
import { page } from './page.mjs';
import { PEERS } from './peers/configs.mjs';
import { serve } from './server.mjs';

const root = new URL('..', import.meta.url).pathname;
const js = (body) => ({ type: 'text/javascript; charset=utf-8', body });

/**
 * The downloads out of the widget's script, as in dist/, where capaian.js loads
 * `capaian-export.js` (a classic script, through its loader) when a reader first asks
 * for one. Only that is mirrored, not the way it loads: here the widget's script
 * imports `/capaian/export.js`, an ES module served beside it. No bench page downloads,
 * so it is never fetched during a run.
 */
const EXPORTER_URL = '/capaian/export.js';
const exporterApart = {
  name: 'bench-exporter-apart',
  enforce: 'pre',
  resolveId(source, importer) {
    if (importer?.endsWith('/src/core/exporter-loader.ts') && source.startsWith('./export/exporter'))
      return { id: EXPORTER_URL, external: 'absolute' };
    return null;
  },
};

/**
 * One entry as a classic script (an IIFE) defining `name`, or with `format: 'es'` an ES
 * module; target and minifier as in scripts/build.mjs; capaian's own templates go through
 * its template minifier, as there, and every script (peers too, as their own releases
 * are) through the same terser pass.
 * Unminified, each module opens with a `// <path>` comment (bench/profile.mjs uses it).
 * `runsOnLoad`: capaian's script opens with V8's compile hint, as dist/ ships it; no
 * peer's release carries one, so theirs do not.
 */
export async function classicScript(entry, name, { minify = true, runsOnLoad = false, format = 'iife' } = {}) {
  const result = await build({
    root,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [minifyTemplatesPlugin(), exporterApart],
    // As any app bundler does for production; ECharts keeps its dev checks behind it.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022', // as scripts/build.mjs and scripts/size.mjs
      minify,
      sourcemap: false,
      lib: { entry, formats: [format], name, fileName: () => 'bundle.js' },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  const code = chunks.map((c) => c.code).join('\n');
  if (minify) return Buffer.from((await terserPass(code, { runsOnLoad })).code);
  return Buffer.from(runsOnLoad ? `${COMPILE_HINT}\n${code}` : code);
}

/**
 * Bundles what is served and starts the server. `widgets`: those whose module exists;
 * `failed` says why any of them could not be bundled. `minify: false` for profiles.
 * `shipped`: also `dist/`'s classic scripts and stylesheet, built as scripts/build.mjs
 * builds them (every widget of the registry), under `/dist/`, for the pages that load
 * capaian as the README's snippet does.
 */
export async function site({ widgets, minify = true, shipped = false }) {
  const files = new Map();
  const failed = new Map();
  files.set('/__bench/blank.html', { type: 'text/html; charset=utf-8', body: '<!doctype html><title>blank</title>' });
  for (const widget of widgets) {
    if (!existsSync(`${root}${widget.module}`)) continue;
    try {
      files.set(
        `/capaian/${widget.name}.js`,
        js(await classicScript(widget.module, 'Capaian', { minify, runsOnLoad: true })),
      );
    } catch (error) {
      failed.set(widget.name, error.message.split('\n')[0]);
    }
  }
  if ([...files.keys()].some((path) => path.startsWith('/capaian/'))) {
    try {
      const exporter = await classicScript(`${root}src/core/export/exporter.ts`, 'CapaianExport', {
        minify,
        format: 'es',
      });
      files.set(EXPORTER_URL, js(exporter));
    } catch (error) {
      // The widgets still draw: only a download would fail, and no bench page asks for one.
      console.warn(`bench: the downloads did not bundle: ${error.message.split('\n')[0]}`);
    }
  }
  const version = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).version;
  if (shipped) {
    const registry = await loadRegistry();
    for (const [file, { code }] of await classicScripts(registry)) files.set(`/dist/${file}`, js(code));
    const { reserveCss } = await loadSource('src/reserve-css.ts');
    files.set('/dist/capaian.css', { type: 'text/css; charset=utf-8', body: reserveCss(registry) });
  }
  for (const peer of PEERS) {
    files.set(`/peers/${peer.id}.js`, js(await classicScript(peer.entry, 'Peer', { minify })));
    if (peer.css)
      files.set(`/peers/${peer.id}.css`, { type: 'text/css; charset=utf-8', body: readFileSync(`${root}${peer.css}`) });
  }
  const server = await serve(files);

  const docs = new Map();
  const docOf = (widget, scenario) => {
    const key = `${widget.name}:${scenario.doc}:${scenario.points ?? ''}`;
    if (!docs.has(key)) {
      const doc =
        scenario.doc === 'large'
          ? widget.large(scenario.points)
          : JSON.parse(readFileSync(`${root}${widget.sample}`, 'utf8'));
      docs.set(key, doc);
    }
    return docs.get(key);
  };

  return {
    origin: server.origin,
    close: server.close,
    failed,
    /** The bytes served at `path` (for sizes). */
    body: (path) => files.get(path)?.body,
    /** The URL of a scenario's page for one widget and library, made on first use. */
    pageUrl(scenario, widget, lib) {
      const path = `/__bench/${scenario.id}-${widget.name}-${lib}.html`;
      if (!files.has(path)) {
        const doc = docOf(widget, scenario);
        const peer = PEERS.find((p) => p.id === lib);
        const config = peer?.config(widget.chart(doc));
        const { count, attrs, expect, mode } = scenario;
        if (scenario.shipped && !files.has('/dist/capaian.js'))
          throw new Error(`bench: ${scenario.id} loads dist/'s scripts: call site() with shipped: true`);
        files.set(path, {
          type: 'text/html; charset=utf-8',
          body: page({
            lib,
            widget,
            doc,
            config,
            count,
            attrs,
            expect,
            mode,
            peer,
            shipped: scenario.shipped,
            version,
          }),
        });
      }
      return `${server.origin}${path}`;
    },
  };
}
