import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { widgets } from '../../src/widgets/index.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

describe('the README a webmaster copies from', () => {
  it('pins every CDN URL to this version, and loads CDN scripts with crossorigin', () => {
    const urls = [...readme.matchAll(/https:\/\/(?:unpkg\.com|cdn\.jsdelivr\.net\/npm)\/capaian[^\s"'<>)]*/g)].map(
      (m) => m[0],
    );
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url, url).toMatch(new RegExp(`/capaian@${version.replace(/\./g, '\\.')}/`));
    for (const tag of readme.match(/<script src="https:\/\/unpkg[^>]*>/g) ?? [])
      expect(tag, tag).toContain('crossorigin="anonymous"');
  });

  it("preloads a widget's script at the address capaian.js asks for, version query included", () => {
    const tags = readme.match(/<link rel="preload"[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    // The loader's <script> has no crossorigin: a preload with one does not match it, and the script comes twice.
    for (const tag of tags) expect(tag).not.toContain('crossorigin');
    const preloads = tags.map((tag) => /href="([^"]+)"/.exec(tag)![1]!);
    for (const url of preloads)
      expect(url).toMatch(new RegExp(`/capaian-[a-z-]+\\.js\\?v=${version.replace(/\./g, '\\.')}$`));
  });

  it('shows a copy-paste tag for every widget of the registry', () => {
    for (const { tag } of widgets) expect(readme).toMatch(new RegExp(`<${tag}[ >][^\\n]*</${tag}>|<${tag}>\\n`));
  });
});
