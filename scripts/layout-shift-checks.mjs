// No layout shift: the article (examples/article.html) as a reader on a slow connection
// gets it, at 375 and 1280 px. The page paints before capaian.js has come (the script is
// held back 1.5 s), and every data file answers 600 ms late, so the widgets go through
// all three states a reader sees: undefined (capaian.css keeps their space), loading (the
// loading box keeps it) and drawn. Cumulative Layout Shift, as the browser reports it
// (`layout-shift` entries without recent input, buffered), must stay under 0.02.

const SCRIPT_DELAY = 1500;
const DATA_DELAY = 600;
const LIMIT = 0.02;
const VIEWPORTS = [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
];

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The article's CLS at one viewport, and what moved. */
async function articleShift(browser, base, viewport) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.capaianShifts = [];
    customElements.whenDefined('capaian-stat').then(() => (window.capaianDefined = performance.now()));
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!entry.hadRecentInput)
          window.capaianShifts.push({
            at: Math.round(entry.startTime),
            value: entry.value,
            moved: entry.sources.map((s) => s.node?.localName ?? s.node?.nodeName ?? '?').join(', '),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.route(/\/dist\/capaian[^/]*\.js/, async (route) => {
    await wait(SCRIPT_DELAY);
    await route.continue();
  });
  await page.route(/\/examples\/data\/[^/]+\.json/, async (route) => {
    await wait(DATA_DELAY);
    await route.continue();
  });
  try {
    await page.goto(`${base}/examples/article.html`, { waitUntil: 'load', timeout: 30_000 });
    // Every widget near the viewport drawn (the others wait for the reader to come near), then a moment more.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('article [src]')]
          .filter((el) => el.getBoundingClientRect().top < innerHeight * 2)
          .every((el) => el.getAttribute('state') === 'ready'),
      null,
      { timeout: 15_000 },
    );
    await wait(500);
    return await page.evaluate(() => {
      const painted = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
      const shifts = window.capaianShifts;
      return { painted, defined: window.capaianDefined, shifts, cls: shifts.reduce((sum, s) => sum + s.value, 0) };
    });
  } finally {
    await context.close();
  }
}

/** One result per viewport: `{ title, problems }`, as the other example checks. */
export async function layoutShiftChecks(browser, base) {
  const results = [];
  for (const viewport of VIEWPORTS) {
    const title = `article at ${viewport.width} px: CLS under ${LIMIT} with the script and the data late`;
    const problems = [];
    try {
      const { painted, defined, shifts, cls } = await articleShift(browser, base, viewport);
      // The undefined tags must have been on screen: the first paint came before the first definition.
      if (!(painted < defined))
        problems.push(`first paint at ${painted} ms, not before the tags were defined (${defined} ms)`);
      if (!(cls < LIMIT))
        problems.push(
          `CLS ${cls.toFixed(4)}: ` + shifts.map((s) => `${s.value.toFixed(4)} at ${s.at} ms (${s.moved})`).join('; '),
        );
      console.log(
        `  CLS ${cls.toFixed(4)} at ${viewport.width} × ${viewport.height} (first paint ${Math.round(painted)} ms, tags defined ${Math.round(defined)} ms)`,
      );
    } catch (error) {
      problems.push(error.message.split('\n')[0]);
    }
    results.push({ title, problems });
  }
  return results;
}
