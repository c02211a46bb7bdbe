import { expect } from '@open-wc/testing';
import { widgets } from '../../src/widgets/index.js';
import { until } from '../helpers/browser.js';

// The iframe embed for every widget of the registry, not only the budget chart: each is
// drawn from its first sample in its own iframe, and the iframe takes its content's height.
describe('iframe embed of every widget', () => {
  before(
    () =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/dist/embed.js';
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('embed.js'));
        document.head.append(script);
      }),
  );
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  for (const { name, tag, samples } of widgets) {
    it(`draws ${tag} from ?widget=${name} and fits the iframe to it`, async () => {
      const frame = document.createElement('iframe');
      frame.setAttribute('data-capaian', '');
      frame.title = name;
      frame.src = `/dist/embed.html?widget=${name}&src=/examples/data/${samples[0]}.json&lang=en`;
      frame.style.cssText = 'width:600px;height:150px;border:0';
      document.body.append(frame);
      const widget = () => frame.contentDocument?.querySelector(tag);
      await until(() => widget()?.getAttribute('state') === 'ready', 8000);
      expect(widget()!.getAttribute('lang')).to.equal('en');
      expect(widget()!.shadowRoot!.querySelector('.chart > svg')).to.not.equal(null);
      const content = () => Math.ceil(frame.contentDocument!.body.getBoundingClientRect().height);
      await until(() => Math.round(frame.getBoundingClientRect().height) === content(), 4000);
      expect(content()).to.be.greaterThan(150);
    });
  }
});
