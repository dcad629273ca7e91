/**
 * Which painted item is under the pointer. Custom highlights receive no pointer
 * events, so we ask the browser: `CSS.highlights.highlightsFromPoint` where it
 * exists (Chrome 140, Firefox 150), else the caret position under the pointer
 * mapped to a text offset, confirmed against the item's client rects (caret APIs
 * snap to the nearest character even over margins and line ends).
 */
import { itemAtOffset, type PaintItem } from '../paint/anchor';

export interface HitContext {
  items: readonly PaintItem[];
  /** Every painted Range → its item. */
  byRange: ReadonlyMap<AbstractRange, PaintItem>;
  /** The article's text offset of a DOM position; negative or NaN when outside the article. */
  offsetOf(node: Node, offset: number): number;
}

interface HighlightsFromPoint {
  highlightsFromPoint?(x: number, y: number): Array<{ highlight: Highlight; ranges: AbstractRange[] }>;
}
interface CaretDocument {
  caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?(x: number, y: number): Range | null;
}

export function itemAtPoint(x: number, y: number, context: HitContext, registry: unknown, doc: Document): PaintItem | null {
  const fromPoint = (registry as HighlightsFromPoint | undefined)?.highlightsFromPoint;
  if (typeof fromPoint === 'function') {
    const hits = fromPoint.call(registry, x, y) ?? [];
    const candidates = hits.flatMap((hit) => hit.ranges.map((range) => context.byRange.get(range)))
      .filter((item): item is PaintItem => item !== undefined);
    return shortest(candidates);
  }
  const caret = caretAt(doc as Document & CaretDocument, x, y);
  if (!caret) return null;
  const offset = context.offsetOf(caret.node, caret.offset);
  if (!Number.isFinite(offset) || offset < 0) return null;
  const item = itemAtOffset(context.items, offset) ?? itemAtOffset(context.items, offset - 1);
  return item && item.ranges.some((range) => containsPoint(range, x, y)) ? item : null;
}

function caretAt(doc: Document & CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function shortest(items: PaintItem[]): PaintItem | null {
  let best: PaintItem | null = null;
  for (const item of items) if (!best || item.end - item.start < best.end - best.start) best = item;
  return best;
}
