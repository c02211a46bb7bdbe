// The documents the client apps draw, typed as an app would type its own: one per widget.
import type { AuditStreakDocument, BudgetGrowthDocument, PovertyTrendDocument, StatDocument } from 'capaian';

export const budget: BudgetGrowthDocument = {
  title: 'Anggaran Kemensos',
  currency: 'IDR',
  points: [
    { year: 2018, amount: 43.3e12 },
    { year: 2019, amount: 58.9e12 },
    { year: 2020, amount: 62.77e12, status: 'planned' },
  ],
  source: { name: 'Kompas.com, 2 Oktober 2019' },
};

export const poverty: PovertyTrendDocument = {
  title: 'Angka kemiskinan',
  unit: 'percent',
  series: [
    {
      name: 'Nasional',
      points: [
        { period: '2018-03', value: 9.82 },
        { period: '2018-09', value: 9.66 },
        { period: '2019-03', value: 9.41 },
      ],
    },
  ],
};

export const audit: AuditStreakDocument = {
  title: 'Opini BPK',
  entity: 'Kementerian Sosial',
  audits: [
    { year: 2016, opinion: 'WTP' },
    { year: 2017, opinion: 'WTP' },
    { year: 2018, opinion: 'WTP' },
  ],
};

export const figures: StatDocument = {
  title: 'Kemensos dalam angka',
  currency: 'IDR',
  figures: [
    { label: 'Pagu anggaran 2020', value: 62.77e12, unit: 'money' },
    { label: 'Penduduk miskin, Maret 2019', value: 9.41, unit: 'percent', better: 'lower' },
  ],
};
