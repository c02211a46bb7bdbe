// The widget registry (src/widgets/index.ts), read from its TypeScript source in Node,
// for the scripts that iterate it: the build, the size check, the JSON Schemas, the
// screenshots and the bench.
import { runnerImport } from 'vite';

const root = new URL('..', import.meta.url).pathname;

/** Every widget definition, in registry order. */
export async function loadRegistry() {
  return (await loadSource('src/widgets/index.ts')).widgets;
}

/** A TypeScript module of src/ (path from the repository's root), loaded in Node. */
export async function loadSource(path) {
  // Vite sets NODE_ENV=development for the module runner when none is set, and a later
  // build in the same process would then bundle Lit's development build: put it back.
  const nodeEnv = process.env.NODE_ENV;
  const { module } = await runnerImport(`${root}${path}`, { configFile: false, logLevel: 'silent' });
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  return module;
}
