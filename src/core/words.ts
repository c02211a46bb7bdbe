import type { Lang } from './format.js';

const AND: Record<Lang, string> = { id: 'dan', en: 'and' };

/** "a, b dan c" / "a, b and c". */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${items[items.length - 1]}`;
}

/** Consecutive integers as ranges: [2016, 2017, 2020] → "2016–2017 dan 2020". */
export function formatRanges(values: readonly number[], lang: Lang, label = String): string {
  const ranges: string[] = [];
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || values[i] !== values[i - 1]! + 1) {
      const [a, b] = [values[start]!, values[i - 1]!];
      ranges.push(a === b ? label(a) : `${label(a)}–${label(b)}`);
      start = i;
    }
  }
  return joinList(ranges, lang);
}

/** Capitalises the first letter, for a sentence that starts with a generated word. */
export function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
