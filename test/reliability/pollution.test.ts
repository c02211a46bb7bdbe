import { afterEach, describe, expect, it } from 'vitest';
import { sample } from '../helpers/samples.js';
import { layoutProblems, reasonProblems, TIMEOUT } from './checks.js';
import { everyPath, poisonedJson, pollution, POISON_KEYS, setAt } from './json.js';
import { widgets } from './widgets.js';

const POISON = JSON.parse(`{${POISON_KEYS.join(',')}}`) as unknown;

describe('prototype pollution: hostile keys at every level of the JSON', { timeout: TIMEOUT }, () => {
  afterEach(() => {
    // Should a test fail by polluting, the next ones must not inherit it.
    for (const key of ['polluted']) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it('the poisoned documents really carry __proto__ as an own key', () => {
    const doc = JSON.parse(poisonedJson({ a: { b: 1 } })) as Record<string, Record<string, unknown>>;
    expect(Object.keys(doc)).toContain('__proto__');
    expect(Object.keys(doc.a!)).toContain('__proto__');
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
  });

  for (const widget of widgets) {
    describe(widget.name, () => {
      for (const name of widget.samples) {
        for (const where of ['first', 'last'] as const) {
          it(`${name} with the hostile keys ${where} in every object: parses, lays out, pollutes nothing`, () => {
            const doc = JSON.parse(poisonedJson(sample(name), where)) as unknown;
            const result = widget.parse(doc);
            expect(pollution()).toEqual([]);
            expect(result.ok).toBe(true);
            if (!result.ok) return;
            // Unknown keys are dropped, so none of them reaches the spec or the model.
            expect(JSON.stringify(result.spec)).not.toContain('polluted');
            expect(layoutProblems(widget, result.spec, 640, 'id')).toEqual([]);
            expect(JSON.stringify(widget.layout(result.spec, 320, 'en'))).not.toContain('polluted');
            expect(pollution()).toEqual([]);
          });
        }

        it(`${name} with a hostile object in place of each value: rejected at that place, nothing polluted`, () => {
          const doc = sample(name);
          for (const path of everyPath(doc)) {
            const result = widget.parse(path === '$' ? POISON : setAt(doc, path, POISON));
            // No value of any format is an object with only these keys: each replacement is an
            // error, reported at the replaced value or inside it (a required field it lacks).
            expect(result.ok, path).toBe(false);
            if (result.ok) continue;
            expect(reasonProblems(result.reasons), path).toEqual([]);
            expect(result.reasons[0]!.path.startsWith(path), `${path}: ${result.reasons[0]!.path}`).toBe(true);
            expect(pollution(), path).toEqual([]);
          }
        });
      }

      it('a page that polluted Object.prototype itself: every sample parses and lays out exactly as on a clean page', () => {
        const proto = Object.prototype as Record<string, unknown>;
        // `optional` and `fallback` are what a rule reads to let a field be missing.
        const keys = ['status', 'currency', 'url', 'note', 'realized', 'subtitle', 'polluted', 'optional', 'fallback'];
        const values: unknown[] = [
          'bogus',
          'xx',
          'javascript:alert(1)',
          '<img src=x onerror=alert(1)>',
          -1,
          7,
          'y',
          true,
          [{ year: 1, amount: Number.NaN }],
        ];
        // What each sample comes to on a clean page: the parsed spec and the model's words.
        const outcome = (name: string) => {
          const result = widget.parse(sample(name));
          if (!result.ok) return `rejected: ${result.reasons.map((r) => r.message).join('; ')}`;
          const model = widget.layout(result.spec, 640, 'en');
          return JSON.stringify({
            spec: result.spec,
            summary: model.summary,
            table: model.table,
            legend: model.legend,
          });
        };
        const clean = widget.samples.map(outcome);
        keys.forEach((k, i) => (proto[k] = values[i]));
        let polluted: string[];
        try {
          polluted = widget.samples.map(outcome);
        } finally {
          for (const k of keys) delete proto[k];
        }
        // Own properties only: no inherited value is read, defaulted over or shown.
        expect(polluted).toEqual(clean);
        for (const text of polluted) expect(text).not.toMatch(/^rejected/);
        expect(pollution()).toEqual([]);
      });
    });
  }
});
