// The classic script's builds. `capaian.js` holds Lit, the shared core and the loader;
// each widget's `capaian-<name>.js` and `capaian-export.js` hold only their own code and
// take Lit and the core from the global that capaian.js set (src/classic/namespace.ts).
// All are classic scripts (IIFE), not ES modules: a <script> element needs no CORS
// headers, so the library works from a CDN and from any self-hosted origin alike.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { build } from 'vite';
import { minifyTemplatesPlugin } from './minify-templates.mjs';
import { terserPass } from './terser-pass.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * The modules capaian.js shares, by their path from src/ without extension: every file
 * directly in src/core/ and src/core/styles/; src/core/export/ is the on-demand
 * download code. A part reads them from capaian.js, which shares what the parts read
 * (`sharedObject`).
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

/**
 * In capaian.js, `virtual:capaian-shared` is the object of what the parts read from the
 * core: for each shared module (and Lit), exactly the bindings some part imports, as the
 * parts' builds reported them. What no part reads is left out of the object, so code
 * that only the ES entries or Node use (the server renderer's table rows, say) is
 * tree-shaken out of the classic script.
 */
function sharedObject(used) {
  const id = 'virtual:capaian-shared';
  const resolved = `\0${id}`;
  return {
    name: 'capaian-shared-object',
    resolveId: (source) => (source === id ? resolved : null),
    load(source) {
      if (source !== resolved) return null;
      const imports = [];
      const entries = [];
      [...used.keys()].sort().forEach((key, i) => {
        const names = [...used.get(key)].sort();
        const from = key === 'lit' ? 'lit' : `${root}src/${key}.ts`;
        imports.push(`import { ${names.map((n) => `${n} as m${i}_${n}`).join(', ')} } from ${JSON.stringify(from)};`);
        entries.push(`  ${JSON.stringify(key)}: { ${names.map((n) => `${n}: m${i}_${n}`).join(', ')} },`);
      });
      return `${imports.join('\n')}\nexport const shared = {\n${entries.join('\n')}\n};\n`;
    },
  };
}

/**
 * One IIFE, minified twice (scripts/terser-pass.mjs) with a source map: its code, its map
 * and the ids of the modules in it. `runsOnLoad`: its code runs as soon as it loads, so
 * it opens with V8's compile hint (COMPILE_HINT in scripts/terser-pass.mjs).
 */
async function buildClassic(entry, file, { plugins, globals, define = {}, runsOnLoad }) {
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
  const out = await terserPass(chunk.code, { map: map?.source, mapUrl: `${file}.map`, runsOnLoad });
  return { code: out.code + '\n', map: out.map, moduleIds: chunk.moduleIds };
}

/**
 * `capaian.js`: Lit, the shared core, and the loader that knows every widget of the
 * registry by name and tag. `used` is what the parts read from it (see `classicPart`):
 * built after them, it shares exactly that.
 */
function classicCore(entry, file, widgets, used) {
  const list = widgets.map(({ name, tag }) => ({ name, tag }));
  return buildClassic(entry, file, {
    plugins: [classicExporterLoader, sharedObject(used)],
    define: { __CAPAIAN_WIDGETS__: JSON.stringify(list) },
    runsOnLoad: true,
  });
}

/** The members read from a namespace import (`v.object` → "object"); any other use of `v` throws. */
function namespaceMembers(source, namespace, where) {
  const members = new Set();
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === namespace) {
      members.add(node.name.text);
      return;
    }
    // `v.Output<…>` in a type: gone at run time.
    if (ts.isQualifiedName(node)) return;
    if (ts.isIdentifier(node) && node.text === namespace && !ts.isNamespaceImport(node.parent)) {
      throw new Error(`${where} with import * and uses it whole: name the bindings`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return members;
}

/**
 * What the part's own modules import from Lit and the shared core, read from their
 * import declarations (the bundler's output does not list imported names): shared
 * module key → names. Type-only imports are left out: they are gone at run time.
 */
function sharedImports(moduleIds) {
  const found = new Map();
  const add = (key, name) => {
    if (!found.has(key)) found.set(key, new Set());
    found.get(key).add(name);
  };
  for (const id of moduleIds.filter((m) => m.startsWith(`${root}src/`) && m.endsWith('.ts'))) {
    const source = ts.createSourceFile(id, readFileSync(id, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
      const specifier = statement.moduleSpecifier?.text;
      if (!specifier) continue;
      let key = specifier === 'lit' ? 'lit' : undefined;
      if (specifier.startsWith('.')) key = sharedKey(resolve(dirname(id), specifier).replace(/\.js$/, '.ts'));
      if (!key) continue;
      const where = `${relative(root, id)} imports from ${key}`;
      if (ts.isExportDeclaration(statement)) {
        if (statement.isTypeOnly) continue;
        if (!statement.exportClause) throw new Error(`${where} with export *: name the bindings`);
        for (const e of statement.exportClause.elements) if (!e.isTypeOnly) add(key, (e.propertyName ?? e.name).text);
        continue;
      }
      const clause = statement.importClause;
      if (!clause || clause.isTypeOnly) continue;
      if (clause.name) throw new Error(`${where} a default export: the core has none`);
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) {
        for (const name of namespaceMembers(source, bindings.name.text, where)) add(key, name);
        continue;
      }
      for (const e of bindings?.elements ?? []) if (!e.isTypeOnly) add(key, (e.propertyName ?? e.name).text);
    }
  }
  return found;
}

/**
 * A part loaded by capaian.js: a widget's own code, or the exporter, built as
 * `buildClassic` returns it. Adds the bindings it reads from the core to `used` (shared
 * module key, as `sharedKey`, → names). `runsOnLoad`: a widget's code draws as soon as
 * it loads; the exporter waits for a click.
 */
async function classicPart(entry, file, used, { runsOnLoad }) {
  const script = await buildClassic(entry, file, {
    plugins: [sharedFromCore],
    globals: (id) => sharedExpression(id.replace(/^capaian-shared:/, '')),
    runsOnLoad,
  });
  for (const [key, names] of sharedImports(script.moduleIds)) {
    if (!used.has(key)) used.set(key, new Set());
    for (const name of names) used.get(key).add(name);
  }
  return script;
}

/**
 * Every classic script of the registry's `widgets`: each widget's `capaian-<name>.js`,
 * `capaian-export.js`, then `capaian.js`, which shares what they read from it. A map of
 * file name → `{ code, map }`, for scripts/build.mjs to write into dist/ and the bench to
 * serve as a page loads them (bench/site.mjs).
 */
export async function classicScripts(widgets) {
  const used = new Map();
  const scripts = new Map();
  for (const widget of widgets) {
    const file = `capaian-${widget.name}.js`;
    scripts.set(
      file,
      await classicPart(`src/widgets/${widget.name}/${widget.name}.ts`, file, used, { runsOnLoad: true }),
    );
  }
  scripts.set(
    'capaian-export.js',
    await classicPart('src/classic/export.ts', 'capaian-export.js', used, { runsOnLoad: false }),
  );
  scripts.set('capaian.js', await classicCore('src/classic/index.ts', 'capaian.js', widgets, used));
  return scripts;
}
