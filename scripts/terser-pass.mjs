// A second minifier pass over code the bundler already minified. Terser's two compress
// passes find what Vite's built-in minifier leaves (about 0.2 KB gzip on the classic
// script, which issue 8 holds to 30 KB). Safe options only: nothing that assumes
// getters are pure or that rewrites functions that might use `this`.
import { minify } from 'terser';

/**
 * V8's explicit compile hint (Chrome 136 and later; other engines read a comment). A
 * classic script that opens with it has all its functions compiled on the background
 * thread that streams it in, instead of each one on the main thread when it is first
 * called. Only for scripts whose code runs as soon as they load: capaian.js and a
 * widget's script, not the downloads, which wait for a click. Measured (bench/compare.mjs,
 * docs/performance.md): one budget chart from script start takes 0.88-0.91x the time it
 * takes without; the main thread's 332 lazy compiles (about 11 ms traced) move to the
 * streaming thread. From dist/'s two scripts the time to drawn does not move (0.99x: the
 * main thread waits for the widget's script anyway) but the main thread's script time
 * falls from 42 to 30 ms. A page with capaian.js and no widget pays 0.11 MB of heap.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * @param {string} code minified JavaScript
 * @param {{ module?: boolean, map?: string, mapUrl?: string, runsOnLoad?: boolean }} [options] the
 *   input source map, composed into the output's, and the URL the output names it by;
 *   `runsOnLoad` opens the output with COMPILE_HINT
 * @returns {Promise<{ code: string, map?: string }>}
 */
export async function terserPass(code, { module = false, map, mapUrl, runsOnLoad = false } = {}) {
  const result = await minify(code, {
    ecma: 2020,
    module,
    compress: { passes: 2 },
    mangle: true,
    // ASCII only: a page served without a charset, or in a legacy one, still reads "…" and "×" right.
    // The preamble is written before the code, and the source map is shifted to match.
    format: { comments: false, ascii_only: true, preamble: runsOnLoad ? COMPILE_HINT : undefined },
    sourceMap: map ? { content: map, url: mapUrl, includeSources: true } : false,
  });
  return { code: result.code, map: typeof result.map === 'string' ? result.map : undefined };
}
