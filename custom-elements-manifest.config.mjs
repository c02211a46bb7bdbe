import { hideInternalState, ownTypesWin, shippedPaths } from './scripts/manifest-plugins.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  // In this order: the types are read from src/, the paths then moved to dist/.
  plugins: [hideInternalState(), ownTypesWin(), shippedPaths()],
};
