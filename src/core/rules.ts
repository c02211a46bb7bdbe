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
 * One step of a rule, run in order after the type check: `max`/`min` bound a number's
 * value or a string's or list's length, `int` wants a whole number, `re` a match,
 * `check` a predicate; `map` turns the value into the output (cleaned text, a safe URL).
 */
export type Step =
  | readonly ['min' | 'max', number, string]
  | readonly ['int', 0, string]
  | readonly ['re', RegExp, string]
  | readonly ['check', (value: never) => boolean, string]
  | readonly ['map', (value: never) => unknown, ''];

export interface Rule<T = unknown> {
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
}

export type Output<R> = R extends Rule<infer T> ? T : never;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type ObjectOutput<E extends Record<string, Rule>> = Simplify<
  { [K in keyof E as undefined extends Output<E[K]> ? never : K]: Output<E[K]> } & {
    [K in keyof E as undefined extends Output<E[K]> ? K : never]?: Output<E[K]>;
  }
>;

/** No list takes more items; checked before any item is, so a million items fail fast. */
export const MAX_ITEMS = 50_000;
/** Issues kept per document: enough to fix it, few enough not to flood the console. */
const MAX_ISSUES = 20;

export const min = (limit: number, expected: string): Step => ['min', limit, expected];
export const max = (limit: number, expected: string): Step => ['max', limit, expected];
export const integer = (expected: string): Step => ['int', 0, expected];
export const regex = (pattern: RegExp, expected: string): Step => ['re', pattern, expected];
export const check = <T>(test: (value: T) => boolean, expected: string): Step => ['check', test, expected];
export const map = <T>(to: (value: T) => unknown): Step => ['map', to, ''];

/** A string; the output type follows the last `map` step, if any. */
export const string = <T = string>(expected: string, ...steps: Step[]): Rule<NoInfer<T>> => ({
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

export const array = <T>(item: Rule<T>, expected: string, ...steps: Step[]): Rule<T[]> => ({
  type: 'array',
  expected,
  steps,
  item,
});

export const object = <E extends Record<string, Rule>>(entries: E): Rule<ObjectOutput<E>> => ({
  type: 'object',
  expected: 'an object',
  steps: [],
  entries,
  fields: Object.entries(entries),
});

/** The same rule, for a field that may be missing; with a fallback, the output has it. */
export function optional<T>(rule: Rule<T>): Rule<T | undefined>;
export function optional<T>(rule: Rule<T>, fallback: T): Rule<T>;
export function optional<T>(rule: Rule<T>, fallback?: T): Rule<T | undefined> {
  return { ...rule, optional: true, fallback };
}

/** Records an issue. Not a closure in run(): that runs for every field of every item
 * (30,000 times for a 10,000-point series), and an allocation per call shows. */
function failure(issues: Issue[], keys: Key[], input: unknown, expected: string): never {
  if (issues.length < MAX_ISSUES) issues.push({ keys: keys.slice(), expected, input });
  return undefined as never;
}

/**
 * Runs a rule over untrusted input. Failures are appended to `issues` (at most 20); the
 * output is only meaningful when none were added. `keys` is the path so far, used as a
 * stack and copied only when an issue is recorded.
 */
export function run<T>(rule: Rule<T>, input: unknown, issues: Issue[], keys: Key[] = []): T {
  let value = input;
  // Own properties only: a page that set Object.prototype.optional must not make a
  // required field optional (only optional() sets it, on its own copy of the rule).
  if (value === undefined)
    return Object.hasOwn(rule, 'optional')
      ? (rule.fallback as T)
      : failure(issues, keys, value, typeof keys[keys.length - 1] === 'string' ? 'a required field' : rule.expected);
  const { type } = rule;
  if (
    type === 'string'
      ? typeof value !== 'string'
      : type === 'number'
        ? typeof value !== 'number' || value !== value
        : type === 'enum'
          ? !rule.options!.includes(value)
          : type === 'array'
            ? !Array.isArray(value)
            : !value || typeof value !== 'object' || Array.isArray(value)
  )
    return failure(issues, keys, value, rule.expected);
  if (type === 'number' && !Number.isFinite(value)) return failure(issues, keys, value, 'a finite number');
  if (type === 'array' && (value as unknown[]).length > MAX_ITEMS)
    return failure(issues, keys, value, `at most ${MAX_ITEMS} items`);
  // Indexed loops and reads, no for…of or destructuring: this runs for every value of every
  // item (30,000 times for a 10,000-point series), mostly before the engine has optimized
  // it, and unoptimized code iterates and destructures through an iterator object.
  const { steps } = rule;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s]!;
    const op = step[0];
    const arg = step[1];
    if (op === 'map') {
      value = (arg as (v: unknown) => unknown)(value);
      continue;
    }
    const size = typeof value === 'number' ? value : (value as string | unknown[]).length;
    const ok =
      op === 'max'
        ? size <= (arg as number)
        : op === 'min'
          ? size >= (arg as number)
          : op === 'int'
            ? Number.isInteger(value)
            : op === 're'
              ? (arg as RegExp).test(value as string)
              : (arg as (v: unknown) => boolean)(value);
    if (!ok) return failure(issues, keys, value, step[2]);
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
      if (result !== undefined) out[key] = result;
    }
    return out as T;
  }
  return value as T;
}
