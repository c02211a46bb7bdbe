// The poverty trend's stories beyond its samples (stories/builders.ts makes them).
import bps from '../../examples/data/poverty-trend.bps-2015-2025.json';
import seed from '../../examples/data/poverty-trend.seed.json';
import type { WidgetStates } from '../builders.js';

const province = 'Daerah Khusus Ibukota Jakarta dan kabupaten/kota penyangga Bogor, Depok, Tangerang, Bekasi';

export const states: WidgetStates = {
  samples: {
    'poverty-trend.bps-2015-2025': {
      exportName: 'Bps2015To2025',
      name: 'BPS 2015–2025',
      description: 'March and September, a break at September 2023, an annotation.',
    },
    'poverty-trend.seed': { description: 'three BPS figures around the 10% threshold.' },
  },
  invalid: {
    description:
      'A month 13 and a rate over 100%: the short message in the widget; the reasons, as the event carries them, below it.',
    data: {
      ...seed,
      series: [
        {
          name: 'Nasional',
          points: [
            { period: '2019-13', value: 9.41 },
            { period: '2020-03', value: 109.78 },
          ],
        },
      ],
    },
  },
  empty: {
    description: '`series: []`: ready, with the "Belum ada data" message.',
    data: { ...seed, series: [], threshold: undefined },
  },
  more: {
    SinglePoint: {
      description: 'One period only.',
      data: { ...seed, series: [{ name: 'Nasional', points: [{ period: '2025-09', value: 8.25, count: 23.36e6 }] }] },
    },
    LongLabels: {
      description: 'Long series names (end labels), threshold label, annotations and frame text.',
      data: {
        title: `Persentase penduduk miskin menurut wilayah, perkotaan dan perdesaan, dibandingkan dengan garis satu digit nasional, Maret 2018 sampai September 2025`,
        subtitle: `Angka resmi Badan Pusat Statistik dari Survei Sosial Ekonomi Nasional (Susenas) Maret dan September; ${province}`,
        unit: 'percent',
        series: [
          {
            name: `${province} (perkotaan)`.slice(0, 100),
            points: bps.series[0]!.points.slice(6).map((p) => ({ period: p.period, value: p.value - 2.5 })),
          },
          {
            name: `Nasional, perdesaan, termasuk daerah tertinggal, terdepan dan terluar`,
            points: bps.series[0]!.points.slice(6).map((p) => ({ period: p.period, value: p.value + 3.1 })),
          },
        ],
        threshold: {
          value: 10,
          label: 'Satu digit: batas yang dijanjikan dalam Rencana Pembangunan Jangka Menengah Nasional',
        },
        annotations: [
          { period: '2020-03', label: 'Pandemi COVID-19 dan pembatasan sosial berskala besar di seluruh provinsi' },
          { period: '2022-09', label: 'Kenaikan harga bahan bakar minyak bersubsidi (Pertalite dan Solar)' },
        ],
        notes: 'Angka perkotaan dan perdesaan di cerita ini adalah contoh untuk menguji tata letak, bukan angka resmi. '
          .repeat(6)
          .trim(),
        source: { name: `Badan Pusat Statistik, Berita Resmi Statistik Profil Kemiskinan di Indonesia, ${province}` },
        updated: '2026-02-05',
      },
    },
  },
};
