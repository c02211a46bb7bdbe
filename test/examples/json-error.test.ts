import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonError, lineColumn, positionFromMessage } from '../../examples/json-error.js';

const at = (text: string) => {
  const error = findJsonError(text);
  return error && { line: error.line, column: error.column, message: error.message };
};

describe('findJsonError', () => {
  it('points at a trailing comma, by line and column', () => {
    const text = '{\n  "title": "Anggaran",\n  "points": [],\n}';
    expect(at(text)).toEqual({ line: 3, column: 15, message: 'koma berlebih sebelum "}": hapus koma terakhir' });
    expect(at('[1, 2,\n]')).toMatchObject({ line: 1, column: 6, message: expect.stringContaining('"]"') });
  });

  it('names the usual mistakes of a document typed by hand', () => {
    expect(at("{'title': 1}")?.message).toContain('kutip tunggal');
    expect(at('{"a": 1 "b": 2}')).toMatchObject({ column: 9, message: expect.stringContaining('koma terlewat') });
    expect(at('{"a" 1}')?.message).toContain('titik dua');
    expect(at('{"a": "x\ny"}')?.message).toContain('baris baru');
    expect(at('{"a": 1.}')?.message).toContain('angka tidak sah');
    expect(at('{"a": 1} x')?.message).toContain('setelah akhir dokumen');
    expect(at('{"a": [1, 2}')?.message).toContain('"]"');
    expect(at('{"a": 1 // pagu\n}')?.message).toContain('komentar');
    expect(at('{"a": "b')).toMatchObject({ column: 7, message: expect.stringContaining('tidak ditutup') });
    expect(at('{"a": ')?.message).toContain('berakhir');
    expect(at('  ')?.message).toContain('kosong');
    expect(at('\uFEFF{}')?.message).toContain('BOM');
  });

  it('counts lines across LF, CR LF and CR', () => {
    expect(lineColumn('a\r\nb\rc\nde', 8)).toEqual({ line: 4, column: 2 });
  });

  it('finds an error exactly when JSON.parse throws', () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        char: fc.constantFrom(',', '}', ']', '"', "'", ':', '\n', '\\', '0', '.', '-', 'e', ' ', 'x', '\u0001'),
      }),
    );
    fc.assert(
      fc.property(fc.json(), fc.array(edit, { maxLength: 3 }), (json, edits) => {
        let text = json;
        for (const e of edits) {
          const i = text.length ? e.at % (text.length + 1) : 0;
          text = e.kind === 'delete' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + e.char + text.slice(i);
        }
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('positionFromMessage', () => {
  it("reads V8's and Firefox's wording", () => {
    expect(positionFromMessage('{\n,}', 'Unexpected token , in JSON at position 2')).toEqual({ line: 2, column: 1 });
    expect(positionFromMessage('', 'JSON.parse: bad at line 4 column 7 of the JSON data')).toEqual({
      line: 4,
      column: 7,
    });
    expect(positionFromMessage('', 'JSON Parse error')).toBeUndefined();
  });
});
