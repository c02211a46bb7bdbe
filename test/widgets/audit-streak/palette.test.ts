import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../helpers/contrast.js';
import { resolvedCss } from '../../../src/core/export/resolved-css.js';
import { themeStyles, tokenStyles } from '../../../src/core/styles/index.js';
import { auditStreak } from '../../../src/widgets/audit-streak/definition.js';
import { OPINIONS } from '../../../src/widgets/audit-streak/schema.js';
import { auditStyles, OPINION_COLORS } from '../../../src/widgets/audit-streak/styles.js';

/** The core theme's value of a `--capaian-*` knob: [light, dark], as the stylesheet declares them. */
function pageColour(knob: string): readonly [string, string] {
  const found = [...themeStyles.cssText.matchAll(new RegExp(`--capaian-${knob},\\s*(#[0-9a-f]{6})`, 'gi'))];
  return [found[0]![1]!, found[1]![1]!];
}
const THEMES = ['light', 'dark'] as const;

describe('opinion palette: WCAG AA in light and dark themes', () => {
  THEMES.forEach((theme, t) => {
    const colours = OPINION_COLORS[theme];
    const bg = pageColour('background')[t]!;
    for (const code of OPINIONS) {
      it(`${theme}: ${code} code text on its cell at 4.5:1 or more, the cell against the page at 3:1 or more`, () => {
        expect(contrastRatio(colours.text, colours[code])).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(colours[code], bg)).toBeGreaterThanOrEqual(3);
      });
    }
    it(`${theme}: the dashed "no data" outline, years and streak bar stand out from the page`, () => {
      expect(contrastRatio(pageColour('muted')[t]!, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(pageColour('text')[t]!, bg)).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('is the palette the element declares, overridable per code as --capaian-opinion-<code>', () => {
    const css = tokenStyles(auditStreak.tokens!).cssText;
    for (const theme of THEMES)
      for (const [code, colour] of Object.entries(OPINION_COLORS[theme]))
        expect(css).toContain(`--capaian-opinion-${code.toLowerCase()}, ${colour}`);
  });

  it('is the palette a static or downloaded SVG uses, in each theme', () => {
    for (const theme of THEMES)
      for (const code of OPINIONS) {
        const fill = new RegExp(`\\.${code.toLowerCase()}\\s*\\{\\s*fill:\\s*([^;}]+)`);
        expect(resolvedCss(auditStreak, theme).match(fill)?.[1]?.trim()).toBe(OPINION_COLORS[theme][code]);
      }
  });

  it('keeps cells, codes and icons visible in forced colours', () => {
    expect(auditStyles.cssText).toMatch(/@media \(forced-colors: active\)[\s\S]*\.cell[\s\S]*CanvasText/);
  });
});

// Colour-vision deficiency: Machado, Oliveira & Fernandes (2009) at full severity, on linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
  'typical vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
};
const linear = (hex: string) =>
  [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(1 + i, 3 + i), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
function lab(rgb: number[]): number[] {
  const [r, g, b] = rgb as [number, number, number];
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}
const seen = (hex: string, m: number[][]) =>
  lab(
    m.map((row) =>
      Math.min(
        1,
        Math.max(
          0,
          row.reduce((sum, k, i) => sum + k * linear(hex)[i]!, 0),
        ),
      ),
    ),
  );

describe('opinion palette: safe for colour-blind readers', () => {
  for (const theme of THEMES)
    for (const [vision, matrix] of Object.entries(CVD))
      it(`${theme}, ${vision}: every two opinions at least ΔE 15 apart`, () => {
        const close: string[] = [];
        for (const [i, a] of OPINIONS.entries())
          for (const b of OPINIONS.slice(i + 1)) {
            const [p, q] = [seen(OPINION_COLORS[theme][a], matrix), seen(OPINION_COLORS[theme][b], matrix)];
            const delta = Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
            if (delta < 15) close.push(`${a}/${b}: ${delta.toFixed(1)}`);
          }
        expect(close).toEqual([]);
      });
});
