// Screenshots of each widget at 320 px and 1200 px, light and dark, to look at as a
// reader would: `node scripts/screenshot.mjs [tag] [file…]` writes PNGs to shots/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const [tag = 'capaian-budget-growth', ...files] = process.argv.slice(2);
const port = Number(process.env.PORT ?? 5199);
const server = await createServer({ logLevel: 'error', server: { port, strictPort: true } });
await server.listen();
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
mkdirSync('shots', { recursive: true });
try {
  for (const file of files.length ? files : ['budget-growth.seed.json']) {
    for (const width of [320, 1200]) {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['id', 'en']) {
          const page = await browser.newPage({
            viewport: { width, height: 900 },
            deviceScaleFactor: 1,
            reducedMotion: 'reduce',
          });
          const query = new URLSearchParams({ tag, src: `./data/${file}`, lang, theme });
          await page.goto(`http://localhost:${port}/examples/shot.html?${query}`);
          // Ready or failed: a missing element (the module still loading) is not done.
          await page.waitForFunction(
            (t) => /^(ready|error)$/.test(document.querySelector(t)?.getAttribute('state') ?? ''),
            tag,
          );
          await page.waitForTimeout(300);
          const out = `shots/${file.replace('.json', '')}.${width}.${theme}.${lang}.png`;
          await page.screenshot({ path: out, fullPage: true });
          console.log(out);
          await page.close();
        }
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
