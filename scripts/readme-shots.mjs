// The README's pictures: one PNG per widget at 640 px, light theme, Indonesian.
// `node scripts/readme-shots.mjs` writes docs/*.png (committed; rerun after a visual change).
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_ARGS, ensureChrome } from './chrome.mjs';

const SHOTS = [
  ['capaian-budget-growth', 'budget-growth.seed.json', ''],
  ['capaian-poverty-trend', 'poverty-trend.bps-2015-2025.json', ''],
  ['capaian-audit-streak', 'audit-streak.history.json', ''],
  ['capaian-audit-streak', 'audit-streak.seed.json', 'badge'],
];
const port = Number(process.env.PORT ?? 5230);
const server = await createServer({ logLevel: 'error', server: { port, strictPort: true } });
await server.listen();
const browser = await chromium.launch({ executablePath: ensureChrome(), args: CHROME_ARGS });
try {
  for (const [tag, file, variant] of SHOTS) {
    const page = await browser.newPage({ viewport: { width: 664, height: 900 }, reducedMotion: 'reduce' });
    const query = new URLSearchParams({
      tag,
      src: `./data/${file}`,
      lang: 'id',
      theme: 'light',
      ...(variant ? { variant } : {}),
    });
    await page.goto(`http://localhost:${port}/examples/shot.html?${query}`);
    await page.waitForFunction((t) => document.querySelector(t)?.getAttribute('state') === 'ready', tag);
    await page.waitForTimeout(200);
    const out = `docs/${tag.replace('capaian-', '')}${variant ? `-${variant}` : ''}.png`;
    await page.locator(tag).screenshot({ path: out });
    console.log(out);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
