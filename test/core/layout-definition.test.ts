import { describe, expect, it } from 'vitest';
import { variantOf, type AnyLayoutDefinition } from '../../src/core/layout-definition.js';

const widget = (variants: string[]) => ({ variants }) as unknown as AnyLayoutDefinition;

describe('variantOf', () => {
  it('lays out the variant asked for when the widget has it', () => {
    expect(variantOf(widget(['wide', 'badge']), 'badge')).toBe('badge');
  });
  it('lays out the first variant when the one asked for is unknown, or none is asked for', () => {
    for (const asked of ['tall', '', null, undefined]) expect(variantOf(widget(['wide', 'badge']), asked)).toBe('wide');
  });
  it('is "default" for a widget without variants', () => {
    expect(variantOf(widget([]), 'wide')).toBe('default');
    expect(variantOf(widget([]), null)).toBe('default');
  });
});
