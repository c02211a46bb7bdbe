import type { Lang } from './format.js';

/** Words the shared frame and machinery show; each widget keeps its own story words. */
export const coreText = {
  id: {
    source: 'Sumber:',
    updated: 'Diperbarui',
    loading: 'Memuat grafik…',
    invalid: 'Grafik tidak dapat ditampilkan karena datanya tidak valid.',
    loadFailed: 'Data grafik tidak dapat dimuat.',
    layoutFailed: 'Grafik tidak dapat digambar karena kesalahan pada capaian.',
    dataAttribute:
      'Data grafik diberikan sebagai atribut, bukan properti data. Setel properti data, atau impor capaian sebelum halaman dirender.',
    retry: 'Coba lagi',
    noData: 'Belum ada data untuk ditampilkan.',
    missing: 'tidak ada data',
    showTable: 'Lihat data dalam tabel',
    keyboardHint: 'Gunakan tombol panah untuk berpindah antar titik data.',
    download: 'Unduh',
    downloadAs: 'Unduh sebagai',
  },
  en: {
    source: 'Source:',
    updated: 'Updated',
    loading: 'Loading chart…',
    invalid: 'The chart cannot be shown because its data is invalid.',
    loadFailed: 'The chart data could not be loaded.',
    layoutFailed: 'The chart cannot be drawn because of an error in capaian.',
    dataAttribute:
      'The chart data was given as an attribute, not as the data property. Set the data property, or import capaian before the page renders.',
    retry: 'Try again',
    noData: 'There is no data to show yet.',
    missing: 'no data',
    showTable: 'Show the data as a table',
    keyboardHint: 'Use the arrow keys to move between data points.',
    download: 'Download',
    downloadAs: 'Download as',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type CoreText = (typeof coreText)[Lang];

/** `en`, `en-GB`, `EN` → `en`; anything else, including nothing, is Indonesian. */
export function toLang(value: string | null | undefined): Lang {
  return value && /^en\b/i.test(value.trim()) ? 'en' : 'id';
}

/**
 * The language a widget speaks: its own `lang` attribute, else the document's `lang`
 * field, else Indonesian. Not the page's: many Indonesian sites keep a CMS's default
 * `<html lang="en-US">`, and the data's author knows the language of the title.
 */
export function widgetLang(attribute: string | null | undefined, documentLang: Lang | undefined): Lang {
  if (attribute) return toLang(attribute);
  return documentLang ?? 'id';
}
