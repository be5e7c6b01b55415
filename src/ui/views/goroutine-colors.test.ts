import { describe, expect, it } from 'vitest';
import { goroutineColor, goroutinePaletteSize, goroutineTint } from './goroutine-colors.ts';

// WCAG 2 relative luminance and contrast ratio.
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
}
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

describe('goroutineColor', () => {
  it('meets WCAG AA contrast for text on the app backgrounds, for every colour', () => {
    for (let id = 1; id <= goroutinePaletteSize + 1; id++) {
      expect(contrast(goroutineColor(id), '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(goroutineColor(id), '#fbfbfa')).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('gives neighbouring goroutines different colours and is stable per id', () => {
    for (let id = 1; id < 40; id++) {
      expect(goroutineColor(id)).not.toBe(goroutineColor(id + 1));
      expect(goroutineColor(id)).toBe(goroutineColor(id));
    }
    const first = new Set(Array.from({ length: goroutinePaletteSize }, (_, i) => goroutineColor(i + 1)));
    expect(first.size).toBe(goroutinePaletteSize);
  });

  it('greys out hidden runtime goroutines and nonsense ids without throwing', () => {
    const grey = goroutineColor(0);
    for (const id of [1_000_001, -3, Number.NaN, 1.5, Infinity]) expect(goroutineColor(id)).toBe(grey);
    expect(grey).not.toBe(goroutineColor(1));
  });

  it('tints with the same hue', () => {
    expect(goroutineTint(1, 0.2)).toBe('rgba(29, 78, 216, 0.2)');
    expect(goroutineTint(2, 5)).toMatch(/, 1\)$/);
  });
});
