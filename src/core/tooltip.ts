import type { AccessModel, PointModel, Rect } from './model.js';

/** Between the tooltip and what it describes, in px. */
const GAP = 8;

/** Where a tooltip's top-left corner goes, in chart px. */
export interface TooltipSpot {
  x: number;
  y: number;
}

/** How far the tooltip may reach above and below the chart: the widget's own box, in chart px. */
export interface TooltipBounds {
  top: number;
  bottom: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The smallest rectangle holding all of `rects`. */
export function union(rects: readonly Rect[]): Rect {
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const right = Math.max(...rects.map((r) => r.x + r.width));
  const bottom = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Where a tooltip of `size` goes for `point`: above what it describes (the point's mark
 * and labels, `keepClear`, else its focus box), else beside it, right then left, else
 * below; the first that stays inside the chart and covers neither the point's own
 * marks nor what the chart keeps clear for every point (a headline). Failing that, the
 * first that stays inside the widget's box (over the legend, say), then the first that
 * covers nothing. Horizontally it never leaves the chart: it flips at the edges.
 */
export function tooltipSpot(
  size: { width: number; height: number },
  point: PointModel,
  model: Pick<AccessModel, 'width' | 'height' | 'keepClear'>,
  bounds: TooltipBounds,
): TooltipSpot {
  const { width: w, height: h } = size;
  const own = point.keepClear?.length ? point.keepClear : [point.focus];
  const box = union(own);
  const clear = [...own, ...(model.keepClear ?? [])];
  const across = (x: number) => Math.max(0, Math.min(model.width - w, x));
  const down = (y: number) => Math.max(bounds.top, Math.min(bounds.bottom - h, y));
  const spots: TooltipSpot[] = [
    { x: across(point.anchor.x - w / 2), y: box.y - GAP - h },
    { x: box.x + box.width + GAP, y: down(box.y) },
    { x: box.x - GAP - w, y: down(box.y) },
    { x: across(point.anchor.x - w / 2), y: box.y + box.height + GAP },
  ];
  const within = (s: TooltipSpot, top: number, bottom: number) =>
    s.x >= 0 && s.x + w <= model.width && s.y >= top && s.y + h <= bottom;
  const uncovered = (s: TooltipSpot) => clear.every((r) => !overlaps({ ...s, width: w, height: h }, r));
  return (
    spots.find((s) => uncovered(s) && within(s, 0, model.height)) ??
    spots.find((s) => uncovered(s) && within(s, bounds.top, bounds.bottom)) ??
    spots.find(uncovered) ??
    spots[0]!
  );
}

/**
 * Places the open tooltip, measured as drawn, next to `point`: through the CSSOM, never
 * a style attribute, which a strict CSP (`style-src` without 'unsafe-inline') blocks.
 */
export function placeTooltip(tip: HTMLElement, point: PointModel, model: AccessModel, host: Element): void {
  const chart = tip.offsetParent ?? tip.parentElement!;
  const chartBox = chart.getBoundingClientRect();
  const hostBox = host.getBoundingClientRect();
  const spot = tooltipSpot({ width: tip.offsetWidth, height: tip.offsetHeight }, point, model, {
    top: hostBox.top - chartBox.top,
    bottom: hostBox.bottom - chartBox.top,
  });
  tip.style.setProperty('--x', `${spot.x}px`);
  tip.style.setProperty('--y', `${spot.y}px`);
}
