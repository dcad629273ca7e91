/**
 * The part of a long article's text that the reader sees, with a margin: the
 * content script has it analysed ahead of the whole article and paints it
 * first. The parser needs 100–200 ms for 30,000 words; the few paragraphs on
 * screen take a few milliseconds, so what the reader looks at is painted long
 * before the rest.
 *
 * Paragraph positions are found by binary search (an article's text order is
 * its top-to-bottom order), so about a dozen paragraphs are measured, not
 * thousands; each measure reads layout, which a loaded page has ready.
 */
import { PARAGRAPH_SEPARATOR } from './offset-map';
import { firstWhere } from '../../shared/first-where';

/**
 * Shorter texts are analysed whole at once: 40,000 characters (about 7,000
 * words) take the parser 30–50 ms, and a preview would gain little.
 */
export const PREVIEW_MIN_LENGTH = 40_000;
/**
 * Characters of text kept before and after the paragraphs in view, rounded out
 * to whole paragraphs: a quote's attribution in the next paragraph, and the
 * name that a pronoun in view refers to, are mostly that close.
 */
export const PREVIEW_MARGIN = 2_000;
/** A window over more than this share of the text is not worth a preview: the whole comes soon after. */
const PREVIEW_MAX_SHARE = 0.5;

export interface TextWindow {
  start: number;
  end: number;
}

/** The part of the offset map this needs. */
export interface Measurable {
  rangesFor(start: number, end: number): Range[];
}

/** Where each paragraph of `text` starts. */
function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf(PARAGRAPH_SEPARATOR); at >= 0; at = text.indexOf(PARAGRAPH_SEPARATOR, at + 1)) {
    starts.push(at + PARAGRAPH_SEPARATOR.length);
  }
  return starts;
}

/**
 * The window of `text` to analyse first, or null when the whole should simply
 * be analysed: a short text, a text whose paragraphs cannot be measured (not
 * laid out, hidden), or one that is mostly in view anyway.
 */
export function textInView(text: string, map: Measurable, viewportHeight: number): TextWindow | null {
  if (text.length < PREVIEW_MIN_LENGTH) return null;
  const starts = paragraphStarts(text);
  let measurable = true;
  const topOf = (paragraph: number): number => {
    const end = paragraph + 1 < starts.length ? starts[paragraph + 1] - PARAGRAPH_SEPARATOR.length : text.length;
    let box: DOMRect | undefined;
    try {
      box = map.rangesFor(starts[paragraph], end)[0]?.getBoundingClientRect();
    } catch {
      // A text node the page has changed since it was read: no preview, the whole article is analysed.
    }
    if (!box || (box.width === 0 && box.height === 0)) measurable = false;
    return box?.top ?? 0;
  };
  // The paragraph in view at the top is the one before the first that starts below the top.
  const firstBelowTop = firstWhere(starts.length, (paragraph) => topOf(paragraph) > 0);
  const firstBelowView = firstWhere(starts.length, (paragraph) => topOf(paragraph) >= viewportHeight);
  if (!measurable) return null;
  const inViewStart = starts[Math.max(0, firstBelowTop - 1)];
  const inViewEnd = firstBelowView < starts.length ? starts[firstBelowView] : text.length;
  // Rounded out to whole paragraphs: the last start at or before the margin, the first start at or after it.
  const start = starts[Math.max(0, firstWhere(starts.length, (paragraph) => starts[paragraph] > inViewStart - PREVIEW_MARGIN) - 1)];
  const after = firstWhere(starts.length, (paragraph) => starts[paragraph] >= inViewEnd + PREVIEW_MARGIN);
  const end = after < starts.length ? starts[after] - PARAGRAPH_SEPARATOR.length : text.length;
  return end - start > text.length * PREVIEW_MAX_SHARE ? null : { start, end };
}
