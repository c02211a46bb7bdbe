import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const section = readme.slice(readme.indexOf('## Frameworks\n'), readme.indexOf('## The JSON format\n'));

/** Every file the client check type-checks (scripts/client-check.mjs), by path under test/clients/. */
const clientFiles = new Map(
  ['react', 'vue', 'svelte'].flatMap((dir) =>
    readdirSync(new URL(`test/clients/${dir}/`, root)).map((file) => [
      `${dir}/${file}`,
      readFileSync(new URL(`test/clients/${dir}/${file}`, root), 'utf8'),
    ]),
  ),
);

describe("the README's Frameworks section", () => {
  const snippets = [...section.matchAll(/```(tsx|ts|vue|svelte)\n([\s\S]*?)```/g)].map(([, , code]) => code!);

  it('has a snippet for React, Next.js, Vue and Svelte', () => {
    for (const heading of ['### React', '### Next.js', '### Vue', '### Svelte']) expect(section).toContain(heading);
    expect(snippets.length).toBeGreaterThanOrEqual(5);
  });

  it('shows only code that the client check compiles: each snippet is a file of test/clients/, verbatim', () => {
    for (const snippet of snippets) {
      const file = [...clientFiles].find(([, content]) => content === snippet)?.[0];
      expect(file, `a file of test/clients/ reading:\n${snippet}`).toBeDefined();
      expect(file).not.toContain('.misspelt.');
    }
  });
});
