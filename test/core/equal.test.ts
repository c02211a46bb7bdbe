import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../../src/core/equal.js';

const sample = (name: string): unknown => JSON.parse(readFileSync(`examples/data/${name}.json`, 'utf8'));

describe('jsonEqual', () => {
  it('compares scalars by value: strings, numbers, booleans and null', () => {
    expect(jsonEqual('a', 'a')).toBe(true);
    expect(jsonEqual(1.5, 1.5)).toBe(true);
    expect(jsonEqual(true, true)).toBe(true);
    expect(jsonEqual(null, null)).toBe(true);
    expect(jsonEqual('1', 1)).toBe(false);
    expect(jsonEqual(0, false)).toBe(false);
    expect(jsonEqual(null, undefined)).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual('', null)).toBe(false);
  });

  it('holds NaN equal to itself, so a fresh NaN is no change', () => {
    expect(jsonEqual({ value: NaN }, { value: NaN })).toBe(true);
  });

  it('compares objects by their own keys, in any order', () => {
    expect(jsonEqual({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true);
    expect(jsonEqual({}, {})).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(jsonEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(jsonEqual({ a: undefined }, { b: undefined })).toBe(false);
  });

  it('compares arrays item by item, in order', () => {
    expect(jsonEqual([1, [2, 3]], [1, [2, 3]])).toBe(true);
    expect(jsonEqual([], [])).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([1, 2], [1, 2, 3])).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual({ 0: 1 }, [1])).toBe(false);
    expect(jsonEqual({ length: 0 }, [])).toBe(false);
  });

  it('reads own keys only, never inherited ones', () => {
    const inherited = Object.create({ a: 1 }) as Record<string, unknown>;
    expect(jsonEqual(inherited, {})).toBe(true);
    expect(jsonEqual(inherited, { a: 1 })).toBe(false);
    expect(jsonEqual({ toString: 'x' }, { valueOf: 'x' })).toBe(false);
    // JSON.parse makes "__proto__" an own key like any other.
    const polluted = JSON.parse('{"__proto__": {"a": 1}}') as unknown;
    expect(jsonEqual(polluted, JSON.parse('{"__proto__": {"a": 1}}'))).toBe(true);
    expect(jsonEqual(polluted, {})).toBe(false);
    expect(jsonEqual({}, polluted)).toBe(false);
  });

  it('finds a widget document equal to a fresh copy of itself, and a one-value change', () => {
    const doc = sample('poverty-trend.bps-2015-2025');
    const copy = JSON.parse(JSON.stringify(doc)) as { series: { points: { value: number }[] }[] };
    expect(copy).not.toBe(doc);
    expect(jsonEqual(doc, copy)).toBe(true);
    copy.series[0]!.points[3]!.value += 0.01;
    expect(jsonEqual(doc, copy)).toBe(false);
  });

  it('does not recurse forever on cyclic objects: they count as different', () => {
    type Node = { name: string; self?: Node; other?: Node };
    const a: Node = { name: 'x' };
    const b: Node = { name: 'x' };
    a.self = a;
    a.other = a;
    b.self = b;
    b.other = b;
    expect(jsonEqual(a, b)).toBe(false);
    expect(jsonEqual(a, a)).toBe(true);
  });

  it('treats nesting up to 100 levels as JSON, deeper as different', () => {
    const nest = (depth: number): unknown => (depth === 0 ? 'leaf' : [nest(depth - 1)]);
    expect(jsonEqual(nest(100), nest(100))).toBe(true);
    expect(jsonEqual(nest(150), nest(150))).toBe(false);
  });

  it('compares an array at depth 100 (the outermost value is depth 0) and not one at depth 101', () => {
    const nest = (depth: number): unknown => (depth === 0 ? 'leaf' : [nest(depth - 1)]);
    // 101 arrays: the innermost at depth 100, its 'leaf' at 101 (equal by identity).
    expect(jsonEqual(nest(101), nest(101))).toBe(true);
    expect(jsonEqual(nest(102), nest(102))).toBe(false);
  });
});
