import { describe, expect, it } from 'vitest';
import { alphaOf, blend, contrast, parseColour, readableAlpha, TEXT_CONTRAST, visibleMark, MARK_CONTRAST } from '../../../src/content/paint/colour';

const WHITE = { r: 255, g: 255, b: 255 };
const BLACK = { r: 0, g: 0, b: 0 };

describe('colour parsing', () => {
  it('reads hex and rgb() forms', () => {
    expect(parseColour('#fff')).toEqual(WHITE);
    expect(parseColour('#0072B2')).toEqual({ r: 0, g: 114, b: 178 });
    expect(parseColour('rgb(10, 20, 30)')).toEqual({ r: 10, g: 20, b: 30 });
    expect(parseColour('rgba(10, 20, 30, 0.5)')).toEqual({ r: 10, g: 20, b: 30 });
    expect(parseColour('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30 });
    expect(parseColour('hsl(0 0% 0%)')).toBeNull();
    expect(parseColour('#12345')).toBeNull();
    expect(alphaOf('rgba(0, 0, 0, 0)')).toBe(0);
    expect(alphaOf('transparent')).toBe(0);
    expect(alphaOf('rgb(0, 0, 0)')).toBe(1);
  });
});

describe('contrast', () => {
  it('matches the WCAG extremes', () => {
    expect(contrast(WHITE, BLACK)).toBeCloseTo(21, 5);
    expect(contrast(WHITE, WHITE)).toBe(1);
  });

  it('keeps text readable over the strongest tint it allows, on light and dark pages', () => {
    const tint = parseColour('#E69F00')!;
    const pages = [
      { text: { r: 34, g: 34, b: 34 }, background: WHITE },
      { text: { r: 230, g: 230, b: 230 }, background: { r: 18, g: 18, b: 18 } },
    ];
    for (const { text, background } of pages) {
      const alpha = readableAlpha(tint, text, background, 0.34);
      expect(alpha).toBeGreaterThan(0.06);
      expect(contrast(text, blend(background, tint, alpha))).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('fades the tint when the wanted strength would break contrast', () => {
    const grey = { r: 90, g: 90, b: 90 };
    const alpha = readableAlpha(BLACK, grey, WHITE, 0.5);
    expect(alpha).toBeLessThan(0.5);
    expect(alpha).toBeGreaterThan(0.06);
    expect(contrast(grey, blend(WHITE, BLACK, alpha))).toBeGreaterThanOrEqual(TEXT_CONTRAST);
  });

  it('falls back to the faintest tint when the page itself is barely readable', () => {
    const grey = { r: 118, g: 118, b: 118 };
    expect(readableAlpha(BLACK, grey, WHITE, 0.5)).toBe(0.06);
  });

  it('darkens or lightens an underline colour until it stands out at 3:1', () => {
    const yellow = parseColour('#F0E442')!;
    expect(contrast(yellow, WHITE)).toBeLessThan(MARK_CONTRAST);
    expect(contrast(visibleMark(yellow, WHITE), WHITE)).toBeGreaterThanOrEqual(MARK_CONTRAST);
    const blue = parseColour('#0072B2')!;
    const dark = { r: 20, g: 20, b: 20 };
    expect(contrast(visibleMark(blue, dark), dark)).toBeGreaterThanOrEqual(MARK_CONTRAST);
  });
});
