// Plugins of the custom elements manifest analyzer (custom-elements-manifest.config.mjs):
// what turns its reading of src/ into a manifest of the package as shipped, which the
// type and editor-data generators (scripts/framework-types.mjs) read.

/** Internal reactive state (declared protected or private) is not an attribute a user can set. */
export function hideInternalState() {
  return {
    name: 'capaian-hide-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const hidden = new Set(
            (decl.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name),
          );
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !hidden.has(a.fieldName));
        }
      }
    },
  };
}

/**
 * A widget class narrows fields it inherits (`data` to its document type, `variant` to
 * its layouts), but the analyzer's inheritance step puts the base class's type back
 * over the subclass's own, and the base's description on the attribute: the subclass's
 * own win again here, on the field and on its attribute.
 */
export function ownTypesWin() {
  /** Class name → field name → the field as the class declares it itself, read before inheritance. */
  const own = new Map();
  return {
    name: 'capaian-own-types-win',
    moduleLinkPhase({ moduleDoc }) {
      for (const decl of moduleDoc.declarations ?? []) {
        if (decl.kind !== 'class' || !decl.superclass) continue;
        const fields = new Map((decl.members ?? []).filter((m) => m.type && !m.static).map((m) => [m.name, m]));
        own.set(decl.name, fields);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const fields = own.get(decl.name);
          if (!fields) continue;
          for (const member of decl.members ?? []) {
            const field = fields.get(member.name);
            if (!field) continue;
            member.type = field.type;
            for (const attr of decl.attributes ?? []) {
              if (attr.fieldName !== member.name) continue;
              attr.type = field.type;
              if (field.description) attr.description = field.description;
            }
          }
        }
      }
    },
  };
}

/**
 * Module paths into the files the package ships, not into src/ (which it does not):
 * each widget's class is declared in its entry `dist/widgets/<name>.js`, which defines
 * its tag (a `custom-element-definition` export, as `dist/index.js` has for every tag);
 * the base classes in `dist/elements.js`. Modules that are no entry of the package
 * are left out, and a reference into one keeps the name without the module.
 */
export function shippedPaths() {
  /** The shipped file of an entry's source: `src/widgets/stat/stat.ts` → `dist/widgets/stat.js`. */
  const entryFile = (path) => {
    const widget = /^src\/widgets\/([a-z-]+)\/\1\.ts$/.exec(path);
    if (widget) return `dist/widgets/${widget[1]}.js`;
    const top = /^src\/(index|elements|layout|static|react)\.ts$/.exec(path);
    return top ? `dist/${top[1]}.js` : undefined;
  };
  /** Where a declaration of a module that is no entry goes: a widget's class to its entry, the base classes to the class-only entry. */
  const homeOf = (path) => {
    const element = /^src\/widgets\/([a-z-]+)\/\1\.element\.ts$/.exec(path);
    if (element) return `dist/widgets/${element[1]}.js`;
    if (path === 'src/core/element.ts' || path === 'src/core/source.ts') return 'dist/elements.js';
    return entryFile(path);
  };
  return {
    name: 'capaian-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      /** Declaration name → the shipped module that now holds it. */
      const placed = new Map();
      const modules = new Map();
      for (const mod of customElementsManifest.modules) {
        const file = entryFile(mod.path);
        if (file)
          modules.set(file, { kind: 'javascript-module', path: file, declarations: [], exports: mod.exports ?? [] });
      }
      for (const mod of customElementsManifest.modules) {
        const home = homeOf(mod.path);
        if (!home) continue;
        // From a module that is no entry, only the classes: its functions are not exported.
        const moved = entryFile(mod.path) ? mod.declarations : mod.declarations?.filter((d) => d.kind === 'class');
        for (const decl of moved ?? []) {
          modules.get(home).declarations.push(decl);
          placed.set(decl.name, home);
        }
      }
      /** A reference, made to point where its declaration now is (`export *`: to the module's new path). */
      const relink = (ref) => {
        if (!ref?.module) return;
        const home =
          ref.name === '*' ? homeOf(ref.module.replace(/^\//, '').replace(/\.js$/, '.ts')) : placed.get(ref.name);
        if (home) ref.module = home;
        else delete ref.module;
      };
      for (const mod of modules.values()) {
        for (const exp of mod.exports) relink(exp.declaration);
        for (const decl of mod.declarations) {
          relink(decl.superclass);
          for (const list of ['members', 'attributes', 'events'])
            for (const item of decl[list] ?? []) relink(item.inheritedFrom);
        }
      }
      // Each tag, defined where its class is declared and by the root entry.
      for (const [name, home] of placed) {
        const decl = modules.get(home).declarations.find((d) => d.name === name);
        if (!decl?.customElement || !decl.tagName || !home.startsWith('dist/widgets/')) continue;
        const definition = {
          kind: 'custom-element-definition',
          name: decl.tagName,
          declaration: { name, module: home },
        };
        modules.get(home).exports.push(definition);
        modules.get('dist/index.js').exports.push(structuredClone(definition));
      }
      customElementsManifest.modules = [...modules.values()];
    },
  };
}
