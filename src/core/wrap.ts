import { textWidth } from './measure.js';

/**
 * Breaks `text` into lines of at most `maxWidth` px at word boundaries, by the same
 * estimate as `textWidth`. A single word wider than the line keeps a line of its own.
 * `balance` evens the lines out ("unqualified opinions / in a row" rather than
 * "unqualified opinions in / a row"), as headlines are set.
 */
export function wrapWords(text: string, fontSize: number, maxWidth: number, bold = false, balance = false): string[] {
  const wrap = (max: number) => {
    const lines: string[] = [];
    for (const word of text.split(' ')) {
      const last = lines[lines.length - 1];
      if (last !== undefined && textWidth(`${last} ${word}`, fontSize, bold) <= max) {
        lines[lines.length - 1] = `${last} ${word}`;
      } else lines.push(word);
    }
    return lines;
  };
  let lines = wrap(maxWidth);
  for (let max = maxWidth - 4; balance && lines.length > 1 && max > 0; max -= 4) {
    const narrower = wrap(max);
    if (narrower.length > lines.length) break;
    lines = narrower;
  }
  return lines;
}
