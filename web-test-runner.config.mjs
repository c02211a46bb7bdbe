import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, ensureChrome } from './scripts/chrome.mjs';

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
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), args: CHROME_ARGS } })],
  filterBrowserLogs: ({ type }) => type === 'error' || type === 'warn',
};
