// The package's types as TypeScript projects other than a browser app's read them, run by
// the tarball test (scripts/pack-test.mjs) in the app it installed the tarball into:
// `capaian/static` and `capaian/layout` in a Node project without the DOM library and
// with `skipLibCheck: false`, where a declaration that names a DOM or Lit type fails; and
// every typed entry's declarations found under each `moduleResolution`: `bundler`,
// `node16`, `nodenext` (through `exports`) and `node10` (which ignores `exports`: through
// package.json's `types` and `typesVersions`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** A Node script that uses the two entries' exports, types included. */
const NODE_SCRIPT = `import { readFileSync } from 'node:fs';
import { renderHtml, renderSvg, resolvedCss, widgets, type StaticOptions } from 'capaian/static';
import {
  budgetLayout,
  parseBudget,
  widgetNamed,
  type BudgetGrowthDocument,
  type LayoutDefinition,
  type WidgetLayoutOptions,
} from 'capaian/layout';

const input: unknown = JSON.parse(readFileSync(process.argv[2] ?? 'data.json', 'utf8'));
const options: StaticOptions = { width: 480, lang: 'en', theme: 'dark' };
const svg = renderSvg('budget-growth', input, options);
const html = renderHtml('budget-growth', input);
const css: string = resolvedCss(widgets[0]!, 'light');
const parsed = parseBudget(input as BudgetGrowthDocument);
const layoutOptions: WidgetLayoutOptions = { width: 640, lang: 'id', variant: 'default' };
if (parsed.ok) console.log(budgetLayout(parsed.spec, layoutOptions).summary);
const definition: LayoutDefinition | undefined = widgetNamed('audit-streak');
console.log(svg.ok && svg.output.length, html.ok, css.length, definition?.variants);
`;

/** Runs tsc on a project; throws with its output when it reports an error. */
function typeCheck(app, dir, what) {
  try {
    execFileSync(join(app, 'node_modules/.bin/tsc'), ['-p', dir, '--pretty', 'false'], {
      cwd: app,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    if (typeof error.status !== 'number') throw error;
    throw new Error(`${what}:\n${error.stdout}${error.stderr}`, { cause: error });
  }
}

/** `capaian/static` and `capaian/layout` in a Node project: `lib: ["es2022"]`, no DOM, `skipLibCheck: false`. */
export function checkNodeTypes(app) {
  const dir = join(app, 'types-node');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'render.ts'), NODE_SCRIPT);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        lib: ['es2022'],
        module: 'nodenext',
        moduleResolution: 'nodenext',
        types: ['node'],
        strict: true,
        skipLibCheck: false,
        noEmit: true,
      },
      files: ['render.ts'],
    }),
  );
  typeCheck(app, dir, 'capaian/static and capaian/layout without the DOM library (lib es2022, skipLibCheck false)');
  return 'capaian/static and capaian/layout type-check in Node without the DOM library (skipLibCheck: false)';
}

/**
 * Every entry of the package's `exports` that has types, as an import names it
 * (`capaian/static`), with the declaration file it must resolve to; `./*` is the widgets'
 * ES entries, one per script in dist/widgets/.
 */
function typedEntries(packageDir) {
  const { exports } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const entries = [];
  for (const [subpath, target] of Object.entries(exports)) {
    if (typeof target !== 'object' || !target.types) continue;
    const names = subpath.includes('*')
      ? readdirSync(join(packageDir, 'dist/widgets'))
          .filter((file) => file.endsWith('.js'))
          .map((file) => file.slice(0, -'.js'.length))
      : [''];
    for (const name of names) {
      entries.push({
        specifier: join('capaian', subpath.replace('*', name)),
        declaration: join(packageDir, target.types.replaceAll('*', name)),
      });
    }
  }
  return entries;
}

/**
 * Resolves every typed entry as TypeScript does under each `moduleResolution`, from an ES
 * module of the app (the package is ESM only: a CommonJS `require` is not offered), and
 * throws unless each finds its declaration file. Resolution only, with the app's
 * TypeScript: the bundler and nodenext projects above and the client check type-check.
 */
export function checkResolution(app) {
  const ts = createRequire(join(app, 'package.json'))('typescript');
  const entries = typedEntries(join(app, 'node_modules/capaian'));
  // The compiler options, and the importing file's kind where the resolution has kinds (node16, nodenext).
  const { ModuleKind, ModuleResolutionKind } = ts;
  const modes = {
    bundler: [{ module: ModuleKind.ESNext, moduleResolution: ModuleResolutionKind.Bundler }],
    node16: [{ module: ModuleKind.Node16, moduleResolution: ModuleResolutionKind.Node16 }, ModuleKind.ESNext],
    nodenext: [{ module: ModuleKind.NodeNext, moduleResolution: ModuleResolutionKind.NodeNext }, ModuleKind.ESNext],
    node10: [{ module: ModuleKind.CommonJS, moduleResolution: ModuleResolutionKind.Node10 }],
  };
  const importer = join(app, 'main.ts');
  const failures = [];
  for (const [mode, [options, importerKind]] of Object.entries(modes)) {
    for (const { specifier, declaration } of entries) {
      const { resolvedModule } = ts.resolveModuleName(
        specifier,
        importer,
        options,
        ts.sys,
        undefined,
        undefined,
        importerKind,
      );
      const found = resolvedModule?.resolvedFileName;
      if (found !== declaration)
        failures.push(`${mode}: ${specifier} resolves to ${found ?? 'nothing'}, not ${declaration}`);
    }
  }
  if (failures.length) throw new Error(`types that do not resolve:\n  ${failures.join('\n  ')}`);
  return `${entries.length} typed entries resolve to their declarations under ${Object.keys(modes).join(', ')}`;
}
