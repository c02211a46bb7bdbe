import { readFileSync } from 'node:fs';

/** A sample document from examples/data, as parsed JSON. */
export function sample(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../examples/data/${name}.json`, import.meta.url), 'utf8'));
}

/** Intl puts no-break spaces in "Rp 22,4 T"; tests compare the words, not the spacing. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
