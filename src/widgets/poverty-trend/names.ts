import { formatPercentValue, type Lang } from '../../core/format.js';
import { textWidth, wrapWords } from '../../core/measure.js';
import type { LegendItem } from '../../core/model.js';
import type { PovertySeries, PovertySpec } from './schema.js';
import { thresholdValue } from './story.js';

/** Room a series' key takes before its name in an end label: the 14 px swatch and a gap. */
export const SWATCH_SPACE = 18;

/** Most lines a name wraps onto beside the plot; a longer one goes into the legend. */
const MAX_NAME_LINES = 3;

/** An end label's lines: the name (bold, up to three lines, or none) and then the value. */
export interface Block {
  lines: string[];
  nameLines: number;
}

/**
 * The labels right of the plot, each series' then the threshold's: the name on one line,
 * or wrapped onto two or three; a name longer still goes whole into the legend (by its key), and
 * its label keeps the value. Where the labels cannot all stack in `room` px, the series'
 * values are left out (the table and tooltips give them). Nothing is cut short.
 */
export function endBlocks(
  series: readonly PovertySeries[],
  threshold: PovertySpec['threshold'],
  {
    lang,
    fontSize,
    width,
    room,
    swatch,
  }: { lang: Lang; fontSize: number; width: number; room: number; swatch: boolean },
) {
  const nameWidth = Math.max(60, Math.min(180, Math.round(width * 0.25)));
  const legend: LegendItem[] = [];
  const fits = (line: string) => textWidth(line, fontSize, true) <= nameWidth;
  const block = (name: string | undefined, value: string, key: string): Block => {
    if (!name) return { lines: [value], nameLines: 0 };
    const lines = fits(name) ? [name] : wrapWords(name, fontSize, nameWidth, { bold: true, balance: true });
    if (lines.length <= MAX_NAME_LINES && lines.every(fits))
      return { lines: [...lines, value], nameLines: lines.length };
    legend.push({ swatch: key, label: name });
    return { lines: [value], nameLines: 0 };
  };
  let blocks = series.map((s, i) => block(s.name, formatPercentValue(s.points.at(-1)!.value, lang), String(i)));
  if (threshold) blocks.push(block(threshold.label, thresholdValue(threshold.value, lang), 'threshold'));
  const lineHeight = fontSize + 3;
  const stackHeight = blocks.reduce((sum, b) => sum + b.lines.length * lineHeight + 3, 0);
  if (stackHeight > room)
    blocks = blocks.map((b, i) => (i < series.length && b.nameLines ? { ...b, lines: b.lines.slice(0, -1) } : b));
  // A block's width: its name lines bold, after the key if it has one, or its value.
  const blockWidth = (b: Block, i: number) =>
    Math.max(...b.lines.map((line, j) => textWidth(line, fontSize, j < b.nameLines))) +
    (swatch && i < series.length ? SWATCH_SPACE : 0);
  return { blocks, legend, lineHeight, widest: Math.ceil(Math.max(...blocks.map(blockWidth))) };
}
