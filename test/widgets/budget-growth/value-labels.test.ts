import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/widgets/budget-growth/boxes.js';
import { placeValueLabels } from '../../../src/widgets/budget-growth/labels.js';

// A value label raised over what blocks it, and its leader, with figures worked out by
// hand. (Written for mutants StrykerJS found surviving; see docs/mutation.md.)

const area = (obstacles: Box[]) => ({ fontSize: 12, chartWidth: 400, ceiling: 0, obstacles });
/** A figure that must be shown, over a bar 20 px wide (100–120) whose top is at 200. */
const figure = { text: '10 T', bar: { left: 100, right: 120, top: 200 }, always: true };
/** Something 10 px wide standing on the bar's top from 170 down, where the label and its leader would go. */
const post = (left: number): Box => ({ left, top: 170, right: left + 10, bottom: 199 });

describe('placeValueLabels: a raised label and its leader', () => {
  it('sits 5 px above its bar, with no leader, when nothing is in the way', () => {
    expect(placeValueLabels([figure], area([]))).toEqual([{ text: '10 T', x: 110, y: 195, leader: undefined }]);
  });

  it('rises over what blocks it and draws its leader beside it, nearest the bar’s centre', () => {
    // The post covers 105–115: the nearest clear 1 px path is at 104, 6 px left of the centre.
    expect(placeValueLabels([figure], area([post(105)]))).toEqual([
      { text: '10 T', x: 110, y: 167, leader: { x: 104, y1: 170.4, y2: 196 } },
    ]);
  });

  it('draws the leader right of the centre when that is nearer', () => {
    // The post covers 103–113: 114 is 4 px from the centre, 102 would be 8.
    expect(placeValueLabels([figure], area([post(103)]))[0]!.leader).toEqual({ x: 114, y1: 170.4, y2: 196 });
  });

  it('keeps the leader clear of the one mark in its way, whatever else lies within reach', () => {
    const above = { left: 126, top: 100, right: 130, bottom: 110 };
    expect(placeValueLabels([figure], area([above, post(105)]))[0]!.leader).toEqual({ x: 104, y1: 170.4, y2: 196 });
  });

  it('draws the leader as far as 2 px inside the bar’s edges, on either side', () => {
    const wide = (left: number, right: number): Box => ({ left, top: 170, right, bottom: 199 });
    // Blocked from 103 to 118: the only clear path is at 102, 2 px inside the bar's left edge.
    expect(placeValueLabels([figure], area([wide(103, 118)]))[0]!.leader).toEqual({ x: 102, y1: 170.4, y2: 196 });
    // Blocked from 102 to 117: only 118, 2 px inside its right edge.
    expect(placeValueLabels([figure], area([wide(102, 117)]))[0]!.leader).toEqual({ x: 118, y1: 170.4, y2: 196 });
  });

  it('leaves the label out when every path to its bar is blocked', () => {
    expect(placeValueLabels([figure], area([{ left: 60, top: 170, right: 160, bottom: 199 }]))).toEqual([undefined]);
    // Blocked from 101 to 119: paths at 100 or 120 would run down the bar's very edge, which a leader never takes.
    expect(placeValueLabels([figure], area([{ left: 101, top: 170, right: 119, bottom: 199 }]))).toEqual([undefined]);
  });
});
