import { describe, expect, it } from 'vitest';
import { widgets } from '../../src/widgets/index.js';
import { renderHtml } from '../../src/static.js';
import { sample } from '../helpers/samples.js';

/** A hyphen used as a minus: "-44,2%", "(-0,41", ", -3". Ranges ("2016–2017") take an en dash and dates are not read. */
const hyphenMinus = /(^|[\s(>:;,])-\d/;

/** The text a reader meets: the text between tags, and the words of aria-label and title attributes. */
function readerText(markup: string): string[] {
  const html = markup.replace(/<style[^>]*>[^<]*<\/style>/g, '');
  const between = [...html.matchAll(/>([^<]+)</g)].map((m) => m[1]!);
  const labels = [...html.matchAll(/\s(?:aria-label|title)="([^"]*)"/g)].map((m) => m[1]!);
  return [...between, ...labels];
}

describe('negative numbers take the true minus sign (U+2212) in everything a reader sees', () => {
  for (const widget of widgets)
    for (const name of widget.samples)
      it(`${name}: chart, summary, table and point labels at 320 and 1200 px, id and en`, () => {
        const found: string[] = [];
        for (const lang of ['id', 'en'] as const)
          for (const width of [320, 1200])
            for (const variant of widget.variants) {
              const result = renderHtml(widget.name, sample(name), { width, lang, variant });
              if (!result.ok) throw new Error(`${name} does not render`);
              for (const text of readerText(result.output))
                if (hyphenMinus.test(text)) found.push(`${lang} ${width}px ${variant}: ${text.trim().slice(0, 80)}`);
            }
        expect(found).toEqual([]);
      });
});
