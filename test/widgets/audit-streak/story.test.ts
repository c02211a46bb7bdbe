import { describe, expect, it } from 'vitest';
import { parseAudit, type AuditSpec } from '../../../src/widgets/audit-streak/schema.js';
import { auditSummary, auditTable, gapBefore, runYears } from '../../../src/widgets/audit-streak/story.js';
import { streaks } from '../../../src/widgets/audit-streak/streak.js';
import { sample } from '../../helpers/samples.js';

const spec = (input: unknown) => {
  const result = parseAudit(input);
  if (!result.ok) throw new Error(result.reasons.map((r) => r.message).join('\n'));
  return result.spec;
};
const history = spec(sample('audit-streak.history'));
const seed = spec(sample('audit-streak.seed'));
const doc = (audits: [number, string][], extra: Partial<AuditSpec> = {}) =>
  spec({ title: 't', entity: 'Kemensos', audits: audits.map(([year, opinion]) => ({ year, opinion })), ...extra });

describe('auditSummary', () => {
  it('tells the history: current streak since when, longest, last opinion not unqualified, missing years', () => {
    expect(auditSummary(history, 'id')).toBe(
      'Kementerian Sosial memperoleh opini WTP 2 kali berturut-turut, dihitung sejak tahun anggaran 2021; ' +
        'tahun anggaran 2020 tanpa data. ' +
        'Rangkaian WTP terpanjang 4 kali (2016–2019). ' +
        'Opini terakhir yang bukan WTP: TMP (Tidak Menyatakan Pendapat) untuk tahun anggaran 2015.',
    );
  });
  it('counts a run after years without data since that gap, and lists only the other missing years apart', () => {
    const s = doc([
      [2014, 'WTP'],
      [2016, 'WTP'],
      [2019, 'WTP'],
      [2020, 'WTP'],
      [2021, 'WTP'],
    ]);
    expect(auditSummary(s, 'id')).toBe(
      'Kemensos memperoleh opini WTP 3 kali berturut-turut, dihitung sejak tahun anggaran 2019; ' +
        'tahun anggaran 2017–2018 tanpa data. Semua opini dalam data ini WTP atau WTP-DPP. Tidak ada data untuk 2015.',
    );
    const one = doc([
      [2020, 'WDP'],
      [2022, 'WTP'],
    ]);
    expect(auditSummary(one, 'en')).toContain(
      'Kemensos received an unqualified opinion for fiscal year 2022; there is no data for fiscal year 2021.',
    );
  });
  it('names the latest opinion that did not count, not the first, when there are several', () => {
    const summary = auditSummary(
      doc([
        [2013, 'TMP'],
        [2014, 'WTP'],
        [2015, 'WDP'],
        [2016, 'WTP'],
        [2017, 'WTP'],
      ]),
      'id',
    );
    expect(summary).toContain(
      'Opini terakhir yang bukan WTP: WDP (Wajar Dengan Pengecualian) untuk tahun anggaran 2015.',
    );
    expect(summary).not.toContain('2013');
  });
  it('tells the same in English', () => {
    expect(auditSummary(history, 'en')).toBe(
      'Kementerian Sosial has received 2 unqualified opinions in a row, counted since fiscal year 2021; ' +
        'there is no data for fiscal year 2020. ' +
        'The longest run of unqualified opinions was 4 (2016–2019). ' +
        'The last opinion that was not unqualified: TMP (disclaimer) for fiscal year 2015.',
    );
  });
  it('says when every opinion counts, and leaves out a longest run that is the current one', () => {
    expect(auditSummary(seed, 'id')).toBe(
      'Kementerian Sosial memperoleh opini WTP 3 kali berturut-turut, sejak tahun anggaran 2016. ' +
        'Semua opini dalam data ini WTP atau WTP-DPP.',
    );
    expect(auditSummary(seed, 'en')).toBe(
      'Kementerian Sosial has received 3 unqualified opinions in a row, since fiscal year 2016. ' +
        'Every opinion in this record is unqualified.',
    );
  });
  it('names the latest opinion when it does not count', () => {
    const s = doc([
      [2019, 'WTP'],
      [2020, 'WTP'],
      [2021, 'WDP'],
    ]);
    expect(auditSummary(s, 'id')).toBe(
      'Opini terakhir untuk Kemensos: WDP (Wajar Dengan Pengecualian), tahun anggaran 2021. ' +
        'Rangkaian WTP terpanjang 2 kali (2019–2020).',
    );
    expect(auditSummary(s, 'en')).toContain('The latest opinion for Kemensos: WDP (qualified), fiscal year 2021.');
  });
  it('reads right for a single year, without an entity, and for no audits', () => {
    expect(auditSummary(doc([[2022, 'WTP']], { entity: undefined }), 'id')).toBe(
      'Entitas ini memperoleh opini WTP untuk tahun anggaran 2022. Semua opini dalam data ini WTP atau WTP-DPP.',
    );
    expect(auditSummary(doc([[2022, 'WTP']]), 'en')).toContain(
      'Kemensos received an unqualified opinion for fiscal year 2022.',
    );
    expect(auditSummary(doc([]), 'id')).toBe('Belum ada data untuk ditampilkan.');
  });
});

describe('auditTable', () => {
  it('has a row for every fiscal year: year, code, full name, note; "tidak ada data" for a missing one', () => {
    const table = auditTable(history, 'id');
    expect(table.columns.map((c) => c.label)).toEqual(['Tahun', 'Opini', 'Nama lengkap', 'Catatan']);
    expect(table.rows.map((r) => r[0])).toEqual(['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022']);
    expect(table.rows[0]).toEqual(['2015', 'TMP', 'Tidak Menyatakan Pendapat', 'Pertanggungjawaban dana bansos']);
    expect(table.rows[5]).toEqual(['2020', 'tidak ada data', '', '']);
    expect(auditTable(history, 'en').rows[4]).toEqual([
      '2019',
      'WTP-DPP',
      'Unqualified, with explanatory paragraph',
      'WTP dengan paragraf penjelasan',
    ]);
  });
  it('leaves the note column out when no audit has a note', () => {
    const table = auditTable(seed, 'en');
    expect(table.columns.map((c) => c.label)).toEqual(['Year', 'Opinion', 'Full name']);
    expect(table.rows).toEqual([
      ['2016', 'WTP', 'Unqualified'],
      ['2017', 'WTP', 'Unqualified'],
      ['2018', 'WTP', 'Unqualified'],
    ]);
    expect(table.caption).toBe('Tiga kali berturut-turut WTP');
  });
});

describe('the words of a one-year run', () => {
  it('writes a run of one year as that year alone', () => {
    expect(runYears({ from: 2022, to: 2022, length: 1 })).toBe('2022');
    expect(runYears({ from: 2020, to: 2022, length: 3 })).toBe('2020–2022');
  });

  it('says a one-year run after a year without data is counted since the gap', () => {
    const gapped = doc([
      [2018, 'WTP'],
      [2020, 'WTP'],
    ]);
    expect(auditSummary(gapped, 'id')).toContain(
      'memperoleh opini WTP untuk tahun anggaran 2020; tahun anggaran 2019 tanpa data.',
    );
  });

  it('finds no gap before a current run when there is no current run', () => {
    const audits = doc([
      [2018, 'WTP'],
      [2020, 'WDP'],
    ]).audits;
    expect(gapBefore(audits, streaks(audits).current)).toEqual([]);
  });
});
