import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/stat/stat.js';
import extended from '../examples/data/stat.extended.json';
import seed from '../examples/data/stat.seed.json';
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
  title: 'Widgets/capaian-stat',
  component: 'capaian-stat',
  render: renderWidget('capaian-stat'),
  argTypes: widgetArgTypes,
  args: { ...defaultArgs, data: seed },
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs> & { parameters?: CapaianParameters };

/** examples/data/stat.seed.json: the seed article's four figures (planned budget, poverty rate, WTP streak, realisation). */
export const Seed: Story = {};

/** examples/data/stat.extended.json: 2023–2025, with a target in rupiah and a history with a missing September 2023. */
export const Extended: Story = { args: { data: extended } };

/** The same sample loaded from a URL: `src="data/stat.seed.json"`. */
export const FromSrc: Story = { name: 'From src', args: { data: undefined, src: 'data/stat.seed.json' } };

/** No data yet (no `data`, no `src`, no inline JSON): the placeholder, with `aria-busy`. */
export const Loading: Story = { args: { data: undefined }, parameters: { expectedState: 'loading' } };

/** Invalid data: a unit the format does not have, and a repeated period in a history. */
export const InvalidData: Story = {
  name: 'Error (invalid data)',
  args: {
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
  decorators: [showReasons],
  parameters: { expectedState: 'error' },
};

/** `figures: []`: ready, with the "Belum ada data" message. */
export const NoData: Story = { args: { data: { ...seed, figures: [] } } };

/** One figure, no comparison: a number and its label. */
export const SingleFigure: Story = {
  args: {
    data: {
      title: 'Penerima PKH',
      figures: [{ label: 'Keluarga penerima 2024', value: 10e6, unit: 'count', suffix: 'KPM' }],
    },
  },
};

/** Eight figures (the most a document takes): two rows of four on a wide screen. */
export const EightFigures: Story = {
  args: { data: { ...extended, figures: [...extended.figures, ...seed.figures] } },
};

const long =
  'Jumlah keluarga penerima manfaat Program Keluarga Harapan yang menerima bantuan sosial nontunai melalui bank Himbara';

/** Long labels, suffixes and notes, and long frame text. */
export const LongLabels: Story = {
  args: {
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
};

/** At 320 px wide: one column, every figure whole. */
export const Narrow320: Story = { name: '320 px wide', args: { data: extended }, decorators: [narrow] };

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', data: extended },
  decorators: [darkPage],
  globals: { backgrounds: { value: 'dark' } },
};

/** `lang="en"`: "IDR 62.77T", "down 0.41 points", English summary and table. */
export const English: Story = { args: { lang: 'en' } };
