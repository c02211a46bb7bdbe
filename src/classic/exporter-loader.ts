import { classicNamespace } from './namespace.js';

/**
 * The classic script's exporter loader, in place of src/core/exporter-loader.ts: the
 * exporter is the script `capaian-export.js` beside capaian.js, loaded by the same
 * loader as the widgets (a classic script, so no CORS headers are needed).
 */
export async function loadExporter() {
  const namespace = classicNamespace()!;
  await namespace.loader.load('export');
  return namespace.exporter!;
}
