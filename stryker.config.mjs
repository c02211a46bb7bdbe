// Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS changes one
// operator, condition or literal at a time in the pure modules (no DOM: parse, rules,
// format, layout, text) and runs the Node tests that cover it. A mutant that no test
// notices ("survived") is either a missing test or a change that cannot alter behaviour
// (equivalent); docs/mutation.md keeps the score and that triage.
//
// Rendering (render.ts, styles.ts, *.element.ts) and the DOM machinery of src/core are
// left to the browser tests, which Stryker's Vitest runner does not drive. The JSON loader
// (load.ts) is mutated: test/core/load.test.ts runs it in Node against a stubbed fetch.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/core/{axis,equal,format,i18n,keys,layout-definition,load,measure,model,rules,schema,time,words}.ts',
    // union and tooltipSpot only: placeTooltip (line 71 on) reads the DOM, held by the browser tests.
    'src/core/tooltip.ts:1-65',
    'src/widgets/*/{schema,layout,model,text,story,growth,labels,boxes,streak,placement,marks,targets,figure,spark,annotations,decimate,names,value-axis}.ts',
  ],
  coverageAnalysis: 'perTest',
  // A mutant in a module-level constant (a word table, a pattern) is "static": it is read
  // once at import, so every test would have to run again for each one. In format.ts,
  // rules.ts and schema.ts that was 266 of 537 mutants, estimated by Stryker at 71% of
  // the time; they are counted as ignored, and docs/mutation.md says so.
  ignoreStatic: true,
  // Two cores shared with other work: one test process at a time.
  concurrency: 1,
  // A mutant that loops forever is killed after the covering tests' time × 1.5 + 10 s.
  timeoutMS: 10_000,
  // Results are kept between runs (git-ignored): the next run, say after a test is added,
  // tests again only the mutants whose code or covering tests changed. They are written
  // when a run ends, so a run stopped midway keeps nothing; `--mutate <files>` runs a part.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  ignorePatterns: [
    'dist',
    'docs',
    'shots',
    'storybook-static',
    'bench/results',
    'coverage',
    'reports',
    '.stryker-tmp*',
  ],
  // Stryker puts `// @ts-nocheck` at the top of every TypeScript file it copies unless told
  // which: test/stories.test.ts compares stories/*.stories.ts with what `npm run stories`
  // writes, and failed the dry run on that first line. Only the mutated code needs it.
  disableTypeChecks: 'src/**/*.ts',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
