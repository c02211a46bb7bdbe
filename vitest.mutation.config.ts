import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The Node suite as StrykerJS runs it for every mutant (`npm run mutation`): the same tests
 * as `npm test` minus the width sweep, which draws every chart at 400 widths in both
 * languages (23 s alone) to check decimals, and would be re-run for each of the
 * thousands of layout mutants it covers. The property tests stay, with a fixed seed
 * (FC_SEED in the npm script) so a mutant is killed or not the same way every run.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/widgets/coordinates.test.ts'],
      // Instrumented code (every mutant behind a switch) on a shared machine is several times
      // slower: a 5 s test limit failed Stryker's dry run, and in a mutant run a test over its
      // limit would count the mutant as killed. Stryker's own timeout catches a mutant that hangs.
      testTimeout: 60_000,
    },
  }),
);
