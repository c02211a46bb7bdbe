// The package's types as TypeScript projects other than a browser app's read them, run by
// the tarball test (scripts/pack-test.mjs) in the app it installed the tarball into:
// `capaian/static` and `capaian/layout` in a Node project without the DOM library and
// with `skipLibCheck: false`, where a declaration that names a DOM or Lit type fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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
