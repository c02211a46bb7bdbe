/**
 * A small schema library: rules a JSON document must follow, written as data and run by
 * one function. It replaces valibot, which cost 2.3 KB gzip of every widget's 22 KB
 * budget for the dozen checks we use. Because a rule is plain data, the build converts
 * the very rules the widgets parse with into JSON Schema (scripts/json-schemas.mjs).
 *
 * Every rule names what it expects in words a person can act on ("a period as
 * YYYY-MM"), and a failure records where (the keys down to the value), that wording,
 * and what came instead. Unknown object fields are dropped, so nothing but the fields a
 * widget knows (and never `__proto__`) reaches the output.
 */

export type Key = string | number;

/** One failure: the keys down to the value, what the rule expected, and the value. */
export interface Issue {
  keys: Key[];
  expected: string;
  input: unknown;
}

/**
 * One step of a rule, run in order after the type check. All but `map` are tests that
 * fail with their `expected` wording; `map` turns the value into the output (cleaned
 * text, a safe URL) for the steps after it and for the result.
 */
export type Step =
  /** A number's value, or a string's or list's length, is at least (`min`) or at most (`max`) `limit`. */
  | { readonly kind: 'min' | 'max'; readonly limit: number; readonly expected: string }
  /** A whole number. */
  | { readonly kind: 'integer'; readonly expected: string }
  /** A string that `pattern` matches. */
  | { readonly kind: 'pattern'; readonly pattern: RegExp; readonly expected: string }
  /** A value `test` returns true for: what the other steps, and JSON Schema, cannot say. */
  | { readonly kind: 'check'; readonly test: (value: never) => boolean; readonly expected: string }
  | { readonly kind: 'map'; readonly to: (value: never) => unknown };

/** The steps that can fail: all but `map`. */
type Test = Exclude<Step, { kind: 'map' }>;

/**
 * A rule whose output (what the widget gets: defaults filled, text cleaned, URLs made
 * safe) is `T`, and whose input (what a person writes in the document) is `In`.
 */
export interface Rule<T = unknown, In = T> {
  readonly type: 'string' | 'number' | 'enum' | 'array' | 'object';
  readonly expected: string;
  readonly steps: readonly Step[];
  /** `object`: the rule of each known field. */
  readonly entries?: Readonly<Record<string, Rule>>;
  /** `object`: the same as pairs, listed once rather than on every run. */
  readonly fields?: readonly (readonly [string, Rule])[];
  /** `array`: the rule of each item. */
  readonly item?: Rule;
  /** `enum`: the values allowed. */
  readonly options?: readonly unknown[];
  /** A missing field is fine; `fallback` (when set) takes its place. */
  readonly optional?: boolean;
  readonly fallback?: unknown;
  /** The output type; never set at run time. */
  readonly __output?: T;
  /** The input type; never set at run time. */
  readonly __input?: In;
}

/** What a rule gives the widget: a parsed spec's type. */
export type Output<R> = R extends Rule<infer T, unknown> ? T : never;
/** What a rule accepts: the type of the document a person writes (an optional field may be left out). */
export type Input<R> = R extends Rule<unknown, infer In> ? In : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ObjectOutput<E extends Record<string, Rule>> = Simplify<
  { [K in keyof E as undefined extends Output<E[K]> ? never : K]: Output<E[K]> } & {
    [K in keyof E as undefined extends Output<E[K]> ? K : never]?: Output<E[K]>;
  }
>;
type ObjectInput<E extends Record<string, Rule>> = Simplify<
  { [K in keyof E as undefined extends Input<E[K]> ? never : K]: Input<E[K]> } & {
    [K in keyof E as undefined extends Input<E[K]> ? K : never]?: Input<E[K]>;
  }
>;

/** No list takes more items; checked before any item is, so a million items fail fast. */
export const MAX_ITEMS = 50_000;
/** Issues kept per document: enough to fix it, few enough not to flood the console. */
const MAX_ISSUES = 20;

export const min = (limit: number, expected: string): Step => ({ kind: 'min', limit, expected });
export const max = (limit: number, expected: string): Step => ({ kind: 'max', limit, expected });
export const integer = (expected: string): Step => ({ kind: 'integer', expected });
export const regex = (pattern: RegExp, expected: string): Step => ({ kind: 'pattern', pattern, expected });
export const check = <T>(test: (value: T) => boolean, expected: string): Step => ({ kind: 'check', test, expected });
export const map = <T>(to: (value: T) => unknown): Step => ({ kind: 'map', to });

/** A string; the output type follows the last `map` step, if any. */
export const string = <T = string>(expected: string, ...steps: Step[]): Rule<NoInfer<T>, string> => ({
  type: 'string',
  expected,
  steps,
});

/** A finite number (never NaN or ±Infinity); `-0` becomes `0`, which `Intl` would write "-0". */
export const number = (expected: string, ...steps: Step[]): Rule<number> => ({ type: 'number', expected, steps });

export const picklist = <const V>(options: readonly V[], expected: string): Rule<V> => ({
  type: 'enum',
  expected,
  steps: [],
  options,
});

export const array = <T, In>(item: Rule<T, In>, expected: string, ...steps: Step[]): Rule<T[], In[]> => ({
  type: 'array',
  expected,
  steps,
  item,
});

export const object = <E extends Record<string, Rule>>(entries: E): Rule<ObjectOutput<E>, ObjectInput<E>> => ({
  type: 'object',
  expected: 'an object',
  steps: [],
  entries,
  fields: Object.entries(entries),
});

/** The same rule, for a field that may be missing; with a fallback, the output has it. */
export function optional<T, In>(rule: Rule<T, In>): Rule<T | undefined, In | undefined>;
export function optional<T, In>(rule: Rule<T, In>, fallback: T): Rule<T, In | undefined>;
export function optional<T, In>(rule: Rule<T, In>, fallback?: T): Rule<T | undefined, In | undefined> {
  return { ...rule, optional: true, fallback };
}

/** Records an issue. Not a closure in run(): that runs for every field of every item
 * (30,000 times for a 10,000-point series), and an allocation per call shows. */
function failure(issues: Issue[], keys: Key[], input: unknown, expected: string): never {
  if (issues.length < MAX_ISSUES) issues.push({ keys: keys.slice(), expected, input });
  return undefined as never;
}

/**
 * Whether the value has the rule's type, before any step runs. `type` is `rule.type`,
 * passed apart because run() has read it already: rules come in more shapes than the
 * engine caches a property's place for, so each read is a lookup, and a second one per
 * value cost about 4% of run() over a 20,000-point document.
 */
function isOfType(value: unknown, type: Rule['type'], rule: Rule): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      // NaN is a number to typeof but none a chart can draw. Infinities pass here and
      // are named apart, as "a finite number", by run().
      return typeof value === 'number' && !Number.isNaN(value);
    case 'enum':
      return rule.options!.includes(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}

/** Whether the value, already of its rule's type, passes one step that can fail. */
function stepHolds(step: Test, value: unknown): boolean {
  switch (step.kind) {
    // A number's value, or a string's or list's length: written out in each case, as a
    // shared case or a helper measured a little slower before the engine optimizes.
    case 'min':
      return (typeof value === 'number' ? value : (value as string | unknown[]).length) >= step.limit;
    case 'max':
      return (typeof value === 'number' ? value : (value as string | unknown[]).length) <= step.limit;
    case 'integer':
      return Number.isInteger(value);
    case 'pattern':
      return step.pattern.test(value as string);
    case 'check':
      return (step.test as (value: unknown) => boolean)(value);
  }
}

/**
 * Runs a rule over untrusted input. Failures are appended to `issues` (at most 20); the
 * output is only meaningful when none were added. `keys` is the path so far, used as a
 * stack and copied only when an issue is recorded.
 */
export function run<T>(rule: Rule<T, unknown>, input: unknown, issues: Issue[], keys: Key[] = []): T {
  let value = input;
  // Own properties only: a page that set Object.prototype.optional must not make a
  // required field optional (only optional() sets it, on its own copy of the rule).
  if (value === undefined)
    return Object.hasOwn(rule, 'optional')
      ? (rule.fallback as T)
      : failure(issues, keys, value, typeof keys[keys.length - 1] === 'string' ? 'a required field' : rule.expected);
  const { type } = rule;
  if (!isOfType(value, type, rule)) return failure(issues, keys, value, rule.expected);
  if (type === 'number' && !Number.isFinite(value)) return failure(issues, keys, value, 'a finite number');
  if (type === 'array' && (value as unknown[]).length > MAX_ITEMS)
    return failure(issues, keys, value, `at most ${MAX_ITEMS} items`);
  // Indexed loops and reads, no for…of or destructuring: this runs for every value of every
  // item (30,000 times for a 10,000-point series), mostly before the engine has optimized
  // it, and unoptimized code iterates and destructures through an iterator object.
  const { steps } = rule;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    if (step.kind === 'map') value = (step.to as (value: unknown) => unknown)(value);
    else if (!stepHolds(step, value)) return failure(issues, keys, value, step.expected);
  }
  if (type === 'number') return ((value as number) + 0) as T;
  if (type === 'array') {
    const out: unknown[] = [];
    const list = value as unknown[];
    for (let i = 0; i < list.length && issues.length < MAX_ISSUES; i++) {
      keys.push(i);
      out.push(run(rule.item!, list[i], issues, keys));
      keys.pop();
    }
    return out as T;
  }
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    const { fields } = rule;
    for (let f = 0; f < fields!.length; f++) {
      const key = fields![f]![0];
      const entry = fields![f]![1];
      keys.push(key);
      const result = run(
        entry,
        Object.hasOwn(value as object, key) ? (value as Record<string, unknown>)[key] : undefined,
        issues,
        keys,
      );
      keys.pop();
      // Every declared field becomes an own property, `undefined` when absent: code that
      // reads `point.note` must never find a value a page put on Object.prototype.
      out[key] = result;
    }
    return out as T;
  }
  return value as T;
}
