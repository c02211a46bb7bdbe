import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { widgets } from '../../src/widgets/index.js';
import { cleanup, mount, settled, shadow } from '../helpers/browser.js';

type El = HTMLElement & { state: string; updateComplete: Promise<boolean> };

// Forced colours (Windows contrast themes), emulated in Chromium with the
// emulate-forced-colors command (test/helpers/forced-colors.mjs). The browser forces
// the colours of HTML text and boxes itself, but not an SVG's fill and stroke: each
// mark keeps its author colour unless the widget's styles give it a system colour, and
// an author colour can vanish into a contrast theme's background (#1b1b1b on black).

/** Transparent pointer targets over each point: meant to be invisible. */
const HIT_AREAS = '.hit';
/** Shapes painted in the background colour on purpose: they cut a gap into what they cover. */
const KNOCKOUTS = ['break-gap'];
const SYSTEM_COLOURS = ['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'HighlightText', 'LinkText', 'Mark'];

/** A CSS colour as the browser computes it (under forced colours too, system colours keep their value). */
function resolve(colour: string): string {
  const probe = document.createElement('span');
  probe.style.color = colour;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

type Shape = SVGGeometryElement | SVGTextElement;
/** Fill and stroke; a line has no inside, so only its stroke. */
const paints = (shape: Shape) => {
  const { fill, stroke } = getComputedStyle(shape);
  return shape instanceof SVGLineElement ? [stroke] : [fill, stroke];
};
const describeShape = (shape: Shape) =>
  `<${shape.tagName} class="${shape.getAttribute('class') ?? ''}"> ${paints(shape).join(' / ')}`;

/** Every shape and text of every SVG in the widget's shadow tree, hit areas left out. */
function shapes(el: Element): Shape[] {
  return [
    ...shadow(el).querySelectorAll<Shape>('svg :is(rect, circle, ellipse, line, polyline, polygon, path, text)'),
  ].filter((shape) => !shape.matches(HIT_AREAS));
}

/** Whether a paint can be seen on the background: a system colour other than Canvas, or a pattern holding one. */
function visible(paint: string, root: ShadowRoot, canvas: string, system: Set<string>): boolean {
  const pattern = /^url\("?#([^")]+)"?\)/.exec(paint);
  if (pattern) {
    const inside = root.getElementById(pattern[1]!)?.querySelectorAll<Shape>('rect, line, path, circle, text') ?? [];
    return [...inside].some((shape) => paints(shape).some((p) => p !== canvas && system.has(p)));
  }
  return paint !== 'none' && paint !== canvas && system.has(paint);
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`forced colours, ${colorScheme} contrast theme`, () => {
    let system: Set<string>;
    let canvas: string;

    before(async () => {
      await executeServerCommand('emulate-forced-colors', { active: true, colorScheme });
      system = new Set(SYSTEM_COLOURS.map(resolve));
      canvas = resolve('Canvas');
    });
    after(() => executeServerCommand('emulate-forced-colors', { active: false }));
    afterEach(cleanup);

    it('is emulated: the forced-colors media query matches and Canvas follows the theme', () => {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      expect(canvas).to.equal(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(0, 0, 0)');
    });

    for (const { tag, samples, variants } of widgets)
      for (const sample of samples)
        for (const variant of variants)
          it(`${tag} (${sample}, ${variant}): every mark is drawn in system colours, visible on the background`, async () => {
            const el = await settled(
              mount<El>(`<${tag} loading="eager" variant="${variant}" src="/examples/data/${sample}.json"></${tag}>`),
            );
            const drawn = shapes(el);
            expect(drawn.length).to.be.greaterThan(3);
            const authorColoured = drawn.filter((shape) =>
              paints(shape).some((paint) => paint !== 'none' && !paint.startsWith('url(') && !system.has(paint)),
            );
            expect(authorColoured.map(describeShape), 'kept an author colour').to.deep.equal([]);
            const vanished = drawn.filter(
              (shape) =>
                !KNOCKOUTS.some((name) => shape.classList.contains(name)) &&
                (Number(getComputedStyle(shape).opacity) === 0 ||
                  !paints(shape).some((paint) => visible(paint, shadow(el), canvas, system))),
            );
            expect(vanished.map(describeShape), 'not visible on Canvas').to.deep.equal([]);
          });
  });
}
