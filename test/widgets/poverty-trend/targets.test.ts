import { describe, expect, it } from 'vitest';
import { povertyGrid } from '../../../src/widgets/poverty-trend/story.js';
import { pointTargets, type PlotFrame } from '../../../src/widgets/poverty-trend/targets.js';
import { plain } from '../../helpers/samples.js';
import { spec } from './fixtures.js';

/** The grid of one series, A, with these points. */
const oneSeries = (points: { period: string; value: number }[]) =>
  povertyGrid(spec({ title: 't', series: [{ name: 'A', points }] }));

/**
 * Two series over four half-years (Mar 2019 – Sep 2020): A skips Mar 2020, B starts and
 * ends a period inside A's. Periods 60 px apart from x = 100, a percentage point 10 px.
 */
function twoSeries() {
  const grid = povertyGrid(
    spec({
      title: 't',
      series: [
        {
          name: 'A',
          points: [
            { period: '2019-03', value: 9, count: 2_000_000 },
            { period: '2019-09', value: 8 },
            { period: '2020-09', value: 6 },
          ],
        },
        {
          name: 'B',
          points: [
            { period: '2019-09', value: 7 },
            { period: '2020-03', value: 5 },
          ],
        },
      ],
      annotations: [{ period: '2019-09', label: 'Pemilu' }],
    }),
  );
  const t0 = grid.periods[0]!;
  const frame: PlotFrame = {
    xScale: (t) => 100 + (t - t0) * 10,
    yScale: (v) => 200 - v * 10,
    left: 50,
    right: 300,
    top: 20,
    bottom: 180,
    lang: 'id',
  };
  return { grid, frame };
}

describe('pointTargets', () => {
  it('puts every period of every series at its month, a cell without a value where the line would pass', () => {
    const { grid, frame } = twoSeries();
    const { points } = pointTargets(grid, frame);
    expect(points.map((row) => row.map((p) => `${p.anchor.x},${p.anchor.y}`))).toEqual([
      // A's skipped Mar 2020 halfway between 8% and 6%
      ['100,110', '160,120', '220,130', '280,140'],
      // B before its first value and after its last, level with them
      ['100,130', '160,130', '220,150', '280,150'],
    ]);
    expect(points.map((row) => row.map((p) => p.key))).toEqual([
      ['0:24230', '0:24236', '0:24242', '0:24248'],
      ['1:24230', '1:24236', '1:24242', '1:24248'],
    ]);
  });

  it("words a point: series' name and value, count, change since the series' previous value, the events", () => {
    const { grid, frame } = twoSeries();
    const { points } = pointTargets(grid, frame);
    expect(points.map((row) => row.map((p) => plain(p.label)))).toEqual([
      [
        'Mar 2019: A: 9,00%; 2 juta jiwa',
        'Sep 2019: A: 8,00%; −1,00 poin dibanding Mar 2019; Pemilu',
        'Mar 2020: A: tidak ada data',
        // the change is since the last value, over the skipped period
        'Sep 2020: A: 6,00%; −2,00 poin dibanding Sep 2019',
      ],
      [
        'Mar 2019: B: tidak ada data',
        'Sep 2019: B: 7,00%; Pemilu',
        'Mar 2020: B: 5,00%; −2,00 poin dibanding Sep 2019',
        'Sep 2020: B: tidak ada data',
      ],
    ]);
  });

  it('words a lone series without its name, in English too', () => {
    const grid = oneSeries([
      { period: '2019-03', value: 9 },
      { period: '2019-09', value: 9.5 },
    ]);
    const { points } = pointTargets(grid, { ...twoSeries().frame, lang: 'en' });
    expect(points[0]!.map((p) => plain(p.label))).toEqual([
      'Mar 2019: 9.00%',
      'Sep 2019: 9.50%; +0.50 percentage points compared with Mar 2019',
    ]);
  });

  it('splits each column between the series there, top line first, halfway between lines and periods', () => {
    const { grid, frame } = twoSeries();
    const { hits } = pointTargets(grid, frame);
    const box = (h: { x: number; y: number; width: number; height: number; value: boolean }) =>
      `${h.x},${h.y} ${h.width}x${h.height}${h.value ? '' : ' no value'}`;
    expect(hits.map((row) => row.map(box))).toEqual([
      ['50,20 80x160', '130,20 60x105', '190,20 60x120 no value', '250,20 50x160'],
      // B has nothing in the first and last columns: no target, only its cursor spot
      ['100,130 0x0 no value', '130,125 60x55', '190,140 60x40', '280,150 0x0 no value'],
    ]);
  });

  it('lets one pointer target stand for the periods within 2 px after it, the others kept for the keyboard', () => {
    const months = ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06'];
    const grid = oneSeries(months.map((period, i) => ({ period, value: 5 + i })));
    const t0 = grid.periods[0]!;
    const { hits } = pointTargets(grid, { ...twoSeries().frame, xScale: (t) => 100 + (t - t0) });
    // Columns 1 px apart: the target at 100.5 takes in 101.5; 102.5, exactly 2 px on, starts the next.
    expect(hits[0]!.map((h) => `${h.x} ${h.width}x${h.height}`)).toEqual([
      '50 50.5x160',
      '100.5 2x160',
      '101.5 0x0',
      '102.5 2x160',
      '103.5 0x0',
      '104.5 195.5x160',
    ]);
  });

  it('puts a skipped period with no width between its neighbours level with the value before it', () => {
    const grid = oneSeries([
      { period: '2019-01', value: 5 },
      { period: '2019-03', value: 7 },
      { period: '2019-04', value: 8 },
    ]);
    expect(grid.cells[0]![1]).toBe('missing');
    const { points } = pointTargets(grid, { ...twoSeries().frame, xScale: () => 100 });
    expect(points[0]!.map((p) => p.anchor.y)).toEqual([150, 150, 130, 120]);
  });

  it('gives a series no pointer target before its first value, however close the columns', () => {
    const months = ['2019-01', '2019-02', '2019-03', '2019-04'];
    const grid = povertyGrid(
      spec({
        title: 't',
        series: [
          { name: 'A', points: months.map((period, i) => ({ period, value: 5 + i })) },
          { name: 'B', points: months.slice(2).map((period) => ({ period, value: 2 })) },
        ],
      }),
    );
    const t0 = grid.periods[0]!;
    const { hits } = pointTargets(grid, { ...twoSeries().frame, xScale: (t) => 100 + (t - t0) });
    expect(hits[1]!.map((h) => `${h.x} ${h.width}x${h.height}`)).toEqual([
      '100 0x0',
      '101 0x0',
      '101.5 198.5x25',
      '102.5 0x0',
    ]);
  });
});
