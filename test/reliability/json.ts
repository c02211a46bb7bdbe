/**
 * JSON paths (`$.source.url`, `$.points[*].note`, `$.points[3].amount`) over plain
 * documents, and serializers that build hostile JSON text. Runs in Node and the browser.
 */

type Key = string | number | '*';

export function keysOf(path: string): Key[] {
  if (!path.startsWith('$')) throw new Error(`not a JSON path: ${path}`);
  const keys: Key[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+|\*)\]/gy;
  re.lastIndex = 1;
  while (re.lastIndex < path.length) {
    const match = re.exec(path);
    if (!match) throw new Error(`cannot read JSON path ${path}`);
    keys.push(match[1] ?? (match[2] === '*' ? '*' : Number(match[2])));
  }
  return keys;
}

/** A copy of `doc` with `value` at every place `path` names; missing objects are created, except within array items. */
export function setAt<T>(doc: T, path: string, value: unknown): T {
  const copy = structuredClone(doc) as unknown;
  // `inItems`: below a `[*]`, an item without the optional object on the way
  // (`$.figures[*].compare.label` where a figure has no `compare`) is left as it is:
  // creating `{ label }` alone would make the item invalid for another reason.
  const walk = (node: unknown, keys: Key[], inItems = false): unknown => {
    const [key, ...rest] = keys;
    if (key === undefined) return value;
    if (key === '*') {
      if (!Array.isArray(node)) return node;
      return node.map((item) => walk(item, rest, true));
    }
    if (node === undefined && inItems) return node;
    const container = (node ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown>;
    const next = walk(container[key], rest, inItems);
    if (next !== undefined) container[key] = next;
    return container;
  };
  return walk(copy, keysOf(path)) as T;
}

/** Every value at `path` (each item for `[*]`). */
export function getAll(doc: unknown, path: string): unknown[] {
  let nodes: unknown[] = [doc];
  for (const key of keysOf(path)) {
    nodes = nodes.flatMap((node) => {
      if (key === '*') return Array.isArray(node) ? node : [];
      return node && typeof node === 'object' && key in node ? [(node as Record<string | number, unknown>)[key]] : [];
    });
  }
  return nodes;
}

/** Matches the concrete paths a reason names for `path`: `$.points[*].note` ~ `$.points[4].note`. */
export function pathPattern(path: string): RegExp {
  const escaped = path.replace(/[.$[\]]/g, (ch) => `\\${ch}`).replace(/\\\[\*\\\]/g, '\\[\\d+\\]');
  return new RegExp(`^${escaped}$`);
}

/** Every string in a value, with its path: labels, summary, table cells, tooltips. */
export function stringsIn(value: unknown, path = '$', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => stringsIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) stringsIn(v, `${path}.${k}`, out);
  return out;
}

/** Paths of every string leaf of a document, arrays spelled with indices. */
export function stringPaths(doc: unknown): string[] {
  return stringsIn(doc).map(([path]) => path);
}

/**
 * Text a reader would take for a broken number: JavaScript's exponent form (`1e+21`),
 * `NaN`, `Infinity` or its sign (`∞`), or `undefined`/`null` leaking into words.
 */
export const BROKEN_NUMBER_TEXT = /\d[eE][+-]?\d|NaN|Infinity|∞|undefined|\bnull\b|\[object /;

/** A zero with a minus sign ("-0", "-Rp 0", "-0,0%"), which `Intl` writes for -0. */
export const NEGATIVE_ZERO_TEXT = /(^|[^\p{L}\p{N}])[-\u2212](\p{L}{1,3}\s?)?0(?![\d.,\s]*[1-9])/u;

/**
 * Keys that reach `Object.prototype` when a parser or a merge treats them naively.
 * Written into JSON text, so that `JSON.parse` makes `__proto__` an own key.
 */
export const POISON_KEYS = [
  '"__proto__":{"polluted":"__proto__"}',
  '"constructor":{"prototype":{"polluted":"constructor.prototype"}}',
  '"prototype":{"polluted":"prototype"}',
  '"hasOwnProperty":"not a function"',
  '"toString":"not a function"',
  '"valueOf":{"polluted":"valueOf"}',
  '"isPrototypeOf":null',
  '"__defineGetter__":1',
];

/** JSON text of `value` with the poison keys in every object, before or after its own keys. */
export function poisonedJson(value: unknown, where: 'first' | 'last' = 'first'): string {
  if (Array.isArray(value)) return `[${value.map((v) => poisonedJson(v, where)).join(',')}]`;
  if (value && typeof value === 'object') {
    const own = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}:${poisonedJson(v, where)}`);
    const all = where === 'first' ? [...POISON_KEYS, ...own] : [...own, ...POISON_KEYS];
    return `{${all.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Places where one poisoned object replaces a value: each object, array and leaf of `doc`. */
export function everyPath(doc: unknown, path = '$', out: string[] = []): string[] {
  out.push(path);
  if (Array.isArray(doc)) doc.forEach((v, i) => everyPath(v, `${path}[${i}]`, out));
  else if (doc && typeof doc === 'object') for (const [k, v] of Object.entries(doc)) everyPath(v, `${path}.${k}`, out);
  return out;
}

/** Whether anything has reached the shared prototypes. */
export function pollution(): string[] {
  const probes: [string, unknown][] = [
    ['({}).polluted', ({} as Record<string, unknown>).polluted],
    ['[].polluted', ([] as unknown as Record<string, unknown>).polluted],
    ['Object.prototype.polluted', (Object.prototype as Record<string, unknown>).polluted],
    ['typeof ({}).hasOwnProperty', typeof {}.hasOwnProperty === 'function' ? undefined : 'replaced'],
    ['typeof ({}).toString', typeof {}.toString === 'function' ? undefined : 'replaced'],
  ];
  return probes.filter(([, v]) => v !== undefined).map(([name, v]) => `${name} = ${String(v)}`);
}
