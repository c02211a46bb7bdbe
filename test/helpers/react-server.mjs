// React in the browser tests, and React on the server for them (web-test-runner plugins).
//
// React ships CommonJS only, which a browser cannot import: `react`, `react-dom` and
// `react-dom/client` are served as ES modules over one esbuild bundle (one copy of React,
// as an app's bundler would give). And the `react-ssr` command renders a page with
// react-dom/server in Node, with Node's builds of Lit and @lit/react, as Next.js does
// before the browser hydrates it. In this process React is loaded in its production
// build: the development one calls console.createTask, which the runner's console lacks.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { runnerImport } from 'vite';

const root = new URL('../../', import.meta.url).pathname;
const require = createRequire(import.meta.url);
const PREFIX = '/__react__/';
const SPECIFIERS = ['react', 'react-dom', 'react-dom/client'];

/** One ES module holding each of React's CommonJS modules' exports, by specifier. */
async function bundle() {
  const imports = SPECIFIERS.map((s, i) => `import m${i} from ${JSON.stringify(s)};`).join('\n');
  const entries = SPECIFIERS.map((s, i) => `${JSON.stringify(s)}: m${i}`).join(', ');
  const result = await build({
    stdin: { contents: `${imports}\nexport const modules = { ${entries} };\n`, resolveDir: root },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  return result.outputFiles[0].text;
}

/** Runs `load` with NODE_ENV=production, so that React's modules it requires are the production builds. */
async function asProduction(load) {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await load();
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

/** A facade with the named exports of one specifier, over the shared bundle. */
async function facade(specifier) {
  const names = Object.keys(await asProduction(() => require(specifier))).filter(
    (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default',
  );
  return (
    `import { modules } from '${PREFIX}bundle.js';\n` +
    `const m = modules[${JSON.stringify(specifier)}];\nexport default m;\n` +
    `export const { ${names.join(', ')} } = m;\n`
  );
}

export function reactModules() {
  let bundled;
  return {
    name: 'react-modules',
    resolveImport({ source }) {
      if (SPECIFIERS.includes(source)) return `${PREFIX}${source}.js`;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      const specifier = context.path.slice(PREFIX.length, -'.js'.length);
      if (specifier === 'bundle') return { body: await (bundled ??= bundle()), type: 'js' };
      if (SPECIFIERS.includes(specifier)) return { body: await facade(specifier), type: 'js' };
    },
  };
}

/** `executeServerCommand('react-ssr', { widgets })`: the server's HTML of test/react/ssr-page.ts's page. */
export function reactServerRendering() {
  let page;
  return {
    name: 'react-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'react-ssr') return undefined;
      page ??= asProduction(() =>
        runnerImport(`${root}test/react/ssr-page.ts`, { root, configFile: false, logLevel: 'silent' }),
      );
      const { module } = await page;
      return module.renderPage(payload);
    },
  };
}
