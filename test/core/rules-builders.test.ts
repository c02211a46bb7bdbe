import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { ruleToJsonSchema } from '../../scripts/json-schemas.mjs';
import * as v from '../../src/core/rules.js';

// The rule builders as a widget calls them, and the limits of run(). The widgets build
// their schemas once, at import; these tests build rules while they run, so a change to a
// builder shows here and not only in a schema built before it. (Written for mutants
// StrykerJS found surviving; see docs/mutation.md.)

function issuesOf(rule: v.Rule<unknown, unknown>, input: unknown): v.Issue[] {
  const issues: v.Issue[] = [];
  v.run(rule, input, issues);
  return issues;
}
const expectedOf = (rule: v.Rule<unknown, unknown>, input: unknown) => issuesOf(rule, input).map((i) => i.expected);

describe('rule builders', () => {
  it('name what each step expects when it fails', () => {
    expect(expectedOf(v.string('text', v.max(3, 'at most 3 characters')), 'abcd')).toEqual(['at most 3 characters']);
    expect(expectedOf(v.string('text', v.max(3, 'at most 3 characters')), 'abc')).toEqual([]);
    expect(expectedOf(v.number('a number', v.integer('a whole number')), 1.5)).toEqual(['a whole number']);
    expect(expectedOf(v.number('a number', v.integer('a whole number')), 2)).toEqual([]);
    const even = v.check((n: number) => n % 2 === 0, 'an even number');
    expect(expectedOf(v.number('a number', even), 3)).toEqual(['an even number']);
    expect(expectedOf(v.number('a number', even), 4)).toEqual([]);
  });

  it('accept a picklist value and name the choices otherwise', () => {
    const lang = v.picklist(['id', 'en'] as const, '"id" or "en"');
    expect(v.run(lang, 'en', [])).toBe('en');
    expect(expectedOf(lang, 'fr')).toEqual(['"id" or "en"']);
  });

  it('take neither null, a list nor a string for an object', () => {
    const loose = v.object({ a: v.optional(v.number('a number')) });
    expect(expectedOf(loose, {})).toEqual([]);
    expect(expectedOf(loose, null)).toEqual(['an object']);
    expect(expectedOf(loose, [])).toEqual(['an object']);
    expect(expectedOf(loose, 'abc')).toEqual(['an object']);
  });

  it('leave an optional field out of JSON Schema’s required list', () => {
    const schema = ruleToJsonSchema(v.object({ a: v.number('a number'), b: v.optional(v.number('a number')) }));
    expect(schema.required).toEqual(['a']);
  });
});

describe('run: the item limit', () => {
  it('takes a list of exactly 50,000 items, and counts only lists', () => {
    expect(issuesOf(v.array(v.number('a number'), 'a list'), new Array(v.MAX_ITEMS).fill(1))).toEqual([]);
    expect(issuesOf(v.string('text'), 'x'.repeat(v.MAX_ITEMS + 1))).toEqual([]);
  });
});
