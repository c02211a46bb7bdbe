// `npm test`: every check a change must pass, in order, stopping at the first failure:
// lint and format, type check, unit tests (Node), build and size budget, the package,
// browser tests, the example pages as `npm start` serves them, and the stories (Chromium).
// Ends with one "N passed, N failed" line over every suite.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { ensureChrome } from './chrome.mjs';

process.env.CHROME_PATH = ensureChrome();
const totals = { passed: 0, failed: 0 };

function run(title, command, args, { parse } = {}) {
  const started = Date.now();
  console.log(`\n▶ ${title}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: parse ? ['inherit', 'pipe', 'inherit'] : 'inherit', env: process.env });
    let out = '';
    child.stdout?.on('data', (chunk) => {
      process.stdout.write(chunk);
      out += chunk;
    });
    child.on('close', (code) => {
      parse?.(out);
      console.log(`${code === 0 ? '✔' : '✘'} ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      if (code !== 0) {
        console.log(`\n${totals.passed} passed, ${Math.max(1, totals.failed)} failed`);
        process.exit(code ?? 1);
      }
      resolve();
    });
  });
}

const bin = (name) => `node_modules/.bin/${name}`;
const vitestReport = 'node_modules/.cache/vitest-report.json';

await run('lint', bin('eslint'), ['.']);
await run('format', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
await run('type check', bin('tsc'), ['--noEmit']);
rmSync(vitestReport, { force: true });
await run('unit tests (Node)', bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
]);
const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
totals.passed += report.numPassedTests;
totals.failed += report.numFailedTests;
await run('build', 'node', ['scripts/build.mjs']);
await run('size budget', 'node', ['scripts/size.mjs']);
await run(
  'package (npm pack, install into a fresh Vite project; React, Vue and Svelte type checks and apps in Chromium)',
  'node',
  ['scripts/pack-test.mjs'],
);
/** Adds the last "N passed, N failed" line of a runner's output to the totals. */
function countFrom(out) {
  // eslint-disable-next-line no-control-regex
  const plain = out.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
  const last = [...plain.matchAll(/(\d+) passed, (\d+) failed/g)].pop();
  if (last) {
    totals.passed += Number(last[1]);
    totals.failed += Number(last[2]);
  }
}

await run('browser tests (Chromium)', bin('web-test-runner'), [], { parse: countFrom });
await run("example pages on npm start's dev server (Chromium)", 'node', ['scripts/examples-test.mjs'], {
  parse: countFrom,
});
await run('Storybook stories (Chromium, axe)', 'node', ['scripts/storybook-test.mjs'], { parse: countFrom });
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
