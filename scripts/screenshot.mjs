// Screenshots of the widgets, from the registry, to look at as a reader would:
//   node scripts/screenshot.mjs          docs/<name>[-<variant>].png: each widget and variant on its
//                                        first sample, 640 px, light, Indonesian (the README's pictures)
//   node scripts/screenshot.mjs --all    shots/: every sample at 320, 640 and 1200 px, light and dark,
//                                        id and en, to review a change (not committed)
//   node scripts/screenshot.mjs --all --widget=stat    the same for one widget
//   node scripts/screenshot.mjs --all --widths=450,480  other widths than 320, 640 and 1200
// Look at every image before calling a change done.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';
import { loadRegistry } from './registry.mjs';

const all = process.argv.includes('--all');
const only = process.argv.find((arg) => arg.startsWith('--widget='))?.slice('--widget='.length);
const widthsArg = process.argv.find((arg) => arg.startsWith('--widths='))?.slice('--widths='.length);
const widths = widthsArg ? widthsArg.split(',').map(Number) : [320, 640, 1200];
const widgets = (await loadRegistry()).filter((widget) => !only || widget.name === only);
if (!widgets.length) throw new Error(`no widget named ${only}`);
const server = await createServer({ logLevel: 'error', server: { port: 0 } });
await server.listen();
const base = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });

const shots = [];
for (const widget of widgets) {
  for (const variant of widget.variants) {
    const isDefault = variant === widget.variants[0];
    const name = isDefault ? widget.name : `${widget.name}-${variant}`;
    if (!all) {
      shots.push({ widget, variant, isDefault, sample: widget.samples[0], width: 640, theme: 'light', lang: 'id' });
      shots.at(-1).out = `docs/${name}.png`;
      continue;
    }
    for (const sample of widget.samples)
      for (const width of widths)
        for (const theme of ['light', 'dark'])
          for (const lang of ['id', 'en']) {
            const variantPart = isDefault ? '' : `.${variant}`;
            const out = `shots/${sample}${variantPart}.${width}.${theme}.${lang}.png`;
            shots.push({ widget, variant, isDefault, sample, width, theme, lang, out });
          }
  }
}

mkdirSync(all ? 'shots' : 'docs', { recursive: true });
try {
  for (const shot of shots) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: 900 },
      deviceScaleFactor: 1,
      reducedMotion: 'reduce',
    });
    const query = new URLSearchParams({
      tag: shot.widget.tag,
      src: `./data/${shot.sample}.json`,
      lang: shot.lang,
      theme: shot.theme,
    });
    if (!shot.isDefault) query.set('variant', shot.variant);
    await page.goto(`${base}/examples/shot.html?${query}`);
    // Ready or failed: a missing element (the module still loading) is not done.
    await page.waitForFunction(
      (tag) => /^(ready|error)$/.test(document.querySelector(tag)?.getAttribute('state') ?? ''),
      shot.widget.tag,
    );
    await page.waitForTimeout(300);
    await page.screenshot({ path: shot.out, fullPage: true });
    console.log(shot.out);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
