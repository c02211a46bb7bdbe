import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import { widgets } from '../../src/widgets/index.js';
import { cleanup, mount, settled, shadow } from '../helpers/browser.js';

type El = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** Each widget on its first sample, drawn. */
async function drawn(tag: string, sample: string): Promise<El> {
  return settled(mount<El>(`<${tag} loading="eager" src="/examples/data/${sample}.json"></${tag}>`, 640));
}

// The user's settings, emulated in Chromium: reduced motion and print, held on real
// computed styles for every widget. Forced colours (Windows contrast themes) are in
// forced-colors.browser.test.ts: emulateMedia() does not pass them on to Chromium.
describe('media the reader chooses', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({ reducedMotion: 'no-preference', media: 'screen' });
  });

  for (const { tag, samples } of widgets) {
    describe(tag, () => {
      it('does not animate the chart in when the reader asks for reduced motion', async () => {
        const moving = await drawn(tag, samples[0]!);
        expect(getComputedStyle(shadow(moving).querySelector('.chart > svg')!).animationName).to.equal('capaian-fade');
        cleanup();
        await emulateMedia({ reducedMotion: 'reduce' });
        const still = await drawn(tag, samples[0]!);
        expect(getComputedStyle(shadow(still).querySelector('.chart > svg')!).animationName).to.equal('none');
      });

      it('prints the chart, its summary and source, without the download buttons', async () => {
        const el = await drawn(tag, samples[0]!);
        await emulateMedia({ media: 'print' });
        const root = shadow(el);
        expect(getComputedStyle(root.querySelector('.chart > svg')!).display).to.not.equal('none');
        expect(getComputedStyle(root.querySelector('.summary')!).display).to.not.equal('none');
        expect(getComputedStyle(root.querySelector('.downloads')!).display).to.equal('none');
      });
    });
  }
});
