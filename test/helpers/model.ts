/** Every number in a model, with its path, for "no NaN, no Infinity" checks. */
export function numbersIn(value: unknown, path = '$', out: [string, number][] = []): [string, number][] {
  if (typeof value === 'number') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => numbersIn(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) numbersIn(v, `${path}.${k}`, out);
  return out;
}

export function nonFinite(model: unknown): string[] {
  return numbersIn(model)
    .filter(([, n]) => !Number.isFinite(n))
    .map(([p, n]) => `${p} = ${n}`);
}

export type Span = [number, number];

export function overlaps(a: Span, b: Span, gap = 0): boolean {
  return a[0] < b[1] + gap && b[0] < a[1] + gap;
}

/** Pairs of spans that overlap, as index pairs. */
export function collisions(spans: Span[], gap = 0): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < spans.length; i++)
    for (let j = i + 1; j < spans.length; j++) if (overlaps(spans[i]!, spans[j]!, gap)) out.push([i, j]);
  return out;
}
