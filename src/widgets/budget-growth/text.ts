import type { Lang } from '../../core/format.js';

export const budgetText = {
  id: {
    final: 'Anggaran',
    planned: 'Rencana (belum dibelanjakan)',
    realized: 'Realisasi',
    plannedWord: 'rencana',
    perYearShort: '/thn',
    year: 'Tahun',
    growth: 'Pertumbuhan',
    note: 'Catatan',
    tableCaption: 'Anggaran per tahun',
  },
  en: {
    final: 'Budget',
    planned: 'Planned (not yet spent)',
    realized: 'Realized',
    plannedWord: 'planned',
    perYearShort: '/yr',
    year: 'Year',
    growth: 'Growth',
    note: 'Note',
    tableCaption: 'Budget by year',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type BudgetText = (typeof budgetText)[Lang];

/** What the summary and the growth phrases need to say a change. */
export interface ChangeWords {
  /** "Rp 22,4 T (2015)" */
  from: string;
  /** "Rp 62,77 T (2020, rencana)" */
  to: string;
  direction: 'up' | 'down' | 'flat';
  /** "+180,2%", when there is a rate to give. */
  total?: string | undefined;
  /** Years between the two, when more than one. */
  years?: number | undefined;
  /** "+22,9%", the compound rate per year, across more than one year. */
  perYear?: string | undefined;
}

/**
 * The sentences of the summary and the tooltips, one function per sentence and language:
 * each language keeps its own word order, so neither is assembled from the other's pieces.
 */
export const budgetSentences = {
  id: {
    single: (when: string, amount: string) => `Anggaran ${when}: ${amount}.`,
    change: ({ from, to, direction, total, years, perYear }: ChangeWords) => {
      if (direction === 'flat') return `Anggaran tetap dari ${from} hingga ${to}`;
      let text = `Anggaran ${direction === 'up' ? 'naik' : 'turun'} dari ${from} menjadi ${to}`;
      if (total) text += `, ${total}`;
      if (total && years && perYear) text += ` dalam ${years} tahun atau rata-rata ${perYear} per tahun`;
      return text;
    },
    highest: (amount: string, when: string) => `Tertinggi ${amount} pada ${when}`,
    noDataFor: (years: string) => `Tidak ada data untuk ${years}`,
    growthSince: (total: string, fromYear: string) => `${total} sejak ${fromYear}`,
    growthOver: (total: string, years: number, fromYear: string, perYear: string) =>
      `${total} dalam ${years} tahun sejak ${fromYear} (${perYear} per tahun)`,
  },
  en: {
    single: (when: string, amount: string) => `The budget ${when}: ${amount}.`,
    change: ({ from, to, direction, total, years, perYear }: ChangeWords) => {
      if (direction === 'flat') return `The budget stayed the same from ${from} to ${to}`;
      let text = `The budget ${direction === 'up' ? 'rose' : 'fell'} from ${from} to ${to}`;
      if (total) text += `, ${total}`;
      if (total && years && perYear) text += ` over ${years} years or on average ${perYear} a year`;
      return text;
    },
    highest: (amount: string, when: string) => `Highest ${amount} in ${when}`,
    noDataFor: (years: string) => `No data for ${years}`,
    growthSince: (total: string, fromYear: string) => `${total} since ${fromYear}`,
    growthOver: (total: string, years: number, fromYear: string, perYear: string) =>
      `${total} over ${years} years since ${fromYear} (${perYear} a year)`,
  },
} satisfies Record<Lang, Record<string, (...args: never[]) => string>>;
