/**
 * Colour arithmetic for readable highlights: WCAG relative luminance and contrast,
 * alpha blending, and the two searches the painter needs — the strongest tint that
 * keeps page text at 4.5:1 (WCAG 1.4.3) and an underline colour that reaches 3:1
 * against the page (WCAG 1.4.11). Pure functions over numbers.
 */

export interface Rgb { r: number; g: number; b: number }

/** Parses "#rgb", "#rrggbb", "rgb(r, g, b)" and "rgba(r, g, b, a)" (alpha ignored); null otherwise. */
export function parseColour(value: string): Rgb | null {
  const text = value.trim().toLowerCase();
  if (text.startsWith('#')) {
    const hex = text.length === 4 ? [...text.slice(1)].map((c) => c + c).join('') : text.slice(1);
    if (!/^[0-9a-f]{6}$/.test(hex)) return null;
    return { r: parseInt(hex.slice(0, 2), 16), g: parseInt(hex.slice(2, 4), 16), b: parseInt(hex.slice(4, 6), 16) };
  }
  const open = text.indexOf('(');
  if (!text.startsWith('rgb') || open < 0 || !text.endsWith(')')) return null;
  const parts = text.slice(open + 1, -1).split(/[\s,/]+/).filter(Boolean).map(Number);
  if (parts.length < 3 || parts.slice(0, 3).some((n) => !Number.isFinite(n))) return null;
  return { r: clampByte(parts[0]), g: clampByte(parts[1]), b: clampByte(parts[2]) };
}

/** The alpha of an "rgba()" colour; 1 for anything else. Transparent page backgrounds read as 0. */
export function alphaOf(value: string): number {
  const text = value.trim().toLowerCase();
  if (text === 'transparent') return 0;
  if (!text.startsWith('rgba(')) return 1;
  const parts = text.slice(5, -1).split(/[\s,/]+/).filter(Boolean);
  const alpha = Number(parts[3]);
  return Number.isFinite(alpha) ? alpha : 1;
}

function clampByte(n: number): number {
  return Math.min(255, Math.max(0, Math.round(n)));
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function luminance({ r, g, b }: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `top` drawn with `alpha` over `bottom`. */
export function blend(bottom: Rgb, top: Rgb, alpha: number): Rgb {
  const mix = (lo: number, hi: number) => clampByte(lo + (hi - lo) * alpha);
  return { r: mix(bottom.r, top.r), g: mix(bottom.g, top.g), b: mix(bottom.b, top.b) };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 1.4.3: normal text needs 4.5:1 against what it is drawn on. */
export const TEXT_CONTRAST = 4.5;
/** WCAG 1.4.11: non-text marks (underlines) need 3:1 against their surroundings. */
export const MARK_CONTRAST = 3;
/** Below this a tint is no longer visible, whatever the contrast. */
const MIN_ALPHA = 0.06;
const ALPHA_STEP = 0.02;

/**
 * The largest alpha ≤ `wanted` at which `tint` over `background` keeps `text`
 * at 4.5:1. When even the faintest tint fails (the page itself is below 4.5:1),
 * the faintest one: we never make a page less readable than needed to be seen.
 */
export function readableAlpha(tint: Rgb, text: Rgb, background: Rgb, wanted: number): number {
  for (let alpha = wanted; alpha > MIN_ALPHA; alpha -= ALPHA_STEP) {
    if (contrast(text, blend(background, tint, alpha)) >= TEXT_CONTRAST) return round2(alpha);
  }
  return MIN_ALPHA;
}

/**
 * `colour`, moved towards black or white (whichever the background is farther
 * from) until it stands out from `background` at 3:1.
 */
export function visibleMark(colour: Rgb, background: Rgb): Rgb {
  const target = luminance(background) > 0.5 ? { r: 0, g: 0, b: 0 } : { r: 255, g: 255, b: 255 };
  for (let step = 0; step <= 10; step++) {
    const candidate = blend(colour, target, step / 10);
    if (contrast(candidate, background) >= MARK_CONTRAST) return candidate;
  }
  return target;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
