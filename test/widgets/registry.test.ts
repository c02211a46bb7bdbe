import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reservedHeight } from '../../src/core/frame.js';
import type { Rule } from '../../src/core/rules.js';
import { widgetNamed, widgets } from '../../src/widgets/index.js';
import * as react from '../../src/react.js';
import { EXTRAS } from '../reliability/widgets.js';
import { sample } from '../helpers/samples.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** Every string field of a rule, as `$.a.b[*].c` paths, with the wording it expects. */
function stringFields(rule: Rule, path = '$'): [string, string][] {
  if (rule.type === 'string') return [[path, rule.expected]];
  if (rule.type === 'array') return stringFields(rule.item!, `${path}[*]`);
  if (rule.type === 'object')
    return Object.entries(rule.entries ?? {}).flatMap(([key, field]) => stringFields(field, `${path}.${key}`));
  return [];
}

describe('the widget registry', () => {
  it('has no React component in capaian/react for a widget it does not list', () => {
    const components = Object.keys(react).filter((key) => /^[A-Z]/.test(key));
    expect(components).toHaveLength(widgets.length);
  });

  it('lists each widget once, by a unique name and tag', () => {
    expect(new Set(widgets.map((w) => w.name)).size).toBe(widgets.length);
    expect(new Set(widgets.map((w) => w.tag)).size).toBe(widgets.length);
    expect(widgetNamed('budget-growth')?.tag).toBe('capaian-budget-growth');
    expect(widgetNamed('nope')).toBeUndefined();
  });

  for (const widget of widgets) {
    describe(widget.name, () => {
      it('is the folder src/widgets/<name>/ with its definition, element class and tag-defining entry', () => {
        expect(widget.tag).toBe(`capaian-${widget.name}`);
        for (const file of ['definition.ts', `${widget.name}.element.ts`, `${widget.name}.ts`])
          expect(existsSync(new URL(`src/widgets/${widget.name}/${file}`, root)), file).toBe(true);
        expect(read('src/elements.ts')).toContain(`./widgets/${widget.name}/${widget.name}.element.js`);
      });

      it('has sample files in examples/data that parse and lay out in both languages and every variant', () => {
        expect(widget.samples.length).toBeGreaterThan(0);
        for (const name of widget.samples) {
          const parsed = widget.parse(sample(name));
          expect(parsed.ok, name).toBe(true);
          if (!parsed.ok) continue;
          for (const lang of ['id', 'en'] as const)
            for (const variant of widget.variants) {
              const model = widget.layout(parsed.spec, { width: 320, lang, variant });
              expect(model.width).toBe(320);
              expect(model.summary.length).toBeGreaterThan(0);
            }
        }
      });

      it('downloads CSV with lowercase column names and raw values (numbers, not formatted text)', () => {
        const parsed = widget.parse(sample(widget.samples[0]!));
        if (!parsed.ok) throw new Error('sample does not parse');
        const [header, ...rows] = widget.csv(parsed.spec);
        expect(header!.every((h) => typeof h === 'string' && /^[a-z_]+$/.test(h))).toBe(true);
        expect(rows.length).toBeGreaterThan(0);
        expect(rows.every((row) => row.length === header!.length)).toBe(true);
        expect(rows.flat().some((cell) => typeof cell === 'number')).toBe(true);
      });

      it('gives no advice on its own sample files (they are how data should be written)', () => {
        for (const name of widget.samples) {
          const parsed = widget.parse(sample(name));
          if (parsed.ok) expect(widget.advice?.(parsed.spec) ?? [], name).toEqual([]);
        }
      });

      it('reserves a positive height while loading, in steps from 0 px up, for every variant', () => {
        for (const variant of widget.variants) {
          const steps = widget.reserve[variant] ?? [];
          expect(steps[0]?.from, variant).toBe(0);
          expect(
            steps.every((step, i) => i === 0 || step.from > steps[i - 1]!.from),
            variant,
          ).toBe(true);
          for (const width of [200, 320, 640, 1200]) expect(reservedHeight(steps, width)).toBeGreaterThan(0);
        }
      });

      it('has every text and URL field of its rules covered by the reliability suites', () => {
        const extras = EXTRAS[widget.name];
        expect(extras, 'an EXTRAS entry in test/reliability/widgets.ts').toBeDefined();
        const fields = stringFields(widget.rules).filter(([, expected]) => expected === 'text' || expected === 'a URL');
        expect(fields.map(([path]) => path).sort()).toEqual(
          [...Object.keys(extras!.textFields), ...Object.keys(extras!.urlFields)].sort(),
        );
      });

      it('has its React component in capaian/react, named after it, for its tag', () => {
        const name = widget.name.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
        const component = (react as Record<string, unknown>)[name] as { displayName?: string } | undefined;
        expect(component, `capaian/react exports ${name}`).toBeDefined();
        expect(component!.displayName).toBe(name);
      });

      it('is named in the README with its tag, and has its stories', () => {
        expect(read('README.md')).toContain(`<${widget.tag}>`);
        expect(existsSync(new URL(`stories/${widget.name}.stories.ts`, root))).toBe(true);
      });
    });
  }
});
