import { VERSION } from '../core/define.js';
import type * as Exporter from '../core/export/exporter.js';
import type { Autoloader } from './autoload.js';

/**
 * What the classic script shares with the widgets' own scripts, under a global named
 * after its version (`globalThis["capaian@0.1.0"]`): two copies of one version share
 * it, two versions keep apart. A widget's script reads Lit and the core's modules from
 * `modules` instead of carrying its own copies (see scripts/build.mjs).
 */
export interface ClassicNamespace {
  /** Lit and every shared core module, by path from src/ without extension: `lit`, `core/element`. */
  modules: Record<string, unknown>;
  loader: Autoloader;
  /** Set by `capaian-export.js` when it has run. */
  exporter?: typeof Exporter;
}

export const NAMESPACE_KEY = `capaian@${VERSION}`;

export function classicNamespace(): ClassicNamespace | undefined {
  return (globalThis as unknown as Record<string, ClassicNamespace | undefined>)[NAMESPACE_KEY];
}
