import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/widgets/audit-streak/audit-streak.js';
import history from '../examples/data/audit-streak.history.json';
import seed from '../examples/data/audit-streak.seed.json';
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
  title: 'Widgets/capaian-audit-streak',
  component: 'capaian-audit-streak',
  render: renderWidget('capaian-audit-streak'),
  argTypes: {
    ...widgetArgTypes,
    variant: {
      control: 'inline-radio',
      options: ['full', 'badge'],
      table: { category: 'attributes', type: { summary: "'full' | 'badge'" }, defaultValue: { summary: 'full' } },
    },
  },
  args: { ...defaultArgs, variant: 'full', data: seed },
} satisfies Meta<WidgetArgs>;

export default meta;
type Story = StoryObj<WidgetArgs> & { parameters?: CapaianParameters };

/** examples/data/audit-streak.seed.json: three WTP years in a row. */
export const Seed: Story = {};

/** examples/data/audit-streak.history.json: a disclaimer, a WTP-DPP, and FY2020 missing (it ends the streak). */
export const History: Story = { args: { data: history } };

/** `variant="badge"`: the headline and the last few years in one line, for sidebars. */
export const Badge: Story = { args: { variant: 'badge', data: history } };

/** The same sample loaded from a URL: `src="data/audit-streak.history.json"`. */
export const FromSrc: Story = {
  name: 'From src',
  args: { data: undefined, src: 'data/audit-streak.history.json' },
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
      audits: [...seed.audits, { year: 2019, opinion: 'WTP+' }, { year: 2018, opinion: 'WDP' }],
    },
  },
  decorators: [showReasons],
  parameters: { expectedState: 'error' },
};

/** `audits: []`: ready, with the "Belum ada data" message. */
export const NoData: Story = { args: { data: { ...seed, audits: [] } } };

/** One audited year only. */
export const SinglePoint: Story = { args: { data: { ...seed, audits: [{ year: 2022, opinion: 'WTP' }] } } };

const entity =
  'Kementerian Koordinator Bidang Pembangunan Manusia dan Kebudayaan beserta Badan Layanan Umum di lingkungannya';

/** A long entity, long notes on every year, and long frame text. */
export const LongLabels: Story = {
  args: {
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
      source: { name: `Badan Pemeriksa Keuangan Republik Indonesia, Ikhtisar Hasil Pemeriksaan Semester I, ${entity}` },
      updated: '2025-06-30',
    },
  },
};

/** At 320 px wide: the cells wrap into balanced rows. */
export const Narrow320: Story = {
  name: '320 px wide',
  args: { data: history },
  decorators: [narrow],
};

/** The badge at 320 px wide. */
export const BadgeNarrow320: Story = {
  name: 'Badge, 320 px wide',
  args: { variant: 'badge', data: history },
  decorators: [narrow],
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', data: history },
  decorators: [darkPage],
  globals: { backgrounds: { value: 'dark' } },
};

/** `lang="en"`: "Unqualified", English summary and table. */
export const English: Story = { args: { lang: 'en', data: history } };
