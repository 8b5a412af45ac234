import { describe, expect, it } from 'vitest';
import { contrastKit } from './contrast';

const { parseColor, blend, flatten, contrastRatio, requiredRatio } = contrastKit();
const WHITE = { r: 255, g: 255, b: 255, a: 1 };
const BLACK = { r: 0, g: 0, b: 0, a: 1 };

describe('contrast', () => {
  it('parses the colours getComputedStyle returns', () => {
    expect(parseColor('rgb(31, 95, 168)')).toEqual({ r: 31, g: 95, b: 168, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.15)')).toEqual({ r: 0, g: 0, b: 0, a: 0.15 });
    expect(parseColor('rgb(255 255 255 / 45%)')).toEqual({ r: 255, g: 255, b: 255, a: 0.45 });
    expect(parseColor('transparent')?.a).toBe(0);
    expect(parseColor('color(srgb 1 0 0)')).toBeNull();
  });

  it('gives the WCAG ratios of known pairs', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21, 5);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
    // #767676 on white is the classic 4.54:1.
    expect(contrastRatio({ r: 118, g: 118, b: 118, a: 1 }, WHITE)).toBeCloseTo(4.54, 2);
    // White search options on the white list: the bug this guard exists for.
    expect(contrastRatio(WHITE, WHITE)).toBeLessThan(4.5);
  });

  it('blends semi-transparent text and backgrounds', () => {
    expect(blend({ ...BLACK, a: 0.5 }, WHITE)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    // 10 % white over the dark top bar stays dark.
    const bar = { r: 20, g: 50, b: 79, a: 1 };
    const button = flatten([{ ...WHITE, a: 0.1 }], bar);
    expect(button.r).toBeCloseTo(43.5, 5);
    expect(contrastRatio(WHITE, button)).toBeGreaterThan(4.5);
    // Two layers: nearest first.
    expect(
      flatten(
        [
          { ...BLACK, a: 0.5 },
          { ...WHITE, a: 0.5 },
        ],
        BLACK,
      ).r,
    ).toBeCloseTo(63.75, 5);
  });

  it('asks 3:1 of large text and 4.5:1 of the rest', () => {
    expect(requiredRatio(16, 400)).toBe(4.5);
    expect(requiredRatio(24, 400)).toBe(3);
    expect(requiredRatio(18.66, 700)).toBe(3);
    expect(requiredRatio(18.66, 600)).toBe(4.5);
    expect(requiredRatio(20, 400)).toBe(4.5);
  });
});
