import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/format.js';
import { sample } from '../helpers/samples.js';
import { anyValue, hostileObjects, mutated, neutral, params, SEED, validShaped } from './arbitraries.js';
import { layoutProblems, reasonProblems, TIMEOUT } from './checks.js';
import { stringsIn } from './json.js';
import { widgets, type ReliabilityWidget } from './widgets.js';

/** Parses and lays out; returns every property that does not hold. */
function documentProblems(widget: ReliabilityWidget, doc: unknown, width: number, lang: Lang): string[] | 'rejected' {
  const result = widget.parse(doc);
  if (!result.ok) {
    const problems = reasonProblems(result.reasons);
    return problems.length ? problems : 'rejected';
  }
  // The document's own words may say anything; the model's words about numbers may not.
  const checkWords = stringsIn(doc).every(([, s]) => neutral(s));
  return layoutProblems(widget, result.spec, width, lang, checkWords);
}

const width = fc.oneof(fc.integer({ min: 1, max: 4000 }), fc.constantFrom(200, 320, 640, 1200));
const lang = fc.constantFrom<Lang>('id', 'en');

describe(`parse and layout hold for any input (fast-check, seed ${SEED})`, { timeout: TIMEOUT }, () => {
  for (const widget of widgets) {
    const samples = widget.samples.map(sample);
    const shaped = validShaped(widget, samples);

    describe(widget.name, () => {
      it('parse never throws: any JSON value either parses or gives readable reasons', () => {
        const input = fc.oneof(fc.jsonValue(), hostileObjects(), mutated(shaped));
        fc.assert(
          fc.property(input, (doc) => {
            const result = widget.parse(doc);
            expect(result.ok ? [] : reasonProblems(result.reasons)).toEqual([]);
          }),
          params(700),
        );
      });

      it('parse never throws on any JavaScript value handed to the data property', () => {
        fc.assert(
          fc.property(anyValue(), (value) => {
            const result = widget.parse(value);
            expect(result.ok ? [] : reasonProblems(result.reasons)).toEqual([]);
          }),
          params(300),
        );
      });

      it('parse survives getters that throw and proxies that lie', () => {
        const trap = new Proxy(
          {},
          {
            get: () => {
              throw new Error('trap');
            },
            has: () => true,
            ownKeys: () => ['title', 'points'],
          },
        );
        const getter = Object.defineProperty({ title: 't' }, 'points', {
          enumerable: true,
          get: () => {
            throw new Error('getter');
          },
        });
        for (const value of [trap, getter, Object.create(null), new Proxy([], {})]) {
          const result = widget.parse(value);
          expect(result.ok ? [] : reasonProblems(result.reasons)).toEqual([]);
        }
      });

      const validDocs = widget.validDocs?.(fc);
      if (validDocs) {
        it('accepts every document its format allows', () => {
          fc.assert(
            fc.property(validDocs, (doc) => {
              const result = widget.parse(doc);
              expect(result.ok ? [] : result.reasons.map((r) => r.message)).toEqual([]);
            }),
            params(500),
          );
        });
      }

      it('lays out every accepted document: finite numbers, readable words, bounded time', () => {
        let accepted = 0;
        let runs = 0;
        fc.assert(
          fc.property(fc.oneof({ weight: 3, arbitrary: shaped }, mutated(shaped)), width, lang, (doc, w, l) => {
            runs++;
            const problems = documentProblems(widget, doc, w, l);
            if (problems === 'rejected') return;
            accepted++;
            expect(problems).toEqual([]);
          }),
          params(500),
        );
        // Most generated documents must be valid, or this property would test little.
        expect(accepted / runs).toBeGreaterThan(0.5);
      });
    });
  }
});
