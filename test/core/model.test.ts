import { describe, expect, it } from 'vitest';
import { oncePerDocument } from '../../src/core/model.js';

describe('oncePerDocument', () => {
  it('makes the words of a document once per language, and again for another document', () => {
    let calls = 0;
    const tableOf = oncePerDocument((spec: { title: string }, lang: 'id' | 'en') => ({
      caption: `${spec.title} ${lang}`,
      n: ++calls,
    }));
    const spec = { title: 'Anggaran' };
    const first = tableOf(spec, 'id');
    expect(tableOf(spec, 'id')).toBe(first);
    expect(tableOf(spec, 'en')).toEqual({ caption: 'Anggaran en', n: 2 });
    expect(tableOf({ title: 'Anggaran' }, 'id')).toEqual({ caption: 'Anggaran id', n: 3 });
    expect(calls).toBe(3);
  });
});
