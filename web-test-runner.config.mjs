import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, ensureChrome } from './scripts/chrome.mjs';
import { forcedColors } from './test/helpers/forced-colors.mjs';
import { reactModules, reactServerRendering } from './test/helpers/react-server.mjs';
import { faultServer } from './test/reliability/fault-server.mjs';

export default {
  files: ['test/**/*.browser.test.ts'],
  port: Number(process.env.WTR_PORT ?? 8000),
  nodeResolve: true,
  // One page at a time: a page in the background gets no animation frames and no
  // IntersectionObserver callbacks, which widgets rely on.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10_000 } },
  // Deliberately bad answers under /faults/ for the loader's fault tests.
  middleware: [faultServer()],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    // React as ES modules, and react-dom/server in Node, for test/react.browser.test.ts.
    reactModules(),
    reactServerRendering(),
    // Windows-style forced colours, which emulateMedia does not reach in Chromium.
    forcedColors(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: ensureChrome(),
        // window.gc() and exact heap figures, for the lifecycle leak test.
        args: [...CHROME_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  ],
  filterBrowserLogs: ({ type }) => type === 'error' || type === 'warn',
};
