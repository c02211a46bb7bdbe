// The client check, run by the tarball test (scripts/pack-test.mjs) in the app it installed
// the tarball into: the files of test/clients/ type-checked as a React, a Vue and a Svelte
// app would check them (tsc, vue-tsc with strictTemplates, svelte-check). A file named
// `*.misspelt.*` must fail on each line marked `misspelt` (a value outside the allowed
// ones, a misspelt property) and nowhere else; every other file must pass.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** What each client's app installs besides capaian and Vite: the repository's own versions. */
export const CLIENT_PACKAGES = [
  'typescript',
  'react',
  'react-dom',
  '@types/react',
  '@types/react-dom',
  'vue',
  'vue-tsc',
  '@vitejs/plugin-vue',
  'svelte',
  'svelte-check',
  // For the client suite's Vite builds (scripts/client-apps.mjs).
  '@vitejs/plugin-react',
  '@sveltejs/vite-plugin-svelte',
];

/** `file(line,col): error TS2322: message`, as tsc and vue-tsc print it without colours. */
function tscErrors(out) {
  return [...out.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map(([, file, line, message]) => ({
    file,
    line: Number(line),
    message,
  }));
}

/** `<time> ERROR "file" line:col "message"`, svelte-check's machine output. */
function svelteErrors(out) {
  return [...out.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
    file,
    line: Number(line),
    message,
  }));
}

const CLIENTS = [
  {
    name: 'React (tsc)',
    dir: 'react',
    bin: 'tsc',
    args: (dir) => ['--noEmit', '--pretty', 'false', '-p', dir],
    errors: tscErrors,
  },
  {
    name: 'Vue (vue-tsc, strictTemplates)',
    dir: 'vue',
    bin: 'vue-tsc',
    args: (dir) => ['--noEmit', '--pretty', 'false', '-p', dir],
    errors: tscErrors,
  },
  {
    name: 'Svelte (svelte-check)',
    dir: 'svelte',
    bin: 'svelte-check',
    args: (dir) => ['--workspace', dir, '--tsconfig', join(dir, 'tsconfig.json'), '--output', 'machine'],
    errors: svelteErrors,
  },
];

/** Runs a checker; its output whether it passes or fails (a failure is what the misspelt files expect). */
function output(bin, args, cwd) {
  try {
    return execFileSync(bin, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if (typeof error.status !== 'number') throw error;
    return `${error.stdout}${error.stderr}`;
  }
}

/** `file:line` of every line marked misspelt in the client's files. */
function markedLines(dir) {
  const marked = [];
  for (const file of readdirSync(dir)) {
    if (!file.includes('.misspelt.')) continue;
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((text, i) => {
        if (/(\/\/|<!--) misspelt/.test(text)) marked.push(`${file}:${i + 1}`);
      });
  }
  return marked;
}

/** Type-checks every client in `app` (where capaian and CLIENT_PACKAGES are installed); throws on a difference. */
export function checkClients(app) {
  const lines = [];
  // The documents the apps share, typed as BudgetGrowthDocument and the others.
  mkdirSync(join(app, 'clients'), { recursive: true });
  cpSync(join(root, 'test/clients/documents.ts'), join(app, 'clients/documents.ts'));
  for (const client of CLIENTS) {
    const started = Date.now();
    const dir = join(app, 'clients', client.dir);
    cpSync(join(root, 'test/clients', client.dir), dir, { recursive: true });
    const out = output(join(app, 'node_modules/.bin', client.bin), client.args(dir), app);
    const errors = client.errors(out).map((e) => ({ ...e, at: `${e.file.replace(/^.*\//, '')}:${e.line}` }));
    const expected = markedLines(dir);
    const unexpected = errors.filter((e) => !expected.includes(e.at));
    const missed = expected.filter((at) => !errors.some((e) => e.at === at));
    if (unexpected.length || missed.length || (!errors.length && out.includes('rror'))) {
      throw new Error(
        `${client.name}: ` +
          [
            ...unexpected.map((e) => `unexpected error at ${e.at}: ${e.message}`),
            ...missed.map((at) => `no error at ${at}, which is misspelt`),
          ].join('\n') +
          `\n${out}`,
      );
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    lines.push(`${client.name}: passes, fails on ${expected.length} misspelt lines (${seconds} s)`);
  }
  return lines;
}
