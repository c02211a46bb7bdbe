import { describe, expect, it } from 'vitest';
import { TOKENS } from '../../src/core/styles/tokens.js';
import { contrastRatio, relativeLuminance } from '../helpers/contrast.js';

describe('relativeLuminance', () => {
  it('is 0 for black and 1 for white', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });
});

describe('contrastRatio', () => {
  it('is 21:1 for black on white, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
  });
  it('puts #767676 on white just over AA (4.54:1), as WCAG tools do', () => {
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });
});

describe('the focus ring', () => {
  /** Hue in degrees and saturation (HSL, 0 to 1) of a `#rrggbb` colour. */
  function hueAndSaturation(hex: string): [number, number] {
    const n = parseInt(hex.slice(1), 16);
    const [r, g, b] = [16, 8, 0].map((shift) => ((n >> shift) & 255) / 255) as [number, number, number];
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const d = max - min;
    const lightness = (max + min) / 2;
    const saturation = d === 0 ? 0 : d / (1 - Math.abs(2 * lightness - 1));
    let hue = 0;
    if (d && max === r) hue = ((g - b) / d) % 6;
    else if (d && max === g) hue = (b - r) / d + 2;
    else if (d) hue = (r - g) / d + 4;
    return [(hue * 60 + 360) % 360, saturation];
  }

  for (const theme of ['light', 'dark'] as const) {
    const { focus, background } = TOKENS[theme];
    it(`${theme}: stands out from the background at 3:1 or more (${focus} on ${background})`, () => {
      expect(contrastRatio(focus, background)).toBeGreaterThanOrEqual(3);
    });
    it(`${theme}: is not the red of an error state (no saturated hue within 20° of red)`, () => {
      const [hue, saturation] = hueAndSaturation(focus);
      const nearRed = hue < 20 || hue > 340;
      expect(nearRed && saturation > 0.2).toBe(false);
    });
  }
  it('knows the red it replaced for one: #b3261e is an error red', () => {
    const [hue, saturation] = hueAndSaturation('#b3261e');
    expect(hue < 20 && saturation > 0.2).toBe(true);
  });
});
