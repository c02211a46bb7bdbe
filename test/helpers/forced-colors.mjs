// `emulateForcedColors` for the browser tests (a web-test-runner command plugin).
//
// @web/test-runner-commands' emulateMedia takes `forcedColors` but, in Chromium driven by
// Puppeteer, passes on only `prefers-color-scheme` and `prefers-reduced-motion`: forced
// colours stayed off and matchMedia('(forced-colors: active)') false. This command sets
// the media features through Puppeteer itself (CDP Emulation.setEmulatedMedia), which
// Chromium honours in headless mode: system colours are forced as on Windows' contrast
// themes. Like every emulateMediaFeatures call, it replaces the features set before.

/** Payload: `{ active: boolean, colorScheme?: 'light' | 'dark' }`. */
export function forcedColors() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('emulate-forced-colors needs Chromium (Puppeteer)');
      const features = [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }];
      if (payload?.colorScheme) features.push({ name: 'prefers-color-scheme', value: payload.colorScheme });
      await session.browser.getPage(session.id).emulateMediaFeatures(features);
      return true;
    },
  };
}
