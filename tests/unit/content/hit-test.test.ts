import { describe, expect, it } from 'vitest';
import { itemAtPoint, type HitContext } from '../../../src/content/hover/hit-test';
import type { PaintItem } from '../../../src/content/paint/anchor';

/** A fake range drawn as one box. */
function range(left: number, top: number, right: number, bottom: number): Range {
  return { getClientRects: () => [{ left, top, right, bottom }] } as unknown as Range;
}

const quoteRange = range(0, 0, 400, 20);
const entityRange = range(100, 0, 160, 20);
const quote: PaintItem = { kind: 'quote', index: 0, start: 0, end: 50, ranges: [quoteRange], highlight: 'whosaid-quote-direct-0' };
const entity: PaintItem = { kind: 'entity', index: 0, mention: 0, start: 10, end: 16, ranges: [entityRange], highlight: 'whosaid-entity-person' };
const textNode = {} as Node;
const context: HitContext = {
  items: [quote, entity],
  byRange: new Map<AbstractRange, PaintItem>([[quoteRange, quote], [entityRange, entity]]),
  offsetOf: (node, offset) => (node === textNode ? offset : -1),
};

describe('hit-testing with highlightsFromPoint', () => {
  it('picks the innermost of our items and ignores other highlights', () => {
    const registry = {
      highlightsFromPoint: () => [
        { highlight: {}, ranges: [quoteRange] },
        { highlight: {}, ranges: [entityRange, range(0, 0, 1, 1)] },
      ],
    };
    expect(itemAtPoint(120, 10, context, registry, {} as Document)).toBe(entity);
    expect(itemAtPoint(120, 10, context, { highlightsFromPoint: () => [] }, {} as Document)).toBeNull();
  });
});

describe('hit-testing with the caret position (no highlightsFromPoint)', () => {
  // One character per 10 px in the fake layout.
  const doc = {
    caretPositionFromPoint: (x: number) => ({ offsetNode: textNode, offset: Math.floor(x / 10) }),
  } as unknown as Document;

  it('maps the caret to a text offset and confirms it against the client rects', () => {
    expect(itemAtPoint(125, 10, context, {}, doc)).toBe(entity);
    expect(itemAtPoint(300, 10, context, {}, doc)).toBe(quote);
  });

  it('rejects a caret that snapped to text away from the pointer', () => {
    expect(itemAtPoint(300, 200, context, {}, doc)).toBeNull();
  });

  it('misses outside the article and without caret support', () => {
    const outside = { caretPositionFromPoint: () => ({ offsetNode: {} as Node, offset: 3 }) } as unknown as Document;
    expect(itemAtPoint(20, 10, context, {}, outside)).toBeNull();
    expect(itemAtPoint(20, 10, context, {}, {} as Document)).toBeNull();
  });
});
