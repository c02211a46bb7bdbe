// The budget growth's stories beyond its samples (stories/builders.ts makes them).
import seed from '../../examples/data/budget-growth.seed.json';
import type { WidgetStates } from '../builders.js';

const long = 'Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan Republik Indonesia';

export const states: WidgetStates = {
  samples: {
    'budget-growth.extended': { description: '2015–2025, realization marks, a planned year.' },
    'budget-growth.seed': { description: 'four years with a gap (2016–2017), the last one planned.' },
  },
  invalid: {
    description:
      'A negative amount and an unknown status: the short message in the widget; the reasons, as the event carries them, below it.',
    data: {
      ...seed,
      points: [...seed.points, { year: 2021, amount: -1 }, { year: 2022, amount: 1e12, status: 'spent' }],
    },
  },
  empty: { description: '`points: []`: ready, with the "Belum ada data" message.', data: { ...seed, points: [] } },
  more: {
    SinglePoint: {
      description: 'One year only: no growth to compute.',
      data: { ...seed, points: [{ year: 2024, amount: 79_210_000_000_000 }] },
    },
    LongLabels: {
      description: 'Text at its limits and amounts in the hundreds of thousands of trillions.',
      data: {
        title: `Anggaran ${long} dan seluruh satuan kerja di bawahnya menurut tahun anggaran, alokasi akhir setelah perubahan`,
        subtitle: `Pagu ${long}, termasuk dana cadangan, hibah luar negeri, dan anggaran tambahan yang disetujui di tengah tahun berjalan`,
        currency: 'IDR',
        points: [
          {
            year: 2019,
            amount: 987_654_321_000_000_000,
            note: `Termasuk realokasi dari ${long} untuk penanganan bencana alam`,
          },
          { year: 2020, amount: 876_543_210_000_000_000, realized: 765_432_100_000_000_000 },
          { year: 2021, amount: 1e18, status: 'planned', note: long },
        ],
        notes: `${long}. `.repeat(12).trim(),
        source: {
          name: `${long}, Direktorat Jenderal Anggaran, Nota Keuangan beserta Rancangan APBN`,
          url: 'https://example.org/',
        },
        updated: '2021-12-31',
      },
    },
  },
};
