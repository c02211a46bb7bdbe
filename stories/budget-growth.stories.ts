import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/budget-growth/budget-growth.js';
import extended from '../examples/data/budget-growth.extended.json';
import seed from '../examples/data/budget-growth.seed.json';
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
  title: 'Widgets/capaian-budget-growth',
  component: 'capaian-budget-growth',
  render: renderWidget('capaian-budget-growth'),
  argTypes: widgetArgTypes,
  args: { ...defaultArgs, data: seed },
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs> & { parameters?: CapaianParameters };

/** examples/data/budget-growth.seed.json: four years with a gap (2016–2017), the last one planned. */
export const Seed: Story = {};

/** examples/data/budget-growth.extended.json: 2015–2025, realization marks, a planned year. */
export const Extended: Story = { args: { data: extended } };

/** The same sample loaded from a URL: `src="data/budget-growth.seed.json"`. */
export const FromSrc: Story = {
  name: 'From src',
  args: { data: undefined, src: 'data/budget-growth.seed.json' },
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
      points: [...seed.points, { year: 2021, amount: -1 }, { year: 2022, amount: 1e12, status: 'spent' }],
    },
  },
  decorators: [showReasons],
  parameters: { expectedState: 'error' },
};

/** `points: []`: ready, with the "Belum ada data" message. */
export const NoData: Story = { args: { data: { ...seed, points: [] } } };

/** One year only: no growth to compute. */
export const SinglePoint: Story = {
  args: { data: { ...seed, points: [{ year: 2024, amount: 79_210_000_000_000 }] } },
};

const long = 'Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan Republik Indonesia';

/** Text at its limits and amounts in the hundreds of thousands of trillions. */
export const LongLabels: Story = {
  args: {
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
};

/** At 320 px wide, the narrowest phone the widgets promise to fit. */
export const Narrow320: Story = {
  name: '320 px wide',
  args: { data: extended },
  decorators: [narrow],
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', data: extended },
  decorators: [darkPage],
  globals: { backgrounds: { value: 'dark' } },
};

/** `lang="en"`: "IDR 22.4T", English summary and table. */
export const English: Story = { args: { lang: 'en', data: extended } };
