import { describe, expect, it } from 'vitest';
import { textBox, type Box } from '../../../src/widgets/budget-growth/boxes.js';
import { placeValueLabels } from '../../../src/widgets/budget-growth/labels.js';

// A value label raised over what blocks it, and its leader, with figures worked out by
// hand. (Written for mutants StrykerJS found surviving; see docs/mutation.md.)

const area = (obstacles: Box[]) => ({ fontSize: 12, chartWidth: 400, ceiling: 0, obstacles });
/** A figure that must be shown, over a bar 20 px wide (100–120) whose top is at 200: its first line is 8 px up, at 192. */
const figure = { text: '10 T', bar: { left: 100, right: 120, top: 200 }, always: true };
/** Something 10 px wide standing on the bar's top from 167 down, where the label and its leader would go. */
const post = (left: number): Box => ({ left, top: 167, right: left + 10, bottom: 199 });

describe('placeValueLabels: a raised label and its leader', () => {
  it('sits 8 px above its bar, clear of the bar’s focus ring, with no leader, when nothing is in the way', () => {
    expect(placeValueLabels([figure], area([]))).toEqual([{ text: '10 T', x: 110, y: 192, leader: undefined }]);
  });

  it('rises over what blocks it and draws its leader beside it, nearest the bar’s centre', () => {
    // The post covers 105–115: the nearest clear 1 px path is at 104, 6 px left of the centre.
    expect(placeValueLabels([figure], area([post(105)]))).toEqual([
      { text: '10 T', x: 110, y: 164, leader: { x: 104, y1: 167.4, y2: 194.8 } },
    ]);
  });

  it('draws the leader right of the centre when that is nearer', () => {
    // The post covers 103–113: 114 is 4 px from the centre, 102 would be 8.
    expect(placeValueLabels([figure], area([post(103)]))[0]!.leader).toEqual({ x: 114, y1: 167.4, y2: 194.8 });
  });

  it('keeps the leader clear of the one mark in its way, whatever else lies within reach', () => {
    const above = { left: 126, top: 97, right: 130, bottom: 107 };
    expect(placeValueLabels([figure], area([above, post(105)]))[0]!.leader).toEqual({ x: 104, y1: 167.4, y2: 194.8 });
  });

  it('draws the leader as far as 2 px inside the bar’s edges, on either side', () => {
    const wide = (left: number, right: number): Box => ({ left, top: 167, right, bottom: 199 });
    // Blocked from 103 to 118: the only clear path is at 102, 2 px inside the bar's left edge.
    expect(placeValueLabels([figure], area([wide(103, 118)]))[0]!.leader).toEqual({ x: 102, y1: 167.4, y2: 194.8 });
    // Blocked from 102 to 117: only 118, 2 px inside its right edge.
    expect(placeValueLabels([figure], area([wide(102, 117)]))[0]!.leader).toEqual({ x: 118, y1: 167.4, y2: 194.8 });
  });

  it('leaves the label out when every path to its bar is blocked', () => {
    expect(placeValueLabels([figure], area([{ left: 60, top: 167, right: 160, bottom: 199 }]))).toEqual([undefined]);
    // Blocked from 101 to 119: paths at 100 or 120 would run down the bar's very edge, which a leader never takes.
    expect(placeValueLabels([figure], area([{ left: 101, top: 167, right: 119, bottom: 199 }]))).toEqual([undefined]);
  });
});

// Cases for the mutants the second run left open (docs/mutation.md, "third run"): each one
// reaches the edge of a rule in placeValueLabels or clearLeader, worked out on the same
// 20 px bar and "10 T" label (28.57 px wide at 12 px, so it may move 7.14 px either way).
describe('placeValueLabels: the edges of its rules', () => {
  /** The label's box on its first line, 8 px above the bar. */
  const line = textBox('10 T', 110, 192, 12);

  it('moves a label clear of a mark at either end of its reach, not only of those near its bar', () => {
    // Marks 90–100 and 120–130 lie outside the bar but within half a label of the range it may move in.
    expect(placeValueLabels([figure], area([{ left: 90, top: 182, right: 100, bottom: 199 }]))).toEqual([
      { text: '10 T', x: 114.3, y: 192, leader: undefined },
    ]);
    expect(placeValueLabels([figure], area([{ left: 120, top: 182, right: 130, bottom: 199 }]))).toEqual([
      { text: '10 T', x: 105.7, y: 192, leader: undefined },
    ]);
  });

  it('places a label whose top reaches the ceiling exactly', () => {
    expect(placeValueLabels([figure], { ...area([]), ceiling: line.top })).toEqual([
      { text: '10 T', x: 110, y: 192, leader: undefined },
    ]);
  });

  it('is not moved by a mark that only touches its line, from below or from above', () => {
    const wide = (top: number, bottom: number): Box => ({ left: 60, top, right: 160, bottom });
    const unmoved = [{ text: '10 T', x: 110, y: 192, leader: undefined }];
    expect(placeValueLabels([figure], area([wide(line.bottom, 199)]))).toEqual(unmoved);
    expect(placeValueLabels([figure], area([wide(170, line.top)]))).toEqual(unmoved);
  });

  it('rises 4 px without a leader, even where a leader would be clear', () => {
    // Marks 60–108 and 112–160 from 191 down block the label's first two lines; the third, 4 px up, is free,
    // and a leader at the bar's centre (between the two) would be too.
    const marks = [
      { left: 60, top: 191, right: 108, bottom: 199 },
      { left: 112, top: 191, right: 160, bottom: 199 },
    ];
    expect(placeValueLabels([figure], area(marks))).toEqual([{ text: '10 T', x: 110, y: 188, leader: undefined }]);
  });

  it('keeps a later label off an earlier one’s leader', () => {
    // The first rises over the post with its leader at 104 (2 px kept either side); the second, over a bar
    // at 88–100, would sit 3 px further right if only the post were in its way.
    const second = { text: '10 T', bar: { left: 88, right: 100, top: 200 }, always: false };
    expect(placeValueLabels([figure, second], area([post(105)]))).toEqual([
      { text: '10 T', x: 110, y: 164, leader: { x: 104, y1: 167.4, y2: 194.8 } },
      { text: '10 T', x: 87.7, y: 192, leader: undefined },
    ]);
  });

  it('places every always-shown label that fits on its bar before any of them rises', () => {
    // The first must rise over the post; the second, over a taller bar to its right, fits as it is, and the
    // first then rises past it (to 156) rather than taking the second's place at 164.
    const taller = { text: '10 T', bar: { left: 125, right: 145, top: 178 }, always: true };
    expect(placeValueLabels([figure, taller], area([post(105)]))).toEqual([
      { text: '10 T', x: 110, y: 156, leader: { x: 104, y1: 159.4, y2: 194.8 } },
      { text: '10 T', x: 135, y: 170, leader: undefined },
    ]);
  });
});

describe('placeValueLabels: the leader of a label moved off its bar’s centre', () => {
  // The post (tall, from 167) makes the label rise to 164; a mark beside that line on one side pushes it
  // 6.3 px the other way, so its box covers only 2 px of the bar past the centre: the leader's range is
  // then 102–116 (pushed left) or 104–118 (pushed right), no longer even about the bar's centre, 110.
  const pushedLeft = { left: 118, top: 147, right: 140, bottom: 172 };
  const pushedRight = { left: 80, top: 147, right: 102, bottom: 172 };
  const blocked = (left: number, right: number): Box => ({ left, top: 167, right, bottom: 199 });

  it('searches on to the far edge of the longer side once the shorter side has run out', () => {
    // Paths 103–117 blocked: 102, 8 px left of the centre, is the only one in range.
    expect(placeValueLabels([figure], area([pushedLeft, blocked(102.5, 118)]))).toEqual([
      { text: '10 T', x: 103.7, y: 164, leader: { x: 102, y1: 167.4, y2: 194.8 } },
    ]);
    // Paths 103–117 blocked: 118, 8 px right of the centre, is the only one in range.
    expect(placeValueLabels([figure], area([pushedRight, blocked(102, 117.5)]))).toEqual([
      { text: '10 T', x: 116.3, y: 164, leader: { x: 118, y1: 167.4, y2: 194.8 } },
    ]);
  });

  it('never draws the leader past the label’s edge, even where that path is nearer and clear', () => {
    // Pushed left, the label ends at 118: path 117 is clear but outside it, so the leader goes to 102.
    expect(placeValueLabels([figure], area([pushedLeft, blocked(102.5, 116.5)]))[0]!.leader).toEqual({
      x: 102,
      y1: 167.4,
      y2: 194.8,
    });
    // Pushed right, the label starts at 102: path 103 is clear but outside it, so the leader goes to 118.
    expect(placeValueLabels([figure], area([pushedRight, blocked(103.5, 117.5)]))[0]!.leader).toEqual({
      x: 118,
      y1: 167.4,
      y2: 194.8,
    });
  });
});
