import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { widgetStories, type WidgetStates } from '../stories/builders.js';
import { storiesFile } from '../stories/generate.js';
import { widgets } from '../src/widgets/index.js';

const root = new URL('../', import.meta.url);

/** A widget's stories/states/<name>.ts. */
async function statesOf(name: string): Promise<{ states: WidgetStates }> {
  return (await import(`../stories/states/${name}.ts`)) as { states: WidgetStates };
}

describe('the stories', () => {
  for (const widget of widgets) {
    describe(widget.name, () => {
      const statesPath = new URL(`stories/states/${widget.name}.ts`, root);

      it('has its edge documents in stories/states/<name>.ts', () => {
        expect(existsSync(statesPath), `stories/states/${widget.name}.ts`).toBe(true);
      });

      it('has stories/<name>.stories.ts as `npm run stories` writes it from the registry', async () => {
        const { states } = await statesOf(widget.name);
        const path = new URL(`stories/${widget.name}.stories.ts`, root);
        const written = existsSync(path) ? readFileSync(path, 'utf8') : '';
        expect(written, `stories/${widget.name}.stories.ts is out of date: run npm run stories`).toBe(
          await storiesFile(widget, states),
        );
      });

      it('has a story per sample and variant, and the loading, error, empty, narrow, dark and English states', async () => {
        const { states } = await statesOf(widget.name);
        const { stories } = widgetStories(widget, states);
        const names = Object.keys(stories);
        expect(names).toEqual(
          expect.arrayContaining(['FromSrc', 'Loading', 'InvalidData', 'NoData', 'Narrow320', 'Dark', 'English']),
        );
        expect(names).toEqual(expect.arrayContaining(Object.keys(states.more)));
        expect(names).toHaveLength(
          widget.samples.length + 2 * (widget.variants.length - 1) + 7 + Object.keys(states.more).length,
        );
        expect(stories.Loading?.parameters?.expectedState).toBe('loading');
        expect(stories.InvalidData?.parameters?.expectedState).toBe('error');
        expect(stories.FromSrc?.args?.src).toBe(`data/${widget.samples[0]}.json`);
      });
    });
  }
});
