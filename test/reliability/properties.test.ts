import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/format.js';
import { sample } from '../helpers/samples.js';
import { anyValue, hostileObjects, mutated, neutral, params, SEED, validShaped } from './arbitraries.js';
import { LAYOUT_BUDGET_MS, layoutProblems, reasonProblems, TIMEOUT } from './checks.js';
import { stringsIn } from './json.js';
import { widgets, type ReliabilityWidget } from './widgets.js';

/**
 * Parses and lays out; returns every property that does not hold, time aside (see the
 * layout property below), and the layout's time.
 */
function documentProblems(
  widget: ReliabilityWidget,
  doc: unknown,
  width: number,
  lang: Lang,
): { problems: string[]; took: number } | 'rejected' {
  const result = widget.parse(doc);
  if (!result.ok) {
    const problems = reasonProblems(result.reasons);
    return problems.length ? { problems, took: 0 } : 'rejected';
  }
  // The document's own words may say anything; the model's words about numbers may not.
  const checkWords = stringsIn(doc).every(([, s]) => neutral(s));
  const started = performance.now();
  const problems = layoutProblems(widget, result.spec, width, lang, checkWords, Infinity);
  return { problems, took: performance.now() - started };
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
        // Time is checked after the property, on the slowest document: inside it, a layout
        // slowed by a busy machine would fail at random, and fast-check would then shrink a
        // 20,000-point document for many minutes in search of a failure that is not there.
        let slowest = { took: 0, again: () => 0, what: '' };
        fc.assert(
          fc.property(fc.oneof({ weight: 3, arbitrary: shaped }, mutated(shaped)), width, lang, (doc, w, l) => {
            runs++;
            const outcome = documentProblems(widget, doc, w, l);
            if (outcome === 'rejected') return;
            accepted++;
            expect(outcome.problems).toEqual([]);
            if (outcome.took > slowest.took)
              slowest = {
                took: outcome.took,
                again: () => {
                  const again = documentProblems(widget, doc, w, l);
                  return again === 'rejected' ? 0 : again.took;
                },
                what: `${JSON.stringify(doc).length} characters of JSON at ${w}px in ${l}`,
              };
          }),
          params(500),
        );
        // Most generated documents must be valid, or this property would test little.
        expect(accepted / runs).toBeGreaterThan(0.5);
        // A hang guard, run again once when over (a cold start or a busy neighbour is not a hang).
        const took = slowest.took > LAYOUT_BUDGET_MS ? slowest.again() : slowest.took;
        expect(took, `the slowest layout: ${slowest.what}`).toBeLessThanOrEqual(LAYOUT_BUDGET_MS);
      });
    });
  }
});
