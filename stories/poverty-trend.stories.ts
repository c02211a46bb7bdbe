import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/poverty-trend/poverty-trend.js';
import bps from '../examples/data/poverty-trend.bps-2015-2025.json';
import seed from '../examples/data/poverty-trend.seed.json';
import {
  darkPage,
  defaultArgs,
  narrow,
  renderWidget,
  showReasons,
  widgetArgTypes,
  type CapaianParameters,
  type WidgetArgs,
} from './support.js';

const meta = {
  title: 'Widgets/capaian-poverty-trend',
  component: 'capaian-poverty-trend',
  render: renderWidget('capaian-poverty-trend'),
  argTypes: widgetArgTypes,
  args: { ...defaultArgs, data: seed },
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs> & { parameters?: CapaianParameters };

/** examples/data/poverty-trend.seed.json: three BPS figures around the 10% threshold. */
export const Seed: Story = {};

/** examples/data/poverty-trend.bps-2015-2025.json: March and September, a break at September 2023, an annotation. */
export const Bps2015To2025: Story = { name: 'BPS 2015–2025', args: { data: bps } };

/** The same sample loaded from a URL: `src="data/poverty-trend.seed.json"`. */
export const FromSrc: Story = {
  name: 'From src',
  args: { data: undefined, src: 'data/poverty-trend.seed.json' },
};

/** No data yet (no `data`, no `src`, no inline JSON): the placeholder, with `aria-busy`. */
export const Loading: Story = {
  args: { data: undefined },
  parameters: { expectedState: 'loading' },
};

/** Invalid data: the short message in the widget; the reasons, as the event carries them, below it. */
export const InvalidData: Story = {
  name: 'Error (invalid data)',
  args: {
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
  decorators: [showReasons],
  parameters: { expectedState: 'error' },
};

/** `series: []`: ready, with the "Belum ada data" message. */
export const NoData: Story = { args: { data: { ...seed, series: [], threshold: undefined } } };

/** One period only. */
export const SinglePoint: Story = {
  args: {
    data: { ...seed, series: [{ name: 'Nasional', points: [{ period: '2025-09', value: 8.25, count: 23.36e6 }] }] },
  },
};

const province = 'Daerah Khusus Ibukota Jakarta dan kabupaten/kota penyangga Bogor, Depok, Tangerang, Bekasi';

/** Long series names (end labels), threshold label, annotations and frame text. */
export const LongLabels: Story = {
  args: {
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
};

/** At 320 px wide, the narrowest phone the widgets promise to fit. */
export const Narrow320: Story = {
  name: '320 px wide',
  args: { data: bps },
  decorators: [narrow],
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', data: bps },
  decorators: [darkPage],
  globals: { backgrounds: { value: 'dark' } },
};

/** `lang="en"`: "9.41%", "Mar 2019", English summary and table. */
export const English: Story = { args: { lang: 'en', data: bps } };
