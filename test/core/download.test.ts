import { describe, expect, it } from 'vitest';
import { fileName, toCsv } from '../../src/core/export/download.js';

describe('fileName', () => {
  it('turns a title into a file name without accents or punctuation', () => {
    expect(fileName('Anggaran Kementerian Sosial 2015–2025')).toBe('anggaran-kementerian-sosial-2015-2025');
    expect(fileName('Opini BPK: "WTP" ½ à la carte')).toBe('opini-bpk-wtp-1-2-a-la-carte');
  });
  it('falls back to "capaian" when nothing is left', () => {
    expect(fileName('<<>>')).toBe('capaian');
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and starts with a BOM', () => {
    expect(toCsv([['a,b', 'say "hi"', 'x\ny', 3]])).toBe('\ufeff"a,b","say ""hi""","x\ny",3\r\n');
  });
  it('defuses spreadsheet formulas in text cells', () => {
    expect(toCsv([['=HYPERLINK("x")', -5]])).toBe('\ufeff"\'=HYPERLINK(""x"")",-5\r\n');
  });
});
