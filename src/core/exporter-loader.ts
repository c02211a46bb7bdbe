/**
 * Loads the exporter on demand. Bundlers split it into its own chunk; the classic
 * script's build swaps this module for one that imports `capaian-export.js` from
 * beside the script (see scripts/build.mjs).
 */
export const loadExporter = () => import('./exporter.js');
