/**
 * The entry of the classic script, `dist/capaian.js`: Lit and the shared core, offered to
 * the widgets' own scripts, and the loader that brings a widget's script when its tag
 * appears on the page. A page showing one widget type downloads this and that widget.
 */
import { shared } from 'virtual:capaian-shared';
import { VERSION } from '../core/define.js';
import { Autoloader, type AutoloadWidget } from './autoload.js';
import { classicNamespace, NAMESPACE_KEY, type ClassicNamespace } from './namespace.js';

/** The registry's names and tags, written in by the build (scripts/build.mjs) so that no widget code comes with them. */
declare const __CAPAIAN_WIDGETS__: AutoloadWidget[];

function start(): void {
  // A second copy of this version (two embeds on one page) leaves the first in charge.
  if (classicNamespace()) return;
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src || document.baseURI;
  const modules: Record<string, unknown> = shared;
  const loader = new Autoloader(__CAPAIAN_WIDGETS__, base, VERSION);
  const namespace: ClassicNamespace = { modules, loader };
  (globalThis as unknown as Record<string, ClassicNamespace>)[NAMESPACE_KEY] = namespace;
  // The page's handle on the library: which widgets exist, and a way to find those in shadow roots.
  const api = {
    VERSION,
    widgets: __CAPAIAN_WIDGETS__,
    discover: (root: ParentNode) => loader.discover(root),
  };
  (globalThis as { Capaian?: typeof api }).Capaian ??= api;
  loader.start(document);
}

start();
