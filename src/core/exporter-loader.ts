/**
 * Loads the exporter on demand. Bundlers split it into its own chunk; the classic
 * script's build swaps this module for src/classic/exporter-loader.ts, which loads
 * `capaian-export.js` from beside the script (see scripts/classic-build.mjs).
 */
export const loadExporter = () => import('./export/exporter.js');
