import { describe, expect, it } from 'vitest';
import { PREVIEW_MARGIN, PREVIEW_MIN_LENGTH, textInView, type Measurable } from '../../../../src/content/article/in-view';
import { PARAGRAPH_SEPARATOR } from '../../../../src/content/article/offset-map';

const PARAGRAPH_HEIGHT = 100;
const VIEWPORT = 800;

/** An article of `count` paragraphs of 500 characters, laid out one under the other, scrolled by `scroll` px. */
function laidOut(count: number, scroll: number, hidden = false) {
  const paragraphs = Array.from({ length: count }, (_, i) => `${String(i).padStart(4, '0')} ${'word '.repeat(99)}`.trim().padEnd(500, '.'));
  const text = paragraphs.join(PARAGRAPH_SEPARATOR);
  const starts = paragraphs.map((_, i) => i * (500 + PARAGRAPH_SEPARATOR.length));
  let measured = 0;
  const map: Measurable = {
    rangesFor(start) {
      measured++;
      const paragraph = starts.indexOf(start);
      const top = paragraph * PARAGRAPH_HEIGHT - scroll;
      const box = hidden ? { top: 0, width: 0, height: 0 } : { top, width: 600, height: PARAGRAPH_HEIGHT };
      return [{ getBoundingClientRect: () => box } as unknown as Range];
    },
  };
  return { text, map, starts, measured: () => measured };
}

/** The paragraph numbers a window of the text covers. */
function paragraphsOf(text: string, window: { start: number; end: number }): number[] {
  return text.slice(window.start, window.end).split(PARAGRAPH_SEPARATOR).map((paragraph) => Number(paragraph.slice(0, 4)));
}

describe('the part of a long article in view', () => {
  it('is the paragraphs on screen and a margin of whole paragraphs around them', () => {
    const { text, map, measured } = laidOut(400, 20_000);
    const window = textInView(text, map, VIEWPORT)!;
    const covered = paragraphsOf(text, window);
    // Paragraph 200 is at the top of the view and 207 at the bottom; 2,000 characters are four paragraphs.
    expect(covered[0]).toBeLessThanOrEqual(200 - PREVIEW_MARGIN / 502);
    expect(covered.at(-1)).toBeGreaterThanOrEqual(207 + PREVIEW_MARGIN / 502);
    expect(covered.length).toBeLessThan(30);
    expect(text.slice(window.start, window.end)).toMatch(/^\d{4} word/);
    expect(text.slice(window.end, window.end + PARAGRAPH_SEPARATOR.length)).toBe(PARAGRAPH_SEPARATOR);
    // A binary search: a few dozen paragraphs measured, not 400.
    expect(measured()).toBeLessThan(60);
  });

  it('starts at the beginning of an article that has not been scrolled', () => {
    const { text, map } = laidOut(400, 0);
    const window = textInView(text, map, VIEWPORT)!;
    expect(window.start).toBe(0);
    expect(paragraphsOf(text, window).at(-1)).toBeGreaterThanOrEqual(8);
  });

  it('is not taken for a short article, an article not laid out, or one mostly in view', () => {
    const short = laidOut(Math.floor(PREVIEW_MIN_LENGTH / 502) - 1, 0);
    expect(short.text.length).toBeLessThan(PREVIEW_MIN_LENGTH);
    expect(textInView(short.text, short.map, VIEWPORT)).toBeNull();
    const hidden = laidOut(400, 0, true);
    expect(textInView(hidden.text, hidden.map, VIEWPORT)).toBeNull();
    const changed = laidOut(400, 0);
    expect(textInView(changed.text, { rangesFor: () => { throw new DOMException('offset', 'IndexSizeError'); } }, VIEWPORT)).toBeNull();
    const tall = laidOut(100, 0);
    expect(textInView(tall.text, tall.map, 100 * PARAGRAPH_HEIGHT)).toBeNull();
  });
});
