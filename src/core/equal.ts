/** Deeper than any widget's document; a cyclic object, which JSON cannot be, is endless. */
const DEEPEST = 100;

/**
 * Whether two JSON values hold the same content: equal strings, numbers, booleans or
 * null; arrays item by item; objects key by key, own enumerable keys in any order. A
 * framework hands a widget a fresh object with the same content on every render: it is
 * equal to the last one. Meant for JSON: an object is read only through its keys (two
 * Dates or Maps look alike), and values nested deeper than 100 levels count as different.
 */
export function jsonEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (Object.is(a, b)) return true;
  if (depth > DEEPEST || !isObject(a) || !isObject(b)) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i], depth + 1)) return false;
    return true;
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key], depth + 1));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
