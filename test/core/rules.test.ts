import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript build script without types
import { ruleToJsonSchema } from '../../scripts/json-schemas.mjs';
import * as v from '../../src/core/rules.js';

function runRule<T>(rule: v.Rule<T, unknown>, input: unknown) {
  const issues: v.Issue[] = [];
  const output = v.run(rule, input, issues);
  return { output, issues };
}

const point = v.object({
  year: v.number('a year', v.integer('an integer year'), v.min(1800, 'from 1800')),
  label: v.optional(v.string('text', v.max(5, 'at most 5 characters'))),
  status: v.optional(v.picklist(['final', 'planned'], '"final" or "planned"'), 'final'),
});
const doc = v.object({ points: v.array(point, 'a list of points', v.max(3, 'at most 3 points')) });

describe('run: a valid document', () => {
  it('comes out with the known fields only: unknown ones dropped, fallbacks filled in, optional ones own and undefined', () => {
    const { output, issues } = runRule(doc, { points: [{ year: 2015, extra: 1 }], other: true });
    expect(issues).toEqual([]);
    expect(output).toEqual({ points: [{ year: 2015, status: 'final' }] });
    // Own properties, so a read of an absent optional field never reaches Object.prototype.
    expect(Object.keys(output.points[0]!)).toEqual(Object.keys(point.entries!));
    expect(Object.keys(output.points[0]!)).not.toContain('extra');
  });
  it('turns -0 into 0, which Intl would otherwise write as "-0"', () => {
    expect(Object.is(runRule(v.number('n'), -0).output, 0)).toBe(true);
  });
  it('runs steps in order, so a bound after a map sees the mapped value', () => {
    const name = v.string(
      'text',
      v.map((s: string) => s.trim()),
      v.min(1, 'a name'),
    );
    expect(runRule(name, '   ').issues).toMatchObject([{ expected: 'a name', input: '' }]);
    expect(runRule(name, ' a ').output).toBe('a');
  });
  it('reads own fields only: a polluted Object.prototype does not fill a missing field', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.label = 'xx';
    try {
      expect(runRule(point, { year: 2015 }).output).toEqual({ year: 2015, status: 'final' });
    } finally {
      delete proto.label;
    }
  });
  it('keeps a required field required when a page polluted Object.prototype.optional and .fallback', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.optional = true;
    proto.fallback = [{ year: 1, amount: NaN }];
    try {
      expect(runRule(doc, {}).issues).toMatchObject([{ keys: ['points'], expected: 'a required field' }]);
    } finally {
      delete proto.optional;
      delete proto.fallback;
    }
  });
  it('never copies __proto__ or constructor keys into the output', () => {
    const input = JSON.parse('{"year": 2015, "__proto__": {"polluted": 1}, "constructor": {"x": 1}}');
    const { output } = runRule(point, input);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('run: a rejected document', () => {
  it('records the keys down to the value, the expectation in words and the value', () => {
    const { issues } = runRule(doc, { points: [{ year: 2015 }, { year: 1700 }] });
    expect(issues).toEqual([{ keys: ['points', 1, 'year'], expected: 'from 1800', input: 1700 }]);
  });
  it('names a missing required field as such, and a wrong type by the rule wording', () => {
    expect(runRule(doc, {}).issues).toMatchObject([{ keys: ['points'], expected: 'a required field' }]);
    expect(runRule(doc, { points: {} }).issues).toMatchObject([{ expected: 'a list of points' }]);
    expect(runRule(doc, null).issues).toMatchObject([{ keys: [], expected: 'an object', input: null }]);
    expect(runRule(doc, []).issues).toMatchObject([{ expected: 'an object' }]);
  });
  it('rejects NaN and infinities as numbers, and strings that look like numbers', () => {
    expect(runRule(v.number('a number'), NaN).issues[0]!.expected).toBe('a number');
    expect(runRule(v.number('a number'), Infinity).issues[0]!.expected).toBe('a finite number');
    expect(runRule(v.number('a number'), '9,41').issues[0]!.expected).toBe('a number');
  });
  it('takes null for a missing optional field: null is a value, and the wrong one', () => {
    expect(runRule(point, { year: 2015, label: null }).issues).toMatchObject([{ keys: ['label'], expected: 'text' }]);
  });
  it('checks a list length before its items, so an over-long list costs one issue', () => {
    const points = Array.from({ length: 10 }, () => ({ year: 'x' }));
    expect(runRule(doc, { points }).issues).toEqual([
      { keys: ['points'], expected: 'at most 3 points', input: points },
    ]);
  });
  it('rejects any list over 50,000 items whatever the rule allows', () => {
    const list = new Array(v.MAX_ITEMS + 1).fill(1);
    expect(runRule(v.array(v.number('n'), 'numbers'), list).issues[0]!.expected).toBe('at most 50000 items');
  });
  it('stops after 20 issues however many items are wrong', () => {
    const many = v.array(v.number('a number'), 'numbers');
    expect(runRule(many, new Array(1000).fill('x')).issues).toHaveLength(20);
  });
  it('stops at the first failing step of a value', () => {
    const rule = v.number('n', v.integer('an integer'), v.min(10, 'from 10'));
    expect(runRule(rule, 2.5).issues.map((i) => i.expected)).toEqual(['an integer']);
  });
  it('a sparse list item is named by the item rule, not as a missing field', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(runRule(doc, { points: [, { year: 2015 }] }).issues).toMatchObject([
      { keys: ['points', 0], expected: 'an object' },
    ]);
  });
});

describe('ruleToJsonSchema', () => {
  it('writes types, bounds, integers, enums, defaults and required fields', () => {
    expect(ruleToJsonSchema(doc)).toEqual({
      type: 'object',
      properties: {
        points: {
          type: 'array',
          maxItems: 3,
          description: 'a list of points',
          items: {
            type: 'object',
            required: ['year'],
            properties: {
              year: { type: 'integer', minimum: 1800, description: 'a year' },
              label: { type: 'string', maxLength: 5 },
              status: {
                enum: ['final', 'planned'],
                type: 'string',
                default: 'final',
                description: '"final" or "planned"',
              },
            },
          },
        },
      },
      required: ['points'],
    });
  });
  it('keeps every pattern: the first as pattern, the others under allOf', () => {
    const rule = v.string('a period', v.regex(/^\d{4}-\d\d$/, 'YYYY-MM'), v.regex(/-(0[1-9]|1[0-2])$/, 'a month'));
    expect(ruleToJsonSchema(rule)).toMatchObject({
      pattern: '^\\d{4}-\\d\\d$',
      allOf: [{ pattern: '-(0[1-9]|1[0-2])$' }],
    });
  });
  it('leaves checks and maps, which JSON Schema cannot say, to the parser', () => {
    const rule = v.string(
      'a date',
      v.check(() => false, 'a real date'),
      v.map(String),
    );
    expect(ruleToJsonSchema(rule)).toEqual({ type: 'string', description: 'a date' });
  });
});
