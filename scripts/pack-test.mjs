// The tarball test: `npm pack`, install the tarball into a fresh Vite project (from the
// npm cache where it can, else the registry: `npm ci` caches tarballs but not the
// registry metadata that `--offline` needs, so an empty cache failed), build it, run
// the CLI from it, type-check capaian/static and capaian/layout in Node without the DOM
// library and resolve every entry's types under bundler, node16, nodenext and node10
// (scripts/types-check.mjs), type-check test/clients/'s React, Vue and Svelte files against it
// (scripts/client-check.mjs), and build those apps with Vite and run them in Chromium
// (scripts/client-apps.mjs). Proves the package's files, exports, manifest, types and
// bin work for someone who installs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runClientApps } from './client-apps.mjs';
import { checkClients, CLIENT_PACKAGES } from './client-check.mjs';
import { checkNodeTypes, checkResolution } from './types-check.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'capaian-pack-'));
const run = (cmd, args, cwd = dir) =>
  execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * custom-elements.json as the usual generators need it: every module a file the tarball
 * holds, every tag defined by an export, `state` read-only and no attribute to set, and
 * every file that package.json names (exports, types, web-types) in the tarball.
 */
function checkManifest(files) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const mod of manifest.modules) {
    if (!files.includes(mod.path)) throw new Error(`custom-elements.json: module ${mod.path} is not in the tarball`);
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue; // the base classes define no tag
      const defined = mod.exports?.some(
        (e) => e.kind === 'custom-element-definition' && e.declaration.name === decl.name,
      );
      if (!defined) throw new Error(`custom-elements.json: <${decl.tagName}> has no definition in ${mod.path}`);
      if (decl.attributes?.some((a) => a.name === 'state') || !decl.members?.find((m) => m.name === 'state')?.readonly)
        throw new Error(`custom-elements.json: <${decl.tagName}>'s state is settable`);
    }
  }
  /** The file paths among an `exports` value's conditions (patterns with `*` left out). */
  const targets = (value) => (typeof value === 'string' ? [value] : Object.values(value).flatMap(targets));
  const named = [pkg.types, pkg['web-types'], pkg.customElements, ...targets(pkg.exports)].filter(
    (p) => !p.includes('*'),
  );
  for (const path of named.map((p) => p.replace(/^\.\//, ''))) {
    if (!files.includes(path)) throw new Error(`package.json names ${path}, which the tarball lacks`);
  }
}

try {
  // dist/ is already built by `npm test`; skip the prepack build.
  const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root));
  const tarball = join(dir, packed[0].filename);
  const files = packed[0].files.map((f) => f.path);
  for (const needed of [
    'dist/capaian.js',
    'dist/widgets/budget-growth.js',
    'dist/capaian-budget-growth.js',
    'dist/capaian-export.js',
    'dist/static.js',
    'dist/react.js',
    'dist/types/react.d.ts',
    'dist/embed.html',
    'custom-elements.json',
    'bin/capaian.mjs',
  ]) {
    if (!files.includes(needed)) throw new Error(`the tarball lacks ${needed}`);
  }
  if (files.some((f) => f.startsWith('src/') || f.startsWith('test/') || f.endsWith('.map'))) {
    throw new Error('the tarball ships sources, tests or source maps');
  }
  checkManifest(files);

  const app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({
      name: 'capaian-pack-test',
      private: true,
      type: 'module',
      dependencies: { capaian: `file:${tarball}` },
      // Vite, Node's types (scripts/types-check.mjs), and what the client check's and apps'
      // React, Vue and Svelte files need (scripts/client-check.mjs).
      devDependencies: Object.fromEntries(
        ['vite', '@types/node', ...CLIENT_PACKAGES].map((name) => [name, pkg.devDependencies[name]]),
      ),
    }),
  );
  writeFileSync(
    join(app, 'index.html'),
    '<!doctype html><script type="module" src="./main.js"></script><capaian-budget-growth></capaian-budget-growth>',
  );
  writeFileSync(
    join(app, 'main.js'),
    "import { BudgetGrowthElement } from 'capaian/budget-growth';\n" +
      "import { parseBudget } from 'capaian/layout';\n" +
      "console.log(BudgetGrowthElement.name, parseBudget({ title: 't', points: [] }).ok);\n",
  );
  writeFileSync(join(app, 'data.json'), readFileSync(join(root, 'examples/data/budget-growth.seed.json')));
  writeFileSync(join(app, 'audit.json'), readFileSync(join(root, 'examples/data/audit-streak.seed.json')));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  run(join(app, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], app);
  const assets = readdirSync(join(app, 'dist/assets'));
  const bundle = assets.map((f) => readFileSync(join(app, 'dist/assets', f), 'utf8')).join('');
  if (!bundle.includes('capaian-budget-growth')) throw new Error('the Vite build does not contain the widget');
  const svg = run(
    join(app, 'node_modules/.bin/capaian'),
    ['render', 'budget-growth', 'data.json', '--width', '480'],
    app,
  );
  if (!svg.startsWith('<svg') || !/Rp.22,4.T/.test(svg)) throw new Error('the CLI did not render the SVG');
  checkCli(join(app, 'node_modules/.bin/capaian'), app);
  console.log(checkNodeTypes(app));
  console.log(checkResolution(app));
  const started = Date.now();
  const clients = checkClients(app);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`client check (${seconds} s): ${clients.join('; ')}`);
  console.log(`client apps in Chromium: ${(await runClientApps(app)).join('; ')}`);
  console.log(
    `pack test: ${packed[0].filename} (${(packed[0].size / 1000).toFixed(1)} KB, ${files.length} files) installs, builds with Vite, renders with the CLI (--width, --variant, exit 2 on a wrong widget, language, theme, variant or flag)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The CLI as a webmaster meets it: `--width N` writes a file N wide, `--variant` is
 * honoured, and a mistyped widget, language, theme, variant or flag exits 2 saying so,
 * rather than falling back without a word.
 */
function checkCli(bin, cwd) {
  const render = (...args) => spawnSync(bin, ['render', ...args], { cwd, encoding: 'utf8' });
  const width = (svg) => Number(/^<svg[^>]* width="(\d+)"/.exec(svg)?.[1]);
  const full = render('audit-streak', 'audit.json', '--width', '640');
  const badge = render('audit-streak', 'audit.json', '--width', '640', '--variant', 'badge');
  if (full.status !== 0 || width(full.stdout) !== 640)
    throw new Error(`CLI --width 640 wrote ${width(full.stdout)} px`);
  const height = (svg) => Number(/^<svg[^>]* height="(\d+)"/.exec(svg)?.[1]);
  if (!(height(badge.stdout) < height(full.stdout))) throw new Error('CLI --variant badge drew the full variant');
  for (const args of [
    ['bar-chart', 'audit.json'],
    ['audit-streak', 'audit.json', '--lang', 'fr'],
    ['audit-streak', 'audit.json', '--theme', 'auto'],
    ['audit-streak', 'audit.json', '--variant', 'mini'],
    ['audit-streak', 'audit.json', '--colour', 'red'],
  ]) {
    const result = render(...args);
    if (result.status !== 2 || !result.stderr.trim())
      throw new Error(`CLI ${args.join(' ')}: exit ${result.status}, expected 2 with a message`);
  }
}
