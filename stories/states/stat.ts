// The key figures' stories beyond their samples (stories/builders.ts makes them).
import extended from '../../examples/data/stat.extended.json';
import seed from '../../examples/data/stat.seed.json';
import type { WidgetStates } from '../builders.js';

const long =
  'Jumlah keluarga penerima manfaat Program Keluarga Harapan yang menerima bantuan sosial nontunai melalui bank Himbara';

export const states: WidgetStates = {
  samples: {
    'stat.extended': {
      description: '2023–2025, with a target in rupiah and a history with a missing September 2023.',
    },
    'stat.seed': {
      description: "the seed article's four figures (planned budget, poverty rate, WTP streak, realisation).",
    },
  },
  invalid: {
    description: 'A unit the format does not have, and a repeated period in a history.',
    data: {
      ...seed,
      figures: [
        { label: 'Penerima bantuan', value: 9e6, unit: 'keluarga' },
        {
          label: 'Penduduk miskin',
          value: 9.41,
          unit: 'percent',
          history: [
            { period: '2019-03', value: 9.41 },
            { period: '2019-03', value: 9.66 },
          ],
        },
      ],
    },
  },
  empty: { description: '`figures: []`: ready, with the "Belum ada data" message.', data: { ...seed, figures: [] } },
  more: {
    SingleFigure: {
      description: 'One figure, no comparison: a number and its label.',
      data: {
        title: 'Penerima PKH',
        figures: [{ label: 'Keluarga penerima 2024', value: 10e6, unit: 'count', suffix: 'KPM' }],
      },
    },
    EightFigures: {
      description: 'Eight figures (the most a document takes): two rows of four on a wide screen.',
      data: { ...extended, figures: [...extended.figures, ...seed.figures] },
    },
    LongLabels: {
      description: 'Long labels, suffixes and notes, and long frame text.',
      data: {
        title: `Capaian Kementerian Sosial Republik Indonesia: ${long}, tahun anggaran 2024 dan 2025`,
        subtitle: long,
        figures: [
          { label: long, value: 9_999_999, unit: 'count', suffix: 'keluarga penerima manfaat', note: long },
          {
            label: long,
            value: 1.23e15,
            unit: 'money',
            status: 'planned',
            compare: { value: 9.87e14, label: long.slice(0, 100) },
          },
          { label: long, value: 99.99, unit: 'percent', target: { value: 100, label: long.slice(0, 100) }, note: long },
        ],
        notes: `Angka di cerita ini dibuat untuk menguji tata letak. `.repeat(8).trim(),
        source: { name: `Kementerian Sosial Republik Indonesia, ${long}` },
      },
    },
  },
};
