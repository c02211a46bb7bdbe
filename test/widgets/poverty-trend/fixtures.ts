import { readFileSync } from 'node:fs';
import { parsePoverty, type PovertySpec } from '../../../src/widgets/poverty-trend/schema.js';
import { sample } from '../../helpers/samples.js';

/** A test document from ./fixtures, as parsed JSON. */
export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
}

/** A parsed spec, failing loudly when the input is rejected. */
export function spec(input: unknown): PovertySpec {
  const result = parsePoverty(input);
  if (!result.ok) throw new Error(result.reasons.map((r) => r.message).join('\n'));
  return result.spec;
}

export const seed = () => spec(sample('poverty-trend.seed'));
export const bps = () => spec(sample('poverty-trend.bps-2015-2025'));
export const three = () => spec(fixture('three-series'));

/** `count` monthly points from January 1200, wavering around 10%. */
export function longSeries(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    period: `${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    value: 10 + Math.sin(i / 50) * 3 + (i % 7) / 10,
  }));
}
