import type { Lang } from '../../core/format.js';

export type Direction = 'up' | 'down' | 'same';

/** A change against the figure's `compare`; numbers already formatted. */
export interface ChangeWords {
  direction: Direction;
  /** "6,6%" for a relative change, "0,41" for percentage points, none when the base is 0. */
  amount: string | undefined;
  /** The amount is in percentage points (the figure is a percentage). */
  points: boolean;
  /** What the figure is compared with ("Maret 2018") and its value there ("9,82%"). */
  label: string;
  value: string;
}

/** A figure's target: the share reached ("98,0%", none for a percentage), what the target is and its value. */
export interface TargetWords {
  share: string | undefined;
  label: string;
  value: string;
  /** The figure ÷ the target, for the progress bar. */
  ratio: number;
}

/** What a sentence needs to say a figure and its comparisons; every number already formatted. */
export interface FigureWords {
  label: string;
  /** "Rp 62,77 T", "3 kali", "23,36 juta jiwa". */
  value: string;
  planned: boolean;
  change?: ChangeWords | undefined;
  target?: TargetWords | undefined;
}

/** "naik 6,6%", "turun 0,41 poin", "tetap". */
function changeId(c: ChangeWords): string {
  if (c.direction === 'same') return 'tetap';
  const amount = c.amount ? ` ${c.amount}${c.points ? ' poin' : ''}` : '';
  return `${c.direction === 'up' ? 'naik' : 'turun'}${amount}`;
}

/** "up 6.6%", "down 0.41 points" (in a sentence: "percentage points"), "unchanged". */
function changeEn(c: ChangeWords, long = false): string {
  if (c.direction === 'same') return 'unchanged';
  let unit = '';
  if (c.points) unit = long ? ' percentage points' : ' points';
  return `${c.direction}${c.amount ? ` ${c.amount}${unit}` : ''}`;
}

/**
 * Words of the figures, the summary and the table: one function per phrase and language,
 * so each language keeps its own word order.
 */
export const statText = {
  id: {
    planned: 'rencana',
    people: 'jiwa',
    change: changeId,
    /** "dibanding Maret 2018: 9,82%". */
    compared: (c: ChangeWords) => `dibanding ${c.label}: ${c.value}`,
    /** "98,0% dari pagu 2023 (Rp 87,28 T)", or for a percentage "pagu: 100%". */
    reached: (g: TargetWords) => (g.share ? `${g.share} dari ${g.label} (${g.value})` : `${g.label}: ${g.value}`),
    /** "Penduduk miskin, Maret 2019: 9,41%, turun 0,41 poin dibanding Maret 2018 (9,82%)." */
    sentence: (f: FigureWords) => {
      let text = `${f.label}: ${f.value}${f.planned ? ' (rencana)' : ''}`;
      const c = f.change;
      if (c?.direction === 'same') text += `, sama dengan ${c.label} (${c.value})`;
      else if (c) text += `, ${changeId(c)} dibanding ${c.label} (${c.value})`;
      if (f.target?.share) text += `, ${f.target.share} dari ${f.target.label} (${f.target.value})`;
      else if (f.target) text += ` (${f.target.label}: ${f.target.value})`;
      return `${text}.`;
    },
    period: 'Periode',
    figure: 'Angka',
    value: 'Nilai',
    comparedWith: 'Pembanding',
    changeHead: 'Perubahan',
    target: 'Target',
    note: 'Catatan',
    caption: 'Angka utama',
  },
  en: {
    planned: 'planned',
    people: 'people',
    change: (c: ChangeWords) => changeEn(c),
    compared: (c: ChangeWords) => `compared with ${c.label}: ${c.value}`,
    reached: (g: TargetWords) => (g.share ? `${g.share} of ${g.label} (${g.value})` : `${g.label}: ${g.value}`),
    /** "Poor population, March 2019: 9.41%, down 0.41 percentage points compared with March 2018 (9.82%)." */
    sentence: (f: FigureWords) => {
      let text = `${f.label}: ${f.value}${f.planned ? ' (planned)' : ''}`;
      const c = f.change;
      if (c?.direction === 'same') text += `, unchanged from ${c.label} (${c.value})`;
      else if (c) text += `, ${changeEn(c, true)} compared with ${c.label} (${c.value})`;
      if (f.target?.share) text += `, ${f.target.share} of ${f.target.label} (${f.target.value})`;
      else if (f.target) text += ` (${f.target.label}: ${f.target.value})`;
      return `${text}.`;
    },
    period: 'Period',
    figure: 'Figure',
    value: 'Value',
    comparedWith: 'Compared with',
    changeHead: 'Change',
    target: 'Target',
    note: 'Note',
    caption: 'Key figures',
  },
} satisfies Record<Lang, unknown>;
