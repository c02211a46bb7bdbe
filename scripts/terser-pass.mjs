// A second minifier pass over code the bundler already minified. Terser's two compress
// passes find what Vite's built-in minifier leaves (about 0.2 KB gzip on the classic
// script, which issue 8 holds to 30 KB). Safe options only: nothing that assumes
// getters are pure or that rewrites functions that might use `this`.
import { minify } from 'terser';

/**
 * @param {string} code minified JavaScript
 * @param {{ module?: boolean, map?: string, mapUrl?: string }} [options] the input source
 *   map, composed into the output's, and the URL the output names it by
 * @returns {Promise<{ code: string, map?: string }>}
 */
export async function terserPass(code, { module = false, map, mapUrl } = {}) {
  const result = await minify(code, {
    ecma: 2020,
    module,
    compress: { passes: 2 },
    mangle: true,
    // ASCII only: a page served without a charset, or in a legacy one, still reads "…" and "×" right.
    format: { comments: false, ascii_only: true },
    sourceMap: map ? { content: map, url: mapUrl, includeSources: true } : false,
  });
  return { code: result.code, map: typeof result.map === 'string' ? result.map : undefined };
}
