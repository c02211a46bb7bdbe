import type { Lang } from '../../src/core/format.js';
import type { AccessModel } from '../../src/core/model.js';
import type { Reason } from '../../src/core/schema.js';
import { nonFinite } from '../helpers/model.js';
import { BROKEN_NUMBER_TEXT, NEGATIVE_ZERO_TEXT, stringsIn } from './json.js';
import type { NumberSeries, ReliabilityWidget } from './widgets.js';

/** Per-test time limit of the Node suites: seconds normally, minutes on a machine shared with others. */
export const TIMEOUT = 120_000;

/**
 * A hang guard, not a benchmark (speed is `npm run bench`'s): the slowest layout seen
 * here takes a few ms, and a hang takes seconds. 200 ms failed once on this 2-core
 * machine while other suites ran beside it. `npm run mutation` sets LAYOUT_BUDGET_MS=10000:
 * under Stryker's instrumentation a 200-character annotation at 4000 px took 1099 ms
 * twice, which would count every mutant those tests cover as killed (Stryker's own
 * timeout catches a mutant that hangs).
 */
// In the browser tests, which import this module too, there is no `process`: the default.
const configured = typeof process === 'undefined' ? undefined : process.env.LAYOUT_BUDGET_MS;
export const LAYOUT_BUDGET_MS = Number(configured ?? 1000);
/** Other hang guards scale with it: 1 in `npm test`, 10 under `npm run mutation`'s instrumented code. */
export const HANG_GUARD_SCALE = LAYOUT_BUDGET_MS / 1000;

/** Milliseconds `fn` takes, run again once when over the budget (a cold start is not a hang). */
export function slowest(fn: () => unknown, budget = LAYOUT_BUDGET_MS): number {
  const time = () => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  };
  const first = time();
  return first > budget ? time() : first;
}

/** What is wrong with a list of reasons, if anything: each must be a bounded, readable line. */
export function reasonProblems(reasons: Reason[]): string[] {
  if (!reasons.length || reasons.length > 20) return [`${reasons.length} reasons`];
  return reasons.flatMap((r) =>
    typeof r.path === 'string' &&
    /^(\$|src)/.test(r.path) &&
    typeof r.expected === 'string' &&
    typeof r.received === 'string' &&
    r.message === `${r.path}: expected ${r.expected}, got ${r.received}` &&
    r.message.length < 400
      ? []
      : [`unreadable reason: ${JSON.stringify(r)}`],
  );
}

/**
 * Lays a spec out and reports every promise it breaks: a number that is not finite, a
 * layout over the time budget, exponent/NaN/∞/"-0" text (unless `ownWords` says the
 * document's own text may carry such strings), or an axis without 2–11 distinct ticks.
 */
export function layoutProblems(
  widget: ReliabilityWidget,
  spec: unknown,
  width: number,
  lang: Lang,
  checkWords = true,
  budget = LAYOUT_BUDGET_MS,
): string[] {
  const timed = () => {
    const started = performance.now();
    const model: AccessModel = widget.layout(spec, width, lang);
    return { model, took: performance.now() - started };
  };
  let { model, took } = timed();
  // A first call pays for cold Intl formats and the JIT, a busy machine for its neighbours:
  // only a second slow run is a hang.
  if (took > budget) ({ model, took } = timed());
  const problems = [...nonFinite(model)];
  if (took > budget) problems.push(`layout took ${took.toFixed(0)} ms`);
  if (checkWords)
    for (const [path, s] of stringsIn(model))
      if (BROKEN_NUMBER_TEXT.test(s) || NEGATIVE_ZERO_TEXT.test(s)) problems.push(`${path} = ${JSON.stringify(s)}`);
  const ticks = widget.ticks?.(model);
  if (ticks && !model.empty) {
    const labels = ticks.map((t) => t.label.replace(/[\u00a0\u202f]/g, ' '));
    if (ticks.length < 2 || ticks.length > 11) problems.push(`${ticks.length} ticks`);
    if (new Set(labels).size < labels.length) problems.push(`repeated tick labels ${labels.join(' | ')}`);
    if (ticks.some((t, i) => i > 0 && !(t.value > ticks[i - 1]!.value))) problems.push('ticks out of order');
  }
  return problems.map((p) => `${width}px ${lang}: ${p}`);
}

const ulp = (x: number) => x * Number.EPSILON || Number.MIN_VALUE;

/**
 * Odd rows of numbers (the list): each must give a readable chart when the
 * format allows it (see `allowed`), and a clean error naming the value when not.
 */
export function numberCases(n: NumberSeries): [string, number[]][] {
  const big = 2 ** 53 + 2;
  return [
    ['zero everywhere', [0, 0, 0]],
    ['-0 (JSON allows it)', [-0, 0, 5]],
    ['1e15', [1e15, 2e15, 1.5e15]],
    ['Number.MAX_SAFE_INTEGER + 2', [big, Number.MAX_SAFE_INTEGER, big + 2]],
    ['values one ulp apart', [1, 1 + ulp(1), 1]],
    ['large values one ulp apart', [n.max / 2, n.max / 2 + ulp(n.max / 2) * 2]],
    ['all equal', Array.from({ length: 12 }, () => n.max * 0.075)],
    ['one point', [n.max * 0.42]],
    ['the smallest double', [Number.MIN_VALUE, n.max]],
    ['fractions of a unit', [0.001, 0.002, 0.003]],
    ['the cap itself', [n.max, n.min]],
    ['a spread from the floor to the cap', [n.min, n.max / 2, n.max]],
    ['500 categories', Array.from({ length: 500 }, (_, i) => (i * n.max) / 500)],
    ['the most points allowed', Array.from({ length: n.maxItems }, (_, i) => (i * n.max) / n.maxItems)],
  ];
}

/** Whether the format accepts a row: every value in range, not too many. */
export function allowed(n: NumberSeries, values: readonly number[]): boolean {
  return values.length <= n.maxItems && values.every((v) => v >= n.min && v <= n.max);
}

/** Rows no format accepts: [name, values, index of the value a reason names, or -1 for the cap]. */
export function invalidNumberCases(n: NumberSeries): [string, number[], number][] {
  return [
    ...(n.min >= 0 ? [['a negative value', [5, -1], 1] as [string, number[], number]] : []),
    ['1e21', [1, 1e21], 1],
    ['NaN', [1, NaN], 1],
    ['Infinity', [1, Infinity], 1],
    ['-Infinity', [1, -Infinity], 1],
    [`one point over the cap (${n.maxItems + 1})`, Array.from({ length: n.maxItems + 1 }, (_, i) => i % 2), -1],
  ];
}
