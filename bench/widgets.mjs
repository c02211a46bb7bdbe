// The widgets the bench measures: one entry per widget. An entry names the tag, the
// module that defines it, the sample document it draws, the scenarios it takes part in,
// and `chart(doc)`: the same data as a neutral chart, which bench/peers/configs.mjs
// turns into each peer's configuration. A widget whose module does not exist yet, or
// that does not reach `ready` on its documents, is skipped with a printed note.

/** Years from the first to the last, a missing year kept as an empty slot (as capaian's true year axis does). */
function yearSlots(points, value) {
  const byYear = new Map(points.map((p) => [p.year, p]));
  const years = points.map((p) => p.year);
  const labels = [];
  const values = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year++) {
    labels.push(String(year));
    const point = byYear.get(year);
    values.push(point && value(point) !== undefined ? value(point) : null);
  }
  return { labels, values };
}

/** Every `YYYY-MM` period of the series, in order, a missing one kept as a gap. */
function periodSlots(series) {
  const periods = [...new Set(series.flatMap((s) => s.points.map((p) => p.period)))].sort();
  return {
    labels: periods,
    series: series.map((s) => {
      const byPeriod = new Map(s.points.map((p) => [p.period, p.value]));
      return { name: s.name, values: periods.map((period) => byPeriod.get(period) ?? null) };
    }),
  };
}

/**
 * A long poverty series: `n` monthly periods ending December 2025, a seeded random walk
 * between 5 % and 25 %, so every run and every library draws the very same numbers.
 */
export function longPovertySeries(n) {
  let seed = 42;
  // mulberry32: small, exact in 32-bit integers, the same sequence everywhere; -1..1.
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
  const first = 2025 * 12 + 12 - n; // months since year 0, of the first period
  let value = 12;
  const points = [];
  for (let i = 0; i < n; i++) {
    const month = first + i;
    value = Math.min(25, Math.max(5, value + random() * 0.3));
    const period = `${String(Math.floor(month / 12)).padStart(4, '0')}-${String((month % 12) + 1).padStart(2, '0')}`;
    points.push({ period, value: Math.round(value * 100) / 100 });
  }
  return {
    title: `Persentase penduduk miskin, ${n.toLocaleString('en')} periode`,
    subtitle: 'Deret sintetis untuk uji kinerja',
    unit: 'percent',
    series: [{ name: 'Nasional', points }],
    threshold: { value: 10, label: 'Satu digit' },
  };
}

export const WIDGETS = [
  {
    name: 'budget-growth',
    tag: 'capaian-budget-growth',
    module: 'src/widgets/budget-growth/budget-growth.ts',
    // Eleven years, realization for four, a planned year, notes: the fuller sample.
    sample: 'examples/data/budget-growth.extended.json',
    scenarios: [
      'one',
      'one-shipped',
      'one-shipped-preload',
      'fifty',
      'fifty-lazy',
      'one-draw',
      'fifty-draw',
      'fifty-lazy-draw',
      'resize',
      'resize-4x',
      'one-4x',
      ...[1, 10, 50, 200].flatMap((n) => [`widgets-${n}`, `widgets-${n}-lazy`]),
    ],
    chart: (doc) => {
      const amount = yearSlots(doc.points, (p) => p.amount / 1e12);
      const realized = yearSlots(doc.points, (p) => (p.realized === undefined ? undefined : p.realized / 1e12));
      return {
        type: 'bar',
        title: doc.title,
        subtitle: doc.subtitle,
        labels: amount.labels,
        series: [
          { name: 'Alokasi (Rp T)', values: amount.values },
          { name: 'Realisasi (Rp T)', values: realized.values },
        ],
      };
    },
  },
  {
    name: 'poverty-trend',
    tag: 'capaian-poverty-trend',
    module: 'src/widgets/poverty-trend/poverty-trend.ts',
    sample: 'examples/data/poverty-trend.bps-2015-2025.json',
    // The long-series scenarios draw `large(points)` instead of the sample.
    large: (points) => longPovertySeries(points),
    scenarios: ['10k', '10k-draw', 'points-100', 'points-1000', 'points-10000', 'points-20000'],
    chart: (doc) => ({ type: 'line', title: doc.title, subtitle: doc.subtitle, ...periodSlots(doc.series) }),
  },
];
