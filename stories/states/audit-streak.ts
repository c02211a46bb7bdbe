// The audit streak's stories beyond its samples (stories/builders.ts makes them).
import seed from '../../examples/data/audit-streak.seed.json';
import type { WidgetStates } from '../builders.js';

const entity =
  'Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan beserta Badan Layanan Umum di lingkungannya';

export const states: WidgetStates = {
  samples: {
    'audit-streak.history': { description: 'a disclaimer, a WTP-DPP, and FY2020 missing (it ends the streak).' },
    'audit-streak.seed': { description: 'three WTP years in a row.' },
  },
  variants: { badge: 'the headline and the last few years in one line, for sidebars.' },
  invalid: {
    description:
      'An unknown opinion: the short message in the widget; the reasons, as the event carries them, below it.',
    data: {
      ...seed,
      audits: [...seed.audits, { year: 2019, opinion: 'WTP+' }, { year: 2018, opinion: 'WDP' }],
    },
  },
  empty: { description: '`audits: []`: ready, with the "Belum ada data" message.', data: { ...seed, audits: [] } },
  more: {
    SinglePoint: {
      description: 'One audited year only.',
      data: { ...seed, audits: [{ year: 2022, opinion: 'WTP' }] },
    },
    LongLabels: {
      description: 'A long entity, long notes on every year, and long frame text.',
      data: {
        title: `Opini Badan Pemeriksa Keuangan atas Laporan Keuangan ${entity}, tahun anggaran 2008 sampai 2024`,
        subtitle: `Per tahun anggaran yang diaudit; opini terbit pada semester pertama tahun berikutnya`,
        entity,
        audits: Array.from({ length: 17 }, (_, i) => ({
          year: 2008 + i,
          opinion: (['WTP', 'WTP-DPP', 'WDP', 'TW', 'TMP'] as const)[(i * 3) % 5],
          note: `Catatan pemeriksaan: temuan atas pengelolaan dana bantuan sosial dan aset tetap di ${entity}`,
        })),
        notes: `Opini di cerita ini dibuat untuk menguji tata letak, bukan opini resmi. `.repeat(8).trim(),
        source: {
          name: `Badan Pemeriksa Keuangan Republik Indonesia, Ikhtisar Hasil Pemeriksaan Semester I, ${entity}`,
        },
        updated: '2025-06-30',
      },
    },
  },
};
