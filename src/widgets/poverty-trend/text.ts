import type { Lang } from '../../core/format.js';

export const povertyText = {
  id: {
    rose: 'naik dari',
    fell: 'turun dari',
    to: 'menjadi',
    flat: (v: string, a: string, b: string) => `tetap ${v} dari ${a} hingga ${b}`,
    pp: 'poin persentase',
    vs: 'dibanding',
    lowest: 'Titik terendah',
    noDataFor: 'tidak ada data untuk',
    limit: (v: string, label = '') => `ambang ${label ? `${label} (${v})` : v}`,
    first: (side: string, limit: string, when: string) => `Pertama kali di ${side} ${limit} pada ${when}`,
    back: (side: string, when: string) => `kembali di ${side}nya pada ${when}`,
    side: ['atas', 'bawah'],
    lastly: 'terakhir',
    all: (below: boolean, limit: string) =>
      below ? `Di bawah ${limit} sepanjang periode.` : `Tidak pernah di bawah ${limit}.`,
    period: 'Periode',
    rate: 'Persentase penduduk miskin',
    count: 'Jumlah penduduk miskin',
    people: 'jumlah',
    event: 'Peristiwa',
  },
  en: {
    rose: 'rose from',
    fell: 'fell from',
    to: 'to',
    flat: (v: string, a: string, b: string) => `unchanged at ${v} from ${a} to ${b}`,
    pp: 'percentage points',
    vs: 'compared with',
    lowest: 'Lowest point',
    noDataFor: 'no data for',
    limit: (v: string, label = '') => (label ? `${label} threshold (${v})` : `${v} threshold`),
    first: (side: string, limit: string, when: string) => `First ${side} the ${limit} in ${when}`,
    back: (side: string, when: string) => `back ${side} it in ${when}`,
    side: ['above', 'below'],
    lastly: 'most recently',
    all: (below: boolean, limit: string) => (below ? `Below the ${limit} throughout.` : `Never below the ${limit}.`),
    period: 'Period',
    rate: 'Poverty rate',
    count: 'People in poverty',
    people: 'people',
    event: 'Event',
  },
} as const;

export type PovertyText = (typeof povertyText)[Lang];
