import type { Lang } from '../../core/format.js';

export const povertyText = {
  id: {
    rose: 'naik dari',
    fell: 'turun dari',
    // On a chart whose whole range is small (its axis broken far from zero).
    roseSlightly: 'naik tipis dari',
    fellSlightly: 'turun tipis dari',
    to: 'menjadi',
    flat: (value: string, from: string, to: string) => `tetap ${value} dari ${from} hingga ${to}`,
    pp: 'poin',
    vs: 'dibanding',
    lowest: 'Titik terendah',
    noDataFor: 'tidak ada data untuk',
    limit: (value: string, label = '') => `ambang ${label ? `${label} (${value})` : value}`,
    first: (side: string, limit: string, when: string) => `Pertama kali di ${side} ${limit} pada ${when}`,
    back: (side: string, when: string) => `kembali di ${side}nya pada ${when}`,
    side: { above: 'atas', below: 'bawah' },
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
    roseSlightly: 'edged up from',
    fellSlightly: 'edged down from',
    to: 'to',
    flat: (value: string, from: string, to: string) => `unchanged at ${value} from ${from} to ${to}`,
    pp: 'percentage points',
    vs: 'compared with',
    lowest: 'Lowest point',
    noDataFor: 'no data for',
    limit: (value: string, label = '') => (label ? `${label} threshold (${value})` : `${value} threshold`),
    first: (side: string, limit: string, when: string) => `First ${side} the ${limit} in ${when}`,
    back: (side: string, when: string) => `back ${side} it in ${when}`,
    side: { above: 'above', below: 'below' },
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
