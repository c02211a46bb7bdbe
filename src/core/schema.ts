import * as v from './rules.js';

/**
 * One reason a document was rejected, precise enough to fix it: where (a JSON path),
 * what was expected there, and what came instead.
 */
export interface Reason {
  /** JSON path, e.g. `$.points[2].amount`. */
  path: string;
  expected: string;
  received: string;
  message: string;
}

export type ParseResult<T> = { ok: true; spec: T } | { ok: false; reasons: Reason[] };

/** Longest accepted text field; beyond it a document is rejected, not truncated. */
export const TEXT_LIMITS = { title: 300, line: 500, notes: 2000 } as const;

// Bidi overrides and C0/C1 controls can make hostile text render backwards or hide
// parts of itself; they have no place in a chart label.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/g;

/** Text as shown: unsafe control characters removed, whitespace collapsed. */
export function cleanText(value: string): string {
  return value.replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim();
}

/** A text field: a string of at most `max` characters, cleaned for display. */
export const text = (max: number, ...after: v.Step[]) =>
  v.string('text', v.max(max, `at most ${max} characters`), v.map(cleanText), ...after);

/** The URL only when it is absolute `http:` or `https:`; anything else gives no link. */
export function safeHttpUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A whole number of years, within what a ministry's record can hold. */
export const year = v.number(
  'an integer year',
  v.integer('an integer year'),
  v.min(1800, 'a year from 1800'),
  v.max(2200, 'a year up to 2200'),
);

/** Fields every widget's document shares: the frame around the chart. */
export const frameEntries = {
  title: text(TEXT_LIMITS.title),
  /** The language the document's own text is written in: the widget's words follow it unless the element says otherwise. */
  lang: v.optional(v.picklist(['id', 'en'] as const, '"id" or "en"')),
  subtitle: v.optional(text(TEXT_LIMITS.line)),
  notes: v.optional(text(TEXT_LIMITS.notes)),
  source: v.optional(
    v.object({
      name: text(TEXT_LIMITS.line),
      url: v.optional(
        v.string<string | undefined>('a URL', v.max(2000, 'at most 2000 characters'), v.map(safeHttpUrl)),
      ),
    }),
  ),
  updated: v.optional(
    v.string(
      'a date as YYYY-MM-DD',
      v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
      v.check(isRealDate, 'a real calendar date'),
    ),
  ),
};

/** The frame part of any parsed spec. */
export interface FrameSpec {
  title: string;
  /** The language of the document's text (`id` or `en`), when it says. */
  lang?: 'id' | 'en' | undefined;
  subtitle?: string | undefined;
  notes?: string | undefined;
  source?: { name: string; url?: string | undefined } | undefined;
  updated?: string | undefined;
}

/** `['points', 2, 'amount']` → `$.points[2].amount`. */
export function jsonPath(keys: readonly (string | number)[]): string {
  let path = '$';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** Builds a reason for a check made after the schema (duplicates and the like). */
export function reason(keys: readonly (string | number)[], expected: string, received: unknown): Reason {
  const path = jsonPath(keys);
  const got = describe(received);
  return { path, expected, received: got, message: `${path}: expected ${expected}, got ${got}` };
}

/**
 * Runs a schema over untrusted JSON and then the widget's own checks. Never throws:
 * every failure, including one inside a check, comes back as reasons.
 */
export function parseWith<S, T>(
  rule: v.Rule<S, unknown>,
  input: unknown,
  finish: (output: S) => T | Reason[],
): ParseResult<T> {
  try {
    const issues: v.Issue[] = [];
    const output = v.run(rule, input, issues);
    if (issues.length) return { ok: false, reasons: issues.map((i) => reason(i.keys, i.expected, i.input)) };
    const spec = finish(output);
    return Array.isArray(spec) ? { ok: false, reasons: spec } : { ok: true, spec };
  } catch (error) {
    return { ok: false, reasons: [reason([], 'a readable document', String(error))] };
  }
}

/** Sorts items by a numeric key and reports the first duplicate key, with its path. */
export function sortUnique<T>(
  items: readonly T[],
  key: (item: T) => number,
  field: string,
  arrayKeys: readonly (string | number)[],
): { sorted: T[] } | { reasons: Reason[] } {
  // Most documents come in order: one pass, no sort and no wrapper per item.
  let i = 1;
  while (i < items.length && key(items[i - 1]!) < key(items[i]!)) i++;
  if (i >= items.length) return { sorted: items.slice() };
  const indexed = items.map((item, index) => ({ item, index, k: key(item) }));
  indexed.sort((a, b) => a.k - b.k || a.index - b.index);
  for (i = 1; i < indexed.length; i++) {
    const prev = indexed[i - 1]!;
    const cur = indexed[i]!;
    if (prev.k === cur.k) {
      const value = (cur.item as Record<string, unknown>)[field];
      return {
        reasons: [
          reason([...arrayKeys, cur.index, field], `a ${field} not already used at index ${prev.index}`, value),
        ],
      };
    }
  }
  return { sorted: indexed.map((entry) => entry.item) };
}
