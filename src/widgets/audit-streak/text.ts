import type { Lang } from '../../core/format.js';
import type { Opinion } from './schema.js';

/** The opinion codes' full names, as BPK writes them and in English. */
export const opinionNames: Record<Lang, Record<Opinion, string>> = {
  id: {
    WTP: 'Wajar Tanpa Pengecualian',
    'WTP-DPP': 'WTP dengan Paragraf Penjelasan',
    WDP: 'Wajar Dengan Pengecualian',
    TW: 'Tidak Wajar',
    TMP: 'Tidak Menyatakan Pendapat',
  },
  en: {
    WTP: 'Unqualified',
    'WTP-DPP': 'Unqualified, with explanatory paragraph',
    WDP: 'Qualified',
    TW: 'Adverse',
    TMP: 'Disclaimer',
  },
};

/** Words of the headline, legend, summary and table. `n` is a streak length. */
export const auditText = {
  id: {
    big: (n: number) => `${n}×`,
    streak: (n: number) => (n > 1 ? 'WTP berturut-turut' : 'WTP'),
    notNow: 'Opini terakhir bukan WTP',
    longest: (n: number, years: string) => `Terpanjang ${n}× (${years})`,
    current: 'Rangkaian WTP saat ini',
    subject: 'Entitas ini',
    gotStreak: (who: string, n: number, since: number) =>
      n > 1
        ? `${who} memperoleh opini WTP ${n} kali berturut-turut, sejak tahun anggaran ${since}.`
        : `${who} memperoleh opini WTP untuk tahun anggaran ${since}.`,
    /** The run counted since a year without data: "…, sejak tahun anggaran 2021; tahun anggaran 2020 tanpa data." */
    gotStreakAfterGap: (who: string, n: number, since: number, gap: string) =>
      n > 1
        ? `${who} memperoleh opini WTP ${n} kali berturut-turut, dihitung sejak tahun anggaran ${since}; tahun anggaran ${gap} tanpa data.`
        : `${who} memperoleh opini WTP untuk tahun anggaran ${since}; tahun anggaran ${gap} tanpa data.`,
    sinceGap: (since: number, gap: string) => `Sejak TA ${since}; TA ${gap} tanpa data`,
    latest: (who: string, opinion: string, year: number) =>
      `Opini terakhir untuk ${who}: ${opinion}, tahun anggaran ${year}.`,
    longestRun: (n: number, years: string) => `Rangkaian WTP terpanjang ${n} kali (${years}).`,
    lastBreak: (opinion: string, year: number) =>
      `Opini terakhir yang bukan WTP: ${opinion} untuk tahun anggaran ${year}.`,
    allCount: 'Semua opini dalam data ini WTP atau WTP-DPP.',
    noDataFor: 'Tidak ada data untuk',
    year: 'Tahun',
    opinion: 'Opini',
    name: 'Nama lengkap',
    note: 'Catatan',
    caption: 'Opini audit per tahun anggaran',
  },
  en: {
    big: (n: number) => `${n}`,
    streak: (n: number) => (n > 1 ? 'unqualified opinions in a row' : 'unqualified opinion'),
    notNow: 'Latest opinion not unqualified',
    longest: (n: number, years: string) => `Longest run: ${n} (${years})`,
    current: 'Current run of unqualified opinions',
    subject: 'The audited body',
    gotStreak: (who: string, n: number, since: number) =>
      n > 1
        ? `${who} has received ${n} unqualified opinions in a row, since fiscal year ${since}.`
        : `${who} received an unqualified opinion for fiscal year ${since}.`,
    gotStreakAfterGap: (who: string, n: number, since: number, gap: string) =>
      n > 1
        ? `${who} has received ${n} unqualified opinions in a row, counted since fiscal year ${since}; there is no data for fiscal year ${gap}.`
        : `${who} received an unqualified opinion for fiscal year ${since}; there is no data for fiscal year ${gap}.`,
    sinceGap: (since: number, gap: string) => `Since FY ${since}; no data for FY ${gap}`,
    latest: (who: string, opinion: string, year: number) =>
      `The latest opinion for ${who}: ${opinion}, fiscal year ${year}.`,
    longestRun: (n: number, years: string) => `The longest run of unqualified opinions was ${n} (${years}).`,
    lastBreak: (opinion: string, year: number) =>
      `The last opinion that was not unqualified: ${opinion} for fiscal year ${year}.`,
    allCount: 'Every opinion in this record is unqualified.',
    noDataFor: 'No data for',
    year: 'Year',
    opinion: 'Opinion',
    name: 'Full name',
    note: 'Note',
    caption: 'Audit opinions by fiscal year',
  },
};

/** "WTP-DPP (WTP dengan Paragraf Penjelasan)" / "TMP (disclaimer)". */
export function opinionPhrase(opinion: Opinion, lang: Lang): string {
  const name = opinionNames[lang][opinion];
  return `${opinion} (${lang === 'en' ? name.toLowerCase() : name})`;
}
