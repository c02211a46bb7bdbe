import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts', 'node_modules/**'],
    environment: 'node',
    pool: 'threads',
    maxWorkers: 2,
    // Golden files are checked, never written, whatever the environment: a missing one
    // fails like a changed one. Rewriting them is the explicit `npm run goldens` (vitest -u).
    update: 'none',
  },
});
