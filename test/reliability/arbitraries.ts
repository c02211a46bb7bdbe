import fc from 'fast-check';
import { cleanText } from '../../src/core/schema.js';
import { BROKEN_NUMBER_TEXT, everyPath, setAt } from './json.js';
import type { ReliabilityWidget } from './widgets.js';

/**
 * The seed of every property: a fresh one each run, so the suite keeps exploring; the
 * test names and fast-check's failure report print it, and `FC_SEED=…` replays a run.
 */
export const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : Math.floor(Math.random() * 2 ** 31);
/** `FC_RUNS=10` runs every property ten times as often (a soak run). */
export const RUN_FACTOR = Number(process.env.FC_RUNS ?? 1);

export const params = (numRuns: number): fc.Parameters<unknown> => ({
  seed: SEED,
  // On failure fast-check prints the seed, the path and the shrunk counterexample.
  numRuns: Math.round(numRuns * RUN_FACTOR),
});

/**
 * Documents shaped like a sample: each number a nearby or edge number, each string any
 * string, array items kept, dropped or repeated, optional fields kept or dropped. Many
 * are valid, so acceptance is exercised even for a widget without `validDocs`.
 */
export function likeSample(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value === 'number') {
    const near = Number.isInteger(value)
      ? fc.integer({ min: value - 3, max: value + 3 })
      : fc.double({ min: value / 4, max: value * 4, noNaN: true });
    return fc.oneof(
      { weight: 12, arbitrary: fc.constant(value) },
      { weight: 4, arbitrary: near },
      { weight: 1, arbitrary: fc.constantFrom(0, -0, -1, 0.5, 1e15, 1e21, 2 ** 53 + 2, -1e-300, Number.MAX_VALUE) },
    );
  }
  if (typeof value === 'string')
    return fc.oneof({ weight: 3, arbitrary: fc.constant(value) }, { weight: 1, arbitrary: fc.string() });
  if (Array.isArray(value)) {
    if (!value.length) return fc.constant([]);
    return fc
      .tuple(...value.map(likeSample))
      .chain((items) =>
        fc.oneof(fc.constant(items), fc.subarray(items), fc.shuffledSubarray(items), fc.constant([...items, ...items])),
      );
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    const n = entries.length;
    // Usually every field stays; one run in ten drops some, required ones included.
    return fc
      .tuple(
        fc.tuple(...entries.map(([, v]) => likeSample(v))),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        fc.nat(9),
      )
      .map(([values, keep, dice]) =>
        Object.fromEntries(entries.flatMap(([k], i) => (dice === 0 && !keep[i] ? [] : [[k, values[i]]]))),
      );
  }
  return fc.constant(value);
}

/** A document with one of its values (any object, array or leaf) replaced by any JSON. */
export function mutated(docs: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.tuple(docs, fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([doc, n, value]) => {
    const paths = everyPath(doc).filter((p) => p !== '$');
    const path = paths[n % Math.max(1, paths.length)];
    return path ? setAt(doc, path, value) : value;
  });
}

/** Objects whose keys include the prototype-reaching ones, as own keys. */
export function hostileObjects(): fc.Arbitrary<unknown> {
  const key = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'valueOf', 'title'),
    fc.constantFrom('points', 'series', 'audits', 'source', 'url', 'name', 'year', 'amount', 'value', 'period'),
    fc.string({ maxLength: 8 }),
  );
  return fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.jsonValue({ maxDepth: 1 }),
      tie('object'),
      fc.array(tie('node'), { maxLength: 4 }),
    ),
    object: fc
      .array(fc.tuple(key, tie('node')), { maxLength: 6 })
      .map((pairs) => JSON.parse(`{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`)),
  })).object;
}

/** Every JavaScript value a host could hand to the `data` property, not only JSON. */
export function anyValue(): fc.Arbitrary<unknown> {
  return fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
  });
}

/** Valid-shaped documents of a widget: its own arbitrary when it has one, and its samples reshaped. */
export function validShaped(widget: ReliabilityWidget, samples: unknown[]): fc.Arbitrary<unknown> {
  const fromSamples = fc.oneof(...samples.map(likeSample));
  return widget.validDocs
    ? fc.oneof({ weight: 3, arbitrary: widget.validDocs(fc) }, { weight: 1, arbitrary: fromSamples })
    : fromSamples;
}

/**
 * A minus, up to three letters and a zero, anywhere: a text wrapped or cut into lines
 * can put it on a line of its own ("… -A0 1…" gives a line "-A0"), where it reads as a
 * negative zero (NEGATIVE_ZERO_TEXT, json.ts) that the layout did not write.
 */
const MINUS_ZERO_ANYWHERE = /[-\u2212](\p{L}{1,3}\s?)?0/u;

/** A text that cannot itself look like a broken number, so the model's own words can be checked. */
export const neutral = (s: string) =>
  ![s, cleanText(s)].some((t) => BROKEN_NUMBER_TEXT.test(t) || MINUS_ZERO_ANYWHERE.test(t));
